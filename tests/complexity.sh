#!/bin/sh
# SPDX-License-Identifier: MIT
# Issue 14: every public function states its growth in the COMPLEXITY section
# of the man page that documents it (its own page, or the grouped page its
# .so link names): the section names the function and gives an O(...).
set -u
: "${CSISMS_SRCDIR:?}" "${CSISMS_BUILDDIR:?}"
h="$CSISMS_SRCDIR/include/csisms.h"
pass=0
fail=0
page() {
    if [ -f "$CSISMS_BUILDDIR/man/$1" ]; then echo "$CSISMS_BUILDDIR/man/$1"
    elif [ -f "$CSISMS_SRCDIR/man/$1" ]; then echo "$CSISMS_SRCDIR/man/$1"; fi
}
fns=$(tr '\n' ' ' <"$h" | grep -o 'CSISMS_API[^;(]*csisms_[a-z0-9_]*[[:space:]]*(' |
    sed 's/.*\(csisms_[a-z0-9_]*\)[[:space:]]*($/\1/' | sort -u)
for f in $fns; do
    p=$(page "$f.3")
    if [ -n "$p" ] && grep -q '^\.so ' "$p"; then
        p=$(page "$(sed -n 's/^\.so man3\///p' "$p")")
    fi
    # The section's tag line naming f, and the O(...) on the line after it.
    if [ -n "$p" ] && sed -n '/^\.SH COMPLEXITY/,/^\.SH /p' "$p" |
        awk -v f="$f" 'tag && /O\(/ { ok = 1 } { tag = index($0, "\\fB" f "\\fR()") > 0 } END { exit !ok }'; then
        pass=$((pass + 1))
    else
        echo "FAIL: $f(): no tag line with an O(...) after it under COMPLEXITY in ${p:-its man page}"
        fail=$((fail + 1))
    fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
