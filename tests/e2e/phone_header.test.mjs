// Browser test: the header on a phone is one line, its menu behind a button
// that opens and closes it (with aria-expanded); on a desktop the menu is in
// the header's row and the button is not shown.
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

test('on a phone the header is compact and its menu opens from a button', { timeout: 60000 }, async () => {
  const { url, adminPassword } = server;
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  try {
    await login(page, url, 'thcs.tanmy', adminPassword);
    const header = page.locator('header.top');
    const button = page.locator('header button[data-menu]');
    await button.waitFor({ state: 'visible' });
    const closed = (await header.boundingBox()).height;
    assert.ok(closed <= 72, `the closed header is one line (${closed} px; it was 192 px)`);
    assert.equal(await page.locator('nav.nav a[href="/plans"]').isVisible(), false, 'the menu is folded');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    await button.click();
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    assert.ok(await page.locator('header .who').innerText().then((t) => t.includes('Đỗ Thị Hạnh') && t.includes('THCS-TANMY')),
      'the user and unit are behind the button');
    await screenshot(page, 'header-phone-open');
    await Promise.all([page.waitForURL(/\/plans$/), page.click('nav.nav a[href="/plans"]')]);
    assert.equal(await page.locator('nav.nav a[href="/plans"]').isVisible(), false, 'a new page starts folded');
    await button.click();
    await button.click();
    assert.equal(await page.locator('nav.nav').isVisible(), false, 'the button closes it again');
  } finally {
    await context.close();
  }
});

test('on a desktop the menu is in the header and the button is not shown', { timeout: 60000 }, async () => {
  const { url, adminPassword } = server;
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  try {
    await login(page, url, 'thcs.tanmy', adminPassword);
    assert.equal(await page.locator('header button[data-menu]').isVisible(), false);
    assert.ok(await page.locator('nav.nav a[href="/plans"]').isVisible());
  } finally {
    await context.close();
  }
});
