-- What PostgreSQL itself takes to insert rows shaped like data_values
-- (ordinary tables, written to the WAL as data_values is; docs/benchmarks.md, "Exchange with DHIS2 and ADX"): 300,000 rows into a
-- table with the same two foreign keys and two indexes, without the foreign
-- keys, and with neither. Run on a throwaway server:
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
\echo 'foreign keys and indexes:'
INSERT INTO floor_with_keys SELECT * FROM floor_src;
\echo 'indexes only:'
INSERT INTO floor_indexes_only SELECT * FROM floor_src;
\echo 'neither:'
INSERT INTO floor_bare SELECT * FROM floor_src;
DROP TABLE floor_with_keys, floor_indexes_only, floor_bare, floor_src, floor_e, floor_o;
