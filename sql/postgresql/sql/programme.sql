-- The audit programme and the audit-time determination (doc/rules-model.md
-- §1, §2, §8; interpretations I-21 ... I-23), worked out by hand below. The
-- comparisons list the rows where the function and the hand-worked table
-- differ, both ways (none expected); the counts show that rows came back.
SET datestyle = 'ISO, YMD';
CREATE TEMP TABLE want (
  example text, ord int, kind text, earliest date, last date, latest date,
  total_days numeric, onsite_days numeric, sample int,
  earliest_clause text, last_clause text, latest_clause text,
  total_clause text, onsite_clause text, sample_clause text);

-- A. 120 persons, a 27001 certificate from another body, initial
-- certification decided on 2024-10-22.
-- Time: H = 12 days (86-125 persons); T = 0.5 H + 1 = 7 days (note (1)); on
-- site 80 % of 7 = 5.6 -> 6 (4.5.1.2); each surveillance 7/3 = 2.33 -> 2.5
-- (5.2), on site 80 % of 2.5 = 2; the recertification T again (stage 1 held).
-- Dates: valid from the decision for three years counting the first day,
-- to 2027-10-21 (8.2, I-5); surveillance 1 from the next day to 12 months
-- after the decision, 2025-10-22, not postponable (5.1.1); surveillance 2 in
-- the second year, from 2025-10-23 to 12 months after surveillance 1 held
-- on its last day, 2026-10-22, postponable 3 months to 2027-01-22 (5.1.1,
-- I-22); recertification in the 90 days before expiry: 2027-10-21 - 90 days
-- = 2027-07-23 (8 days of July after it, 31 + 30, 21 of October: 90) (6.1).
-- The initial audit has no dates (no operating_since given).
INSERT INTO want VALUES
  ('A', 1, 'initial', NULL, NULL, NULL, 7, 6, NULL,
   NULL, NULL, NULL, 'Appendix A note (1)', '4.5.1.2', NULL),
  ('A', 2, 'validity', '2024-10-22', '2027-10-21', '2027-10-21', NULL, NULL, NULL,
   '8.2', '8.2', '8.2', NULL, NULL, NULL),
  ('A', 3, 'surveillance1', '2024-10-23', '2025-10-22', '2025-10-22', 2.5, 2, NULL,
   '5.1.1', '5.1.1', '5.1.1', '5.2', '4.5.1.2', NULL),
  ('A', 4, 'surveillance2', '2025-10-23', '2026-10-22', '2027-01-22', 2.5, 2, NULL,
   '5.1.1', '5.1.1', '5.1.1', '5.2', '4.5.1.2', NULL),
  ('A', 5, 'recert', '2027-07-23', '2027-10-21', '2027-10-21', 7, 6, NULL,
   '6.1', '6.1', '6.1', 'Appendix A note (1)', '4.5.1.2', NULL);

-- B. A recertification cycle: 30 persons, no 27001 certificate, the old
-- certificate valid until 2025-02-28; audited together with another system
-- whose separate time is 5 days (10.2); 10 sites; stage 1 omitted.
-- Time: H = T = 8.5 days (26-45). Recertification without stage 1: 2/3 of
-- 8.5 = 5.67 -> 6 (6.2); the partner's 5 days scaled alike, 3.33 -> 3.5
-- (I-21); 10.2: 80 % of 6 + 3.5 = 7.6 -> 8; on site 80 % of 8 = 6.4 -> 6.5.
-- Surveillance: 8.5/3 = 2.83 -> 3, the partner's 5/3 = 1.67 -> 2, 80 % of
-- 3 + 2 = 4, on site 3.2 -> 3.5. Sample (IAF MD 1): recertification
-- 0.8 sqrt(10) = 2.53 -> 3; surveillance 0.6 sqrt(10) = 1.90 -> 2.
-- Dates: the recertification that starts the cycle in the 90 days before
-- 2025-02-28: 2024-11-30 (31 + 31 + 28 = 90) to 2025-02-28 (6.1); the new
-- certificate from the next day, 2025-03-01, to 2028-02-29 (6.3; 2028 is a
-- leap year); surveillance 1 counts from the last day the cycle continues
-- (I-22): to 2026-02-28, postponable to 2026-05-28; surveillance 2 from
-- 2026-03-01 to 2027-02-28, postponable to 2027-05-28 (5.1.1); the next
-- recertification 90 days before 2028-02-29: 2027-12-01 (30 + 31 + 29 = 90).
INSERT INTO want VALUES
  ('B', 1, 'recert-start', '2024-11-30', '2025-02-28', '2025-02-28', 8, 6.5, 3,
   '6.1', '6.1', '6.1', '10.2', '4.5.1.2', '4.5.3.2'),
  ('B', 2, 'validity', '2025-03-01', '2028-02-29', '2028-02-29', NULL, NULL, NULL,
   '6.3', '6.3', '6.3', NULL, NULL, NULL),
  ('B', 3, 'surveillance1', '2025-03-01', '2026-02-28', '2026-05-28', 4, 3.5, 2,
   '5.1.1', '5.1.1', '5.1.1', '10.2', '4.5.1.2', '4.5.3.2'),
  ('B', 4, 'surveillance2', '2026-03-01', '2027-02-28', '2027-05-28', 4, 3.5, 2,
   '5.1.1', '5.1.1', '5.1.1', '10.2', '4.5.1.2', '4.5.3.2'),
  ('B', 5, 'recert', '2027-12-01', '2028-02-29', '2028-02-29', 8, 6.5, 3,
   '6.1', '6.1', '6.1', '10.2', '4.5.1.2', '4.5.3.2');

