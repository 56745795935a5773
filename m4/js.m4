dnl SPDX-License-Identifier: MIT
dnl The JavaScript binding (bindings/js): the library compiled to WebAssembly
dnl from the same lib/*.c, and an npm package that loads it.
dnl Included by configure.ac before AC_CONFIG_FILES.
dnl
dnl WASM_CC   a clang that targets wasm32 and links with wasm-ld (Debian:
dnl           clang-14 and lld-14, which gives /usr/bin/wasm-ld). No
dnl           emscripten, no WASI libc: bindings/js/wasm/ holds the few
dnl           freestanding pieces the library needs.
dnl NODE      Node.js >= 18, to run the binding's tests (node --test).
dnl With both, `make` builds bindings/js/csisms.wasm and `make check` runs
dnl the JavaScript suite; without them both are skipped (exit 77).
dnl WASM_CC=no or NODE=no on the configure command line turns a check off.

AC_ARG_VAR([WASM_CC], [clang that targets wasm32 (with wasm-ld) for the WebAssembly build])
csisms_wasm=no
AS_IF([test "x$WASM_CC" != xno], [
  AS_IF([test -z "$WASM_CC"], [AC_CHECK_PROGS([WASM_CC], [clang clang-16 clang-15 clang-14 clang-13])])
  AS_IF([test -n "$WASM_CC"], [
    AC_MSG_CHECKING([whether $WASM_CC builds a wasm32 module with wasm-ld])
    cat >conftest-wasm.c <<_CSISMS_EOF
__attribute__((visibility("default"))) int csisms_conftest(int x) { return x + 1; }
_CSISMS_EOF
    AS_IF([$WASM_CC --target=wasm32 -Oz -ffreestanding -nostdlib -fvisibility=hidden \
             -Wl,--no-entry -Wl,--export-dynamic -Wl,--gc-sections -Wl,--strip-all \
             -o conftest.wasm conftest-wasm.c >&AS_MESSAGE_LOG_FD 2>&1 && test -s conftest.wasm],
      [csisms_wasm=yes])
    rm -f conftest-wasm.c conftest.wasm
    AC_MSG_RESULT([$csisms_wasm])
  ])
], [WASM_CC=""])
dnl Its warning flags: configure.ac's list, each kept when $WASM_CC accepts it
dnl for wasm32 (not CSISMS_WARN_CFLAGS, which were probed with $CC: a flag
dnl only gcc knows would break this clang build), -Werror with --enable-werror.
WASM_WARN_CFLAGS=""
AS_IF([test "$csisms_wasm" = yes], [
  echo 'int csisms_conftest(void); int csisms_conftest(void) { return 0; }' >conftest-wasm.c
  for flag in $csisms_warn_flags; do
    AS_IF([$WASM_CC --target=wasm32 -ffreestanding -Werror $WASM_WARN_CFLAGS $flag -c \
             -o conftest-wasm.o conftest-wasm.c >&AS_MESSAGE_LOG_FD 2>&1],
      [WASM_WARN_CFLAGS="$WASM_WARN_CFLAGS $flag"])
  done
  rm -f conftest-wasm.c conftest-wasm.o
  AS_IF([test "x$enable_werror" = xyes], [WASM_WARN_CFLAGS="$WASM_WARN_CFLAGS -Werror"])
  AC_MSG_NOTICE([WebAssembly warning flags:$WASM_WARN_CFLAGS])
])
AC_SUBST([WASM_WARN_CFLAGS])
AS_IF([test "$csisms_wasm" = no], [WASM_CC=""
  AC_MSG_NOTICE([WebAssembly build skipped: no clang with the wasm32 target and wasm-ld (Debian: clang-14 lld-14)])])
AM_CONDITIONAL([HAVE_WASM], [test "$csisms_wasm" = yes])

AC_ARG_VAR([NODE], [Node.js (18 or later) for the JavaScript binding's tests])
AS_IF([test "x$NODE" != xno], [
  AC_PATH_PROGS([NODE], [node nodejs])
  AS_IF([test -n "$NODE"], [
    AC_MSG_CHECKING([whether $NODE is Node.js 18 or later])
    AS_IF(["$NODE" -e 'process.exit(parseInt(process.versions.node, 10) >= 18 ? 0 : 1)' >&AS_MESSAGE_LOG_FD 2>&1],
      [AC_MSG_RESULT([yes])],
      [AC_MSG_RESULT([no]); NODE=""])
  ])
], [NODE=""])
AM_CONDITIONAL([HAVE_NODE], [test -n "$NODE"])
