// Sums up the trials that CRASH_REPORT recorded (make crash): trials and
// outcomes per engine and operation, and where the kills landed.
//   node tests/crash/summary.mjs build/crash-trials.jsonl
import { readFileSync } from 'node:fs';

const rows = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const table = new Map();
for (const r of rows) {
  const k = `${r.engine} ${r.operation}`;
  const s = table.get(k) ?? { trials: 0, present: 0, absent: 0, partial: 0, answered: 0 };
  s.trials++;
  s[r.outcome]++;
  if (r.answered !== null) s.answered++;
  table.set(k, s);
}
console.log('| engine | operation | trials | wholly there | wholly absent | partial | answered before the kill |');
console.log('|---|---|---|---|---|---|---|');
const total = { trials: 0, present: 0, absent: 0, partial: 0, answered: 0 };
for (const [k, s] of table) {
  const [engine, op] = k.split(' ');
  console.log(`| ${engine} | ${op} | ${s.trials} | ${s.present} | ${s.absent} | ${s.partial} | ${s.answered} |`);
  for (const f of Object.keys(total)) total[f] += s[f];
}
console.log(`| all | | ${total.trials} | ${total.present} | ${total.absent} | ${total.partial} | ${total.answered} |`);
if (total.partial > 0) process.exitCode = 1;
