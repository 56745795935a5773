#!/bin/sh
# SPDX-License-Identifier: MIT
# The one interface description (build-aux/csisms-iface.py, from
# include/csisms.h and lib/libcsisms.map):
#  - its rules hold: every header function is in a node of the map, carries
#    "@since X.Y.0 (symbol version CSISMS_X.Y)" unless it is in the first
#    node, and is documented; the version macros agree with each other;
#  - every file generated from it is committed up to date: a regeneration
#    into a scratch directory differs from the tree in nothing.
# To update the generated files: /usr/bin/python3 build-aux/csisms-iface.py generate
set -u
: "${CSISMS_SRCDIR:?}"
gen="$CSISMS_SRCDIR/build-aux/csisms-iface.py"
py=/usr/bin/python3
if ! "$py" -c 'import pycparser' 2>/dev/null; then
    echo "FAIL: $py cannot import pycparser (Debian: apt-get install python3-pycparser)"; exit 1
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/csisms-iface.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
if "$py" "$gen" check; then pass=$((pass + 1)); else echo "FAIL: the interface rules above"; fail=$((fail + 1)); fi
if "$py" "$gen" generate --outdir "$tmp"; then
    files=$(cd "$tmp" && find . -type f | sed 's|^\./||' | LC_ALL=C sort)
    [ -n "$files" ] || { echo "FAIL: nothing generated"; fail=$((fail + 1)); }
    for f in $files; do
        if diff -u "$CSISMS_SRCDIR/$f" "$tmp/$f" >"$tmp/diff"; then
            pass=$((pass + 1))
        else
            head -n 40 "$tmp/diff"
            echo "FAIL: $f is stale: run /usr/bin/python3 build-aux/csisms-iface.py generate"
            fail=$((fail + 1))
        fi
    done
else
    echo "FAIL: the generator failed"; fail=$((fail + 1))
fi
# configure read the header's version (AC_INIT).
v=$("$py" "$gen" version)
if [ -z "${CSISMS_PACKAGE_VERSION:-}" ] || [ "$v" = "$CSISMS_PACKAGE_VERSION" ]; then pass=$((pass + 1)); else
    echo "FAIL: configure's version $CSISMS_PACKAGE_VERSION is not the header's $v (rerun autoreconf)"; fail=$((fail + 1))
fi
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
