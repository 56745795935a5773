#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs an interpreter that loads the ASan-instrumented libcsisms (the bindings'
# suites in a --enable-sanitizers build): the ASan runtime must come first, so
# it is preloaded ($CSISMS_ASAN_RUNTIME, found by configure). The interpreter's
# own leaks at exit are not the library's: leak detection is off here (the
# Check programs keep it).
#   sanitized-run.sh INTERPRETER ARGS...
set -u
interp=$1
shift
if [ -n "${CSISMS_ASAN_RUNTIME:-}" ]; then
    LD_PRELOAD="$CSISMS_ASAN_RUNTIME${LD_PRELOAD:+ $LD_PRELOAD}"
    export LD_PRELOAD
fi
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
export ASAN_OPTIONS
exec "$interp" "$@"
