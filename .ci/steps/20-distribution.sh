#!/bin/bash
# SPDX-License-Identifier: MIT
# CI step: distribution. Run by .ci/run from the top of the tree (configured
# and built with clang). As a packager would, from the release tarball:
#   - the ABI guard (make check-abi);
#   - make dist; the tarball extracted in a scratch directory (beside it, as
#     the orig tarball); dpkg-buildpackage -us -uc inside it: the source
#     package and every binary package (packaging/build-deb, which also
#     checks their contents); lintian --pedantic on the .changes;
#   - the packages installed with apt-get, the autopkgtests (debian/tests)
#     run by autopkgtest with the null virt server against them, and the
#     packages purged.
# Works as root, or through sudo. Exits non-zero on any failure. Prints the
# seconds each part took.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
# Debian's tools and interpreters only, as on a packager's or debci's machine:
# a pyenv/rbenv python3 or ruby first on PATH has none of Debian's modules,
# and pybuild and the autopkgtests run whichever python3 PATH finds first.
export PATH=/usr/sbin:/usr/bin:/sbin:/bin
start=$(date +%s)
step() { printf '\n--- distribution: %s (%ss)\n' "$*" "$(($(date +%s) - start))"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
apt() { $sudo apt-get -o DPkg::Lock::Timeout=600 "$@"; }

step "dependencies"
apt update -qq
apt install -y -qq --no-install-recommends \
    abigail-tools autopkgtest binutils build-essential dpkg-dev debhelper \
    dh-autoreconf fakeroot lintian >/dev/null
# The packages' build dependencies, Build-Depends-Indep included, from
# debian/control (the tree's top is a source package's top).
apt build-dep -y -qq ./ >/dev/null

step "make check-abi"
make check-abi

tmp=$(mktemp -d)
# Every binary package of debian/control.
packages=$(sed -n 's/^Package: *//p' debian/control | tr '\n' ' ')
cleanup() {
    # shellcheck disable=SC2086 # a list of names
    apt purge -y -qq $packages >/dev/null 2>&1 || true
    rm -rf "$tmp"
}
trap cleanup EXIT

step "make dist"
make dist >/dev/null
tarball=$(ls csisms-*.tar.xz)

step "dpkg-buildpackage -us -uc in the extracted tarball, lintian --pedantic"
# nocheck: the build would run the whole `make check` once more; CI has just
# run the same suite (the gcc and clang builds of .ci/run), so here it is
# skipped. A packager's build (make deb, dpkg-buildpackage) runs it.
DEB_BUILD_OPTIONS=nocheck bash packaging/build-deb --tarball "$tarball" --outdir "$tmp/deb"
rm -f "$tarball"

step "install the packages"
# Every package but the -dbgsym ones.
# shellcheck disable=SC2046 # a list of files
apt install -y -qq --no-install-recommends $(ls "$tmp"/deb/*.deb | grep -v -- '-dbgsym_') >/dev/null
for p in $packages; do
    dpkg-query -W -f='${Status} ${Version}\n' "$p" | grep -q '^install ok installed 1\.' || fail "$p is not installed"
done

step "autopkgtest (null virt server) against the installed packages"
# -B: test what is installed, build nothing; the tests' own dependencies
# (compilers, cmake, python3-all, ruby) are installed by autopkgtest.
rc=0
$sudo autopkgtest -B --output-dir "$tmp/autopkgtest" "$(ls "$tmp"/deb/*.dsc)" -- null >"$tmp/autopkgtest.log" 2>&1 || rc=$?
cat "$tmp/autopkgtest/summary" 2>/dev/null || tail -40 "$tmp/autopkgtest.log"
if [ $rc -ne 0 ]; then
    # What each failing test printed.
    for t in $(sed -n 's/^\([^ ]*\) *FAIL.*/\1/p' "$tmp/autopkgtest/summary" 2>/dev/null); do
        for f in "$tmp/autopkgtest/$t-stdout" "$tmp/autopkgtest/$t-stderr"; do
            [ -s "$f" ] && { echo "--- $(basename "$f")"; head -30 "$f"; }
        done
    done
    fail "autopkgtest exit status $rc (0: all passed)"
fi

step "purge the packages"
# shellcheck disable=SC2086
apt purge -y -qq $packages >/dev/null
for p in $packages; do
    if dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q 'ok installed'; then fail "$p still installed"; fi
done
for f in /usr/bin/csisms /usr/include/csisms.h /usr/lib/python3/dist-packages/csisms \
    /usr/lib/ruby/vendor_ruby/csisms.rb /usr/share/doc/libcsisms-doc; do
    [ ! -e "$f" ] || fail "$f left behind"
done

step "passed"
