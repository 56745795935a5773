#!/bin/sh
# SPDX-License-Identifier: MIT
# make check: the Ruby binding's minitest suite against the just-built
# library ($CSISMS_LIBRARY), with the interpreter configure found
# ($CSISMS_TEST_RUBY; empty: skipped).
set -u
if [ -z "${CSISMS_TEST_RUBY:-}" ]; then
    echo "no Ruby with ffi found by configure: skipped"
    exit 77
fi
if [ ! -f "${CSISMS_LIBRARY:-}" ]; then
    echo "no shared library at '${CSISMS_LIBRARY:-}' (--disable-shared?): skipped"
    exit 77
fi
dir=$(dirname "$0")
exec "$CSISMS_TEST_RUBY" -I "$dir/lib" "$dir/test/test_csisms.rb"
