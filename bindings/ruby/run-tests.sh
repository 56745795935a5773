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
# The suite, then the wrong calls and their messages; each under -w, whose
# warnings about the binding itself fail the run.
status=0
for t in test_csisms test_wrong_calls; do
    "$CSISMS_TEST_RUBY" -w -I "$dir/lib" "$dir/test/$t.rb" 2>"$t.stderr" || status=1
    if grep "lib/csisms" "$t.stderr"; then
        echo "FAIL: ruby -w warns about the binding ($t)"; status=1
    fi
    cat "$t.stderr" >&2
    rm -f "$t.stderr"
done
exit $status
