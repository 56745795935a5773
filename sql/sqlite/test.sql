-- The SQLite extension against hand-worked values (doc/rules-model.md; the rules'
-- Appendix A). Run by run-tests.sh after ".load"; output compared with
-- test.expected. Loops over tables list only mismatches (none expected).
.mode list
.headers off
SELECT 'audit mismatches', count(*) FROM (VALUES (1, 5), (10, 5), (11, 6), (45, 8.5), (46, 10),
  (125, 12), (126, 13), (875, 17.5), (876, 18.5), (10700, 28), (10701, 29), (13375, 29),
  (13376, 30), (4294967295, 86)) WHERE csisms_isms_audit_days(column1) IS NOT column2;
SELECT 'basis', csisms_audit_days(120), csisms_audit_days(120, 'isms-cert'),
  csisms_audit_days(120, 'isms-cert-here'), csisms_audit_days(120, 'combined'),
  csisms_audit_days(30), csisms_audit_days(30, 'isms-cert'), csisms_audit_days(30, 'combined');
SELECT 'initial', csisms_initial_audit_days(12, 'isms-cert'), csisms_initial_audit_days('8.5', 'combined'),
  csisms_initial_audit_days(8.3, 'none');
SELECT 'derived 8.5', csisms_min_reduced_days(8.5), csisms_min_onsite_days(8.5),
  csisms_surveillance_days(8.5), csisms_surveillance_cycle_min_days(8.5), csisms_recert_min_days(8.5);
SELECT 'derived 5.5', csisms_min_reduced_days('5.5'), csisms_min_onsite_days('5.5'),
  csisms_surveillance_days('5.5'), csisms_surveillance_cycle_min_days('5.5'), csisms_recert_min_days('5.5');
SELECT 'combined', csisms_combined_min_days(12, 8.5), csisms_combined_min_days(5, 5, 5);
SELECT 'round', csisms_round_up_half(0), csisms_round_up_half(0.01), csisms_round_up_half('3.4'),
  csisms_round_up_half(3.4), csisms_round_up_half(7), typeof(csisms_round_up_half(7)),
  typeof(csisms_round_up_half(8.5));
SELECT 'bands', count(*), min(lower), max(upper) FROM csisms_isms_band;
SELECT 'band', band, lower, upper, days FROM csisms_isms_band WHERE band IN (0, 21, 22, 79);
SELECT 'audit_time', step, figure, clause, days FROM csisms_audit_time(30, 'isms-cert');
SELECT 'audit_time default', days FROM csisms_audit_time WHERE personnel = 120 AND figure = 'initial_days';
SELECT 'sample', csisms_sample_sites(25), csisms_sample_sites(25, 'surveillance'),
  csisms_sample_sites(25, 'recert'), csisms_sample_sites(10), csisms_sample_sites(10, 'surveillance'),
  csisms_sample_sites(10, 'recert');
SELECT 'dates', csisms_certificate_valid_until('2024-10-22'), csisms_certificate_valid_until('2024-02-29'),
  csisms_certificate_valid_until('2023-03-01'), csisms_certificate_valid_until('9997-01-01');
SELECT 'deadlines', csisms_recert_window_opens('2027-10-21'), csisms_suspension_ends_by('2025-08-31'),
  csisms_appeal_due('2024-10-22'), csisms_correction_due('2024-08-31');
SELECT 'arith', csisms_date_add_months('2024-01-31', 1), csisms_date_add_months('2024-02-29', 12),
  csisms_date_add_months('2024-03-31', -1), csisms_date_add_days('2024-10-22', 60),
  csisms_date_diff_days('2024-01-01', '2025-01-01');
SELECT 'parse', csisms_date_parse('2024年10月22日'), csisms_date_parse('20241022');
SELECT 'surveillance', csisms_surveillance_due('first', '2024-10-22'),
  csisms_surveillance_due('second', '2024-02-29');
SELECT 'surveillance latest', csisms_surveillance_due('second', '2025-09-30') ->> '$.latest';
SELECT 'recert', csisms_recert_valid_until('2027-10-21', '2027-09-01'),
  csisms_recert_valid_until('2027-10-21', '2027-11-15');
SELECT 'scope', count(*), sum(level = 0) FROM csisms_scope;
SELECT 'scope row', code, level, parent, name_zh, name_en FROM csisms_scope WHERE code IN ('03.01', '04.13.01');
SELECT 'scope raise', code FROM csisms_scope WHERE raise_for_major_projects;
SELECT 'scope class', parent, count(*) FROM csisms_scope WHERE parent IS NOT NULL GROUP BY parent;
SELECT 'lookup', csisms_scope_lookup('３．１'), csisms_scope_lookup('4.13.1'),
  quote(csisms_scope_lookup('04.13')), quote(csisms_scope_lookup('05'));
