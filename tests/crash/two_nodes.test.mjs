// Two server nodes on one PostgreSQL (they follow each other's writes through
// LISTEN/NOTIFY): node A is killed with SIGKILL in the middle of a 1,000-value
// batch, and node B, the survivor, must serve the outcome within a second.
//   - killed after COMMIT (before A could answer): B reads the values back,
//     with its aggregates updated, within 1 s of the commit;
//   - killed before COMMIT: nothing of the batch is anywhere; the client sends
//     it again to B, which saves it; A, started again, agrees.
// Needs BINHDANG_TEST_PG (scripts/with-postgres.sh); skipped otherwise.
import test from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { Node, sleep, scalar } from './node.mjs';
import { makeOperations } from './operations.mjs';
import { aggregateMismatches, TOTAL_INDICATOR } from './aggregates.mjs';
import { freshDatabase, delays } from './setup.mjs';

const pg = process.env.BINHDANG_TEST_PG;
const HOLD_MS = 1500; // A's commit delay: long enough to see it and kill there

/** Polls `fn` until it returns true; the milliseconds it took, or null after `limitMs`. */
async function within(limitMs, fn) {
  const t0 = performance.now();
  while (performance.now() - t0 < limitMs) {
    if (await fn()) return performance.now() - t0;
    await sleep(5);
  }
  return null;
}

test('two nodes on one PostgreSQL: a node killed during a write loses nothing', { skip: !pg, timeout: 300_000 }, async (t) => {
  const { db, password, cleanup } = freshDatabase('postgresql');
  const b = new Node(db);
  let a = new Node(db, delays(0, HOLD_MS));
  try {
    await b.start();
    await b.makeToken(password);
    assert.equal((await b.api('POST', '/api/v1/indicators', TOTAL_INDICATOR)).status, 201);
    await a.start();
    a.token = b.token;
    const ops = makeOperations(db);
    const root = scalar(db, 'SELECT code FROM org_units WHERE parent_id IS NULL');
    const total = (node, period) =>
      node.api('GET', `/api/v1/analytics?indicator=${TOTAL_INDICATOR.code}&org=${root}&period=${period}`);

    // 1. Killed just after COMMIT: A never answers, B serves the write.
    const after = await ops.datavalues.prepare(a);
    const [p1] = after.periods;
    assert.equal((await total(b, p1)).json.rows[0].value, null);
    const reply = after.send().then((r) => r.status, () => null);
    const committed = await within(30_000, () => after.check().outcome === 'present');
    assert.notEqual(committed, null, 'the batch never committed');
    const seenFrom = performance.now();
    await a.kill();
    assert.equal(await reply, null, 'A answered although killed during its after-commit hold');
    const seen = await within(1000, async () => (await total(b, p1)).json.rows[0].value !== null);
    t.diagnostic(`killed after commit: B served the write ${seen?.toFixed(0)} ms after it was seen committed`);
    console.log(`two nodes: B served A's committed write after ${seen?.toFixed(0)} ms (kill after COMMIT)`);
    assert.notEqual(seen, null, "B did not serve A's committed write within 1 s");
    assert.ok(performance.now() - seenFrom < 1000 + 500);
    const vals = await b.api('GET', `/api/v1/datavalues?org=${root}&period=${p1}`);
    assert.equal(vals.status, 200);
    assert.deepEqual(await aggregateMismatches(b, db, [p1]), []);

    // 2. Killed just before COMMIT: nothing anywhere; sent again to B, it is saved.
    a = new Node(db, delays(HOLD_MS, 0));
    await a.start();
    a.token = b.token;
    const before = await ops.datavalues.prepare(a);
    const [p2] = before.periods;
    const reply2 = before.send().then((r) => r.status, () => null);
    // A holds its transaction open: PostgreSQL shows the session idle in it.
    const holding = await within(30_000, () =>
      Number(scalar(db, "SELECT COUNT(*) FROM pg_stat_activity WHERE state = 'idle in transaction'")) > 0,
    );
    assert.notEqual(holding, null, 'A never held a transaction open');
    await a.kill();
    assert.equal(await reply2, null);
    await within(5000, () => Number(scalar(db, "SELECT COUNT(*) FROM pg_stat_activity WHERE state = 'idle in transaction'")) === 0);
    assert.equal(before.check().outcome, 'absent');
    assert.equal((await total(b, p2)).json.rows[0].value, null);
    const again = await b.api('POST', '/api/v1/datavalues', before.body);
    assert.equal(again.status, 200, again.text.slice(0, 300));
    assert.equal(before.check().outcome, 'present');
    assert.notEqual((await total(b, p2)).json.rows[0].value, null);
    assert.deepEqual(await aggregateMismatches(b, db, [p1, p2]), []);
    a = new Node(db);
    await a.start();
    a.token = b.token;
    assert.deepEqual(await aggregateMismatches(a, db, [p1, p2]), []);
  } finally {
    await a.kill();
    await b.kill();
    cleanup();
  }
});

test('two nodes on one PostgreSQL: a report submitted on one is counted by the other within a second', { skip: !pg, timeout: 120_000 }, async (t) => {
  const { db, password, cleanup } = freshDatabase('postgresql');
  const a = new Node(db);
  const b = new Node(db);
  try {
    await a.start();
    await a.makeToken(password);
    await b.start();
    b.token = a.token;
    const root = scalar(db, 'SELECT code FROM org_units WHERE parent_id IS NULL');
    const school = scalar(db, "SELECT code FROM org_units WHERE type = 'school_primary' AND closed = '' ORDER BY id LIMIT 1");
    const period = '2019S2'; // no report of the demo's
    const submitted = async (node) => {
      const r = await node.api('GET', `/api/v1/reports/completeness?org=${root}&period=${period}`);
      assert.equal(r.status, 200, r.text.slice(0, 300));
      return r.json.subtree.submitted;
    };
    // B reads the period first, so it holds it in memory when A writes.
    assert.equal(await submitted(b), 0);
    assert.equal(await submitted(a), 0);
    const sent = await a.api('POST', `/api/v1/reports/${school}/${period}/submit`);
    assert.equal(sent.status, 200, sent.text.slice(0, 300));
    assert.equal(await submitted(a), 1, 'the writing node at once');
    const seen = await within(1000, async () => (await submitted(b)) === 1);
    t.diagnostic(`B counted A's report after ${seen?.toFixed(0)} ms`);
    assert.notEqual(seen, null, "B did not count A's report within 1 s");
  } finally {
    await a.kill();
    await b.kill();
    cleanup();
  }
});
