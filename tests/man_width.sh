#!/bin/sh
# SPDX-License-Identifier: MIT
# Every man page (as generated in the build tree; not the .so links) renders
# at 80 columns without a warning: groff with every warning on (-ww) and
# the input converted from UTF-8 (-k), tables (-t) included, reports a table
# wider than the line ("table wider than line width") or any other problem;
# and man(1) as a reader's terminal of 80 columns runs it (MANWIDTH=80 man
# -l), when man is installed. tests/docs.sh runs mandoc -Tlint, which does
# not measure tables. Skips (77) without groff.
set -u
: "${CSISMS_BUILDDIR:?}"
command -v groff >/dev/null 2>&1 || { echo "SKIP: groff is not installed (Debian: groff-base)"; exit 77; }
pass=0
fail=0
# The warnings of a page's rendering ($2: troff's messages on stdin), less
# "can't break line" where the source line is a single unbreakable word
# (\%...): a configured install path such as csisms(1)'s FILES, which no
# width can hold under a long prefix (make distcheck's _inst). A table or a
# line of several words wider than 80 columns still counts.
width_warnings() { # page
    awk -v page="$1" '
    BEGIN { while ((getline l < page) > 0) src[++n] = l }
    /can.t break line/ && match($0, /:[0-9]+: warning/) {
        line = substr($0, RSTART + 1, RLENGTH - 10) + 0
        if (src[line] ~ /^\.[A-Z]+ \\%[^ ]+$/) next
    }
    { print }'
}
for page in "$CSISMS_BUILDDIR"/man/*.1 "$CSISMS_BUILDDIR"/man/*.3; do
    [ -f "$page" ] || continue
    grep -q '^\.so ' "$page" && continue
    name=$(basename "$page")
    warnings=$(groff -k -t -man -Tutf8 -rLL=80n -ww -z "$page" 2>&1 | width_warnings "$page")
    if [ -z "$warnings" ]; then pass=$((pass + 1)); else
        fail=$((fail + 1)); echo "FAIL: groff, 80 columns: $name: $warnings"; fi
    if command -v man >/dev/null 2>&1; then
        warnings=$(MANWIDTH=80 MANPAGER=cat PAGER=cat man -l "$page" 2>&1 >/dev/null | width_warnings "$page")
        if [ -z "$warnings" ]; then pass=$((pass + 1)); else
            fail=$((fail + 1)); echo "FAIL: MANWIDTH=80 man -l $name: $warnings"; fi
    fi
done
[ $((pass + fail)) -gt 0 ] || { echo "FAIL: no man page in $CSISMS_BUILDDIR/man"; exit 1; }
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
