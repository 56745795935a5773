dnl Reliability options (--enable-fuzzing, --enable-sanitizers, --enable-coverage).
dnl Included by configure.ac before AC_CONFIG_FILES.
