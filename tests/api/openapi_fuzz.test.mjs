// Fuzzes every API operation of /api/v1/openapi.json on a fresh demo
// database, as an admin and as a school viewer (tests/api/fuzz.mjs).
//   API_FUZZ_EXAMPLES   valid examples per operation and identity (default 10);
//                       as many invalid ones, and at least one of each kind
//   API_FUZZ_SEED       seed of the generators (default 12)
//   API_FUZZ_STRICT_STATUS=1  an undocumented status fails on every operation,
//                       not only on those whose answers are documented
//   API_FUZZ_HUGE_MB    size of the oversized string (default 2)
//   API_FUZZ_PAGES=1    fuzz the page routes too
//   API_FUZZ_NO_KNOWN=1 ignore tests/api/known_failures.mjs: every finding fails
//   API_FUZZ_REPORT=F   also write the whole result (statuses per operation,
//                       failures, known ones) as JSON to file F
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { startServer } from '../e2e/helpers.mjs';
import { fuzz, summary } from './fuzz.mjs';

const env = process.env;

test('every API operation holds against valid and invalid requests generated from its OpenAPI description', { timeout: 3_600_000 }, async () => {
  const server = await startServer({ demo: true });
  try {
    const r = await fuzz({
      url: server.url,
      adminPassword: server.adminPassword,
      examples: Number(env.API_FUZZ_EXAMPLES ?? 10),
      seed: Number(env.API_FUZZ_SEED ?? 12),
      strictStatus: env.API_FUZZ_STRICT_STATUS === '1',
      includePages: env.API_FUZZ_PAGES === '1',
      hugeMb: Number(env.API_FUZZ_HUGE_MB ?? 2),
      log: env.API_FUZZ_VERBOSE === '1' ? (m) => console.log(m) : () => {},
    });
    console.log(summary(r));
    if (env.API_FUZZ_REPORT) writeFileSync(env.API_FUZZ_REPORT, JSON.stringify({ ...r, notes: Object.fromEntries(r.notes) }, null, 1));
    assert.ok(r.operations >= 80, `only ${r.operations} operations fuzzed`);
    assert.ok(r.requests >= r.operations * 2, `only ${r.requests} requests sent`);
    assert.ok(r.roundTrip.requests > 0 && !r.roundTrip.note, `round trip did not run: ${r.roundTrip.note}`);
    assert.deepEqual(
      r.failures.map((f) => `${f.op} [${f.check}] as ${f.who}, ${f.kind}: ${f.detail}`),
      [],
      'the API fuzzer found failures (summary above)',
    );
  } finally {
    await server.stop();
  }
});
