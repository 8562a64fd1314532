// Browser test: axe-core scans the home page (a school secretary with things
// to do, a department director with approvals and reminders) and the explorer
// with a table and its chart, on a desktop and on a 390 px phone: no serious
// or critical violation. The dashboard and its drill-down are scanned in
// dashboard_drilldown.test.mjs.
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

const explorerQuery =
  'items=staff_managers&org=SGD-AL&depth=1&periods=2025&periods=2024&sex=1&chart=sex';

for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
  test(`axe finds nothing serious on the home page and the explorer (${viewport.width} px)`, { timeout: 120000 }, async () => {
    const { url, adminPassword } = server;
    for (const [user, paths] of [
      ['thcs.longson', ['/']],
      ['so.pheduyet', ['/', `/explorer?${explorerQuery}`]],
    ]) {
      const context = await browser.newContext({ locale: 'vi-VN', viewport });
      const page = await context.newPage();
      page.setDefaultTimeout(15000);
      try {
        await login(page, url, user, adminPassword);
        for (const path of paths) {
          await page.goto(url + path);
          await page.locator('main h1').waitFor();
          if (path.startsWith('/explorer')) {
            assert.ok((await page.locator('#explorer-table tbody tr').count()) > 1, 'the explorer shows a table');
            await page.locator('#explorer-chart-box:not([hidden])').waitFor();
          }
          assert.deepEqual(await seriousViolations(page), [], `axe: ${path} as ${user}`);
        }
      } finally {
        await context.close();
      }
    }
  });
}
