// Browser test: every page of the demo, as each demo role, at 360 px and at
// 1366 px. A page fails when it scrolls sideways, when a script fails or the
// Content Security Policy refuses something (both show as console errors), or
// when axe-core finds a serious or critical violation. The pages are found by
// following the links each role sees, from the home page; one page per shape
// of address (ids and query values set aside) is visited per role, and axe
// scans each shape once per width.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, login, seriousViolations } from './helpers.mjs';

let server;
let browser;

before(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

// Every role of the demo: the administrator, a department's manager, approver
// and viewer, a school's secretary, principal and incident officer, a preschool.
const roles = ['admin', 'so.quanly', 'so.pheduyet', 'so.xem', 'thcs.tanmy', 'thcs.tanmy.ht', 'thcs.tanmy.tv', 'mn.hoamai'];
const perRole = 45;  // shapes of page per role; the demo has fewer

// Links that are not pages to look at: files, the API, leaving.
const skip = /^\/(api\/|static\/|logout)|\.(docx|xlsx|csv|pdf|json|png|jpe?g)(\?|$)|\/(export|download|evidence)\b/;

/** "/plans/12/edit?org=X&period=Y" → "/plans/:id/edit?org&period". */
function shape(u) {
  const path = u.pathname.replace(/\/\d+(?=\/|$)/g, '/:id');
  const keys = [...new Set(u.searchParams.keys())].sort();
  return keys.length ? `${path}?${keys.join('&')}` : path;
}

async function linksOf(page, origin) {
  const hrefs = await page.$$eval('a[href]:not([download])', (as) => as.map((a) => a.href));
  const out = [];
  for (const h of hrefs) {
    const u = new URL(h);
    if (u.origin !== origin || skip.test(u.pathname + u.search)) continue;
    u.hash = '';
    out.push(u);
  }
  return out;
}

for (const viewport of [{ width: 360, height: 780 }, { width: 1366, height: 900 }]) {
  test(`every page as every role fits ${viewport.width} px, without script errors or serious axe violations`,
    { timeout: 900000 }, async () => {
      const { url, adminPassword } = server;
      const origin = new URL(url).origin;
      const scanned = new Set();  // shapes axe has looked at, at this width
      const problems = [];
      let visited = 0;
      for (const user of roles) {
        const context = await browser.newContext({ locale: 'vi-VN', viewport });
        const page = await context.newPage();
        page.setDefaultTimeout(15000);
        const errors = [];
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
        page.on('dialog', (d) => d.dismiss());
        try {
          await login(page, url, user, adminPassword);
          const seen = new Set();
          const queue = [new URL(url + '/')];
          while (queue.length && seen.size < perRole) {
            const next = queue.shift();
            const key = shape(next);
            if (seen.has(key)) continue;
            seen.add(key);
            errors.length = 0;
            const response = await page.goto(next.href);
            visited += 1;
            const where = `${user} ${next.pathname}${next.search}`;
            const status = response?.status() ?? 0;
            // A link a role is shown leads somewhere it may go.
            if (status >= 400) {
              problems.push(`${where}: HTTP ${status}`);
              continue;
            }
            if (new URL(page.url()).origin !== origin) continue;
            const widths = await page.evaluate(() => ({
              scroll: document.documentElement.scrollWidth, view: document.documentElement.clientWidth,
            }));
            if (widths.scroll > widths.view + 1)
              problems.push(`${where}: scrolls sideways by ${widths.scroll - widths.view} px`);
            if (errors.length) problems.push(`${where}: ${errors.join(' | ')}`);
            if (!scanned.has(key)) {
              scanned.add(key);
              for (const v of await seriousViolations(page)) problems.push(`${where}: ${v}`);
            }
            for (const link of await linksOf(page, origin)) if (!seen.has(shape(link))) queue.push(link);
          }
        } finally {
          await context.close();
        }
      }
      assert.ok(visited > 60, `the sweep reached the pages (${visited} visited)`);
      assert.deepEqual(problems, [], problems.join('\n'));
    });
}
