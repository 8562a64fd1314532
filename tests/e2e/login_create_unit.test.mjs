// Browser test: the administrator logs in, creates a lower secondary school
// under the root unit, sees its page, and finds it again with a search typed
// without capitals or diacritics.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, login, screenshot } from './helpers.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('admin logs in, creates a school unit and finds it by search', { timeout: 90000 }, async () => {
  const { url, adminPassword } = server;
  const context = await browser.newContext({ locale: 'vi-VN' });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);

  try {
    // Log in.
    await login(page, url, 'admin', adminPassword);

    // Create the unit.
    await page.goto(`${url}/orgunits/new`);
    await page.fill('input[name=code]', 'THCS-HOA-SEN');
    await page.fill('input[name=name]', 'Trường THCS Hoa Sen');
    await page.fill('input[name=short_name]', 'THCSHS');
    await page.selectOption('select[name=type]', 'school_lower_secondary');
    const parent = await page.$$eval('select[name=parent] option', (options) =>
      options.map((o) => o.value).find((v) => v !== ''),
    );
    assert.ok(parent, 'the parent list offers at least one unit (the root unit)');
    await page.selectOption('select[name=parent]', parent);
    await Promise.all([
      page.waitForURL(/\/orgunits\/THCS-HOA-SEN/),
      page.click('main button[type=submit]'),
    ]);
    assert.match(page.url(), /\/orgunits\/THCS-HOA-SEN(\?saved=1)?$/);
    assert.ok(
      (await page.locator('body').innerText()).includes('Trường THCS Hoa Sen'),
      'the new unit page shows its name',
    );
    await screenshot(page, 'create-unit');

    // Find it again: lower case, no diacritics.
    for (const q of ['hoa sen', 'truong thcs hoa sen']) {
      await page.goto(`${url}/orgunits?q=${encodeURIComponent(q)}`);
      assert.ok(
        (await page.locator('body').innerText()).includes('Trường THCS Hoa Sen'),
        `searching "${q}" lists Trường THCS Hoa Sen`,
      );
    }
  } catch (err) {
    await screenshot(page, 'create-unit-failure').catch(() => {});
    throw err;
  } finally {
    await context.close();
  }
});
