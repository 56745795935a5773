#!/bin/bash
# Runs a command against a PostgreSQL server of its own, for tests and the
# benchmark: initdb in a temporary directory, Unix socket only in that
# directory (listen_addresses = ''), trust authentication, stopped and removed
# when the command ends (trap), whatever its outcome. PostgreSQL refuses to
# run as root: as root (CI), initdb and the server run as the user
# "postgres" (created by Debian's postgresql-15 package), in the temporary
# directory, so that a working directory that user cannot enter (/root/...)
# does not matter. Nothing here reads HOME (it may be unset).
#
#   sql/postgresql/with-server.sh COMMAND [ARG...]
#
# The command runs with PGHOST, PGPORT and PGUSER set. Environment:
#   PG_CONFIG             pg_config of the server to use (default: pg_config)
#   CSISMS_SERVER_LIBPATH directories the server's loader searches first
#                         (where libcsisms.so.1 is when it is not installed
#                         system-wide); passed as LD_LIBRARY_PATH
# Exits with the command's status; 1 when the server could not start, and 1
# when it is no longer running after the command (a crash).
set -euo pipefail
bindir=$("${PG_CONFIG:-pg_config}" --bindir)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/csisms-pg.XXXXXX")
chmod 755 "$tmp"
as=()
if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 ||
        { echo "with-server.sh: running as root needs the user postgres (package postgresql-15)" >&2; rm -rf "$tmp"; exit 1; }
    chown postgres: "$tmp"
    as=(runuser -u postgres --)
fi
port=5432
# The server's programs, run as its user from the temporary directory.
server() {
    (cd "$tmp" && "${as[@]}" "$@")
}
# shellcheck disable=SC2317 # run by the trap
stop() {
    server "$bindir/pg_ctl" -D "$tmp/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$tmp"
}
trap stop EXIT

server "$bindir/initdb" -D "$tmp/data" -A trust -U postgres -E UTF8 --no-locale >"$tmp/initdb.log" 2>&1 ||
    { cat "$tmp/initdb.log"; exit 1; }
server env LD_LIBRARY_PATH="${CSISMS_SERVER_LIBPATH:-}" \
    "$bindir/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -t 60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$tmp' -p $port -c fsync=off" start >/dev/null ||
    { cat "$tmp/server.log"; exit 1; }

rc=0
PGHOST=$tmp PGPORT=$port PGUSER=postgres "$@" || rc=$?

# The server must have survived whatever the command did.
if ! server "$bindir/pg_ctl" -D "$tmp/data" status >/dev/null ||
    grep -E 'terminated by signal|server process .* was terminated' "$tmp/server.log"; then
    echo "with-server.sh: the server did not survive; its log:" >&2
    tail -50 "$tmp/server.log" >&2
    rc=1
fi
exit "$rc"
