#!/bin/sh
# SPDX-License-Identifier: MIT
# $CSISMS_TEST_RUBY of a --enable-sanitizers build (fuzz/fuzz.am).
exec "$(dirname "$0")/sanitized-run.sh" "${CSISMS_SANITIZED_RUBY:?}" "$@"
