#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs or merges the libFuzzer targets of a --enable-fuzzing build, from the
# top of the build tree (`make fuzz`, `make fuzz-merge` call it).
#   run-fuzzers.sh run   SRCFUZZ SECONDS JOBS TARGET...
#       runs each fuzzer for SECONDS, JOBS at a time, on its committed corpus
#       SRCFUZZ/TARGET.in (read only) plus fuzz/TARGET.work (new inputs);
#       log in fuzz/TARGET.fuzz.log, crash inputs fuzz/TARGET-crash-*.
#       Prints the executions each reached; fails if any fuzzer failed.
#   run-fuzzers.sh merge SRCFUZZ 0 1 TARGET...
#       minimises SRCFUZZ/TARGET.in + fuzz/TARGET.work (-merge=1) and
#       replaces SRCFUZZ/TARGET.in with the result, keeping the hand-written
#       seeds SRCFUZZ/TARGET.in/seed-* (the edge cases of doc/rules-model.md) as they are.
set -u
mode=$1 src=$2 secs=$3 jobs=$4
shift 4

max_len() {
    case $1 in
    api) echo 4096 ;;
    *) echo 256 ;;
    esac
}

# Features kept by a merge: the text targets keep value-profile features (the
# comparisons their parsers make), a few hundred inputs each; the api
# target's inputs are sequences of operations whose counter and value
# features run into thousands of inputs, so it keeps edge coverage only.
merge_features() {
    case $1 in
    api) echo "-use_value_profile=0 -use_counters=0" ;;
    *) echo "-use_value_profile=1" ;;
    esac
}

case $mode in
one)
    t=$1
    mkdir -p "fuzz/$t.work"
    rm -f "fuzz/$t.rc"
    "./fuzz/fuzz_$t" -max_total_time="$secs" -max_len="$(max_len "$t")" -timeout=10 \
        -use_value_profile=1 -print_final_stats=1 -artifact_prefix="fuzz/$t-" \
        "fuzz/$t.work" "$src/$t.in" >"fuzz/$t.fuzz.log" 2>&1
    echo $? >"fuzz/$t.rc"
    ;;
run)
    printf '%s\n' "$@" | xargs -P "$jobs" -I '{}' "${SHELL:-sh}" "$0" one "$src" "$secs" "$jobs" '{}'
    fail=0
    for t in "$@"; do
        rc=$(cat "fuzz/$t.rc" 2>/dev/null || echo missing)
        execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "fuzz/$t.fuzz.log" | tail -1)
        cov=$(grep -E '^#[0-9]+' "fuzz/$t.fuzz.log" | tail -1 | sed -n 's/.*\(cov: [0-9]* ft: [0-9]*\).*/\1/p')
        printf '%-14s %12s executions in %ss  %s  exit %s\n' "$t" "${execs:-?}" "$secs" "$cov" "$rc"
        if [ "$rc" != 0 ]; then
            fail=1
            echo "--- fuzz/$t.fuzz.log"
            grep -E 'invariant broken|ERROR|SUMMARY|runtime error|Test unit written' "fuzz/$t.fuzz.log" | head -20
        fi
    done
    exit $fail
    ;;
merge)
    for t in "$@"; do
        rm -rf "fuzz/$t.merged"
        mkdir -p "fuzz/$t.merged" "fuzz/$t.work"
        # shellcheck disable=SC2046 # the options are split on purpose
        "./fuzz/fuzz_$t" -merge=1 -max_len="$(max_len "$t")" $(merge_features "$t") \
            "fuzz/$t.merged" "$src/$t.in" "fuzz/$t.work" >"fuzz/$t.merge.log" 2>&1 || {
            echo "merge of $t failed:"
            tail -20 "fuzz/$t.merge.log"
            exit 1
        }
        n=$(find "fuzz/$t.merged" -type f | wc -l)
        [ "$n" -gt 0 ] || { echo "merge of $t gave nothing"; exit 1; }
        # The hand-written seeds (seed-*: the edge cases of doc/rules-model.md) always stay.
        find "$src/$t.in" -type f ! -name 'seed-*' -exec rm -f {} +
        cp "fuzz/$t.merged"/* "$src/$t.in/"
        echo "$t: corpus minimised to $n inputs, plus $(find "$src/$t.in" -name 'seed-*' | wc -l) seeds"
    done
    ;;
*)
    echo "usage: $0 run|merge SRCFUZZ SECONDS JOBS TARGET..." >&2
    exit 2
    ;;
esac
