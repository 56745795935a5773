dnl SPDX-License-Identifier: MIT
dnl Reliability options (--enable-fuzzing, --enable-sanitizers, --enable-coverage).
dnl Included by configure.ac before AC_CONFIG_FILES.
dnl
dnl --enable-fuzzing    builds the libFuzzer targets fuzz/fuzz_* (clang only):
dnl                     the targets and their own copy of the library are
dnl                     compiled with -fsanitize=fuzzer,address,undefined.
dnl                     `make fuzz` runs them, `make fuzz-merge` minimises the
dnl                     corpora. The rest of the build is unchanged.
dnl --enable-sanitizers adds ASan + UBSan (-fno-sanitize-recover=all) to
dnl                     CFLAGS, CXXFLAGS and LDFLAGS of the whole build.
dnl --enable-coverage   adds gcov instrumentation (--coverage -O0);
dnl                     `make coverage` runs the tests and reports lib/ with gcovr.

AC_ARG_ENABLE([fuzzing],
  [AS_HELP_STRING([--enable-fuzzing],
    [build the libFuzzer targets in fuzz/ (needs clang with libFuzzer)])],
  [], [enable_fuzzing=no])
AC_ARG_ENABLE([sanitizers],
  [AS_HELP_STRING([--enable-sanitizers],
    [build everything with AddressSanitizer and UndefinedBehaviorSanitizer])],
  [], [enable_sanitizers=no])
AC_ARG_ENABLE([coverage],
  [AS_HELP_STRING([--enable-coverage],
    [build with gcov instrumentation; `make coverage` reports lib/ with gcovr])],
  [], [enable_coverage=no])

dnl ----------------------------------------------------------- fuzzing
CSISMS_FUZZ_CFLAGS=""
AS_IF([test "x$enable_fuzzing" = xyes], [
  AC_MSG_CHECKING([whether $CC builds libFuzzer targets])
  csisms_save_CFLAGS="$CFLAGS"
  CFLAGS="$CFLAGS -fsanitize=fuzzer,address,undefined"
  AC_LINK_IFELSE([AC_LANG_SOURCE([[
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{ return size > 0 && data[0] == 1; }
]])],
    [AC_MSG_RESULT([yes])],
    [AC_MSG_RESULT([no])
     AC_MSG_ERROR([--enable-fuzzing needs clang with libFuzzer: configure with CC=clang (Debian: apt-get install clang libclang-rt-dev)])])
  CFLAGS="$csisms_save_CFLAGS"
  CSISMS_FUZZ_CFLAGS="-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g"
])
AC_SUBST([CSISMS_FUZZ_CFLAGS])
AM_CONDITIONAL([ENABLE_FUZZING], [test "x$enable_fuzzing" = xyes])

