-- Dates and deadlines (doc/rules-model.md §2), worked out by hand (Civil Code counting).
SET datestyle = 'ISO, YMD';
SELECT f, arg, expected, got FROM (VALUES
  ('valid_until', '2024-10-22'::date, '2027-10-21'::date, csisms_certificate_valid_until('2024-10-22')),
  ('valid_until', '2024-02-29', '2027-02-28', csisms_certificate_valid_until('2024-02-29')),
  ('valid_until', '2023-03-01', '2026-02-28', csisms_certificate_valid_until('2023-03-01')),
  ('valid_until', '9997-01-01', '9999-12-31', csisms_certificate_valid_until('9997-01-01')),
  ('window', '2027-10-21', '2027-07-23', csisms_recert_window_opens('2027-10-21')),
  ('suspension', '2025-06-01', '2025-12-01', csisms_suspension_ends_by('2025-06-01')),
  ('suspension', '2025-08-31', '2026-02-28', csisms_suspension_ends_by('2025-08-31')),
  ('appeal', '2024-10-22', '2024-12-21', csisms_appeal_due('2024-10-22')),
  ('correction', '2024-08-31', '2025-02-28', csisms_correction_due('2024-08-31')),
  ('add_months', '2024-01-31', '2024-02-29', csisms_date_add_months('2024-01-31', 1)),
  ('add_months', '2024-02-29', '2025-02-28', csisms_date_add_months('2024-02-29', 12)),
  ('add_months', '2024-03-31', '2024-02-29', csisms_date_add_months('2024-03-31', -1)),
  ('add_days', '2024-10-22', '2024-12-21', csisms_date_add_days('2024-10-22', 60)),
  ('parse', NULL, '2024-10-22', csisms_date_parse('2024年10月22日')),
  ('parse', NULL, '2024-10-22', csisms_date_parse('20241022')),
  ('parse', NULL, '0001-01-01', csisms_date_parse('0001-01-01'))
) AS t(f, arg, expected, got)
WHERE got IS DISTINCT FROM expected;
SELECT csisms_date_diff_days('2024-01-01', '2025-01-01') AS leap_year,
       csisms_date_diff_days('2025-01-01', '2024-01-01') AS backwards;

-- 5.1.1: first (no postponement), second (+3 months), after a recertification.
SELECT * FROM csisms_surveillance_due('first', '2024-10-22');
SELECT * FROM csisms_surveillance_due('second', '2025-09-30');
SELECT * FROM csisms_surveillance_due('second', '2024-02-29');
SELECT * FROM csisms_surveillance_due('after-recert', '2027-09-01');

-- 6.3, 8.2: recertified in time continues the cycle; late starts a new one.
SELECT * FROM csisms_recert_valid_until('2027-10-21', '2027-09-01');
SELECT * FROM csisms_recert_valid_until('2027-10-21', '2027-11-15');

-- The extremes of the library's calendar.
SELECT csisms_date_add_days('0001-01-02', -1) AS first_day,
       csisms_date_add_days('9999-12-30', 1) AS last_day;
