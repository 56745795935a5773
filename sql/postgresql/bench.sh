#!/bin/bash
# Benchmark (a figure for the record, not a test): csisms_evaluate over ROWS
# generated certificates inside PostgreSQL (generate_series), reported as
# rows/s, beside the same query with the call replaced by its arguments alone
# (the cost of generating the rows), on one backend.
#
#   sql/postgresql/bench.sh [ROWS]                  # default 1000000
#   sql/postgresql/with-server.sh sql/postgresql/bench.sh
#
# Uses the server of PGHOST/PGPORT/PGUSER, database ${PGDATABASE:-postgres},
# and creates the extension there if it is missing.
set -euo pipefail
rows=${1:-1000000}
case $rows in ''|*[!0-9]*) echo "bench.sh: ROWS must be a number, not '$rows'" >&2; exit 2 ;; esac
export PGDATABASE=${PGDATABASE:-postgres}
PGOPTIONS="${PGOPTIONS:-} -c csisms.bench_rows=$rows" psql -X -q -v ON_ERROR_STOP=1 -v rows="$rows" <<'SQL'
CREATE EXTENSION IF NOT EXISTS csisms;
SET max_parallel_workers_per_gather = 0;
SET client_min_messages = notice;
-- Certificates on 2025-12-02 of every kind: valid for another -300 ... 1199
-- days, every 7th suspended, every 5th with a pending surveillance, every
-- 11th resolved, every 13th with a ground of 7.1.1(5).
CREATE TEMP VIEW bench_facts AS
SELECT date '2025-12-02' AS today,
       date '2025-12-02' + (i % 1500)::int - 300 AS valid_until,
       CASE WHEN i % 7 = 0 THEN date '2025-12-02' - (i % 400)::int END AS suspended_on,
       CASE WHEN i % 5 = 0 THEN date '2025-12-02' - 200 + (i % 365)::int END AS surveillance_latest,
       i % 11 = 0 AS resolved,
       CASE WHEN i % 13 = 0 THEN '{7.1.1(5)}'::text[] ELSE '{}'::text[] END AS grounds
FROM generate_series(1, :rows) AS i;
DO $$
DECLARE
  n bigint := current_setting('csisms.bench_rows')::bigint;
  t0 timestamptz; base interval; eval interval; withdraw bigint; k bigint;
BEGIN
  t0 := clock_timestamp();
  SELECT count(*) FILTER (WHERE f.valid_until IS NOT NULL AND f.grounds IS NOT NULL) INTO k FROM bench_facts f;
  base := clock_timestamp() - t0;
  t0 := clock_timestamp();
  SELECT count(*) FILTER (WHERE (csisms_evaluate(f.today, f.valid_until, f.suspended_on,
                                   f.surveillance_latest, NULL, f.resolved, false, f.grounds)).action = 'withdraw')
    INTO withdraw FROM bench_facts f;
  eval := clock_timestamp() - t0;
  RAISE NOTICE 'rows: %, of which withdraw: %', k, withdraw;
  RAISE NOTICE 'generating the rows alone: % s', round(extract(epoch FROM base)::numeric, 3);
  RAISE NOTICE 'with csisms_evaluate:      % s, % rows/s (% rows/s for the calls alone)',
    round(extract(epoch FROM eval)::numeric, 3),
    round(n / extract(epoch FROM eval)::numeric),
    round(n / greatest(extract(epoch FROM eval - base), 0.000001)::numeric);
END $$;
SQL
