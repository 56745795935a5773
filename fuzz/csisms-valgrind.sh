#!/bin/sh
# SPDX-License-Identifier: MIT
# Stands in for the csisms CLI in the CLI tests (CSISMS=.../csisms-valgrind.sh)
# and runs the real one under valgrind's memcheck. A valgrind error exits 99,
# a status no CLI test expects, and is logged to $VALGRIND_LOG_DIR when set.
#   VALGRIND_CSISMS   the built CLI (the libtool wrapper examples/csisms)
set -u
: "${VALGRIND_CSISMS:?VALGRIND_CSISMS must name the built csisms}"
VALGRIND_EXIT=99
export VALGRIND_EXIT
if [ -n "${VALGRIND_LOG_DIR:-}" ]; then
    VALGRIND_OPTIONS="${VALGRIND_OPTIONS:-} --log-file=$VALGRIND_LOG_DIR/csisms.%p.log"
    export VALGRIND_OPTIONS
fi
exec "$(dirname "$0")/valgrind.sh" "$VALGRIND_CSISMS" "$@"