-- C. 30 persons, the 27001 certificate issued here, decided on 2024-02-29,
-- the system operating since 2023-11-30, the time reduced to 3.5 days.
-- Time: T = 0.5 H = 4.25 -> 4.5 days (note (1)); the 4.5.1.1 floor 70 % of
-- 4.5 = 3.15 -> 3.5, so 3.5 is allowed and is the time from then on; on site
-- 80 % of 3.5 = 2.8 -> 3; each surveillance 3.5/3 = 1.17 -> 1.5, on site
-- 1.2 -> 1.5. Dates: the initial audit after three months or more of
-- operation: 2023-11-30 + 3 months = 2024-02-29 (the 30th does not exist
-- in February, its last day) (4.1.2(5), I-22); valid to 2027-02-28 (the
-- anniversary of 29 February in a common year is 1 March, I-5);
-- surveillance 1 by 2025-02-28, surveillance 2 from 2025-03-01 by 2026-02-28,
-- postponable to 2026-05-28; recertification from 2027-02-28 - 90 days =
-- 2026-11-30 (31 + 31 + 28 = 90).
INSERT INTO want VALUES
  ('C', 1, 'initial', '2024-02-29', NULL, NULL, 3.5, 3, NULL,
   '4.1.2(5)', NULL, NULL, '4.5.1.1', '4.5.1.2', NULL),
  ('C', 2, 'validity', '2024-02-29', '2027-02-28', '2027-02-28', NULL, NULL, NULL,
   '8.2', '8.2', '8.2', NULL, NULL, NULL),
  ('C', 3, 'surveillance1', '2024-03-01', '2025-02-28', '2025-02-28', 1.5, 1.5, NULL,
   '5.1.1', '5.1.1', '5.1.1', '5.2', '4.5.1.2', NULL),
  ('C', 4, 'surveillance2', '2025-03-01', '2026-02-28', '2026-05-28', 1.5, 1.5, NULL,
   '5.1.1', '5.1.1', '5.1.1', '5.2', '4.5.1.2', NULL),
  ('C', 5, 'recert', '2026-11-30', '2027-02-28', '2027-02-28', 3.5, 3, NULL,
   '6.1', '6.1', '6.1', '4.5.1.1', '4.5.1.2', NULL);

CREATE TEMP VIEW got AS
  SELECT 'A' AS example, * FROM csisms_programme(120, 'initial', '2024-10-22', 'isms-cert')
  UNION ALL
  SELECT 'B', * FROM csisms_programme(30, 'recert', '2025-02-28', combined => 5, sites => 10,
                                      stage1_omitted => true)
  UNION ALL
  SELECT 'C', * FROM csisms_programme(30, 'initial', '2024-02-29', 'isms-cert-here',
                                      planned => 3.5, operating_since => '2023-11-30');
SELECT 'missing' AS diff, * FROM (TABLE want EXCEPT TABLE got) m
UNION ALL
SELECT 'unexpected', * FROM (TABLE got EXCEPT TABLE want) u
ORDER BY 2, 3, 1;
SELECT example, count(*) AS entries FROM got GROUP BY 1 ORDER BY 1;
-- Days are numeric and exact.
SELECT pg_typeof(total_days), total_days = 2.5 AS exact
FROM csisms_programme(120, 'initial', '2024-10-22', 'isms-cert') WHERE ord = 3;

-- D. Note (2) and 10.2 (I-21): 120 persons audited together with their ISMS
-- (separate ISMS time 12 days): the CSISMS share 0.4 H = 4.8 -> 5 days; the
-- combined initial audit 80 % of 5 + 12 = 13.6 -> 14; each surveillance
-- 80 % of (5/3 -> 2) + 12/3 = 4.8 -> 5; the recertification (stage 1 held)
-- 14 again. On site 11.2 -> 11.5 and 4.
SELECT kind, total_days, onsite_days, total_clause, expected
FROM csisms_programme(120, 'initial', '2024-10-22', 'combined', combined => 12)
JOIN (VALUES ('initial', 14, 11.5), ('surveillance1', 5, 4), ('surveillance2', 5, 4),
             ('recert', 14, 11.5)) AS t(k, t_days, o_days) ON k = kind
