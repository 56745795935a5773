#!/bin/bash
# CI step: the SQL extensions (sql/). Run by .ci/run from the top of the tree
# after the library is built and the tree configured; as root.
#  1. installs PostgreSQL 15 with its PGXS headers, and SQLite with its
#     headers and shell; reconfigures so that configure finds them;
#  2. builds both extensions in the tree and runs the SQLite suites through
#     make check (failing if they fail or are skipped);
#  3. installs the library's development files built here into a scratch
#     root (make install-devel DESTDIR=...: never a full `make install`,
#     which relinks the loadable modules in place while libtool moves the
#     uninstalled .so aside) and builds the PostgreSQL extension from a clean
#     copy of its sources (PGXS) against that installed copy, found with
#     pkg-config as a user would; installs the extension into PostgreSQL's
#     PGXS paths;
#  4. starts a server of its own (sql/postgresql/with-server.sh: initdb in a
#     temporary directory, Unix socket only, as the user postgres when run
#     as root, stopped at the end) and runs pg_regress (make installcheck:
#     hand-worked values, SQLSTATE 22023 errors, random values into every
#     function with the server still up), the README's SQL example exactly
#     as written against its expected output (and the README's shown output
#     against that), and the benchmark beside the register sweep on 20000
#     rows to prove that it runs.
# Cost: the packages (about 1 min), a rebuild, about 1 min of tests.
# Linking: the extension links libcsisms.so.1 dynamically, as every program
# of the library does (the stable ABI lets a fixed library reach the
# extension without a rebuild). Here the server finds the scratch copy
# through LD_LIBRARY_PATH, so the CI machine gets no libcsisms outside a
# package; an installation runs `make install && ldconfig` instead.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
top=$PWD

echo "--- installing PostgreSQL 15 (server, PGXS) and SQLite (headers, shell)"
sh .ci/deps postgresql-15 postgresql-server-dev-15 libsqlite3-dev sqlite3 time
pg_config=/usr/lib/postgresql/15/bin/pg_config

tmp=$(mktemp -d "${TMPDIR:-/tmp}/csisms-sql.XXXXXX")
chmod 755 "$tmp"
trap 'rm -rf "$tmp"' EXIT

echo "--- configure again, to find them"
./config.status --recheck >/dev/null
./config.status >/dev/null
grep -E '^(PG_CONFIG|SQLITE3) = ' Makefile
make -j2 >/dev/null
make bench/register-floor >/dev/null # the benchmark's side by side
test -f sql/postgresql/csisms.so || { echo "FAIL: the PostgreSQL extension was not built"; exit 1; }

echo "--- make check: SQLite suites"
suites="sql/sqlite/run-tests.sh sql/sqlite/random.sh"
make -j2 check TESTS="$suites" >/dev/null || { cat sql/sqlite/run-tests.log sql/sqlite/random.log; exit 1; }
for suite in $suites; do
    grep -q '^:test-result: PASS' "${suite%.sh}.trs" ||
        { echo "FAIL: $suite did not pass (skipped?):"; cat "${suite%.sh}.log"; exit 1; }
    grep -E '^(PASS|random|errors):' "${suite%.sh}.log"
done

echo "--- the library installed into a scratch root; the extension built against it"
make install-devel DESTDIR="$tmp/root" >/dev/null
pc=$(find "$tmp/root" -name csisms.pc -print -quit)
libdir=$(dirname "$(find "$tmp/root" -name libcsisms.so.1 -print -quit)")
export PKG_CONFIG_PATH PKG_CONFIG_SYSROOT_DIR
PKG_CONFIG_PATH=$(dirname "$pc")
PKG_CONFIG_SYSROOT_DIR="$tmp/root"
# A clean copy of the extension's sources (the tree's own build products
# would satisfy a VPATH build's targets).
mkdir -p "$tmp/src/sql/postgresql"
cp sql/csisms_sql.c sql/csisms_sql.h "$tmp/src/sql/"
cp -r sql/postgresql/Makefile sql/postgresql/csisms.control sql/postgresql/csisms--*.sql \
    sql/postgresql/csisms_pg.c sql/postgresql/sql sql/postgresql/expected "$tmp/src/sql/postgresql/"
pgdir="$tmp/src/sql/postgresql"
pgxs=(make -C "$pgdir" PG_CONFIG="$pg_config" CSISMS_PG_WERROR=-Werror)
"${pgxs[@]}" >/dev/null
needed=$(ldd "$pgdir/csisms.so")
grep -q 'libcsisms.so.1' <<<"$needed" || { echo "FAIL: csisms.so does not link libcsisms.so.1"; exit 1; }
"${pgxs[@]}" install >/dev/null
ls "$("$pg_config" --pkglibdir)/csisms.so" "$("$pg_config" --sharedir)/extension/csisms.control"

echo "--- a server of its own: pg_regress, the README example, the benchmark"
# The README's example: the sql block between its markers, exactly as written.
# shellcheck disable=SC2016 # backquotes of Markdown, not a command
sed -n '/sql: PostgreSQL example (begin)/,/sql: PostgreSQL example (end)/p' README.md |
    sed -n '/^```sql$/,/^```$/{/^```/d;p}' >"$tmp/readme.sql"
diff -u sql/postgresql/sql/example.sql "$tmp/readme.sql" ||
    { echo "FAIL: the README example differs from the tested sql/postgresql/sql/example.sql"; exit 1; }
# ... and the output the README shows (the block after it) is what the
# expected output has, line by line in order (trailing blanks aside; psql
# also prints the statements and a DETAIL line, which the README leaves out).
# shellcheck disable=SC2016 # backquotes of Markdown, not a command
sed -n '/sql: PostgreSQL example (begin)/,/sql: PostgreSQL example (end)/p' README.md |
    awk '/^```sql$/ { b = 1; next } /^```$/ { if (b == 1) b = 2; else if (b == 2) b = 3; else b = 4; next }
         b == 3 { sub(/ +$/, ""); print }' >"$tmp/readme.want"
test -s "$tmp/readme.want" || { echo "FAIL: no output block after the README's SQL example"; exit 1; }
sed 's/ *$//' sql/postgresql/expected/example.out |
    awk -v want="$tmp/readme.want" 'BEGIN { while ((getline l < want) > 0) w[++n] = l; k = 1 }
        k <= n && $0 == w[k] { k++ } END { if (k <= n) { print "FAIL: the README shows a line the example does not print: " w[k]; exit 1 } }'
echo "README example: as tested; its shown output as printed ($(wc -l <"$tmp/readme.want") lines)"
chmod -R a+rX "$tmp"
cat >"$tmp/in-server.sh" <<EOS
set -e
if ! ${pgxs[*]} installcheck; then
    cat "$pgdir/regression.diffs"; exit 1
fi
createdb readme
psql -X -a -q -d readme <"$tmp/readme.sql" >"$tmp/readme.out" 2>&1
diff -u "$top/sql/postgresql/expected/example.out" "$tmp/readme.out"
echo "README example: output as expected"
CSISMS_BUILDDIR="$top" "$top/sql/postgresql/bench.sh" 20000
EOS
CSISMS_SERVER_LIBPATH="$libdir" PG_CONFIG="$pg_config" sql/postgresql/with-server.sh bash "$tmp/in-server.sh"
echo "sql: both extensions built; SQLite suites, pg_regress and the README example passed"
