// Browser tests of the phone layout: the header is one line, its menu behind
// a button that opens and closes it (with aria-expanded), and on a desktop the
// menu is in the header's row without the button; an upload's result, shown
// above the forms, is brought into view and given the focus.
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

test('on a phone an upload\'s result comes into view with the focus', { timeout: 60000 }, async () => {
  const { url, adminPassword } = server;
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  try {
    await login(page, url, 'thcs.tanmy', adminPassword);
    await page.goto(`${url}/data/excel`);
    const form = page.locator('form:has(input[name=kind][value=roster])');
    await form.locator('input[type=file]').setInputFiles({
      name: 'danh-sach.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a workbook'),
    });
    await form.locator('button[type=submit]').click();
    const result = page.locator('#excel-result');
    await result.locator('.alert').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'excel-result');
    const box = await result.boundingBox();
    assert.ok(box.y >= 0 && box.y < 640, `the result is on screen (top at ${box.y} px)`);
    await screenshot(page, 'upload-result-phone');
  } finally {
    await context.close();
  }
});

test('on a phone each participant box of an activity keeps its Nữ/Nam label', { timeout: 60000 }, async () => {
  const { url, adminPassword } = server;
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  try {
    await login(page, url, 'thcs.tanmy', adminPassword);
    await page.goto(`${url}/activities/new`);
    const row = page.locator('table.participants tbody tr').first();
    assert.equal(await page.locator('table.participants thead').isVisible(), false, 'the headings are hidden on a phone');
    const labels = await row.locator('td').evaluateAll((cells) =>
      cells.map((td) => getComputedStyle(td, '::before').content));
    assert.deepEqual(labels, ['"Nữ"', '"Nam"', '"Tổng"'], 'each box shows what it counts');
    await row.locator('input[name$=".female"]').fill('3');
    await row.locator('input[name$=".male"]').fill('4');
    assert.equal(await row.locator('td[data-total]').innerText(), '7', 'the total adds as you type');
  } finally {
    await context.close();
  }
});
