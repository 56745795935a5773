#!/bin/sh
# SPDX-License-Identifier: MIT
# make check: fuzz/targets.am (the per-target rules) is what
# fuzz/gen-targets.sh makes from FUZZ_TARGETS in fuzz/fuzz.am.
: "${CSISMS_SRCDIR:?}"
exec /bin/sh "$CSISMS_SRCDIR/fuzz/gen-targets.sh" --check "$CSISMS_SRCDIR"
