dnl The csisms command's extras (examples/examples.am). Included by
dnl configure.ac before AC_CONFIG_FILES.
dnl
dnl --with-bash-completion-dir=DIR  where the bash completion of csisms
dnl     goes. Default: bash-completion's own directory, as its pkg-config
dnl     file names it, but under this package's $(datadir) (pkg-config
dnl     --define-variable), so that a --prefix (and `make distcheck`, which
dnl     installs under a scratch prefix) is respected; without
dnl     bash-completion's .pc file, $(datadir)/bash-completion/completions.
dnl     --without-bash-completion-dir installs none.

AC_ARG_WITH([bash-completion-dir],
  [AS_HELP_STRING([--with-bash-completion-dir@<:@=DIR@:>@],
    [install the bash completion of csisms in DIR (default: bash-completion's completionsdir under DATADIR)])],
  [], [with_bash_completion_dir=yes])
AC_MSG_CHECKING([where the bash completion of csisms goes])
AS_CASE([$with_bash_completion_dir],
  [no], [bashcompletiondir=""],
  [yes], [
    dnl single quotes: make expands ${datadir} and ${prefix}, not configure
    bashcompletiondir=`$PKG_CONFIG --define-variable=prefix='${prefix}' \
      --define-variable=datadir='${datadir}' --variable=completionsdir bash-completion 2>/dev/null`
    AS_IF([test -z "$bashcompletiondir"],
      [bashcompletiondir='${datadir}/bash-completion/completions'])],
  [bashcompletiondir="$with_bash_completion_dir"])
AC_MSG_RESULT([${bashcompletiondir:-none}])
AC_SUBST([bashcompletiondir])
AM_CONDITIONAL([CSISMS_BASH_COMPLETION], [test -n "$bashcompletiondir"])
