#!/bin/sh
# SPDX-License-Identifier: MIT
# The Debian packaging (packaging/debian) agrees with the tree:
#  - libcsisms1.symbols is exactly what packaging/gen-symbols makes from the
#    header's functions and lib/libcsisms.map (every function, its node, and
#    the release that added it);
#  - the changelog's version is the package version (configure.ac);
#  - the library's SONAME is the one the package is named after (libcsisms1
#    ships libcsisms.so.1) and the symbols file describes.
# Environment: CSISMS_SRCDIR, CSISMS_PACKAGE_VERSION, LIBCSISMS_SO (Makefile.am).
set -u
: "${CSISMS_SRCDIR:?}" "${CSISMS_PACKAGE_VERSION:?}"
deb=$CSISMS_SRCDIR/packaging/debian
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL: $*"; fail=$((fail + 1)); }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/csisms-debian.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT

if sh "$CSISMS_SRCDIR/packaging/gen-symbols" "$CSISMS_SRCDIR/include/csisms.h" \
    "$CSISMS_SRCDIR/lib/libcsisms.map" >"$tmp/symbols"; then
    ok
    if diff -u "$deb/libcsisms1.symbols" "$tmp/symbols"; then
        ok
    else
        bad "packaging/debian/libcsisms1.symbols is out of date (- file, + header and map):" \
            "run packaging/gen-symbols include/csisms.h lib/libcsisms.map >packaging/debian/libcsisms1.symbols"
    fi
else
    bad "packaging/gen-symbols failed"
fi
n=$(grep -c '^ csisms_' "$deb/libcsisms1.symbols")
[ "$n" -ge 50 ] && ok || bad "only $n functions in libcsisms1.symbols"

v=$(sed -n '1s/^[a-z0-9.+-]* (\([^)]*\)).*/\1/p' "$deb/changelog")
[ "$v" = "$CSISMS_PACKAGE_VERSION" ] && ok ||
    bad "packaging/debian/changelog's version is '$v', the package's '$CSISMS_PACKAGE_VERSION': add a changelog entry"

head -1 "$deb/libcsisms1.symbols" | grep -qx 'libcsisms.so.1 libcsisms1 #MINVER#' && ok ||
    bad "libcsisms1.symbols does not start with 'libcsisms.so.1 libcsisms1 #MINVER#'"
grep -qx 'Package: libcsisms1' "$deb/control" && ok || bad "control has no package libcsisms1"

if [ -n "${LIBCSISMS_SO:-}" ] && [ -f "$LIBCSISMS_SO" ] && command -v readelf >/dev/null 2>&1; then
    soname=$(readelf -d "$LIBCSISMS_SO" | sed -n 's/.*(SONAME).*\[\(.*\)\].*/\1/p')
    [ "$soname" = libcsisms.so.1 ] && ok ||
        bad "the library's SONAME is '$soname'; the packages ship libcsisms.so.1 (rename libcsisms1, see CONTRIBUTING.md)"
else
    echo "no shared library or readelf: SONAME check skipped"
fi

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
