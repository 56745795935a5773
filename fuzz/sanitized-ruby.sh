#!/bin/sh
# SPDX-License-Identifier: MIT
# $CSISMS_TEST_RUBY of a --enable-sanitizers build (AM_TESTS_ENVIRONMENT, Makefile.am).
exec "$(dirname "$0")/sanitized-run.sh" "${CSISMS_SANITIZED_RUBY:?}" "$@"
