// One `binhdang serve` process for the crash tests: started on a database
// with extra environment (the test-only commit delays), asked over HTTP with
// an API token, killed with SIGKILL, started again. Plus reading the
// database directly (sqlite3 or psql) to judge what survived.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const binary = process.env.BINHDANG_BIN ?? join(repoRoot, 'build', 'binhdang');
export const webDir = join(repoRoot, 'build', 'web');
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

/** Rows of `sql` (arrays of strings) read straight from the database at `db`. */
export function query(db, sql) {
  const r = db.startsWith('sqlite:')
    ? spawnSync('sqlite3', ['-batch', '-separator', '\t', db.slice('sqlite:'.length), sql], { encoding: 'utf8' })
    : spawnSync('psql', [db, '-X', '-q', '-At', '-F', '\t', '-v', 'ON_ERROR_STOP=1', '-c', sql], { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`query failed: ${sql}\n${r.stderr ?? r.error}`);
  return r.stdout.split('\n').filter((l) => l !== '').map((l) => l.split('\t'));
}
export const scalar = (db, sql) => query(db, sql)[0]?.[0];

export class Node {
  constructor(db, env = {}) {
    this.db = db;
    this.env = env;
    this.token = '';
    this.proc = null;
  }

  async start(timeoutMs = 30000) {
    this.port = await freePort();
    this.base = `http://127.0.0.1:${this.port}`;
    this.output = '';
    const proc = spawn(binary, ['serve', '--db', this.db, '--listen', `127.0.0.1:${this.port}`, '--web-dir', webDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...this.env },
    });
    const keep = (c) => (this.output = (this.output + c.toString()).slice(-4000));
    proc.stdout.on('data', keep);
    proc.stderr.on('data', keep);
    this.exited = new Promise((r) => proc.on('exit', r));
    this.proc = proc;
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (proc.exitCode !== null) throw new Error(`server exited at start: ${this.output}`);
      try {
        if ((await fetch(`${this.base}/healthz`)).status === 200) return;
      } catch {}
      await sleep(25);
    }
    throw new Error(`server did not answer /healthz: ${this.output}`);
  }

  /** SIGKILL, then wait until the process is gone. */
  async kill() {
    if (!this.proc) return;
    const p = this.proc;
    this.proc = null;
    if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
    await this.exited;
  }

  /** {status, json} of an API call with the token; throws when the connection dies. */
  async api(method, path, body, contentType = 'application/json') {
    const headers = { Authorization: `Bearer ${this.token}` };
    let data;
    if (body !== undefined) {
      headers['Content-Type'] = contentType;
      data = Buffer.isBuffer(body) ? body : JSON.stringify(body);
    }
    const res = await fetch(`${this.base}${path}`, { method, headers, body: data });
    const text = await res.text();
    let json = null;
    try {
      json = JSON.parse(text);
    } catch {}
    return { status: res.status, json, text };
  }

  /** Logs in as admin and keeps a new API token (tokens outlive restarts). */
  async makeToken(password) {
    const login = await fetch(`${this.base}/api/v1/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password }),
    });
    if (login.status !== 200) throw new Error(`login: ${login.status}`);
    const cookie = login.headers.get('set-cookie').split(';')[0];
    const { csrf_token } = await login.json();
    const res = await fetch(`${this.base}/api/v1/tokens`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': csrf_token },
      body: JSON.stringify({ name: 'crash-test' }),
    });
    const doc = await res.json();
    if (res.status >= 300) throw new Error(`token: ${res.status} ${JSON.stringify(doc)}`);
    this.token = doc.token;
    return this.token;
  }
}
