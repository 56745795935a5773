# SPDX-License-Identifier: MIT
# Sourced by the tests of debian/tests: a scratch directory, the upstream
# version of the installed packages, and the answer every test computes.
set -eu
# The source tree (autopkgtest runs a test from its top): tests/consumer_days.c.
source=$(pwd)
tmp=${AUTOPKGTEST_TMP:-$(mktemp -d)}
cd "$tmp"
fail() { echo "FAIL: $*" >&2; exit 1; }
# The installed version without its Debian revision (1.1.0-1 -> 1.1.0).
upstream_version() { # package
    v=$(dpkg-query -W -f='${Version}' "$1") || fail "$1 is not installed"
    v=${v#*:}
    echo "${v%-*}"
}
# The path of a package's file that ends with $2 (dpkg -L), or fails.
installed_path() { # package suffix
    p=$(dpkg -L "$1" | grep -E "$2\$" | head -1)
    [ -n "$p" ] || fail "$1 has no file matching $2"
    echo "$p"
}
# Checks that program $1 loads libcsisms.so.1 from libcsisms1 (a merged /usr
# may show /lib for /usr/lib).
loads_installed_library() { # program
    lib=$(installed_path libcsisms1 /libcsisms\.so\.1)
    line=$(ldd "$1" | grep 'libcsisms\.so\.1' || true)
    case $line in
        *"=> $lib "*|*"=> ${lib#/usr} "*) ;;
        *) fail "$1 does not load $lib: '$line'" ;;
    esac
}
# The answer of tests/consumer_days.c, worked out by hand there: 120 persons
# with an ISO/IEC 27001 certificate from another body, 7 days, 14 halfdays.
expected_days=7
expected_halfdays=14
