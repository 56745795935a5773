#!/bin/sh
# SPDX-License-Identifier: MIT
# An outside program builds against the library as installed, finding it with
# pkg-config only: `make install-devel DESTDIR=...` of this build, then
#  - C, shared:  pkg-config --cflags --libs csisms; runs with LD_LIBRARY_PATH
#                and loads the installed libcsisms.so.1;
#  - C, static:  pkg-config --static; the program needs no libcsisms.so at
#                run time (no DT_NEEDED entry for it);
#  - C++:        the header used from C++ (extern "C"), linked shared.
# PKG_CONFIG_LIBDIR points at the DESTDIR's pkgconfig directory only (no
# system csisms.pc can answer) and PKG_CONFIG_SYSROOT_DIR=DESTDIR makes the
# -I/-L paths of the installed csisms.pc point into the DESTDIR.
# Environment (Makefile.am): CSISMS_BUILDDIR, CSISMS_MAKE,
# CSISMS_LIBDIR, CSISMS_CC, CSISMS_CXX, CSISMS_PKG_CONFIG, CSISMS_PACKAGE_VERSION.
set -u
: "${CSISMS_BUILDDIR:?}" "${CSISMS_LIBDIR:?}" "${CSISMS_PACKAGE_VERSION:?}"
make=${CSISMS_MAKE:-make}
cc=${CSISMS_CC:-cc}
cxx=${CSISMS_CXX:-c++}
pkgconfig=${CSISMS_PKG_CONFIG:-pkg-config}
if ! command -v "$pkgconfig" >/dev/null 2>&1; then echo "pkg-config not found: skipped"; exit 77; fi
for tool in readelf ldd; do
    if ! command -v "$tool" >/dev/null 2>&1; then echo "$tool not found: skipped"; exit 77; fi
done

pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL: $*"; fail=$((fail + 1)); }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/csisms-consumer.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
dest=$tmp/dest

# Install this build's development files into the DESTDIR (install-devel,
# lib/lib.am: not the modules, whose relinking would race the tests that load
# them). The test runs inside `make check`: the nested make must not inherit
# the parent's jobserver or flags.
if (unset MAKEFLAGS MFLAGS MAKELEVEL; cd "$CSISMS_BUILDDIR" && $make install-devel DESTDIR="$dest") >"$tmp/install.log" 2>&1; then
    ok
else
    cat "$tmp/install.log"; bad "make install-devel DESTDIR=$dest"
    echo "$pass passed, $fail failed"; exit 1
fi
libdir=$dest$CSISMS_LIBDIR
[ -f "$libdir/pkgconfig/csisms.pc" ] || { bad "no $libdir/pkgconfig/csisms.pc installed"; echo "$pass passed, $fail failed"; exit 1; }

PKG_CONFIG_LIBDIR=$libdir/pkgconfig
PKG_CONFIG_PATH=
PKG_CONFIG_SYSROOT_DIR=$dest
# Keep -I/usr/include and -L/usr/lib... too (a prefix of /usr would make
# them "system" paths that pkgconf drops, before the sysroot is added).
PKG_CONFIG_ALLOW_SYSTEM_CFLAGS=1
PKG_CONFIG_ALLOW_SYSTEM_LIBS=1
export PKG_CONFIG_LIBDIR PKG_CONFIG_PATH PKG_CONFIG_SYSROOT_DIR \
    PKG_CONFIG_ALLOW_SYSTEM_CFLAGS PKG_CONFIG_ALLOW_SYSTEM_LIBS
unset LD_LIBRARY_PATH

v=$("$pkgconfig" --modversion csisms 2>&1)
[ "$v" = "$CSISMS_PACKAGE_VERSION" ] && ok || bad "pkg-config --modversion csisms: '$v', expected '$CSISMS_PACKAGE_VERSION'"
cflags=$("$pkgconfig" --cflags csisms) || bad "pkg-config --cflags csisms failed"
libs=$("$pkgconfig" --libs csisms) || bad "pkg-config --libs csisms failed"
slibs=$("$pkgconfig" --static --libs csisms) || bad "pkg-config --static --libs csisms failed"
case " $cflags " in *" -I$dest/"*) ok ;; *) bad "cflags '$cflags' do not point into the DESTDIR" ;; esac
case " $libs " in *" -L$dest/"*) ok ;; *) bad "libs '$libs' do not point into the DESTDIR" ;; esac
case " $libs " in *" -lcsisms "*) ok ;; *) bad "libs '$libs' lack -lcsisms" ;; esac

