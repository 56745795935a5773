dnl Bindings checks (python3, ruby with ffi).
dnl Included by configure.ac before AC_CONFIG_FILES.
