// The analytics engine's aggregates against a recomputation from the stored
// values: for every unit and period asked, the subtree sums of staff_total
// (through a count indicator the tests create) and the female share of
// managers, summed here in SQL from data_values and org_units paths.
import { query } from './node.mjs';

export const TOTAL_INDICATOR = {
  code: 'crash_staff_total',
  name: 'Tổng số cán bộ, giáo viên, nhân viên (kiểm tra)',
  expression: '#{staff_total}',
  unit: 'count',
};

const near = (a, b) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)));

/**
 * Mismatches (strings) between `node`'s answers and the stored values for
 * `periods`; `withValues` counts the answers compared that held a number.
 */
export async function aggregates(node, db, periods) {
  const units = query(db, 'SELECT code FROM org_units ORDER BY id').map((r) => r[0]);
  const out = [];
  let withValues = 0;
  for (const period of periods) {
    const sums = new Map(); // "UNIT|element|option" → sum
    const rows = query(
      db,
      `SELECT o.code, e.code, v.option_code, SUM(v.value) FROM org_units o` +
        ` JOIN org_units d ON d.path LIKE o.path || '%'` +
        ` JOIN data_values v ON v.org_id = d.id JOIN data_elements e ON e.id = v.element_id` +
        ` WHERE v.period = '${period}' AND e.code IN ('staff_managers', 'staff_total')` +
        ` GROUP BY o.code, e.code, v.option_code`,
    );
    for (const [unit, element, option, sum] of rows) sums.set(`${unit}|${element}|${option}`, Number(sum));
    for (const unit of units) {
      const f = sums.get(`${unit}|staff_managers|female`);
      const m = sums.get(`${unit}|staff_managers|male`);
      const managers = f === undefined && m === undefined ? null : (f ?? 0) + (m ?? 0);
      const share = managers ? ((f ?? 0) / managers) * 100 : null;
      const tf = sums.get(`${unit}|staff_total|female`);
      const tm = sums.get(`${unit}|staff_total|male`);
      const total = tf === undefined && tm === undefined ? null : (tf ?? 0) + (tm ?? 0);
      for (const [indicator, want] of [
        ['pct_women_managers', share],
        [TOTAL_INDICATOR.code, total],
      ]) {
        const r = await node.api('GET', `/api/v1/analytics?indicator=${indicator}&org=${unit}&period=${period}`);
        const got = r.status === 200 ? r.json.rows?.[0]?.value ?? null : `HTTP ${r.status}`;
        if (want !== null) withValues++;
        if (!near(got, want)) out.push(`${indicator} ${unit} ${period}: engine ${got}, stored values ${want}`);
      }
    }
  }
  return { mismatches: out, withValues };
}

/** Just the mismatches. */
export async function aggregateMismatches(node, db, periods) {
  return (await aggregates(node, db, periods)).mismatches;
}
