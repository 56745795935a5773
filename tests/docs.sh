#!/bin/sh
# SPDX-License-Identifier: MIT
# Every public function has a Doxygen comment right above its declaration
# and a man page (its own, or a .so link to a grouped page that documents
# it) that states its growth under COMPLEXITY; every page passes mandoc
# -Tlint with nothing above style level and carries the release version and
# date from configure.
set -u
: "${CSISMS_SRCDIR:?}" "${CSISMS_BUILDDIR:?}" "${CSISMS_PACKAGE_VERSION:?}" "${CSISMS_RELEASE_DATE:?}"
pass=0
fail=0
bad() { echo "FAIL: $*"; fail=$((fail + 1)); }
# A page: generated into the build tree from PAGE.in, or a .so link page
# generated beside it from the NAME sections (man/man.am); the source tree as
# a fallback.
page() {
    if [ -f "$CSISMS_BUILDDIR/man/$1" ]; then echo "$CSISMS_BUILDDIR/man/$1"
    elif [ -f "$CSISMS_SRCDIR/man/$1" ]; then echo "$CSISMS_SRCDIR/man/$1"; fi
}

# The header's functions, and those without a Doxygen comment right above
# their declaration, from the interface description.
iface="/usr/bin/python3 $CSISMS_SRCDIR/build-aux/csisms-iface.py"
fns=$($iface functions) || { echo "FAIL: build-aux/csisms-iface.py failed"; exit 1; }
undocumented=$($iface functions --undocumented) || exit 1
for f in $fns; do
    if printf '%s\n' "$undocumented" | grep -qx "$f"; then bad "$f has no Doxygen comment"; else pass=$((pass + 1)); fi
    p=$(page "$f.3")
    if [ -n "$p" ]; then pass=$((pass + 1)); else bad "$f has no man page"; continue; fi
    if grep -q '^\.so ' "$p"; then
        target=$(sed -n 's/^\.so man3\///p' "$p")
        tp=$(page "$target")
        if [ -n "$tp" ] && grep -q "^\\.TH" "$tp" && grep -q "$f" "$tp"; then pass=$((pass + 1)); else bad "$f.3 links to $target, which does not document it"; continue; fi
        p=$tp
    fi
    # Its growth (issue 14): a COMPLEXITY tag line naming it, an O(...) on the next.
    if sed -n '/^\.SH COMPLEXITY/,/^\.SH /p' "$p" |
        awk -v f="$f" 'tag && /O\(/ { ok = 1 } { tag = index($0, "\\fB" f "\\fR()") > 0 } END { exit !ok }'; then
        pass=$((pass + 1))
    else
        bad "$f has no O(...) line under COMPLEXITY in $(basename "$p")"
    fi
done

for p in "$CSISMS_SRCDIR"/man/*.in; do
    name=$(basename "$p" .in)
    gen="$CSISMS_BUILDDIR/man/$name"
    if [ ! -f "$gen" ]; then bad "$name was not generated"; continue; fi
    if grep -q "^\\.TH [A-Z_]* [13] $CSISMS_RELEASE_DATE \"libcsisms $CSISMS_PACKAGE_VERSION\" " "$gen"; then
        pass=$((pass + 1))
    else
        bad "$name does not carry version $CSISMS_PACKAGE_VERSION and date $CSISMS_RELEASE_DATE"
    fi
    if [ -n "${MANDOC:-}" ]; then
        out=$("$MANDOC" -Tlint -W warning "$gen" 2>&1)
        if [ -z "$out" ]; then pass=$((pass + 1)); else bad "mandoc lint: $out"; fi
    fi
done
[ -n "${MANDOC:-}" ] || echo "mandoc not found: lint skipped"
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