# The program and its answer worked out by hand: tests/consumer_days.c.
expected="$CSISMS_PACKAGE_VERSION 14 7"
cp "$srcdir/tests/consumer_days.c" "$tmp/prog.c"
cat >"$tmp/prog.cc" <<'EOF'
#include <csisms.h>
#include <cstdio>

int main()
{
    csisms_facts facts = CSISMS_FACTS_INIT;
    csisms_verdict verdict = CSISMS_VERDICT_INIT;
    int32_t hd = -1;
    char days[16];

    if (facts.size != sizeof facts || verdict.size != sizeof verdict)
        return 10;
    if (csisms_audit_days(120, CSISMS_BASIS_ISMS_CERT, &hd) != CSISMS_OK)
        return 12;
    if (csisms_days_format(hd, days, sizeof days) < 0)
        return 13;
    std::printf("%s %d %s\n", csisms_version(), static_cast<int>(hd), days);
    return 0;
}
EOF
warn="-Wall -Wextra -Wpedantic -Werror"

# Runs program $1 with the environment in $2 and checks its output.
check_run() {
    # shellcheck disable=SC2086 # $2 is a list of assignments
    out=$(env $2 "$1" 2>&1); rc=$?
    if [ $rc -eq 0 ] && [ "$out" = "$expected" ]; then ok; else bad "$(basename "$1"): exit $rc, output '$out', expected '$expected'"; fi
}
# Checks that program $1 loads libcsisms.so.1 from the DESTDIR.
check_loads_destdir() {
    line=$(env LD_LIBRARY_PATH="$libdir" ldd "$1" | grep 'libcsisms\.so\.1')
    case "$line" in *"=> $libdir/libcsisms.so.1 "*) ok ;; *) bad "$(basename "$1") does not load the DESTDIR's library: '$line'" ;; esac
}

if [ -f "$libdir/libcsisms.so.1" ]; then
    # shellcheck disable=SC2086 # pkg-config output is a list of words
    if $cc -std=c11 $warn $cflags -o "$tmp/prog_shared" "$tmp/prog.c" $libs; then
        ok
        if readelf -d "$tmp/prog_shared" | grep -q 'NEEDED.*\[libcsisms\.so\.1\]'; then ok; else bad "prog_shared has no DT_NEEDED libcsisms.so.1"; fi
        check_loads_destdir "$tmp/prog_shared"
        check_run "$tmp/prog_shared" "LD_LIBRARY_PATH=$libdir"
    else
        bad "C program does not build with pkg-config --cflags --libs csisms"
    fi
    # shellcheck disable=SC2086
    if $cxx $warn $cflags -o "$tmp/prog_cxx" "$tmp/prog.cc" $libs; then
        ok
        check_loads_destdir "$tmp/prog_cxx"
        check_run "$tmp/prog_cxx" "LD_LIBRARY_PATH=$libdir"
    else
        bad "C++ program does not build with pkg-config --cflags --libs csisms"
    fi
else
    echo "no shared library installed: shared and C++ checks skipped"
fi

if [ -f "$libdir/libcsisms.a" ]; then
    # Link libcsisms statically (and only it: the C library stays shared).
    # shellcheck disable=SC2086,SC2046
    if $cc -std=c11 $warn $("$pkgconfig" --static --cflags csisms) -o "$tmp/prog_static" "$tmp/prog.c" \
        -Wl,-Bstatic $slibs -Wl,-Bdynamic; then
        ok
        if readelf -d "$tmp/prog_static" | grep -q 'NEEDED.*libcsisms'; then
            bad "prog_static still needs libcsisms.so: $(readelf -d "$tmp/prog_static" | grep NEEDED | tr '\n' ' ')"
        else
            ok
        fi
        # No library path at all, and the shared library removed.
        rm -f "$libdir"/libcsisms.so*
        check_run "$tmp/prog_static" "LD_LIBRARY_PATH=$tmp/nowhere"
    else
        bad "C program does not build with pkg-config --static"
    fi
else
    echo "no static library installed: static check skipped"
fi

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