CROSS JOIN LATERAL (SELECT total_days = t_days AND onsite_days = o_days
                           AND total_clause = '10.2' AS expected) e
ORDER BY ord;

-- Optional arguments: NULL is the default (basis none: 120 persons, 12 days,
-- on site 9.6 -> 10); a NULL required argument gives no rows.
SELECT kind, total_days, onsite_days
FROM csisms_programme(120, 'initial', '2024-10-22', NULL, NULL, NULL, NULL, NULL, NULL)
WHERE ord = 1;
SELECT (SELECT count(*) FROM csisms_programme(NULL, 'initial', '2024-10-22')) AS no_personnel,
       (SELECT count(*) FROM csisms_programme(120, NULL, '2024-10-22')) AS no_cycle,
       (SELECT count(*) FROM csisms_programme(120, 'recert', NULL)) AS no_reference,
       (SELECT count(*) FROM csisms_justify(NULL)) AS no_justify;

-- The determination step by step. 120 persons, note (1), reduced to 5 days,
-- combined with another system of 10 days, 25 sites:
-- 1 table 120 persons -> 12; 2 note (1) 12 -> 7; 3 reduction 7, planned 5,
-- floor 70 % of 7 = 4.9 -> 5; 4 10.2: 80 % of 5 + 10 = 12; 5 on site 80 % of
-- 12 = 9.6 -> 10; 6 surveillance 5/3 -> 2; 7 cycle 2/3 of 5 = 3.33 -> 3.5;
-- 8 recertification without stage 1 3.5; 9 sample sqrt(25) = 5 sites.
SELECT s.step, s.rule, s.clause, s.input, s.input_days, s.input2_days, s.result_days, s.result
FROM csisms_justify(120, 'isms-cert', combined => 10, planned => 5, sites => 25) s
FULL JOIN (VALUES
  (1, 1, 'Appendix A', 120, NULL, NULL, 12, NULL),
  (2, 2, 'Appendix A note (1)', NULL, 12, NULL, 7, NULL),
  (3, 6, '4.5.1.1', NULL, 7, 5, 5, NULL),
  (4, 11, '10.2', NULL, 5, 10, 12, NULL),
  (5, 7, '4.5.1.2', NULL, 12, NULL, 10, NULL),
  (6, 8, '5.2', NULL, 5, NULL, 2, NULL),
  (7, 9, '5.2', NULL, 5, NULL, 3.5, NULL),
  (8, 10, '6.2', NULL, 5, NULL, 3.5, NULL),
  (9, 12, '4.5.3.2', 25, NULL, NULL, NULL, 5)
) AS w(step, rule, clause, input, input_days, input2_days, result_days, result)
  ON w.step = s.step
WHERE (s.rule, s.clause, s.input, s.input_days, s.input2_days, s.result_days, s.result)
      IS DISTINCT FROM (w.rule, w.clause, w.input, w.input_days, w.input2_days, w.result_days, w.result);
-- 30 persons, nothing else: table 8.5; on site 6.8 -> 7; surveillance 2.83
-- -> 3; cycle and recertification 5.67 -> 6 (doc/rules-model.md §1).
SELECT string_agg(clause || ' ' || result_days, ', ' ORDER BY step) =
       'Appendix A 8.5, 4.5.1.2 7, 5.2 3, 5.2 6, 6.2 6' AS as_worked
FROM csisms_justify(30);

-- The rules as data: every figure of the programme and every step cites a
-- rule the view has; the reasons' rules carry the reasons' clauses.
SELECT count(*) > 40 AS many, count(DISTINCT rule) = count(*) AS unique_ids FROM csisms_rule;
-- Identifiers and clauses as include/csisms.h lists them (csisms_rule).
SELECT w.rule, w.clause AS expected, r.clause AS got
FROM (VALUES (1, 'Appendix A'), (4, 'Appendix A note (2)'), (6, '4.5.1.1'), (13, '4.1.2(5)'),
             (20, '5.1.1'), (23, '6.1'), (24, '8.2'), (25, '6.3'), (26, '7.1.2'),
             (28, '9'), (112, '7.2.1(5)'), (116, '8.2'), (201, '7.3'), (203, '7.4'))
     AS w(rule, clause)
LEFT JOIN csisms_rule r USING (rule)
WHERE r.clause IS DISTINCT FROM w.clause;
SELECT r.clause FROM csisms_reason r LEFT JOIN csisms_rule u USING (clause) WHERE u.rule IS NULL;
SELECT clause FROM (SELECT unnest(ARRAY[earliest_clause, last_clause, latest_clause, total_clause,
                                        onsite_clause, sample_clause]) AS clause
                    FROM csisms_programme(30, 'recert', '2025-02-28', combined => 5, sites => 10)) c
WHERE clause IS NOT NULL AND clause NOT IN (SELECT clause FROM csisms_rule);
