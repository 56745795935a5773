dnl Distribution options (ABI tools, doxygen, man page substitutions).
dnl Included by configure.ac before AC_CONFIG_FILES.
