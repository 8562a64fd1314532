-- What PostgreSQL itself takes to insert rows shaped like data_values
-- (ordinary tables, written to the WAL as data_values is; docs/benchmarks.md,
-- "Exchange with DHIS2 and ADX"): 300,000 rows into a table
--   1. keyed as before schema version 14, with its two foreign keys and the
--      (org_id, period) index;
--   2. the same without the foreign keys;
--   3. keyed as now (org_id, period, element_id, option_code), the parents
--      checked once per statement as migration 14 did (four passes over the
--      statement's rows);
--   3b. the same, checked as migration 15 does (two passes);
--   4. keyed as now, with no check;
--   5. with no key and no index.
-- Run on a throwaway server:
--   scripts/with-postgres.sh bash -c 'psql -X -q "$BINHDANG_TEST_PG" -f bench/pg_insert_floor.sql'
\timing on
CREATE TABLE floor_e (id BIGINT PRIMARY KEY);
CREATE TABLE floor_o (id BIGINT PRIMARY KEY);
INSERT INTO floor_e SELECT generate_series(1, 36);
INSERT INTO floor_o SELECT generate_series(1, 3000);
CREATE TABLE floor_src AS
  SELECT (i % 36) + 1 AS element_id, CASE WHEN i % 2 = 0 THEN 'female' ELSE 'male' END AS option_code,
         (i / 36 % 2777) + 1 AS org_id, '2030S' || (i / (36 * 2777)) AS period, 5.0::float8 AS value,
         ''::text AS text_value, 1::bigint AS updated_at, 'bench'::text AS updated_by
  FROM generate_series(0, 299999) i;
CREATE TABLE floor_with_keys (
  element_id BIGINT NOT NULL REFERENCES floor_e(id), option_code VARCHAR(20) NOT NULL DEFAULT '',
  org_id BIGINT NOT NULL REFERENCES floor_o(id), period VARCHAR(10) NOT NULL, value DOUBLE PRECISION,
  text_value TEXT NOT NULL DEFAULT '', updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (element_id, option_code, org_id, period));
CREATE INDEX ON floor_with_keys (org_id, period);
CREATE TABLE floor_indexes_only (LIKE floor_with_keys INCLUDING ALL);
CREATE TABLE floor_bare (LIKE floor_with_keys INCLUDING DEFAULTS);
CREATE TABLE floor_by_unit (LIKE floor_bare INCLUDING DEFAULTS, PRIMARY KEY (org_id, period, element_id, option_code));
CREATE TABLE floor_by_unit_checked (LIKE floor_by_unit INCLUDING ALL);
CREATE FUNCTION floor_parents() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE wanted BIGINT; locked BIGINT;
BEGIN
  SELECT count(*) INTO wanted FROM (SELECT DISTINCT element_id FROM new_values) d;
  PERFORM 1 FROM floor_e WHERE id IN (SELECT element_id FROM new_values) FOR KEY SHARE;
  GET DIAGNOSTICS locked = ROW_COUNT;
  IF locked < wanted THEN RAISE foreign_key_violation; END IF;
  SELECT count(*) INTO wanted FROM (SELECT DISTINCT org_id FROM new_values) d;
  PERFORM 1 FROM floor_o WHERE id IN (SELECT org_id FROM new_values) FOR KEY SHARE;
  GET DIAGNOSTICS locked = ROW_COUNT;
  IF locked < wanted THEN RAISE foreign_key_violation; END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER floor_parents AFTER INSERT ON floor_by_unit_checked REFERENCING NEW TABLE AS new_values
  FOR EACH STATEMENT EXECUTE FUNCTION floor_parents();
CREATE TABLE floor_by_unit_two_passes (LIKE floor_by_unit INCLUDING ALL);
CREATE FUNCTION floor_parents_two_passes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE elements BIGINT[]; units BIGINT[]; locked BIGINT;
BEGIN
  SELECT array_agg(element_id) INTO elements FROM (SELECT DISTINCT element_id FROM new_values) d;
  PERFORM 1 FROM floor_e WHERE id = ANY(elements) FOR KEY SHARE;
  GET DIAGNOSTICS locked = ROW_COUNT;
  IF locked < cardinality(elements) THEN RAISE foreign_key_violation; END IF;
  SELECT array_agg(org_id) INTO units FROM (SELECT DISTINCT org_id FROM new_values) d;
  PERFORM 1 FROM floor_o WHERE id = ANY(units) FOR KEY SHARE;
  GET DIAGNOSTICS locked = ROW_COUNT;
  IF locked < cardinality(units) THEN RAISE foreign_key_violation; END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER floor_parents_two_passes AFTER INSERT ON floor_by_unit_two_passes
  REFERENCING NEW TABLE AS new_values FOR EACH STATEMENT EXECUTE FUNCTION floor_parents_two_passes();
\echo '1. old key, foreign keys and the (org_id, period) index:'
INSERT INTO floor_with_keys SELECT * FROM floor_src;
\echo '2. old key and index, no foreign keys:'
INSERT INTO floor_indexes_only SELECT * FROM floor_src;
\echo '3. new key, parents checked per statement (four passes, version 14):'
INSERT INTO floor_by_unit_checked SELECT * FROM floor_src;
\echo '3b. new key, parents checked per statement (two passes, version 15):'
INSERT INTO floor_by_unit_two_passes SELECT * FROM floor_src;
\echo '4. new key, no check:'
INSERT INTO floor_by_unit SELECT * FROM floor_src;
\echo '5. neither key nor index:'
INSERT INTO floor_bare SELECT * FROM floor_src;
DROP TABLE floor_with_keys, floor_indexes_only, floor_bare, floor_by_unit, floor_by_unit_checked,
  floor_by_unit_two_passes, floor_src, floor_e, floor_o;
DROP FUNCTION floor_parents(), floor_parents_two_passes();
