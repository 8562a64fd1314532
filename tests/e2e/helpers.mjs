// Helpers for the browser tests (node --test tests/e2e/*.test.mjs).
//
// startServer(): a fresh binhdang on a temporary SQLite database and a free
// port; launchBrowser(): Debian's chromium driven by playwright-core (never a
// browser downloaded by Playwright); login(): through the login page;
// seriousViolations(): an axe-core scan of the page.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { chromium } from 'playwright-core';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const binary = process.env.BINHDANG_BIN ?? join(repoRoot, 'build', 'binhdang');
export const chromiumPath = process.env.BINHDANG_CHROMIUM ?? '/usr/bin/chromium';
export const screenshotDir = join(repoRoot, 'build', 'e2e-screenshots');

/** A TCP port that was free on 127.0.0.1 a moment ago. */
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

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Initialises a database (with the demo when `demo`) in a temporary directory
 * and serves it.
 * Returns {url, adminPassword, stop()}; stop() ends the server and removes
 * the directory.
 */
export async function startServer({ timeoutMs = 15000, demo = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'binhdang-e2e-'));
  const db = `sqlite:${join(dir, 't.db')}`;
  const adminPassword = randomBytes(12).toString('base64url');
  const passwordFile = join(dir, 'admin-password.txt');
  writeFileSync(passwordFile, adminPassword + '\n', { mode: 0o600 });

  const init = spawnSync(binary, [demo ? 'demo' : 'init', '--db', db, '--admin-password-file', passwordFile], {
    encoding: 'utf8',
  });
  if (init.error || init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `binhdang init failed (${init.error?.message ?? `exit ${init.status}`}): ${init.stderr ?? ''}`,
    );
  }

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const proc = spawn(binary, ['serve', '--db', db, '--listen', `127.0.0.1:${port}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  proc.stdout.on('data', keep);
  proc.stderr.on('data', keep);
  let exited = null;
  const exitPromise = new Promise((r) =>
    proc.on('exit', (code, signal) => {
      exited = { code, signal };
      r();
    }),
  );

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (exited === null) {
      proc.kill('SIGTERM');
      const killer = setTimeout(() => proc.kill('SIGKILL'), 5000);
      await exitPromise;
      clearTimeout(killer);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited !== null) {
      await stop();
      throw new Error(`binhdang serve exited early (${JSON.stringify(exited)}): ${output}`);
    }
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`binhdang serve: no 200 from /healthz within ${timeoutMs} ms: ${output}`);
    }
    await sleep(100);
  }

  return { url, adminPassword, stop, output: () => output };
}

/** Headless Debian chromium through playwright-core. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Logs `user` in through the login page of the server at `url` and waits for
 * the home page.
 */
export async function login(page, url, user, password) {
  await page.goto(`${url}/login`);
  await page.fill('input[name=username]', user);
  await page.fill('input[name=password]', password);
  await Promise.all([page.waitForURL((u) => new URL(u).pathname === '/'), page.click('main button[type=submit]')]);
}

/** Saves a full-page screenshot to build/e2e-screenshots/NAME.png. */
export async function screenshot(page, name) {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core in the page: the serious and critical violations, as readable lines. */
export async function seriousViolations(page) {
  // Evaluated through the browser's protocol, so the pages keep their
  // Content Security Policy (an injected <script> would be refused).
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(axeSource);
  const result = await page.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
