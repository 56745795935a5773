#!/bin/bash
# SPDX-License-Identifier: MIT
# CI step: reliability (fuzz/README.md). Run by .ci/run with bash from the
# top of the tree, as root, after the gcc and clang builds:
#   1. the whole test suite with ASan + UBSan (gcc, --enable-sanitizers, CK_FORK=no);
#   2. the whole test suite under valgrind's memcheck (every Check program and
#      every run of the csisms CLI, through libtool --mode=execute);
#   3. tests/check_threads under valgrind's helgrind: no report allowed;
#   4. line and branch coverage of lib/ (gcc, --enable-coverage, gcovr):
#      fails below 98 % of lines or 95 % of branches;
#   5. the libFuzzer targets (clang, --enable-fuzzing): the committed corpora
#      through the instrumented fuzzers, then each fuzzer for
#      $RELIABILITY_FUZZ_SECONDS (default 60) seconds, two at a time.
# Each runs in its own VPATH build directory _build-*/, removed at the end;
# the source tree is then configured again as .ci/run left it (clang,
# --enable-werror), so later steps can run make. Exits non-zero on failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
top=$PWD
export DEBIAN_FRONTEND=noninteractive
jobs=2
fuzz_seconds=${RELIABILITY_FUZZ_SECONDS:-60}
start=$(date +%s)

say() { printf '\n--- [%4ss] %s\n' "$(($(date +%s) - start))" "$*"; }

# Prints the logs of the failed tests of the build directory in $PWD.
failed_logs() {
    local trs
    while IFS= read -r trs; do
        if grep -qE '^:test-result: (FAIL|ERROR|XPASS)' "$trs"; then
            echo "----- ${trs%.trs}.log"
            tail -40 "${trs%.trs}.log"
        fi
    done < <(find . -name '*.trs')
    return 1
}

# Leaves the source tree configured as .ci/run left it, whatever happened.
restore() {
    local rc=$?
    cd "$top"
    rm -rf _build-asan _build-valgrind _build-coverage _build-fuzz
    if [ ! -f Makefile ]; then
        ./configure --enable-werror CC=clang CXX=clang++ >/dev/null 2>&1 ||
            echo "10-reliability: could not configure the tree again" >&2
    fi
    say "reliability step done, exit $rc"
    exit $rc
}
trap restore EXIT

say "dependencies"
need=""
for p in clang valgrind gcovr libclang-rt-dev; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need="$need $p"
done
if [ -n "$need" ]; then
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    # libclang-rt-dev (libFuzzer, sanitizer runtimes) is split out on newer
    # Debian/Ubuntu only; elsewhere clang ships the runtimes itself.
    apt-cache show libclang-rt-dev >/dev/null 2>&1 || need=${need/libclang-rt-dev/}
    # shellcheck disable=SC2086
    apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends $need >/dev/null
fi
for tool in clang valgrind gcovr; do
    command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }
done

say "bootstrap (VPATH builds need an unconfigured source tree)"
[ -x configure ] || autoreconf -fi
if [ -f Makefile ]; then
    make distclean >/dev/null
fi

# ------------------------------------------------------------------ 1
say "1/5 ASan + UBSan: gcc --enable-sanitizers, make check with CK_FORK=no"
mkdir _build-asan && cd _build-asan
../configure --enable-werror --enable-sanitizers CC=gcc CXX=g++ >/dev/null
make -j$jobs >/dev/null
CK_FORK=no \
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    make -j$jobs check >/dev/null || failed_logs
grep -E '^# (TOTAL|PASS|SKIP|FAIL|ERROR)' test-suite.log
cd "$top"

# ------------------------------------------------------------------ 2, 3
say "2/5 valgrind memcheck: make check, Check programs and the CLI under valgrind"
mkdir _build-valgrind && cd _build-valgrind
../configure --enable-werror CC=gcc CXX=g++ >/dev/null
make -j$jobs >/dev/null
vglogs=$PWD/valgrind-logs
mkdir -p "$vglogs"
# Check programs: LOG_COMPILER (extensionless tests) runs them through
# libtool --mode=execute valgrind. CLI tests: $CSISMS is a wrapper running
# the real CLI under valgrind (exit 99 and a log on any error); the shell
# scripts themselves are not valgrinded.
CK_FORK=no CSISMS_THREADS_MS=300 \
    make -j$jobs check \
    LOG_COMPILER="$top/fuzz/valgrind.sh" \
    TESTS_ENVIRONMENT="VALGRIND_LIBTOOL='$PWD/libtool'; VALGRIND_CSISMS='$PWD/examples/csisms'; \
VALGRIND_LOG_DIR='$vglogs'; CSISMS='$top/fuzz/csisms-valgrind.sh'; \
export VALGRIND_LIBTOOL VALGRIND_CSISMS VALGRIND_LOG_DIR CSISMS;" >/dev/null || failed_logs
grep -E '^# (TOTAL|PASS|SKIP|FAIL|ERROR)' test-suite.log
runs=$(find "$vglogs" -name 'csisms.*.log' | wc -l)
bad=$(find "$vglogs" -name 'csisms.*.log' -size +0 | head -5)
if [ -n "$bad" ]; then
    echo "valgrind reported errors in the CLI:"
    for f in $bad; do cat "$f"; done
    exit 1
fi
[ "$runs" -gt 0 ] || { echo "the CLI tests did not run the CLI under valgrind" >&2; exit 1; }
echo "CLI: $runs runs under valgrind, no error"

say "3/5 valgrind helgrind: tests/check_threads"
CK_FORK=no CSISMS_THREADS_MS=500 VALGRIND_TOOL=helgrind VALGRIND_LIBTOOL=./libtool \
    sh "$top/fuzz/valgrind.sh" tests/check_threads
cd "$top"

# ------------------------------------------------------------------ 4
say "4/5 coverage of lib/: gcc --enable-coverage, make coverage"
mkdir _build-coverage && cd _build-coverage
../configure --enable-coverage CC=gcc CXX=g++ >/dev/null
make -j$jobs >/dev/null
if ! make -j$jobs coverage >coverage.log 2>&1; then
    tail -60 coverage.log
    failed_logs || true
    exit 1
fi
cat coverage/coverage.txt coverage/branches.txt
grep -E '^(lines|branches|functions):' coverage.log
cd "$top"

# ------------------------------------------------------------------ 5
say "5/5 libFuzzer: clang --enable-fuzzing; corpora, then ${fuzz_seconds}s per target"
mkdir _build-fuzz && cd _build-fuzz
../configure --enable-werror --enable-fuzzing CC=clang CXX=clang++ >/dev/null
make -j$jobs >/dev/null
make -j$jobs check TESTS=fuzz/libfuzzer-replay.sh >/dev/null || failed_logs
cat fuzz/libfuzzer-replay.log
make fuzz FUZZ_SECONDS="$fuzz_seconds" FUZZ_JOBS=$jobs
cd "$top"
