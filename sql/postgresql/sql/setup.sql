-- The extension, and try(): runs a statement and returns 'ok' or
-- "SQLSTATE message" (so the error tests show the SQLSTATE).
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
