#!/bin/sh
# SPDX-License-Identifier: MIT
# make check: the Python binding's unittest suite against the just-built
# library ($CSISMS_LIBRARY), with the interpreter configure found
# ($CSISMS_TEST_PYTHON; empty: skipped).
set -u
if [ -z "${CSISMS_TEST_PYTHON:-}" ]; then
    echo "no Python 3 found by configure: skipped"
    exit 77
fi
if [ ! -f "${CSISMS_LIBRARY:-}" ]; then
    echo "no shared library at '${CSISMS_LIBRARY:-}' (--disable-shared?): skipped"
    exit 77
fi
dir=$(dirname "$0")
# No bytecode caches in the (possibly read-only) source tree.
PYTHONDONTWRITEBYTECODE=1
export PYTHONDONTWRITEBYTECODE
exec "$CSISMS_TEST_PYTHON" "$dir/tests/test_csisms.py"
