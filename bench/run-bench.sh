#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs bench/bench under callgrind and checks every case against its budget
# (bench/README.md).  Usage, as "make bench" calls it:
#
#   run-bench.sh HEADER BUDGETS VALGRIND LIBTOOL BENCH [CALLS]
#
# Prints one table row per case: function, case, instructions per call
# (inclusive of callees, the harness loop subtracted), budget, verdict.
# Exits 1 when a case exceeds its budget, when a case marked "xfail:" meets
# it (remove the mark), or when a public function of HEADER has no case;
# 2 on a usage or tool error.
set -eu
[ $# -ge 5 ] || { echo "usage: $0 HEADER BUDGETS VALGRIND LIBTOOL BENCH [CALLS]" >&2; exit 2; }
header=$1 budgets=$2 valgrind=$3 libtool=$4 bench=$5 calls=${6:-20}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/csisms-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# The program runs once; each case leaves two dumps (calls and 2 * calls)
# in one combined callgrind file.
if ! "$libtool" --mode=execute "$valgrind" --tool=callgrind \
    --callgrind-out-file="$tmp/callgrind.out" --combine-dumps=yes \
    --dump-instr=no --dump-line=no \
    "$bench" "$budgets" "$calls" >"$tmp/cases" 2>"$tmp/valgrind.log"; then
    cat "$tmp/valgrind.log" >&2
    echo "bench: the benchmark program failed" >&2
    exit 2
fi

# Public functions of the header that no case measures.
sed -n 's/^CSISMS_API[^(]*[ *]\(csisms_[a-z0-9_]*\)(.*/\1/p' "$header" | sort -u >"$tmp/public"
cut -f3 "$tmp/cases" | sort -u >"$tmp/measured"
comm -23 "$tmp/public" "$tmp/measured" >"$tmp/missing"

awk -F'\t' -v calls="$calls" -v missing="$tmp/missing" -v cases="$tmp/cases" '
    # The callgrind dumps: "desc: Trigger: Client Request: case=R n=C" then "totals: IR".
    FILENAME != cases && FILENAME != missing && /^desc: Trigger: Client Request: case=/ {
        split($0, w, /[= ]/); row = w[6]; n = w[8]; next
    }
    FILENAME != cases && FILENAME != missing && /^totals: / && row != "" {
        split($0, w, " "); ir[row, n] = w[2]; row = ""; next
    }
    FILENAME == missing { if ($0 != "") lacking[++nlacking] = $0; next }
    FILENAME == cases {
        rows[++count] = $2; fn[$2] = $3; name[$2] = $4; budget[$2] = $5; next
    }
    END {
        if (!((0, calls) in ir) || !((0, 2 * calls) in ir)) {
            print "bench: no callgrind dumps (was the program built with valgrind/callgrind.h?)" > "/dev/stderr"
            exit 2
        }
        loop = (ir[0, 2 * calls] - ir[0, calls]) / calls
        printf "Instructions per call (callgrind Ir, inclusive of callees; %d and %d calls, harness loop of %d Ir subtracted)\n\n", calls, 2 * calls, loop
        printf "%-36s %-34s %9s %9s  %s\n", "function", "case", "Ir/call", "budget", "result"
        bad = 0
        for (i = 1; i <= count; i++) {
            r = rows[i]
            if (r == 0) continue
            if (!((r, calls) in ir) || !((r, 2 * calls) in ir)) {
                printf "bench: case %d (%s, %s) left no dumps\n", r, fn[r], name[r] > "/dev/stderr"
                exit 2
            }
            d = ir[r, 2 * calls] - ir[r, calls]
            per = int(d / calls + 0.5) - loop
            b = budget[r]; xfail = sub(/^xfail:/, "", b)
            if (b !~ /^[0-9]+$/) {
                printf "bench: case %d (%s, %s): budget \"%s\" is not a number\n", r, fn[r], name[r], budget[r] > "/dev/stderr"
                exit 2
            }
            over = per > b + 0
            if (xfail) {
                verdict = over ? "OVER (known, xfail)" : "MEETS: remove the xfail: mark"
                if (!over) bad++
            } else {
                verdict = over ? "OVER BUDGET" : "ok"
                if (over) bad++
            }
            printf "%-36s %-34s %9d %9s  %s\n", fn[r], name[r], per, budget[r], verdict
        }
        for (i = 1; i <= nlacking; i++) {
            printf "%-36s %-34s %9s %9s  %s\n", lacking[i], "(no case)", "-", "-", "MISSING: add a line to budgets.tsv"
            bad++
        }
        printf "\n%d case(s), %d failure(s)\n", count - 1, bad
        exit (bad > 0)
    }
' "$tmp/callgrind.out" "$tmp/cases" "$tmp/missing"
