#!/bin/sh
# SPDX-License-Identifier: MIT
# The Debian packaging (debian/) agrees with the tree:
#  - libcsisms1.symbols is exactly what packaging/gen-symbols makes from the
#    header's functions and lib/libcsisms.map (every function, its node, and
#    the release that added it);
#  - the changelog's upstream version (1.1.0 of 1.1.0-1) is the package
#    version (configure.ac), and has a Debian revision (source format 3.0
#    (quilt));
#  - in a git checkout, packaging/packaging.am's DEBIAN_FILES (what `make
#    dist` puts into the release tarball) are exactly debian/'s files in git;
#  - every autopkgtest of debian/tests/control is an executable file;
#  - the library's SONAME is the one the package is named after (libcsisms1
#    ships libcsisms.so.1) and the symbols file describes.
# Environment: CSISMS_SRCDIR, CSISMS_PACKAGE_VERSION, LIBCSISMS_SO (Makefile.am).
set -u
: "${CSISMS_SRCDIR:?}" "${CSISMS_PACKAGE_VERSION:?}"
deb=$CSISMS_SRCDIR/debian
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
        bad "debian/libcsisms1.symbols is out of date (- file, + header and map):" \
            "run packaging/gen-symbols include/csisms.h lib/libcsisms.map >debian/libcsisms1.symbols"
    fi
else
    bad "packaging/gen-symbols failed"
fi
n=$(grep -c '^ csisms_' "$deb/libcsisms1.symbols")
[ "$n" -ge 50 ] && ok || bad "only $n functions in libcsisms1.symbols"

v=$(sed -n '1s/^[a-z0-9.+-]* (\([^)]*\)).*/\1/p' "$deb/changelog")
case $v in
    *-*) ok ;;
    *) bad "debian/changelog's version '$v' has no Debian revision (3.0 (quilt): $CSISMS_PACKAGE_VERSION-1)" ;;
esac
upstream=${v#*:}
upstream=${upstream%-*}
[ "$upstream" = "$CSISMS_PACKAGE_VERSION" ] && ok ||
    bad "debian/changelog's upstream version is '$upstream', the package's '$CSISMS_PACKAGE_VERSION': add a changelog entry"
grep -qx '3.0 (quilt)' "$deb/source/format" && ok || bad "debian/source/format is not 3.0 (quilt)"

# The files make dist distributes, against git (only where the source
# directory is a checkout's top, not a tarball unpacked inside one).
listed=$(sed -n '/^DEBIAN_FILES = /,/[^\\]$/{s/^DEBIAN_FILES = //;s/[ \t\\]//g;/./p}' \
    "$CSISMS_SRCDIR/packaging/packaging.am" | sort)
[ -n "$listed" ] && ok || bad "no DEBIAN_FILES in packaging/packaging.am"
top=$(git -C "$CSISMS_SRCDIR" rev-parse --show-toplevel 2>/dev/null || true)
if [ -n "$top" ] && [ "$(cd "$top" && pwd -P)" = "$(cd "$CSISMS_SRCDIR" && pwd -P)" ]; then
    tracked=$(git -C "$CSISMS_SRCDIR" ls-files debian | sort)
    if [ "$listed" = "$tracked" ]; then
        ok
    else
        bad "DEBIAN_FILES of packaging/packaging.am (-) and debian/ in git (+) differ:
$(printf '%s\n' "$listed" >"$tmp/listed"; printf '%s\n' "$tracked" >"$tmp/tracked"; diff "$tmp/listed" "$tmp/tracked" | grep '^[<>]')"
    fi
else
    echo "not a git checkout's top: the DEBIAN_FILES check skipped"
fi
for f in $listed; do
    [ -f "$CSISMS_SRCDIR/$f" ] || bad "$f (DEBIAN_FILES) does not exist"
done
[ -x "$deb/rules" ] && ok || bad "debian/rules is not executable"

# The autopkgtests: each test named in debian/tests/control is an
# executable file there.
tests=$(sed -n 's/^Tests: *//p' "$deb/tests/control")
[ -n "$tests" ] && ok || bad "debian/tests/control names no test"
for t in $tests; do
    [ -x "$deb/tests/$t" ] && ok || bad "debian/tests/$t (debian/tests/control) is not an executable file"
done

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
