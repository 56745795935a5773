#!/bin/sh
# SPDX-License-Identifier: MIT
# An outside CMake project builds against the library as installed, finding
# it with find_package(csisms CONFIG) only: `make install-devel DESTDIR=...`
# of this build (lib/lib.am: the library, header, csisms.pc and the CMake
# package; never a full install, which would relink the loadable modules under
# the other tests), then with CMAKE_PREFIX_PATH=DESTDIR/prefix:
#  - the version file: a newer minor or another major is refused, an older
#    minor of the same major and the exact version are accepted, and so is a
#    range of versions that holds this one (and one that does not is not);
#  - csisms::csisms is the shared library: the program needs libcsisms.so.1
#    and loads the DESTDIR's (by the RUNPATH CMake gives it, no
#    LD_LIBRARY_PATH);
#  - csisms::csisms_static, and csisms::csisms with CSISMS_USE_STATIC_LIBS=ON,
#    are the static library: no libcsisms.so needed at run time;
#  - every program prints what was worked out by hand.
# Environment (Makefile.am): CSISMS_BUILDDIR, CSISMS_MAKE, CSISMS_LIBDIR,
# CSISMS_CC, CSISMS_PACKAGE_VERSION.
set -u
: "${CSISMS_BUILDDIR:?}" "${CSISMS_LIBDIR:?}" "${CSISMS_PACKAGE_VERSION:?}"
make=${CSISMS_MAKE:-make}
cc=${CSISMS_CC:-cc}
for tool in cmake readelf ldd; do
    if ! command -v "$tool" >/dev/null 2>&1; then echo "$tool not found: skipped"; exit 77; fi
