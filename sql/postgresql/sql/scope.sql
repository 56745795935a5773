-- Appendix B (doc/rules-model.md §3).
SELECT count(*) AS entries, count(*) FILTER (WHERE level = 0) AS classes FROM csisms_scope;
SELECT code, level, parent, name_zh, name_en FROM csisms_scope WHERE code IN ('03', '03.01', '04.13.01');
SELECT code FROM csisms_scope WHERE raise_for_major_projects;
-- A report grouped by major class: 01 has 4 rows, 02 7, 03 6, 04 14.
SELECT parent, count(*) FROM csisms_scope WHERE parent IS NOT NULL GROUP BY parent ORDER BY parent;
-- Codes as people type them; NULL when absent or a prefix of several.
SELECT code, csisms_scope_lookup(code) FROM (VALUES ('３．１'), ('4.13.1'), (' 03.01 '),
  ('04.13'), ('05'), ('01.09')) AS t(code);
SELECT * FROM csisms_scope_find('银行');
SELECT * FROM csisms_scope_find('finance');
SELECT count(*) FROM csisms_scope_find('zzzz');
