dnl SPDX-License-Identifier: MIT
dnl Bindings checks (python3, ruby with ffi).
dnl Included by configure.ac before AC_CONFIG_FILES.
dnl
dnl The Python binding (bindings/python) needs Python >= 3.7 (ctypes,
dnl dataclasses); the Ruby binding (bindings/ruby) needs Ruby with the ffi gem
dnl (Debian: ruby-ffi) and minitest for its tests. "make check" runs each
dnl binding's tests against the just-built library when its interpreter was
dnl found, and skips them (exit 77) otherwise. PYTHON3=no or RUBY=no on the
dnl configure command line turns a check off.

AC_ARG_VAR([PYTHON3], [Python 3 interpreter for the Python binding's tests])
AS_IF([test "x$PYTHON3" != xno], [
  AC_PATH_PROGS([PYTHON3], [python3])
  AS_IF([test -n "$PYTHON3"], [
    AC_MSG_CHECKING([whether $PYTHON3 is Python 3.7 or later with ctypes])
    AS_IF(["$PYTHON3" -c 'import sys, ctypes, dataclasses; sys.exit(sys.version_info < (3, 7))' >&AS_MESSAGE_LOG_FD 2>&1],
      [AC_MSG_RESULT([yes])],
      [AC_MSG_RESULT([no]); PYTHON3=""])
  ])
], [PYTHON3=""])
AM_CONDITIONAL([HAVE_PYTHON3], [test -n "$PYTHON3"])

AC_ARG_VAR([RUBY], [Ruby interpreter (with the ffi gem) for the Ruby binding's tests])
AS_IF([test "x$RUBY" != xno], [
  AC_PATH_PROGS([RUBY], [ruby])
  AS_IF([test -n "$RUBY"], [
    AC_MSG_CHECKING([whether $RUBY has ffi and minitest])
    AS_IF(["$RUBY" -e 'require "ffi"; require "minitest"; require "date"' >&AS_MESSAGE_LOG_FD 2>&1],
      [AC_MSG_RESULT([yes])],
      [AC_MSG_RESULT([no]); RUBY=""])
  ])
], [RUBY=""])
AM_CONDITIONAL([HAVE_RUBY_FFI], [test -n "$RUBY"])
