// Fresh demo databases for the crash tests: a SQLite file in a temporary
// directory, or the PostgreSQL database of BINHDANG_TEST_PG emptied first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { binary, query } from './node.mjs';

/** The test-only commit delays (docs/operations.md) as environment variables. */
export function delays(beforeMs, afterMs) {
  return {
    BINHDANG_TEST_DELAY_BEFORE_COMMIT_MS: String(beforeMs),
    BINHDANG_TEST_DELAY_AFTER_COMMIT_MS: String(afterMs),
  };
}

/** {db, password, cleanup()}: the demo dataset on `engine`. */
export function freshDatabase(engine) {
  const dir = mkdtempSync(join(tmpdir(), 'binhdang-crash-'));
  let db;
  if (engine === 'postgresql') {
    db = process.env.BINHDANG_TEST_PG;
    query(db, 'DROP SCHEMA public CASCADE; CREATE SCHEMA public');
  } else {
    db = `sqlite:${join(dir, 'crash.db')}`;
  }
  const password = randomBytes(12).toString('base64url');
  const file = join(dir, 'admin-password.txt');
  writeFileSync(file, password + '\n', { mode: 0o600 });
  const r = spawnSync(binary, ['demo', '--db', db, '--admin-password-file', file], { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`binhdang demo: ${r.stderr ?? r.error}`);
  return { db, password, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
