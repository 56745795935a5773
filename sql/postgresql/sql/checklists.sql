-- Checklists (doc/rules-model.md §5).
SELECT list, clause, mode, size FROM csisms_checklist ORDER BY list;
SELECT count(*) AS items FROM csisms_checklist_item;
SELECT list, item FROM csisms_checklist_item WHERE conditional;
SELECT text_zh FROM csisms_checklist_item WHERE list = 14 AND item = 5;
-- 4.1.2 with (3) not applicable (single site): met.
SELECT * FROM csisms_checklist_eval(2, '{1,2,4,5,6}', '{3}');
SELECT * FROM csisms_checklist_eval(2, '{1,2}');
-- 7.2.1 is an ANY list: one item present calls for withdrawal.
SELECT * FROM csisms_checklist_eval(15, '{}');
SELECT * FROM csisms_checklist_eval(15, '{5}');
-- Present and not applicable at once is simply met.
SELECT * FROM csisms_checklist_eval(16, '{1,2,3,4,5,6,7,8}', '{7}');

-- USCC (GB 32100-2015): usable in a CHECK constraint.
SELECT code, csisms_uscc_valid(code) FROM (VALUES ('91350100M000100Y43'), ('91350100M000100Y44'),
  ('91350100m000100Y43'), ('91350100M000100Y4'), ('')) AS t(code);
CREATE TABLE orgs (name text, uscc text CHECK (csisms_uscc_valid(uscc)));
INSERT INTO orgs VALUES ('ok', '91350100M000100Y43');
INSERT INTO orgs VALUES ('bad', '91350100M000100Y44');
INSERT INTO orgs VALUES ('unknown', NULL);
SELECT name FROM orgs ORDER BY name;
DROP TABLE orgs;
