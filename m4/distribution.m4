dnl SPDX-License-Identifier: MIT
dnl Distribution options (ABI tools, doxygen, man page substitutions).
dnl Included by configure.ac before AC_CONFIG_FILES.

dnl `make doc`: Doxygen HTML of include/csisms.h (Doxyfile.in).
AC_CONFIG_FILES([Doxyfile])

dnl The CMake package's version file (lib/csisms-config-version.cmake.in)
dnl rejects a library of another pointer size: the size of this build's.
AC_CHECK_SIZEOF([void *])
CSISMS_SIZEOF_VOID_P=$ac_cv_sizeof_void_p
AC_SUBST([CSISMS_SIZEOF_VOID_P])
