#!/bin/bash
# Benchmark (figures for the record, not a test): csisms_evaluate over ROWS
# certificates generated inside PostgreSQL (generate_series), side by side in
# one run with the command-line register sweep on as many rows
# (bench/register-bench.sh, what `make bench-register` runs), and the ratio.
#
#   sql/postgresql/with-server.sh sql/postgresql/bench.sh [ROWS]   # default 1000000
#
# Both evaluate the same certificates: the rows generated here carry the
# facts of bench/register-bench.sh's register (its valid-until dates,
# suspensions every 20th row, resolved every 40th, surveillance deadlines,
# corrections every 50th, grounds every 100th and 1000th row; today
# 2025-06-01). Measured as the register sweep is: CPU seconds, best of REPEAT
# (default 3) runs, here the backend's own user + system time (read from
# /proc/self/stat by the backend: the server on this machine, the user a
# superuser; otherwise wall-clock seconds, said so), on one backend without
# parallel workers. "Calls alone" subtracts the same query with the call
# replaced by its arguments (the cost of generating the rows). The sweep's
# figure is end to end (reading and splitting CSV, parsing, writing CSV).
#
# Environment: PGHOST, PGPORT, PGUSER, PGDATABASE (default postgres) for the
# server, where the extension is created if missing; CSISMS_BUILDDIR, the
# build tree with examples/csisms and bench/register-floor (default: the tree
# this script is in; `make examples/csisms bench/register-floor` builds them);
# CSISMS_BENCH_CLI=no leaves the sweep out.
set -euo pipefail
rows=${1:-1000000}
repeat=${REPEAT:-3}
case $rows in '' | *[!0-9]*) echo "bench.sh: ROWS must be a number, not '$rows'" >&2; exit 2 ;; esac
case $repeat in '' | *[!0-9]* | 0) echo "bench.sh: REPEAT must be a number above 0, not '$repeat'" >&2; exit 2 ;; esac
here=$(cd "$(dirname "$0")" && pwd)
builddir=${CSISMS_BUILDDIR:-$here/../..}
export PGDATABASE=${PGDATABASE:-postgres}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/csisms-sqlbench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

if [ "${CSISMS_BENCH_CLI:-yes}" != no ]; then
    for p in examples/csisms bench/register-floor; do
        [ -x "$builddir/$p" ] || {
            echo "bench.sh: $builddir/$p is missing: make examples/csisms bench/register-floor (or CSISMS_BENCH_CLI=no)" >&2
            exit 2
        }
    done
fi

echo "--- PostgreSQL: csisms_evaluate on $rows generated rows (one backend, best of $repeat)"
psql -X -q -At -F ' ' -v ON_ERROR_STOP=1 -v rows="$rows" -v repeat="$repeat" \
    -v tck="$(getconf CLK_TCK 2>/dev/null || echo 100)" >"$tmp/pg" <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS csisms;
SET max_parallel_workers_per_gather = 0;
SET jit = off;
SELECT set_config('csisms_bench.rows', :'rows', false), set_config('csisms_bench.repeat', :'repeat', false),
       set_config('csisms_bench.tck', :'tck', false) \g /dev/null
-- The register of bench/register-bench.sh, row i (dates as it writes them:
-- y = 2026 + i % 3, m = 1 + i % 12, d = 1 + i % 28).
CREATE TEMP VIEW bench_facts AS
SELECT date '2025-06-01' AS today,
       make_date(2026 + (i % 3)::int, 1 + (i % 12)::int, 1 + (i % 28)::int) AS valid_until,
       CASE WHEN i % 20 = 0 THEN make_date(2025, 1 + (i % 5)::int, 1 + (i % 28)::int) END AS suspended_on,
       i % 40 = 0 AS resolved,
       make_date(2025, 7 + (i % 6)::int, 1 + (i % 28)::int) AS surveillance_latest,
       CASE WHEN i % 50 = 0 THEN make_date(2025, 1 + (i % 5)::int, 1 + (i % 28)::int) END AS correction_requested,
       CASE WHEN i % 1000 = 0 THEN '{7.2.1(3)}'::text[]
            WHEN i % 100 = 0 THEN '{7.1.1(2),7.1.1(4)}'::text[]
            ELSE '{}'::text[] END AS grounds
FROM generate_series(1, current_setting('csisms_bench.rows')::bigint) AS i;
-- The backend's CPU seconds so far, or NULL when it cannot read them.
CREATE FUNCTION pg_temp.cpu() RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE f text[];
BEGIN
  f := string_to_array(substring(pg_read_file('/proc/self/stat') FROM '\) (.*)$'), ' ');
  RETURN (f[12]::numeric + f[13]::numeric) / current_setting('csisms_bench.tck')::numeric;
EXCEPTION WHEN OTHERS THEN
  RETURN NULL;
