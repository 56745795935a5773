-- The extension, and try(): runs a statement and returns 'ok' or
-- "SQLSTATE message" (so the error tests show the SQLSTATE).
-- The README example (run first, on a fresh database) left the extension
-- and its table: they drop cleanly, and the extension installs again.
DROP TABLE certs;
DROP EXTENSION csisms;
SELECT count(*) AS left_behind FROM pg_proc WHERE proname LIKE 'csisms%';
CREATE EXTENSION csisms;
SELECT extversion FROM pg_extension WHERE extname = 'csisms';
SELECT csisms_version() ~ '^1\.[0-9]+\.[0-9]+$' AS version_ok;
CREATE FUNCTION try(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE q;
  RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
  RETURN SQLSTATE || ' ' || SQLERRM;
END $$;
-- Every function is IMMUTABLE (csisms_version STABLE) and PARALLEL SAFE;
-- every one but csisms_evaluate is STRICT.
SELECT p.proname, p.provolatile, p.proparallel, p.proisstrict
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'csisms'
WHERE p.provolatile <> 'i' OR p.proparallel <> 's' OR NOT p.proisstrict
ORDER BY 1;
SELECT count(*) AS functions FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'csisms';
