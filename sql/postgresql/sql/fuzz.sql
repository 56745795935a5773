-- Fuzz-style: random values (extremes included) into every function, errors
-- caught in PL/pgSQL. Every error must be 22023 (invalid parameter value);
-- the server must still answer afterwards. Deterministic (setseed).
SELECT setseed(0.16);
CREATE FUNCTION fuzz_int() RETURNS int LANGUAGE sql AS $$
  SELECT (ARRAY[0, 1, -1, 2147483647, -2147483648, 10700, 10701,
                (floor(random() * 4294967295)::bigint - 2147483648)::int,
                (random() * 200)::int])[1 + floor(random() * 9)::int] $$;
CREATE FUNCTION fuzz_num() RETURNS numeric LANGUAGE sql AS $$
  SELECT (ARRAY['NaN', 'Infinity', '-Infinity', '0', '-0.5', '0.5', '1e300', '1073741823.5',
                '1073741824', round((random() * 100)::numeric, 3)::text,
                (random() * 1e12)::numeric::text])[1 + floor(random() * 11)::int]::numeric $$;
CREATE FUNCTION fuzz_date() RETURNS date LANGUAGE sql AS $$
  SELECT (ARRAY['infinity', '-infinity', '4713-01-01 BC', '5874897-12-31', '0001-01-01',
                '9999-12-31', '9998-12-31', '2024-02-29',
                (date '2000-01-01' + (random() * 20000 - 10000)::int)::text,
                (date '0001-01-01' + (random() * 3652058)::int)::text])[1 + floor(random() * 10)::int]::date $$;
CREATE FUNCTION fuzz_text() RETURNS text LANGUAGE sql AS $$
  SELECT (ARRAY['', ' ', 'none', 'isms-cert', 'combined', 'zh', 'en', 'first', 'second',
                'after-recert', 'initial', 'recert', 'suspend', 'report', '7.1.1(5)', '7.2.1(8)',
                '5.1.2', '8.2', '03.01', '４．１３．１', '91350100M000100Y43', '银行',
                repeat('x', 10000), chr(1 + floor(random() * 55000)::int) || 'a',
                md5(random()::text)])[1 + floor(random() * 25)::int] $$;
CREATE FUNCTION fuzz_ints() RETURNS int[] LANGUAGE sql AS $$
  SELECT (ARRAY['{}', '{1}', '{0}', '{-1}', '{33}', '{1,2,3,4,5,6,7,8}', '{NULL}',
                '{2147483647}', '{1,3}'])[1 + floor(random() * 9)::int]::int[] $$;
CREATE FUNCTION fuzz_nums() RETURNS numeric[] LANGUAGE sql AS $$
  SELECT ARRAY[fuzz_num(), fuzz_num(), CASE WHEN random() < 0.3 THEN fuzz_num() END] $$;
CREATE TABLE fuzz_log (q text, state text);
DO $$
DECLARE
  calls text[] := ARRAY[
    'csisms_isms_audit_days(%1$s)', 'csisms_audit_days(%1$s, %6$s)',
    'csisms_initial_audit_days(%2$s, %6$s)', 'csisms_min_reduced_days(%2$s)',
    'csisms_min_onsite_days(%2$s)', 'csisms_surveillance_days(%2$s)',
    'csisms_surveillance_cycle_min_days(%2$s)', 'csisms_recert_min_days(%2$s)',
    'csisms_combined_min_days(%8$s)', 'csisms_round_up_half(%2$s)',
    'csisms_audit_time(%1$s, %6$s)', 'csisms_date_parse(%6$s)',
    'csisms_date_add_days(%3$s, %1$s)', 'csisms_date_add_months(%3$s, %1$s)',
    'csisms_date_diff_days(%3$s, %4$s)', 'csisms_surveillance_due(%6$s, %3$s)',
    'csisms_certificate_valid_until(%3$s)', 'csisms_recert_valid_until(%3$s, %4$s)',
    'csisms_recert_window_opens(%3$s)', 'csisms_suspension_ends_by(%3$s)',
    'csisms_appeal_due(%3$s)', 'csisms_correction_due(%3$s)',
    'csisms_scope_lookup(%6$s)', 'csisms_scope_find(%6$s)',
    'csisms_evaluate(%3$s, %4$s, %5$s, %4$s, %5$s, %9$s, %9$s, ARRAY[%6$s, %7$s])',
    'csisms_evaluate(%4$s, %3$s)',
    'csisms_reason_text(%6$s, %7$s)', 'csisms_action_name(%6$s, %7$s)',
    'csisms_duty_text(%6$s, %7$s)', 'csisms_duty_clause(%6$s)',
    'csisms_checklist_eval(%1$s %% 20, %10$s, %10$s)', 'csisms_checklist_eval(%1$s, %10$s)',
    'csisms_uscc_valid(%6$s)', 'csisms_sample_sites(%1$s, %6$s)', 'csisms_sample_sites(%1$s)',
    'csisms_programme(%1$s, %6$s, %3$s, %7$s, %2$s, %2$s, %1$s, %9$s, %4$s)',
    'csisms_programme(%1$s %% 300, %11$s, %3$s, combined => %2$s, planned => %2$s)',
    'csisms_programme(%1$s, %11$s, %3$s, operating_since => %4$s, sites => %1$s)',
    'csisms_justify(%1$s, %6$s, %2$s, %2$s, %1$s)', 'csisms_justify(%1$s, planned => %2$s)'];
  q text;
BEGIN
  FOR round IN 1..60 LOOP
    FOREACH q IN ARRAY calls LOOP
      q := format('SELECT ' || q, quote_literal(fuzz_int()) || '::int', quote_literal(fuzz_num()) || '::numeric',
                  quote_literal(fuzz_date()) || '::date', quote_literal(fuzz_date()) || '::date',
                  quote_literal(fuzz_date()) || '::date', quote_literal(fuzz_text()),
                  quote_literal(fuzz_text()), quote_literal(fuzz_nums()) || '::numeric[]',
                  (random() < 0.5)::text, quote_literal(fuzz_ints()) || '::int[]',
                  quote_literal((ARRAY['initial', 'recert'])[1 + floor(random() * 2)::int]));
      BEGIN
        EXECUTE q;
        INSERT INTO fuzz_log VALUES (q, 'ok');
      EXCEPTION WHEN OTHERS THEN
        INSERT INTO fuzz_log VALUES (q, SQLSTATE);
      END;
    END LOOP;
  END LOOP;
END $$;
-- Only ok and 22023; a few of each kind, and nothing else.
SELECT count(*) AS calls, count(*) FILTER (WHERE state = 'ok') > 100 AS some_ok,
       count(*) FILTER (WHERE state = '22023') > 100 AS some_rejected FROM fuzz_log;
SELECT state, q FROM fuzz_log WHERE state NOT IN ('ok', '22023') LIMIT 10;
-- Still up.
SELECT 'alive' AS server;
