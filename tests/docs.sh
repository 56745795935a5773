#!/bin/sh
# Every public function has a Doxygen comment right above its declaration
# and a man page (its own, or a .so link to a grouped page); every page
# passes mandoc -Tlint with nothing above style level; every .so link
# points at a page that exists.
set -u
: "${CSISMS_SRCDIR:?}"
h="$CSISMS_SRCDIR/include/csisms.h"
man="$CSISMS_SRCDIR/man"
pass=0
fail=0
bad() { echo "FAIL: $*"; fail=$((fail + 1)); }

fns=$(tr '\n' ' ' <"$h" | grep -o 'CSISMS_API[^;(]*csisms_[a-z0-9_]*[[:space:]]*(' |
    sed 's/.*\(csisms_[a-z0-9_]*\)[[:space:]]*($/\1/' | sort -u)
for f in $fns; do
    # The declaration's line, and the comment that must end just above it.
    line=$(grep -n "CSISMS_API.*\\b$f(" "$h" | head -1 | cut -d: -f1)
    prev=$((line - 1))
    if [ -n "$line" ] && sed -n "${prev}p" "$h" | grep -q '\*/'; then pass=$((pass + 1)); else bad "$f has no Doxygen comment"; fi
    if [ -f "$man/$f.3" ]; then pass=$((pass + 1)); else bad "$f has no man page"; continue; fi
    if grep -q '^\.so ' "$man/$f.3"; then
        target=$(sed -n 's/^\.so man3\///p' "$man/$f.3")
        if [ -f "$man/$target" ] && grep -q "$f" "$man/$target"; then pass=$((pass + 1)); else bad "$f.3 links to $target, which does not document it"; fi
    fi
done

if [ -n "${MANDOC:-}" ]; then
    for p in "$man"/*.1 "$man"/*.3; do
        grep -q '^\.so ' "$p" && continue
        out=$("$MANDOC" -Tlint -W warning "$p" 2>&1)
        if [ -z "$out" ]; then pass=$((pass + 1)); else bad "mandoc lint: $out"; fi
    done
else
    echo "mandoc not found: lint skipped"
fi
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
