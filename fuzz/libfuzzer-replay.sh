#!/bin/sh
# SPDX-License-Identifier: MIT
# make check with --enable-fuzzing: runs each committed corpus once through
# its instrumented fuzzer (libFuzzer + ASan + UBSan), from the build tree.
set -u
: "${CSISMS_SRCDIR:?}"
fail=0
for t in days_parse date_parse scope_lookup scope_find uscc_validate api; do
    if ./fuzz/fuzz_$t -runs=0 "$CSISMS_SRCDIR/fuzz/$t.in" >"fuzz/$t.replay.log" 2>&1; then
        echo "PASS: fuzz_$t: $(grep -E 'INITED|DONE' "fuzz/$t.replay.log" | tail -1)"
    else
        echo "FAIL: fuzz_$t"
        tail -30 "fuzz/$t.replay.log"
        fail=1
    fi
done
exit $fail