done
# Version ranges in find_package need CMake 3.19.
cmake_version=$(cmake --version | sed -n '1s/^cmake version \([0-9]*\)\.\([0-9]*\).*/\1 \2/p')
# shellcheck disable=SC2086 # two numbers
set -- $cmake_version
if [ $# -ne 2 ] || [ "$1" -lt 3 ] || { [ "$1" -eq 3 ] && [ "$2" -lt 19 ]; }; then
    echo "cmake $cmake_version is older than 3.19: skipped"; exit 77
fi

pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL: $*"; fail=$((fail + 1)); }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/csisms-cmake.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
dest=$tmp/dest
version=$CSISMS_PACKAGE_VERSION

# The nested make must not inherit the parent's jobserver or flags.
if (unset MAKEFLAGS MFLAGS MAKELEVEL; cd "$CSISMS_BUILDDIR" && $make install-devel DESTDIR="$dest") >"$tmp/install.log" 2>&1; then
    ok
else
    cat "$tmp/install.log"; bad "make install-devel DESTDIR=$dest"
    echo "$pass passed, $fail failed"; exit 1
fi
libdir=$dest$CSISMS_LIBDIR
cmakedir=$libdir/cmake/csisms
for f in csisms-config.cmake csisms-config-version.cmake; do
    [ -f "$cmakedir/$f" ] && ok || { bad "no $cmakedir/$f installed"; echo "$pass passed, $fail failed"; exit 1; }
done
# The prefix is what find_package searches: libdir is PREFIX/lib or
# PREFIX/lib/<multiarch>.
case $CSISMS_LIBDIR in
    */lib) prefix=${CSISMS_LIBDIR%/lib} ;;
    */lib/*-*) prefix=${CSISMS_LIBDIR%/lib/*} ;;
    *) prefix=${CSISMS_LIBDIR%/*} ;;
esac

# A newer version than the package's, by one minor; an older one of the same
# major; the next major.
major=${version%%.*}
rest=${version#*.}
minor=${rest%%.*}
newer=$major.$((minor + 1))
older=$major.0
next_major=$((major + 1)).0

# The compiler and its flags (CSISMS_CC may carry instrumentation flags).
# shellcheck disable=SC2086 # a command line
set -- $cc
compiler=$1
shift
cflags="$*"

mkdir "$tmp/src"
# The program and its answer worked out by hand: tests/consumer_days.c.
expected="$version 14 7"
cp "$srcdir/tests/consumer_days.c" "$tmp/src/prog.c"
cat >"$tmp/src/CMakeLists.txt" <<EOF
cmake_minimum_required(VERSION 3.19)
project(csisms_consumer C)
set(CMAKE_C_STANDARD 11)
set(CMAKE_C_STANDARD_REQUIRED ON)
set(CMAKE_C_EXTENSIONS OFF)

# The version file's answers, written to versions.txt: found or not.
foreach(request IN ITEMS "$newer" "$next_major" "$older" "$version EXACT"
        "$older...<$next_major" "$older...<$version")
  separate_arguments(args UNIX_COMMAND "\${request}")
  find_package(csisms \${args} CONFIG QUIET)
  file(APPEND "\${CMAKE_BINARY_DIR}/versions.txt" "\${request}: \${csisms_FOUND}\n")
  unset(csisms_FOUND)
  unset(csisms_DIR CACHE)
endforeach()

find_package(csisms $version CONFIG REQUIRED)
get_target_property(type csisms::csisms TYPE)
get_target_property(static_type csisms::csisms_static TYPE)
file(WRITE "\${CMAKE_BINARY_DIR}/found.txt" "\${csisms_DIR} \${csisms_VERSION} \${type} \${static_type}\n")

add_executable(prog prog.c)
target_compile_options(prog PRIVATE -Wall -Wextra -Wpedantic -Werror)
target_link_libraries(prog PRIVATE csisms::csisms)
add_executable(prog_static prog.c)
target_compile_options(prog_static PRIVATE -Wall -Wextra -Wpedantic -Werror)
target_link_libraries(prog_static PRIVATE csisms::csisms_static)
EOF

# Configures and builds the project in $1 with the extra cmake options $2...
build() {
    dir=$1; shift
    unset LD_LIBRARY_PATH
    if CC=$compiler CFLAGS=$cflags cmake -S "$tmp/src" -B "$dir" \
        -DCMAKE_PREFIX_PATH="$dest$prefix" -DCMAKE_BUILD_TYPE=Release "$@" >"$dir.log" 2>&1 &&
        cmake --build "$dir" >>"$dir.log" 2>&1; then
        ok
    else
        cat "$dir.log"; bad "the CMake project does not build ($*)"; return 1
    fi
}
run() { # program expected-env...
    prog=$1; shift
    out=$(env "$@" "$prog" 2>&1); rc=$?
    if [ $rc -eq 0 ] && [ "$out" = "$expected" ]; then ok; else bad "$(basename "$prog"): exit $rc, output '$out', expected '$expected'"; fi
}
needs_shared() { # program yes|no
    if readelf -d "$1" | grep -q 'NEEDED.*\[libcsisms\.so\.1\]'; then has=yes; else has=no; fi
    [ "$has" = "$2" ] && ok || bad "$(basename "$1"): needs libcsisms.so.1: $has, expected $2"
}

if build "$tmp/default"; then
    versions=$(cat "$tmp/default/versions.txt")
    want="$newer: 0
$next_major: 0
$older: 1
$version EXACT: 1
$older...<$next_major: 1
$older...<$version: 0"
    [ "$versions" = "$want" ] && ok || bad "find_package version answers:
$versions
expected:
$want"
    found=$(cat "$tmp/default/found.txt")
    [ "$found" = "$cmakedir $version SHARED_LIBRARY STATIC_LIBRARY" ] && ok ||
        bad "found '$found', expected '$cmakedir $version SHARED_LIBRARY STATIC_LIBRARY'"
    needs_shared "$tmp/default/prog" yes
    line=$(ldd "$tmp/default/prog" | grep 'libcsisms\.so\.1')
    case "$line" in *"=> $libdir/libcsisms.so.1 "*) ok ;; *) bad "prog does not load the DESTDIR's library: '$line'" ;; esac
    run "$tmp/default/prog"
    needs_shared "$tmp/default/prog_static" no
fi
if build "$tmp/static" -DCSISMS_USE_STATIC_LIBS=ON; then
    found=$(cat "$tmp/static/found.txt")
    [ "$found" = "$cmakedir $version STATIC_LIBRARY STATIC_LIBRARY" ] && ok ||
        bad "with CSISMS_USE_STATIC_LIBS=ON: found '$found', expected '$cmakedir $version STATIC_LIBRARY STATIC_LIBRARY'"
    needs_shared "$tmp/static/prog" no
fi

# The static programs run with no shared library left anywhere.
rm -f "$libdir"/libcsisms.so*
[ -f "$tmp/default/prog_static" ] && run "$tmp/default/prog_static" LD_LIBRARY_PATH="$tmp/nowhere"
[ -f "$tmp/static/prog" ] && run "$tmp/static/prog" LD_LIBRARY_PATH="$tmp/nowhere"

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
