-- Audit time (Appendix A; 4.5.1; 5.2; 6.2; 10.2), values worked out by hand
-- from the rules' table and doc/rules-model.md §1. Each query lists only mismatches.
SELECT personnel, expected, csisms_isms_audit_days(personnel) AS got
FROM (VALUES (1, 5), (10, 5), (11, 6), (45, 8.5), (46, 10), (125, 12), (126, 13),
             (875, 17.5), (876, 18.5), (10700, 28),
             (10701, 29), (13375, 29), (13376, 30)) AS t(personnel, expected)
WHERE csisms_isms_audit_days(personnel) IS DISTINCT FROM expected;

-- 120 persons: 12 days; 27001 elsewhere 6 + 1; here 6; combined 4.8 -> 5.
-- 30 persons: 8.5 days; 4.25 -> 4.5 + 1; 4.5; 3.4 -> 3.5.
SELECT personnel, basis, expected, csisms_audit_days(personnel, basis) AS got
FROM (VALUES (120, 'none', 12), (120, 'isms-cert', 7), (120, 'isms-cert-here', 6),
             (120, 'combined', 5), (30, 'none', 8.5), (30, 'isms-cert', 5.5),
             (30, 'isms-cert-here', 4.5), (30, 'combined', 3.5)) AS t(personnel, basis, expected)
WHERE csisms_audit_days(personnel, basis) IS DISTINCT FROM expected;
SELECT csisms_audit_days(120) AS default_basis;   -- 12

SELECT isms, basis, expected, csisms_initial_audit_days(isms, basis) AS got
FROM (VALUES (12, 'isms-cert', 7), (8.5, 'combined', 3.5), (0.5, 'none', 0.5),
             (0.5, 'isms-cert', 1.5), (8.3, 'none', 8.5)) AS t(isms, basis, expected)
WHERE csisms_initial_audit_days(isms, basis) IS DISTINCT FROM expected;

-- From 8.5 days: 5.95 -> 6, 6.8 -> 7, 2.83 -> 3, 5.67 -> 6, 5.67 -> 6.
-- From 5.5 days: 3.85 -> 4, 4.4 -> 4.5, 1.83 -> 2, 3.67 -> 4, 3.67 -> 4.
SELECT t, csisms_min_reduced_days(t) AS reduced, csisms_min_onsite_days(t) AS onsite,
       csisms_surveillance_days(t) AS surveillance,
       csisms_surveillance_cycle_min_days(t) AS cycle, csisms_recert_min_days(t) AS recert
FROM (VALUES (8.5), (5.5)) AS v(t);

-- 10.2: 80 % of 12 + 8.5 = 16.4 -> 16.5; of 5 + 5 = 8.
SELECT csisms_combined_min_days(ARRAY[12, 8.5]) AS a, csisms_combined_min_days('{5,5}') AS b;
-- Rounding up to 0.5 day; numeric in, numeric out, exact.
SELECT d, csisms_round_up_half(d) FROM (VALUES (0), (0.01), (3.4), (8.5), (7), (8.50)) AS v(d);
SELECT pg_typeof(csisms_audit_days(30)), csisms_audit_days(30) = 8.5 AS exact;

-- Appendix A as rows: the rules' 22 bands, then 58 extrapolated ones.
SELECT count(*) AS bands, min(lower) AS first, max(upper) AS last FROM csisms_isms_bands();
SELECT * FROM csisms_isms_bands() WHERE band IN (0, 21, 22, 23, 79);
-- Every head count of the rules' table falls in its band.
SELECT b.band FROM csisms_isms_bands() b
WHERE b.band < 22 AND (csisms_isms_audit_days(b.lower::int) <> b.days
                       OR csisms_isms_audit_days(b.upper::int) <> b.days);

-- The determination of one head count, step by step.
SELECT * FROM csisms_audit_time(30, 'isms-cert');
SELECT figure, days FROM csisms_audit_time(120) WHERE figure = 'initial_days';

-- IAF MD 1 sample of sites: 25 -> 5, 3, 4; 10 -> 4, 2, 3 (sqrt 10 = 3.16).
SELECT sites, audit, expected, csisms_sample_sites(sites, audit) AS got
FROM (VALUES (25, 'initial', 5), (25, 'surveillance', 3), (25, 'recert', 4),
             (10, 'initial', 4), (10, 'surveillance', 2), (10, 'recert', 3),
             (1, 'initial', 1), (1, 'surveillance', 1)) AS t(sites, audit, expected)
WHERE csisms_sample_sites(sites, audit) IS DISTINCT FROM expected;
SELECT csisms_sample_sites(25) AS default_initial;
