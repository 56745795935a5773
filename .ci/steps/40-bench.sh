#!/bin/bash
# SPDX-License-Identifier: MIT
# CI step: instruction budgets (bench/README.md). Run by .ci/run with bash
# from the top of the tree, as root, after the gcc and clang builds.
# Installs valgrind, builds the library with gcc -O2 in its own VPATH build
# directory _build-bench/ (the budgets are for gcc -O2, the tree is configured
# for clang when this step starts) and runs "make bench", which prints the
# table and fails when a function exceeds its budget. The source tree is then
# configured again as .ci/run left it (clang, --enable-werror).
set -euo pipefail
cd "$(dirname "$0")/../.."
top=$PWD
export DEBIAN_FRONTEND=noninteractive

restore() {
    local rc=$?
    cd "$top"
    rm -rf _build-bench
    if [ ! -f Makefile ]; then
        ./configure --enable-werror CC=clang CXX=clang++ >/dev/null 2>&1 ||
            echo "40-bench: could not configure the tree again" >&2
    fi
    exit $rc
}
trap restore EXIT

echo "--- installing valgrind"
sh .ci/deps valgrind

echo "--- gcc -O2 build in _build-bench (VPATH builds need an unconfigured source tree)"
[ -x configure ] || autoreconf -fi
if [ -f Makefile ]; then
    make distclean >/dev/null
fi
mkdir _build-bench && cd _build-bench
../configure --enable-werror CC=gcc CXX=g++ CFLAGS='-g -O2' >/dev/null
make -j2 >/dev/null

echo "--- make bench"
make bench
