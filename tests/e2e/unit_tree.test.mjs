// Browser test: the tree of units opens one level at a time. The ministry's
// page lists its departments; opening a department fetches its schools in
// place, without leaving the page; a search lists the hits with the unit each
// belongs to.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, login, screenshot } from './helpers.mjs';

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

test('the unit tree opens a branch on demand and search names the parent', { timeout: 90000 }, async () => {
  const { url, adminPassword } = server;
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  try {
    await login(page, url, 'admin', adminPassword);
    await page.goto(`${url}/orgunits`);
    assert.ok(await page.locator('main a[href="/orgunits/SGD-AL"]').count() > 0, 'the ministry lists its departments');
    assert.equal(await page.locator('main a[href="/orgunits/THCS-TANMY"]').count(), 0,
      'the schools of a department are not on the page until it is opened');

    const department = page.locator('main li', { has: page.locator('a[href="/orgunits/SGD-AL"]') }).first();
    await department.locator('details.branch > summary').click();
    await page.locator('main .kids a[href="/orgunits/THCS-TANMY"]').waitFor();
    assert.match(page.url(), /\/orgunits$/, 'the page stays where it was');
    assert.ok(await department.locator('.kids a[href^="/orgunits/"]').count() >= 10, 'the department opens in place');
    await screenshot(page, 'unit-tree-branch');

    await page.goto(`${url}/orgunits?q=${encodeURIComponent('tan my')}`);
    const body = await page.locator('main').innerText();
    assert.ok(body.includes('Trường THCS Tân Mỹ'), 'search ignores diacritics');
    assert.ok(/thuộc/i.test(body), 'each hit names the unit it belongs to');
  } catch (err) {
    await screenshot(page, 'unit-tree-failure').catch(() => {});
    throw err;
  } finally {
    await context.close();
  }
});
