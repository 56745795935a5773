#!/bin/sh
# SPDX-License-Identifier: MIT
# make check: the JavaScript binding's node --test suite against the
# just-built bindings/js/csisms.wasm ($CSISMS_WASM), with the Node.js
# configure found ($CSISMS_TEST_NODE). Skipped (77) when configure found no
# Node.js >= 18 or no clang/wasm-ld to build the module (m4/js.m4).
set -u
if [ -z "${CSISMS_TEST_NODE:-}" ]; then
    echo "no Node.js >= 18 found by configure: skipped"
    exit 77
fi
if [ -z "${CSISMS_WASM:-}" ]; then
    echo "no clang with the wasm32 target and wasm-ld found by configure: skipped"
    exit 77
fi
if [ ! -f "$CSISMS_WASM" ]; then
    echo "FAIL: $CSISMS_WASM was not built (make wasm)"
    exit 1
fi
dir=$(dirname "$0")
export CSISMS_WASM
exec "$CSISMS_TEST_NODE" --test "$dir"/test/*.test.js
