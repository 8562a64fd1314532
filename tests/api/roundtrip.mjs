// A stateful check the document cannot express: a figure written with
// POST /api/v1/datavalues is read back by GET /api/v1/datavalues as the
// number that was sent, or it is refused. Numbers are written as raw JSON
// text (2.5, 1500.0, 1e3), since JSON.stringify would normalise them.
import fc from 'fast-check';
import { PERIODS } from './setup.mjs';

const ORG = 'THCS-TANMY';

async function call(url, who, method, path, text) {
  const res = await fetch(url + path, {
    method,
    headers: { ...who.headers, ...(text !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    body: text,
  });
  const body = await res.text();
  let json;
  try {
    json = JSON.parse(body);
  } catch {}
  return { status: res.status, statusText: res.statusText, contentType: res.headers.get('content-type') ?? '', text: body, json };
}

// Raw JSON number texts: plain integers, and the forms issue 12 lists.
const rawNumber = fc.oneof(
  fc.integer({ min: 0, max: 5000 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 9 })).map(([i, d]) => `${i}.${d}`),
  fc.integer({ min: 0, max: 2000 }).map((i) => `${i}.0`),
  fc.integer({ min: 1, max: 5 }).map((e) => `1e${e}`),
  fc.integer({ min: 1, max: 99 }).map((i) => `${i}E0`),
);

/** Writes `examples` figures and reads each back; returns {requests, findings}. */
export async function roundTrip(url, admin, { examples, seed }) {
  const findings = [];
  let requests = 0;
  const types = {};
  const els = await call(url, admin, 'GET', '/api/v1/dataelements');
  for (const e of els.json?.dataelements ?? els.json?.elements ?? (Array.isArray(els.json) ? els.json : [])) types[e.code] = e.value_type;
  // Cells (element, sex) the school holds figures of, and a period open to
  // writing them (one whose report is not approved).
  let cells = [];
  for (const p of PERIODS) {
    const r = await call(url, admin, 'GET', `/api/v1/datavalues?org=${ORG}&period=${p}`);
    cells = (r.json?.values ?? []).filter((v) => ['count', 'number'].includes(types[v.element]));
    if (cells.length) break;
  }
  const line = (cell, raw, period) =>
    `{"values":[{"element":${JSON.stringify(cell.element)}${cell.sex ? `,"sex":${JSON.stringify(cell.sex)}` : ''},"org":"${ORG}","period":"${period}","value":${raw}}]}`;
  let period;
  for (const p of cells.length ? PERIODS : []) {
    requests++;
    if ((await call(url, admin, 'POST', '/api/v1/datavalues', line(cells[0], '1', p))).status === 200) {
      period = p;
      break;
    }
  }
  if (!period) return { requests, findings, note: 'no figures found that may be written' };
  const samples = fc.sample(fc.tuple(fc.constantFrom(...cells), rawNumber), { numRuns: examples, seed });
  for (const [cell, raw] of samples) {
    const text = line(cell, raw, period);
    const post = await call(url, admin, 'POST', '/api/v1/datavalues', text);
    requests++;
    if (post.status < 200 || post.status >= 300) continue;
    const back = await call(url, admin, 'GET', `/api/v1/datavalues?org=${ORG}&period=${period}`);
    requests++;
    const row = (back.json?.values ?? []).find((v) => v.element === cell.element && (v.sex ?? '') === (cell.sex ?? ''));
    const sent = Number(raw);
    const stored = row ? Number(row.value) : undefined;
    const request = { method: 'POST', target: '/api/v1/datavalues', contentType: 'application/json', body: text };
    const response = { status: post.status, reason: post.statusText, contentType: post.contentType, body: post.text.slice(0, 300) };
    const kind = `${types[cell.element]} ${cell.element} = ${raw}`;
    if (stored !== sent)
      findings.push({ op: 'POST /api/v1/datavalues', who: 'admin', kind, check: 'read back differs', detail: `sent ${raw}, read back ${row ? JSON.stringify(row.value) : 'nothing'}`, request, response });
    else if (types[cell.element] === 'count' && !Number.isInteger(sent))
      findings.push({ op: 'POST /api/v1/datavalues', who: 'admin', kind, check: 'invalid accepted', detail: `a count saved as ${raw}`, request, response });
  }
  return { requests, findings };
}
