// Crash consistency: a real `binhdang serve` is killed with SIGKILL while it
// writes, started again, and the database must hold each operation wholly
// or not at all, with its audit record exactly when its data is; after
// every restart the engine's aggregates equal a recomputation from the
// stored values. Runs on SQLite, and on PostgreSQL when BINHDANG_TEST_PG is
// set (scripts/with-postgres.sh).
//
// The server runs with the test-only commit delays (docs/operations.md), so
// each write transaction waits CRASH_DELAY_MS just before and just after its
// COMMIT; the kill times sweep each operation's measured duration in
// CRASH_TRIALS equal strata (one random time in each), so they land before,
// around and after the commit.
//
//   CRASH_TRIALS=1   trials per operation and engine (make test: 1; make crash: 13)
//   CRASH_DELAY_MS=250
//   CRASH_REPORT=FILE  appends one JSON line per trial
import test from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Node, query, sleep } from './node.mjs';
import { makeOperations } from './operations.mjs';
import { aggregates, TOTAL_INDICATOR } from './aggregates.mjs';
import { freshDatabase, delays } from './setup.mjs';

const TRIALS = Number(process.env.CRASH_TRIALS ?? 1);
const DELAY = Number(process.env.CRASH_DELAY_MS ?? 250);
const OPERATIONS = ['datavalues', 'roster', 'approval', 'issue'];
// A demo period with values, checked after every restart as well.
const DEMO_PERIOD = '2025S2';

const engines = ['sqlite', ...(process.env.BINHDANG_TEST_PG ? ['postgresql'] : [])];

for (const engine of engines) {
  test(`SIGKILL during writes on ${engine}: each operation wholly there or absent`, { timeout: 3600_000 }, async (t) => {
    const { db, password, cleanup } = freshDatabase(engine);
    const node = new Node(db, delays(DELAY, DELAY));
    const tally = {};
    try {
      await node.start();
      await node.makeToken(password);
      const ind = await node.api('POST', '/api/v1/indicators', TOTAL_INDICATOR);
      assert.equal(ind.status, 201, ind.text);
      // The comparison is not empty: the demo's figures are there to compare.
      const demo = await aggregates(node, db, [DEMO_PERIOD]);
      assert.deepEqual(demo.mismatches, []);
      assert.ok(demo.withValues > 20, `only ${demo.withValues} figures to compare`);
      // …and it sees a difference: one stored value changed behind the engine's back.
      const bump = (d) =>
        query(db, `UPDATE data_values SET value = value + (${d}) WHERE element_id = (SELECT id FROM data_elements` +
          ` WHERE code = 'staff_total') AND period = '${DEMO_PERIOD}' AND org_id = (SELECT MIN(org_id) FROM data_values` +
          ` WHERE period = '${DEMO_PERIOD}') AND option_code = 'female'`);
      bump(1);
      assert.ok((await aggregates(node, db, [DEMO_PERIOD])).mismatches.length > 0, 'a changed value went unseen');
      bump(-1);
      const ops = makeOperations(db);
      for (const name of OPERATIONS) {
        const op = ops[name];
        tally[name] = { trials: 0, present: 0, absent: 0, partial: 0, answered: 0 };
        // One uninterrupted run: it must succeed, and it gives the duration to sweep.
        const cal = await op.prepare(node);
        assert.equal(cal.check().outcome, 'absent', `${name}: fresh instance already there`);
        const t0 = performance.now();
        const r = await cal.send();
        const duration = performance.now() - t0;
        assert.equal(r.status, 200, `${name}: ${r.text.slice(0, 500)}`);
        assert.equal(cal.check().outcome, 'present', `${name}: calibration run not stored`);
        for (let k = 0; k < TRIALS; k++) {
          const p = await op.prepare(node);
          assert.equal(p.check().outcome, 'absent', `${name}: fresh instance already there`);
          const at = (duration * (k + Math.random())) / TRIALS;
          const sent = performance.now();
          const reply = p.send().then(
            (res) => res.status,
            () => null,
          );
          await sleep(Math.max(0, at - (performance.now() - sent)));
          const killedAt = performance.now() - sent;
          await node.kill();
          const answered = await reply;
          await node.start();
          const v = p.check();
          const row = { engine, operation: name, duration_ms: Math.round(duration), kill_ms: Math.round(killedAt),
                        answered, outcome: v.outcome, facts: v.facts };
          if (process.env.CRASH_REPORT) appendFileSync(process.env.CRASH_REPORT, JSON.stringify(row) + '\n');
          const s = tally[name];
          s.trials++;
          s[v.outcome]++;
          if (answered !== null) s.answered++;
          assert.notEqual(v.outcome, 'partial', `partial outcome: ${JSON.stringify(row)}`);
          if (answered === 200) assert.equal(v.outcome, 'present', `acknowledged write lost: ${JSON.stringify(row)}`);
          const check = await aggregates(node, db, [...p.periods, ...cal.periods, DEMO_PERIOD]);
          assert.deepEqual(check.mismatches, [], `aggregates after restart (${JSON.stringify(row)})`);
        }
      }
    } finally {
      t.diagnostic(`${engine}: ${JSON.stringify(tally)}`);
      console.log(`crash ${engine}: ${JSON.stringify(tally)}`);
      await node.kill();
      cleanup();
    }
  });
}