END $$;
CREATE FUNCTION pg_temp.run(eval boolean) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE k bigint;
BEGIN
  IF eval THEN
    SELECT count(*) FILTER (WHERE (csisms_evaluate(f.today, f.valid_until, f.suspended_on,
                                     f.surveillance_latest, f.correction_requested, f.resolved,
                                     false, f.grounds)).action = 'withdraw')
      INTO k FROM bench_facts f;
  ELSE
    SELECT count(*) FILTER (WHERE (f.today, f.valid_until, f.suspended_on, f.surveillance_latest,
                                   f.correction_requested, f.resolved, false, f.grounds) IS NOT NULL)
      INTO k FROM bench_facts f;
  END IF;
  RETURN k;
END $$;
-- Best of REPEAT: lines "base|eval CPU_OR_WALL SECONDS".
CREATE FUNCTION pg_temp.best(eval boolean) RETURNS text LANGUAGE plpgsql AS $$
DECLARE c0 numeric; t0 timestamptz; c numeric; w numeric; bc numeric; bw numeric;
BEGIN
  FOR r IN 1 .. current_setting('csisms_bench.repeat')::int LOOP
    c0 := pg_temp.cpu(); t0 := clock_timestamp();
    PERFORM pg_temp.run(eval);
    w := extract(epoch FROM clock_timestamp() - t0); c := pg_temp.cpu() - c0;
    bc := least(bc, c); bw := least(bw, w);
  END LOOP;
  RETURN CASE WHEN eval THEN 'eval' ELSE 'base' END || ' ' || coalesce(round(bc, 3)::text, 'none')
         || ' ' || round(bw, 3);
END $$;
SELECT pg_temp.best(false);
SELECT pg_temp.best(true);
-- The verdicts, as the sweep's summary line counts them.
SELECT 'actions ' || string_agg(coalesce(n, 0) || ' ' || k.action, ', ' ORDER BY k.ord)
FROM (VALUES (1, 'maintain'), (2, 'suspend'), (3, 'reinstate'), (4, 'withdraw'), (5, 'expire'))
     AS k(ord, action)
LEFT JOIN (SELECT (csisms_evaluate(f.today, f.valid_until, f.suspended_on, f.surveillance_latest,
                                   f.correction_requested, f.resolved, false, f.grounds)).action,
                  count(*) AS n
           FROM bench_facts f GROUP BY 1) a USING (action);
SELECT 'version ' || split_part(version(), ' ', 2);
SQL

# shellcheck disable=SC2034 # fields read and not all used
{
    read -r _ base_cpu base_wall
    read -r _ eval_cpu eval_wall
    read -r _ actions
    read -r _ pg_version
} <"$tmp/pg"
if [ "$base_cpu" != none ] && [ "$eval_cpu" != none ]; then
    unit="s CPU"; base=$base_cpu; t_eval=$eval_cpu
else
    unit="s wall-clock (no CPU time: server elsewhere or not a superuser)"; base=$base_wall; t_eval=$eval_wall
fi
pg_rate=$(awk -v n="$rows" -v t="$t_eval" 'BEGIN { printf "%d", n / (t > 0 ? t : 0.01) }')
calls_rate=$(awk -v n="$rows" -v t="$t_eval" -v b="$base" 'BEGIN { d = t - b; printf "%d", n / (d > 0 ? d : 0.01) }')
echo "PostgreSQL $pg_version: generating the rows alone $base $unit"
echo "PostgreSQL $pg_version: with csisms_evaluate $t_eval $unit, $pg_rate rows/s ($calls_rate rows/s for the calls alone; wall-clock $eval_wall s)"
echo "  verdicts: $actions"

[ "${CSISMS_BENCH_CLI:-yes}" != no ] || exit 0
echo "--- the command-line sweep: bench/register-bench.sh $rows"
CSISMS_BUILDDIR=$builddir REPEAT=$repeat sh "$here/../../bench/register-bench.sh" "$rows" | tee "$tmp/cli"
cli_rate=$(sed -n 's/^csisms register, CSV out: .* s CPU, \([0-9]*\) rows\/s.*/\1/p' "$tmp/cli")
[ -n "$cli_rate" ] || { echo "bench.sh: no rows/s in the sweep's output" >&2; exit 1; }
echo "--- side by side"
# The same certificates must get the same verdicts.
if grep -q "rows: $actions, 0 errors" "$tmp/cli"; then
    echo "the same verdicts: $actions"
else
    echo "bench.sh: PostgreSQL's verdicts ($actions) differ from the sweep's:" >&2
    grep 'csisms register: ' "$tmp/cli" >&2
    exit 1
fi
echo "PostgreSQL csisms_evaluate: $pg_rate rows/s; csisms register (CSV out): $cli_rate rows/s"
awk -v p="$pg_rate" -v c="$cli_rate" 'BEGIN { printf "ratio PostgreSQL / CLI: %.2f\n", p / (c > 0 ? c : 1) }'
