-- Certificate verdicts (doc/rules-model.md §4), worked out by hand, away from the two
-- edges changed in 1.1 (an overdue surveillance with no recorded suspension;
-- a period ending after the certificate's last valid day).
SET datestyle = 'ISO, YMD';
-- Suspended 2025-06-01, unresolved: six months end 2025-12-01 (7.1.2);
-- on 2025-12-02 that is 7.2.1(5): withdraw, with the 7.3 and 7.4 duties.
SELECT * FROM csisms_evaluate('2025-12-02', '2027-10-21', suspended_on => '2025-06-01');
-- Nothing wrong: maintain; next review the day after the surveillance limit.
SELECT * FROM csisms_evaluate('2025-01-10', '2027-10-21', surveillance_latest => '2025-10-22');
-- A ground of 7.1.1(5) today: suspend for six months from today.
SELECT * FROM csisms_evaluate('2025-03-01', '2027-10-21', grounds => '{7.1.1(5)}');
-- A suspension in force, no ground passed: suspend, no reasons.
SELECT * FROM csisms_evaluate('2025-08-01', '2027-10-21', suspended_on => '2025-06-01');
-- ... resolved: reinstate; next review at expiry + 1.
SELECT * FROM csisms_evaluate('2025-08-01', '2027-10-21', suspended_on => '2025-06-01',
                              suspension_resolved => true);
-- The day after the last valid day: expire (8.2).
SELECT * FROM csisms_evaluate('2027-10-22', '2027-10-21');
-- Overdue surveillance, suspended the day after the missed limit (5.1.2).
SELECT * FROM csisms_evaluate('2025-11-01', '2027-10-21', suspended_on => '2025-10-23',
                              surveillance_latest => '2025-10-22');
-- Correction asked 2025-01-10, due 2025-07-10: pending, then 7.2.1(7).
SELECT * FROM csisms_evaluate('2025-03-01', '2027-10-21', correction_requested => '2025-01-10');
SELECT * FROM csisms_evaluate('2025-07-11', '2027-10-21', correction_requested => '2025-01-10');
SELECT * FROM csisms_evaluate('2025-07-11', '2027-10-21', correction_requested => '2025-01-10',
                              correction_done => true);
-- Several grounds: every clause, lowest first.
SELECT (csisms_evaluate('2025-03-01', '2027-10-21', grounds => '{7.1.1(2),7.1.1(1),7.2.1(1)}')).*;
-- NULL required facts give NULL, like a STRICT function.
SELECT csisms_evaluate(NULL, '2027-10-21') IS NULL AS null_today;
-- Columns compose: action and the first reason.
SELECT (v).action, (v).reasons[1] AS clause, csisms_reason_text((v).reasons[1], 'zh') AS text_zh
FROM (SELECT csisms_evaluate('2025-12-02', '2027-10-21', '2025-06-01') AS v) s;

-- The reasons, actions and duties.
SELECT clause, kind FROM csisms_reason ORDER BY clause;
SELECT csisms_reason_text('7.1.1(5)', 'zh') AS zh, csisms_reason_text('5.1.2') IS NOT NULL AS derived;
SELECT a, csisms_action_name(a, 'zh') AS zh, csisms_action_name(a) AS en
FROM unnest('{maintain,suspend,reinstate,withdraw,expire}'::text[]) AS a;
SELECT d, csisms_duty_clause(d) FROM unnest('{no_advertising,return_certificate,publish,report}'::text[]) AS d;
SELECT csisms_duty_text('report', 'en') IS NOT NULL AS has_text;
