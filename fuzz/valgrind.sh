#!/bin/sh
# Runs a program of the build tree under valgrind, for `make check`:
#   make check LOG_COMPILER=/abs/srcdir/fuzz/valgrind.sh CK_FORK=no
# The programs are libtool wrapper scripts; `libtool --mode=execute` runs the
# real binary with the uninstalled library, so valgrind checks the program,
# not a shell. Environment:
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
# shellcheck disable=SC2086 # options are split on purpose
exec "$libtool" --mode=execute valgrind -q --error-exitcode="$status" $opts ${VALGRIND_OPTIONS:-} "$@"
