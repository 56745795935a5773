dnl SQL extensions (sql/): PostgreSQL (PGXS) and SQLite. Both optional.
dnl Included by configure.ac before AC_CONFIG_FILES.
dnl
dnl --with-postgresql[=PG_CONFIG]  the PostgreSQL extension (sql/postgresql):
dnl     built by `make` when pg_config and the server headers and PGXS are
dnl     found (Debian: postgresql-server-dev-15); `make install-postgresql`,
dnl     `make installcheck-postgresql` (a running server: PGHOST ...).
dnl --with-sqlite3  the SQLite extension (sql/sqlite/csisms.so): built and
dnl     installed when sqlite3ext.h is found (Debian: libsqlite3-dev); its
dnl     tests run under `make check` when the sqlite3 shell is found too.
dnl Without them, configure says so and the build skips them.

AC_ARG_WITH([postgresql],
  [AS_HELP_STRING([--with-postgresql@<:@=PG_CONFIG@:>@],
    [build the PostgreSQL extension (default: when pg_config with server headers is found)])],
  [], [with_postgresql=check])
AC_ARG_VAR([PG_CONFIG], [pg_config of the PostgreSQL to build the extension for])
csisms_pg=no
AS_CASE([$with_postgresql],
  [no], [PG_CONFIG=""],
  [yes|check], [AC_PATH_PROGS([PG_CONFIG], [pg_config])],
  [PG_CONFIG="$with_postgresql"])
AS_IF([test -n "$PG_CONFIG"], [
  AC_MSG_CHECKING([for PostgreSQL server headers and PGXS])
  csisms_pg_inc=`"$PG_CONFIG" --includedir-server 2>/dev/null`
  csisms_pgxs=`"$PG_CONFIG" --pgxs 2>/dev/null`
  AS_IF([test -f "$csisms_pg_inc/postgres.h" && test -f "$csisms_pgxs"],
    [csisms_pg=yes; csisms_pg_version=`"$PG_CONFIG" --version`
     AC_MSG_RESULT([yes ($csisms_pg_version)])],
    [AC_MSG_RESULT([no])])
])
AS_IF([test "$csisms_pg" = no && test "x$with_postgresql" != xcheck && test "x$with_postgresql" != xno],
  [AC_MSG_ERROR([--with-postgresql: no pg_config with server headers and PGXS (install postgresql-server-dev-15)])])
AS_IF([test "$csisms_pg" = no],
  [AC_MSG_NOTICE([PostgreSQL extension skipped: no pg_config with server headers (postgresql-server-dev-15)])])
AM_CONDITIONAL([HAVE_PGXS], [test "$csisms_pg" = yes])
dnl The extension is compiled by PGXS with PostgreSQL's own flags; -Werror
dnl follows --enable-werror.
CSISMS_PG_WERROR=""
AS_IF([test "x$enable_werror" = xyes], [CSISMS_PG_WERROR="-Werror"])
AC_SUBST([CSISMS_PG_WERROR])

AC_ARG_WITH([sqlite3],
  [AS_HELP_STRING([--with-sqlite3],
    [build the SQLite extension (default: when sqlite3ext.h is found)])],
  [], [with_sqlite3=check])
AC_ARG_VAR([SQLITE3], [sqlite3 shell for the SQLite extension's tests])
csisms_sqlite=no
AS_IF([test "x$with_sqlite3" != xno], [
  AC_CHECK_HEADER([sqlite3ext.h], [csisms_sqlite=yes])
  AC_PATH_PROGS([SQLITE3], [sqlite3])
])
AS_IF([test "$csisms_sqlite" = no && test "x$with_sqlite3" = xyes],
  [AC_MSG_ERROR([--with-sqlite3: sqlite3ext.h not found (install libsqlite3-dev)])])
AS_IF([test "$csisms_sqlite" = no],
  [AC_MSG_NOTICE([SQLite extension skipped: sqlite3ext.h not found (libsqlite3-dev)])])
AS_IF([test "$csisms_sqlite" = yes && test -z "$SQLITE3"],
  [AC_MSG_NOTICE([SQLite extension built, its tests skipped: no sqlite3 shell (sqlite3)])])
AM_CONDITIONAL([HAVE_SQLITE3EXT], [test "$csisms_sqlite" = yes])
