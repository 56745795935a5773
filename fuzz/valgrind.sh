#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs a program of the build tree under valgrind, for `make check`:
#   make check LOG_COMPILER=/abs/srcdir/fuzz/valgrind.sh CK_FORK=no
# The programs are libtool wrapper scripts. libtool --mode=execute resolves
# one into the real binary and the uninstalled library's path, so valgrind
# checks the program, not a shell; the program's own arguments are then
# passed to valgrind directly (libtool's execute mode mangles arguments with
# newlines). Environment:
#   VALGRIND_LIBTOOL  the build tree's libtool (default ./libtool: tests run
#                     from the top of the build tree)
#   VALGRIND_TOOL     memcheck (default) or helgrind
#   VALGRIND_EXIT     exit status on a valgrind error (default 1)
#   VALGRIND_OPTIONS  further options
set -u
libtool=${VALGRIND_LIBTOOL:-./libtool}
tool=${VALGRIND_TOOL:-memcheck}
status=${VALGRIND_EXIT:-1}
case $tool in
memcheck)
    opts="--leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect"
    ;;
helgrind)
    opts="--tool=helgrind --history-level=approx"
    ;;
*)
    echo "valgrind.sh: unknown VALGRIND_TOOL $tool" >&2
    exit 2
    ;;
esac
[ $# -ge 1 ] || { echo "usage: valgrind.sh PROGRAM [ARG]..." >&2; exit 2; }
prog=$1
shift
# The real program (line 1) and its library path (line 2).
# shellcheck disable=SC2016 # expanded by the inner shell
resolved=$("$libtool" --mode=execute sh -c 'printf "%s\n%s\n" "$0" "${LD_LIBRARY_PATH:-}"' "$prog") ||
    { echo "valgrind.sh: libtool cannot resolve $prog" >&2; exit 2; }
real=$(printf '%s\n' "$resolved" | sed -n 1p)
libpath=$(printf '%s\n' "$resolved" | sed -n 2p)
if [ -n "$libpath" ]; then
    LD_LIBRARY_PATH=$libpath
    export LD_LIBRARY_PATH
fi
# shellcheck disable=SC2086 # options are split on purpose
exec valgrind -q --error-exitcode="$status" $opts ${VALGRIND_OPTIONS:-} "$real" "$@"