SELECT 'find', code FROM csisms_scope_find('银行');
SELECT 'find', code FROM csisms_scope_find WHERE text = 'finance';
SELECT 'evaluate', csisms_evaluate('2025-12-02', '2027-10-21', '2025-06-01');
SELECT 'evaluate', csisms_evaluate('2025-01-10', '2027-10-21', NULL, '2025-10-22');
SELECT 'evaluate', csisms_evaluate('2025-03-01', '2027-10-21', NULL, NULL, NULL, 0, 0, '["7.1.1(5)"]');
SELECT 'evaluate', csisms_evaluate('2025-08-01', '2027-10-21', '2025-06-01');
SELECT 'evaluate', csisms_evaluate('2025-08-01', '2027-10-21', '2025-06-01', NULL, NULL, 1);
SELECT 'evaluate', csisms_evaluate('2027-10-22', '2027-10-21');
SELECT 'evaluate', csisms_evaluate('2025-11-01', '2027-10-21', '2025-10-23', '2025-10-22');
SELECT 'evaluate', csisms_evaluate('2025-07-11', '2027-10-21', NULL, NULL, '2025-01-10');
SELECT 'evaluate', csisms_evaluate('2025-03-01', '2027-10-21', NULL, NULL, NULL, 0, 0,
  json_array('7.1.1(2)', '7.1.1(1)'));
SELECT 'evaluate', csisms_evaluate('2025-03-01', '2027-10-21', NULL, NULL, NULL, 0, 0, '7.2.1(1), 7.1.1(6)');
SELECT 'evaluate null', quote(csisms_evaluate(NULL, '2027-10-21'));
SELECT 'evaluate json', json_extract(csisms_evaluate('2025-12-02', '2027-10-21', '2025-06-01'), '$.action'),
  json_extract(csisms_evaluate('2025-12-02', '2027-10-21', '2025-06-01'), '$.reasons[0]');
SELECT 'reasons', count(*), sum(kind = 'suspension'), sum(kind = 'withdrawal'), sum(kind = 'derived') FROM csisms_reason;
SELECT 'reason text', csisms_reason_text('7.1.1(5)', 'zh');
SELECT 'action', csisms_action_name('withdraw', 'zh'), csisms_action_name('suspend');
SELECT 'duty', csisms_duty_clause('no_advertising'), csisms_duty_clause('publish'), csisms_duty_clause('report');
SELECT 'checklists', count(*), sum(size), group_concat(list, ',') FILTER (WHERE mode = 'any') FROM csisms_checklist;
SELECT 'items', count(*), group_concat(list || '.' || item, ',') FILTER (WHERE conditional) FROM csisms_checklist_item;
SELECT 'eval', csisms_checklist_eval(2, '[1,2,4,5,6]', '[3]'), csisms_checklist_eval(2, '1,2'),
  csisms_checklist_eval(15, '[]'), csisms_checklist_eval(15, json_array(5));
SELECT 'uscc', csisms_uscc_valid('91350100M000100Y43'), csisms_uscc_valid('91350100M000100Y44'),
  csisms_uscc_valid('91350100m000100Y43'), csisms_uscc_valid(''), csisms_uscc_valid(42);
CREATE TABLE orgs (name TEXT, uscc TEXT CHECK (csisms_uscc_valid(uscc)));
INSERT INTO orgs VALUES ('ok', '91350100M000100Y43');
INSERT OR IGNORE INTO orgs VALUES ('bad', '91350100M000100Y44');
SELECT 'check', group_concat(name) FROM orgs;
-- The audit programme (doc/rules-model.md §8; I-21 ... I-23), worked by hand
-- as in ../postgresql/sql/programme.sql: A. 120 persons, note (1) (T = 7
-- days), decided 2024-10-22; B. a recertification cycle, 30 persons, the old
-- certificate valid until 2025-02-28, combined with 5 days (10.2), 10 sites,
-- stage 1 omitted; C. 30 persons, note (1) here (4.5 days) reduced to the
-- 3.5-day floor, decided 2024-02-29, operating since 2023-11-30.
SELECT 'programme A', * FROM csisms_programme(120, 'initial', '2024-10-22', 'isms-cert');
SELECT 'programme B', * FROM csisms_programme(30, 'recert', '2025-02-28', NULL, 5, NULL, 10, 1);
SELECT 'programme C', * FROM csisms_programme WHERE personnel = 30 AND cycle = 'initial'
  AND reference = '2024-02-29' AND basis = 'isms-cert-here' AND planned = '3.5'
  AND operating_since = '2023-11-30';
SELECT 'programme types', typeof(total_days), typeof(onsite_days), typeof(earliest), typeof(sample)
  FROM csisms_programme(120, 'initial', '2024-10-22', 'isms-cert') WHERE ord IN (1, 3);
-- 10.2 with note (2) (I-21): 80 % of 5 + 12 = 13.6 -> 14; surveillance 80 % of 2 + 4 = 4.8 -> 5.
SELECT 'programme combined', group_concat(total_days, ',')
  FROM csisms_programme(120, 'initial', '2024-10-22', 'combined', 12);
-- The determination: 120 persons, note (1), combined with 10 days, reduced to 5, 25 sites.
SELECT 'justify', * FROM csisms_justify(120, 'isms-cert', 10, 5, 25);
SELECT 'justify 30', group_concat(clause || ' ' || result_days, ', ') FROM csisms_justify(30);
SELECT 'rules', count(*) > 40, count(DISTINCT rule) = count(*) FROM csisms_rule;
SELECT 'rule', rule, clause FROM csisms_rule WHERE rule IN (4, 13, 25, 28);
