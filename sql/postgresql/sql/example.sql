CREATE EXTENSION IF NOT EXISTS csisms;
SET datestyle = 'ISO, YMD';
CREATE TABLE certs (
  cert_no      text PRIMARY KEY,
  uscc         text NOT NULL CHECK (csisms_uscc_valid(uscc)),
  scope        text NOT NULL,
  valid_until  date NOT NULL,
  suspended_on date,
  grounds      text[] NOT NULL DEFAULT '{}'
);
INSERT INTO certs VALUES
  ('C-001', '91350100M000100Y43', '03.01', '2027-10-21', NULL,         '{}'),
  ('C-002', '91110000MA01ABCD1M', '02.03', '2027-10-21', '2025-06-01', '{}'),
  ('C-003', '91310000MA1FL0XX1C', '３．２',  '2028-03-31', NULL,         '{7.1.1(5)}'),
  ('C-004', '91440300MA5G00001W', '4.1',   '2026-09-30', NULL,         '{7.2.1(1)}'),
  ('C-005', '91330100MA2H00002T', '03.03', '2025-11-30', NULL,         '{}');
-- On 2 December 2025: the certificates to suspend or withdraw, with the clause.
SELECT c.cert_no, s.name_en AS scope, v.action, array_to_string(v.reasons, ', ') AS clauses,
       v.deadline
FROM certs c
CROSS JOIN LATERAL csisms_evaluate('2025-12-02', c.valid_until, c.suspended_on,
                                   grounds => c.grounds) AS v
JOIN csisms_scope s ON s.code = csisms_scope_lookup(c.scope)
WHERE v.action IN ('suspend', 'withdraw')
ORDER BY c.cert_no;
-- A bad USCC (wrong check character) is rejected.
INSERT INTO certs (cert_no, uscc, scope, valid_until)
  VALUES ('C-006', '91350100M000100Y44', '03.01', '2027-10-21');
