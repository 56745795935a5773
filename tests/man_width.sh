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
for page in "$CSISMS_BUILDDIR"/man/*.1 "$CSISMS_BUILDDIR"/man/*.3; do
    [ -f "$page" ] || continue
    grep -q '^\.so ' "$page" && continue
    name=$(basename "$page")
    # "can't break line" is left out: csisms(1)'s FILES names the configured
    # install paths unbroken (\%), which a long prefix (make distcheck's
    # _inst) makes wider than 80 columns; tables and all else still count.
    warnings=$(groff -k -t -man -Tutf8 -rLL=80n -ww -z "$page" 2>&1 | grep -v "can't break line")
    if [ -z "$warnings" ]; then pass=$((pass + 1)); else
        fail=$((fail + 1)); echo "FAIL: groff, 80 columns: $name: $warnings"; fi
    if command -v man >/dev/null 2>&1; then
        warnings=$(MANWIDTH=80 MANPAGER=cat PAGER=cat man -l "$page" 2>&1 >/dev/null | grep -v "can't break line")
        if [ -z "$warnings" ]; then pass=$((pass + 1)); else
            fail=$((fail + 1)); echo "FAIL: MANWIDTH=80 man -l $name: $warnings"; fi
    fi
done
[ $((pass + fail)) -gt 0 ] || { echo "FAIL: no man page in $CSISMS_BUILDDIR/man"; exit 1; }
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
