// The state a fuzz run needs on a fresh demo database: who it runs as (an
// admin and a school-level viewer, each with a bearer token), users and
// tokens it may damage, and the codes and ids that exist (hints), so that
// valid examples reach past "not found".
import { randomBytes } from 'node:crypto';

const SCHOOL = 'THCS-TANMY';
export const PERIODS = ['2025S1', '2025S2', '2026', '2026S1', '2026Q1', '202603', '2025Sep'];

async function call(url, method, path, { body, headers = {} } = {}) {
  const res = await fetch(url + path, {
    method,
    headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body !== undefined ? JSON.stringify(body) : undefined,
    redirect: 'manual',
  });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text, headers: res.headers };
}

async function must(what, p, ...ok) {
  const r = await p;
  if (!ok.includes(r.status)) throw new Error(`fuzz setup: ${what}: ${r.status} ${r.text.slice(0, 300)}`);
  return r.json;
}

/** Logs in with a password and creates a bearer token; returns {name, username, password, userId, headers}. */
export async function authenticate(url, name, username, password) {
  const res = await call(url, 'POST', '/api/v1/login', { body: { username, password } });
  if (res.status !== 200) throw new Error(`fuzz setup: login ${username}: ${res.status} ${res.text.slice(0, 200)}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const session = { Cookie: cookie, 'X-CSRF-Token': res.json.csrf_token };
  const tok = await must(`token for ${username}`, call(url, 'POST', '/api/v1/tokens', { body: { name: `fuzz-${name}` }, headers: session }), 200, 201);
  return { name, username, password, userId: res.json.user.id, cookie, headers: { Authorization: `Bearer ${tok.token}` } };
}

/** Is `who`'s token still accepted? */
export async function stillIn(url, who) {
  return (await call(url, 'GET', '/api/v1/me', { headers: who.headers })).status === 200;
}

function collect(value, into) {
  if (Array.isArray(value)) for (const v of value) collect(v, into);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if ((typeof v === 'string' && v.length > 0 && v.length <= 60) || Number.isInteger(v)) {
        (into[k] ??= new Set()).add(v);
      } else collect(v, into);
    }
  }
  return into;
}

const take = (set, n = 8) => [...(set ?? [])].slice(0, n);

/**
 * Creates the identities, the sacrificial users and tokens, and harvests
 * hints from every list the admin may read (GET operations without path
 * parameters). Returns {identities, hints, pathPools}.
 */
export async function prepare(url, adminPassword, operations) {
  const admin = await authenticate(url, 'admin', 'admin', adminPassword);
  const viewerPassword = randomBytes(12).toString('base64url');
  await must('viewer user', call(url, 'POST', '/api/v1/users', {
    body: { username: 'fuzz.xem', full_name: 'Người xem thử', org: SCHOOL, roles: ['viewer'], password: viewerPassword },
    headers: admin.headers,
  }), 200, 201);
  const viewer = await authenticate(url, 'viewer', 'fuzz.xem', viewerPassword);

  // Users and tokens that the fuzzer may disable, reset or revoke.
  const spareUsers = [];
  for (const n of [1, 2, 3]) {
    const u = await must('spare user', call(url, 'POST', '/api/v1/users', {
      body: { username: `fuzz.du${n}`, full_name: `Tài khoản thử ${n}`, org: SCHOOL, roles: ['editor'], password: randomBytes(12).toString('base64url') },
      headers: admin.headers,
    }), 200, 201);
    spareUsers.push(u.user?.id ?? u.id);
  }
  const spareTokens = [];
  for (const who of [admin, viewer])
    for (const n of [1, 2]) {
      const t = await must('spare token', call(url, 'POST', '/api/v1/tokens', { body: { name: `fuzz-du-${n}` }, headers: who.headers }), 200, 201);
      spareTokens.push(t.id);
    }

  const byPath = {};
  const all = {};
  for (const o of operations) {
    if (o.method !== 'GET' || o.path.includes('{') || !o.path.startsWith('/api/')) continue;
    if (o.parameters.some((p) => p.in === 'query' && p.required)) continue;
    const r = await call(url, 'GET', o.path, { headers: admin.headers });
    if (r.status !== 200 || r.json === undefined) continue;
    byPath[o.path] = collect(r.json, {});
    collect(r.json, all);
  }
  const orgs = take(byPath['/api/v1/orgunits']?.code, 12);
  if (!orgs.includes(SCHOOL)) orgs.unshift(SCHOOL);
  const hints = {
    org: orgs, parent: orgs, governor: orgs, by_org: orgs, honoree_org: orgs, root: orgs,
    element: take(byPath['/api/v1/dataelements']?.code),
    indicator: take(byPath['/api/v1/indicators']?.code),
    period: PERIODS,
    year: [2025, 2026],
  };
  // A path parameter takes the ids or codes listed by the path before it
  // (/api/v1/plans/{id} → GET /api/v1/plans), else the unit codes and ids.
  const pathPools = {
    '/api/v1/users/{id}': spareUsers.map(String),
    '/api/v1/tokens/{id}': spareTokens.map(String),
  };
  const poolFor = (path, name) => {
    const key = path.slice(0, path.indexOf(`{${name}}`)).replace(/\/$/, '');
    if (pathPools[`${key}/{${name}}`]) return pathPools[`${key}/{${name}}`];
    const listed = byPath[key];
    if (/id$|item/.test(name)) return take(listed?.id ?? all.id, 10).map(String);
    if (name === 'period') return PERIODS;
    const codes = take(listed?.code, 10);
    return codes.length ? codes : orgs;
  };
  return { identities: [admin, viewer], hints, poolFor, spareUsers, spareTokens };
}
