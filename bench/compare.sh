#!/bin/sh
# SPDX-License-Identifier: MIT
# Before and after, in one run: instructions per call of an earlier release's
# library and of this tree's, measured by the same bench program on the same
# cases (the cases of bench/budgets.tsv whose function the earlier header
# declares).
#
#   bench/compare.sh OLD_TREE [CALLS]
#
# Run from this tree's top after `./configure CC=gcc CFLAGS='-g -O2' && make
# && make bench` (bench/bench.o built). OLD_TREE is an earlier version's tree
# built the same way (lib/.libs/libcsisms.so and include/csisms.h), e.g.
#
#   mkdir /tmp/v10 && git archive 035a2b3 | tar -x -C /tmp/v10
#   (cd /tmp/v10 && autoreconf -fi && ./configure CC=gcc CFLAGS='-g -O2' &&
#    make lib/libcsisms.la)
#
# The bench program is linked twice from the same object: against this
# tree's library, and against OLD_TREE's with a stub library standing in for
# the functions OLD_TREE lacks (never called: their cases are left out).
# Prints function, case, Ir/call before, after, and after/before.
set -eu
export LC_ALL=C   # the table's columns are counted in bytes
[ $# -ge 1 ] || { echo "usage: $0 OLD_TREE [CALLS]" >&2; exit 2; }
old=$(cd "$1" && pwd) calls=${2:-20}
if [ ! -f "$old/lib/.libs/libcsisms.so" ] || [ ! -f "$old/include/csisms.h" ]; then
    echo "compare: $old has no lib/.libs/libcsisms.so or include/csisms.h" >&2; exit 2
fi
[ -f bench/bench.o ] || { echo "compare: no bench/bench.o here (make bench first)" >&2; exit 2; }
cc=${CC:-gcc}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/csisms-compare.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# The header's functions, from the one interface parser (python3-pycparser).
functions() { /usr/bin/python3 build-aux/csisms-iface.py --header "$1" functions | sort -u; }
functions "$old/include/csisms.h" >"$tmp/old-functions"
functions include/csisms.h >"$tmp/new-functions"
comm -13 "$tmp/old-functions" "$tmp/new-functions" |
    awk '{ print "void " $1 "(void); void " $1 "(void) { __builtin_trap(); }" }' >"$tmp/stub.c"
"$cc" -shared -fPIC -o "$tmp/libstub.so" "$tmp/stub.c"
"$cc" -o "$tmp/bench-old" bench/bench.o -L"$old/lib/.libs" -lcsisms -L"$tmp" -lstub
"$cc" -o "$tmp/bench-new" bench/bench.o -Llib/.libs -lcsisms
# The harness case and the cases of the functions both versions have.
awk -F'\t' 'NR == FNR { have[$1] = 1; next } /^#/ || $1 == "harness" || ($1 in have)' \
    "$tmp/old-functions" bench/budgets.tsv >"$tmp/budgets.tsv"
printf '#!/bin/sh\nshift\nexec "$@"\n' >"$tmp/execute"   # stands in for libtool --mode=execute
chmod +x "$tmp/execute"
run() { # label library-directories program
    LD_LIBRARY_PATH=$2 sh bench/run-bench.sh "$old/include/csisms.h" "$tmp/budgets.tsv" \
        valgrind "$tmp/execute" "$3" "$calls" >"$tmp/$1" 2>&1 || true
    grep -q '^function ' "$tmp/$1" || { cat "$tmp/$1" >&2; exit 2; }
}
run before "$old/lib/.libs:$tmp" "$tmp/bench-old"
run after "$PWD/lib/.libs" "$tmp/bench-new"
# The rows: "function case... Ir budget result"; the case is columns 38-73.
rows() { sed -n 's/^\(csisms_[a-z0-9_]*\) *\(.\{35\}\) *\([0-9][0-9]*\) .*/\1\t\2\t\3/p' "$tmp/$1"; }
rows before >"$tmp/b"
rows after >"$tmp/a"
printf '%-36s %-34s %9s %9s %7s\n' function case before after ratio
paste "$tmp/b" "$tmp/a" | awk -F'\t' '
    $1 != $4 || $2 != $5 { print "compare: rows differ: " $0 > "/dev/stderr"; exit 2 }
    { sub(/ +$/, "", $2); printf "%-36s %-34s %9d %9d %7.2f\n", $1, $2, $3, $6, $3 ? $6 / $3 : 0 }'
