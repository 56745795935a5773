dnl SPDX-License-Identifier: MIT
dnl Distribution options (ABI tools, doxygen, man page substitutions).
dnl Included by configure.ac before AC_CONFIG_FILES.

dnl `make doc`: Doxygen HTML of include/csisms.h (Doxyfile.in).
AC_CONFIG_FILES([Doxyfile])
