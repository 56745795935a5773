#!/bin/sh
# SPDX-License-Identifier: MIT
# Benchmark of `csisms register` (not a test; `make bench-register` runs it).
# Generates a register of ROWS rows (default 1000000) in a temporary
# directory (never committed), then times, in the same run and on one core
# (taskset when available):
#   - the floor: bench/register-floor, which only reads and splits the file
#     with libcsv;
#   - csisms register end to end, CSV out and JSON Lines out.
# Reports CPU seconds (user + sys, best of REPEAT runs), rows/s, the ratio
# to the floor and peak RSS (/usr/bin/time -v "Maximum resident set size").
# Targets: >= 1,000,000 rows/s end to end, <= 3x the floor, <= 16 MiB RSS.
#   bench/register-bench.sh [ROWS]   (CSISMS, FLOOR: the programs)
set -eu
rows=${1:-1000000}
repeat=${REPEAT:-3}
builddir=${CSISMS_BUILDDIR:-.}
csisms=${CSISMS:-$builddir/examples/csisms}
floor=${FLOOR:-$builddir/bench/register-floor}
# the real program, not libtool's wrapper script, so that only it is measured
if [ -z "${CSISMS:-}" ] && [ -x "$builddir/examples/.libs/csisms" ]; then
    csisms=$builddir/examples/.libs/csisms
    LD_LIBRARY_PATH=$builddir/lib/.libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
    export LD_LIBRARY_PATH
fi
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package time)" >&2; exit 2; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/csisms-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
pin=""
command -v taskset >/dev/null 2>&1 && pin="taskset -c 0"

# A register as a spreadsheet exports it: UTF-8 with BOM, CRLF, quoted
# Chinese names with commas in some, dates in several spreadsheet forms; most
# certificates maintained, a few suspended, corrections pending, grounds.
awk -v rows="$rows" 'BEGIN {
    printf "\357\273\277证书编号,统一社会信用代码,组织名称,有效期至,暂停日期,暂停原因已消除,监督审核截止日期,要求纠正日期,已纠正,依据\r\n"
    for (i = 1; i <= rows; i++) {
        y = 2026 + i % 3; m = 1 + i % 12; d = 1 + i % 28
        vu = (i % 2) ? sprintf("%d/%d/%d", y, m, d) : sprintf("%d-%02d-%02d", y, m, d)
        sus = ""; res = ""; surv = sprintf("2025-%02d-%02d", 7 + i % 6, d); cor = ""; done = ""; gr = ""
        if (i % 20 == 0) { sus = sprintf("2025.%d.%d", 1 + i % 5, d); res = (i % 40 == 0) ? "是" : "否" }
        if (i % 50 == 0) { cor = sprintf("2025/%d/%d", 1 + i % 5, d); done = "否" }
        if (i % 100 == 0) gr = "\"7.1.1(2);7.1.1(4)\""
        if (i % 1000 == 0) gr = "7.2.1(3)"
        name = (i % 10 == 0) ? sprintf("\"云计算服务有限公司,第%d分公司\"", i) : sprintf("云计算服务有限公司%d", i)
        printf "CSISMS-2024-%07d,91350100M000100Y43,%s,%s,%s,%s,%s,%s,%s,%s\r\n", i, name, vu, sus, res, surv, cor, done, gr
    }
}' >"$tmp/register.csv"
size=$(wc -c <"$tmp/register.csv")

calc() { awk "BEGIN { x = $1; if (x == int(x)) printf \"%d\\n\", x; else printf \"%.2f\\n\", x }"; }
rate() { awk "BEGIN { printf \"%d\\n\", $1 / ($2 > 0 ? $2 : 0.01) }"; }

# best CPU seconds and peak RSS (KiB) of REPEAT runs of "$@"
measure() {
    best="" rss=0
    for _ in $(seq "$repeat"); do
        # shellcheck disable=SC2086 # $pin is a command and its arguments, or nothing
        /usr/bin/time -f "%U %S %M" -o "$tmp/time" $pin "$@" >"$tmp/out" 2>"$tmp/err" || true
        read -r u s m <<EOT
$(tail -n 1 "$tmp/time")
EOT
        t=$(calc "$u + $s")
        if [ -z "$best" ] || [ "$(calc "$t < $best")" = 1 ]; then best=$t; fi
        [ "$m" -gt "$rss" ] && rss=$m
    done
    echo "$best $rss"
}

echo "register: $rows rows, $size bytes"
measure "$floor" "$tmp/register.csv" >"$tmp/m"; read -r ft frss <"$tmp/m"
echo "floor (read + split, libcsv): $ft s CPU, $(rate "$rows" "$ft") rows/s, peak RSS $frss KiB"
measure "$csisms" register "$tmp/register.csv" --today 2025-06-01 --lang en >"$tmp/m"; read -r ct crss <"$tmp/m"
lines=$(($(wc -l <"$tmp/out") - 1))
echo "csisms register, CSV out: $ct s CPU, $(rate "$rows" "$ct") rows/s, $(calc "$ct / $ft")x the floor, peak RSS $crss KiB ($lines rows out)"
echo "  $(cat "$tmp/err")"
measure "$csisms" register "$tmp/register.csv" --today 2025-06-01 --json >"$tmp/m"; read -r jt jrss <"$tmp/m"
echo "csisms register, JSON Lines out: $jt s CPU, $(rate "$rows" "$jt") rows/s, $(calc "$jt / $ft")x the floor, peak RSS $jrss KiB"
[ "$lines" -eq "$rows" ] || { echo "FAIL: $lines rows out for $rows rows in"; exit 1; }
