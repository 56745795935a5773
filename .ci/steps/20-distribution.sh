#!/bin/bash
# SPDX-License-Identifier: MIT
# CI step: distribution. Run by .ci/run from the top of the tree (configured
# and built with clang), as root. The ABI guard (make check-abi), the Doxygen
# reference with warnings as errors (make doc), the Debian packages (make deb:
# built from `make dist`, tested, lintian-clean), then installed with apt-get,
# used from /usr/bin and through pkg-config, and removed again.
# Exits non-zero on any failure.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
start=$(date +%s)
step() { printf '\n--- distribution: %s (%ss)\n' "$*" "$(($(date +%s) - start))"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

step "dependencies"
apt-get -o DPkg::Lock::Timeout=600 update -qq
apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
    abigail-tools binutils doxygen dpkg-dev debhelper dh-autoreconf lintian fakeroot \
    build-essential autoconf automake libtool pkgconf check mandoc >/dev/null

step "make check-abi"
make check-abi

step "make doc"
# configure may have run before doxygen was installed: name it here.
make doc DOXYGEN=doxygen
[ -f doc/html/index.html ] || fail "make doc wrote no doc/html/index.html"

step "make deb"
rm -rf deb
make deb
debs=$(ls ./deb/libcsisms1_*.deb ./deb/libcsisms-dev_*.deb ./deb/csisms_*.deb)

tmp=$(mktemp -d)
packages="csisms libcsisms-dev libcsisms1"
cleanup() {
    # shellcheck disable=SC2086 # a list of names
    apt-get -o DPkg::Lock::Timeout=600 purge -y -qq $packages >/dev/null 2>&1 || true
    rm -rf "$tmp"
}
trap cleanup EXIT

step "install the packages"
# shellcheck disable=SC2086 # a list of files
apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends $debs >/dev/null
for p in $packages; do
    dpkg-query -W -f='${Status} ${Version}\n' "$p" | grep -q '^install ok installed 1\.' || fail "$p is not installed"
done

step "the CLI from /usr/bin"
[ "$(command -v csisms)" = /usr/bin/csisms ] || fail "csisms is not /usr/bin/csisms"
(cd "$tmp" && /usr/bin/csisms audit-time 120 --basis isms-cert)
# 120 persons: Appendix A band 86-125, 12 days; note (1): 0.5 x 12 + 1 = 7.
json=$(cd "$tmp" && /usr/bin/csisms audit-time 120 --basis isms-cert --json)
case $json in *'"initial_days":7,'*) ;; *) fail "csisms audit-time 120 --basis isms-cert --json: $json" ;; esac
# (/lib is /usr/lib on a merged-/usr system.)
ldd /usr/bin/csisms | grep -Eq "libcsisms\.so\.1 => (/usr)?/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH)/libcsisms\.so\.1 " ||
    fail "/usr/bin/csisms does not use the installed libcsisms.so.1"

step "a program built against libcsisms-dev with pkg-config"
cat >"$tmp/days.c" <<'EOF'
#include <csisms.h>
#include <stdio.h>

int main(void)
{
    int32_t hd;
    char days[16];

    if (!csisms_check_version(CSISMS_VERSION_NUMBER))
        return 1;
    if (csisms_audit_days(120, CSISMS_BASIS_ISMS_CERT, &hd) != CSISMS_OK)
        return 1;
    if (csisms_days_format(hd, days, sizeof days) < 0)
        return 1;
    printf("%s %s\n", csisms_version(), days);
    return 0;
}
EOF
version=$(pkg-config --modversion csisms)
# shellcheck disable=SC2046 # pkg-config output is a list of words
cc -std=c11 -Wall -Wextra -Werror $(pkg-config --cflags csisms) -o "$tmp/days" "$tmp/days.c" $(pkg-config --libs csisms)
out=$("$tmp/days")
[ "$out" = "$version 7" ] || fail "shared: '$out', expected '$version 7'"
# shellcheck disable=SC2046
cc -std=c11 -Wall -Wextra -Werror $(pkg-config --static --cflags csisms) -o "$tmp/days_static" "$tmp/days.c" \
    -Wl,-Bstatic $(pkg-config --static --libs csisms) -Wl,-Bdynamic
if readelf -d "$tmp/days_static" | grep -q 'NEEDED.*libcsisms'; then fail "static: still needs libcsisms.so"; fi
out=$("$tmp/days_static")
[ "$out" = "$version 7" ] || fail "static: '$out', expected '$version 7'"
echo "shared and static: $out"
for page in /usr/share/man/man3/csisms_evaluate.3.gz /usr/share/man/man1/csisms.1.gz; do
    [ -f "$page" ] || fail "$page not installed"
done

step "remove the packages"
# shellcheck disable=SC2086
apt-get -o DPkg::Lock::Timeout=600 purge -y -qq $packages >/dev/null
for p in $packages; do
    if dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q 'ok installed'; then fail "$p still installed"; fi
done
[ ! -e /usr/bin/csisms ] || fail "/usr/bin/csisms left behind"
[ ! -e /usr/include/csisms.h ] || fail "/usr/include/csisms.h left behind"

rm -rf deb doc/html csisms-*.tar.xz
step "passed"