dnl ----------------------------------------------------------- sanitizers
CSISMS_SANITIZER_FLAGS=""
AS_IF([test "x$enable_sanitizers" = xyes], [
  CSISMS_SANITIZER_FLAGS="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
  AC_MSG_CHECKING([whether $CC links with $CSISMS_SANITIZER_FLAGS])
  csisms_save_CFLAGS="$CFLAGS"
  csisms_save_LDFLAGS="$LDFLAGS"
  CFLAGS="$CFLAGS $CSISMS_SANITIZER_FLAGS"
  LDFLAGS="$LDFLAGS $CSISMS_SANITIZER_FLAGS"
  AC_LINK_IFELSE([AC_LANG_PROGRAM([[#include <stdlib.h>]], [[return abs(1) - 1;]])],
    [AC_MSG_RESULT([yes])],
    [AC_MSG_RESULT([no])
     AC_MSG_ERROR([--enable-sanitizers: $CC cannot build with ASan and UBSan (Debian: libasan/libubsan with gcc, or clang)])])
  CFLAGS="$csisms_save_CFLAGS $CSISMS_SANITIZER_FLAGS"
  LDFLAGS="$csisms_save_LDFLAGS $CSISMS_SANITIZER_FLAGS"
  CXXFLAGS="$CXXFLAGS $CSISMS_SANITIZER_FLAGS"
  dnl The bindings' suites load the instrumented library into an interpreter,
  dnl which needs the ASan runtime preloaded (fuzz/sanitized-run.sh).
  AC_MSG_CHECKING([for the ASan runtime to preload into interpreters])
  csisms_arch=`uname -m 2>/dev/null`
  for csisms_lib in libclang_rt.asan-$csisms_arch.so libasan.so; do
    csisms_path=`$CC -print-file-name=$csisms_lib 2>/dev/null`
    AS_IF([test -n "$csisms_path" && test "$csisms_path" != "$csisms_lib" && test -f "$csisms_path"],
      [CSISMS_ASAN_RUNTIME=$csisms_path; break])
  done
  AC_MSG_RESULT([${CSISMS_ASAN_RUNTIME:-none}])
])
AC_SUBST([CSISMS_SANITIZER_FLAGS])
AC_SUBST([CSISMS_ASAN_RUNTIME])
AM_CONDITIONAL([ENABLE_SANITIZERS], [test "x$enable_sanitizers" = xyes])

dnl ----------------------------------------------------------- coverage
GCOVR=""
GCOV=""
AS_IF([test "x$enable_coverage" = xyes], [
  AS_IF([test "x$enable_fuzzing" = xyes],
    [AC_MSG_ERROR([--enable-coverage and --enable-fuzzing do not go together: configure two build directories])])
  AC_CHECK_PROGS([GCOVR], [gcovr])
  AS_IF([test -z "$GCOVR"],
    [AC_MSG_ERROR([--enable-coverage needs gcovr (Debian: apt-get install gcovr)])])
  dnl gcc writes gcov's format; clang's --coverage needs llvm-cov's gcov mode.
  AC_MSG_CHECKING([for the gcov matching $CC])
  AS_IF([$CC --version 2>/dev/null | grep -qi clang], [
    csisms_llvm_cov=""
    for p in llvm-cov llvm-cov-19 llvm-cov-18 llvm-cov-17 llvm-cov-16 llvm-cov-15 llvm-cov-14; do
      AS_IF([command -v $p >/dev/null 2>&1], [csisms_llvm_cov=$p; break])
    done
    AS_IF([test -z "$csisms_llvm_cov"],
      [AC_MSG_ERROR([--enable-coverage with clang needs llvm-cov])])
    GCOV="$csisms_llvm_cov gcov"
  ], [
    csisms_gcc_major=`$CC -dumpversion 2>/dev/null | sed 's/\..*//'`
    AS_IF([command -v gcov-$csisms_gcc_major >/dev/null 2>&1],
      [GCOV="gcov-$csisms_gcc_major"], [GCOV="gcov"])
  ])
  AC_MSG_RESULT([$GCOV])
  dnl Atomic counters: tests/check_threads runs the library from 4 threads,
  dnl and racing counter updates would corrupt the .gcda files.
  CSISMS_COVERAGE_FLAGS="--coverage -fprofile-update=atomic -O0 -g"
  csisms_save_CFLAGS="$CFLAGS"
  csisms_save_LDFLAGS="$LDFLAGS"
  CFLAGS="$CFLAGS $CSISMS_COVERAGE_FLAGS"
  LDFLAGS="$LDFLAGS --coverage"
  AC_MSG_CHECKING([whether $CC links with $CSISMS_COVERAGE_FLAGS])
  AC_LINK_IFELSE([AC_LANG_PROGRAM([], [])],
    [AC_MSG_RESULT([yes])],
    [AC_MSG_RESULT([no]); AC_MSG_ERROR([--enable-coverage: $CC cannot build with $CSISMS_COVERAGE_FLAGS])])
  CXXFLAGS="$CXXFLAGS --coverage -fprofile-update=atomic"
])
AC_SUBST([GCOVR])
AC_SUBST([GCOV])
AM_CONDITIONAL([ENABLE_COVERAGE], [test "x$enable_coverage" = xyes])

dnl The thread-safety test needs POSIX threads.
AC_MSG_CHECKING([whether $CC accepts -pthread])
csisms_save_CFLAGS="$CFLAGS"
CFLAGS="$CFLAGS -pthread"
AC_LINK_IFELSE([AC_LANG_PROGRAM([[#include <pthread.h>]],
    [[pthread_t t; (void)t; return pthread_self() == 0;]])],
  [CSISMS_PTHREAD_FLAGS="-pthread"; AC_MSG_RESULT([yes])],
  [CSISMS_PTHREAD_FLAGS=""; AC_MSG_RESULT([no])])
CFLAGS="$csisms_save_CFLAGS"
AC_SUBST([CSISMS_PTHREAD_FLAGS])
