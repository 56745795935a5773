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
# The suite, then the wrong calls and their messages (and mypy --strict on
# the typing files, skipped without mypy unless CSISMS_REQUIRE_MYPY is set).
status=0
"$CSISMS_TEST_PYTHON" "$dir/tests/test_csisms.py" || status=1
"$CSISMS_TEST_PYTHON" "$dir/tests/test_wrong_calls.py" || status=1
exit $status
