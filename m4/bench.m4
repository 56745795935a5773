dnl SPDX-License-Identifier: MIT
dnl make bench (bench/README.md): instruction counts under callgrind.
dnl Included by configure.ac after m4/reliability.m4. Needs valgrind and its
dnl client-request header valgrind/callgrind.h (Debian: apt-get install valgrind);
dnl without them "make bench" says so and fails, and nothing else changes.
AC_PATH_PROG([VALGRIND], [valgrind])
AC_CHECK_HEADERS([valgrind/callgrind.h])
AM_CONDITIONAL([HAVE_CALLGRIND],
  [test -n "$VALGRIND" && test "x$ac_cv_header_valgrind_callgrind_h" = xyes])
