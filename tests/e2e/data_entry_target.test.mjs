// Browser test: a school's secretary types the managers by sex in the data
// entry grid (the total adds up as she types), saves, and the school's
// "women ≥ 40% of managers" target turns from not met to met.
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

async function targetStatus(page, url) {
  await page.goto(`${url}/orgunits/THCS-TANMY/targets?period=2026`);
  const row = page.locator('tr', { hasText: 'Nữ chiếm từ 40% cán bộ quản lý' });
  return (await row.locator('.tag').first().innerText()).trim();
}

test('entering the managers by sex moves the school target', { timeout: 90000 }, async () => {
  const { url, adminPassword } = server;
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  try {
    await login(page, url, 'thcs.tanmy', adminPassword);

    assert.equal(await targetStatus(page, url), 'Chưa có số liệu');

    await page.goto(`${url}/data?org=THCS-TANMY&set=NHANSU&period=2026S1`);
    await page.fill('input[name="v.staff_total.female"]', '40');
    await page.fill('input[name="v.staff_total.male"]', '12');
    await page.fill('input[name="v.staff_managers.female"]', '1');
    await page.fill('input[name="v.staff_managers.male"]', '2');
    const total = page.locator('tr[data-row]', { hasText: 'Cán bộ quản lý' }).first().locator('[data-total]');
    assert.equal((await total.innerText()).trim(), '3', 'the total column adds female and male as she types');
    await Promise.all([page.waitForURL(/saved=1/), page.click('main form.grid-form button[type=submit]')]);
    assert.ok((await page.locator('body').innerText()).includes('Đã lưu số liệu'));
    assert.equal(await targetStatus(page, url), 'Chưa đạt', '1 of 3 managers is 33,3%');

    await page.goto(`${url}/data?org=THCS-TANMY&set=NHANSU&period=2026S1`);
    await page.fill('input[name="v.staff_managers.female"]', '2');
    await page.fill('input[name="v.staff_managers.male"]', '3');
    await Promise.all([page.waitForURL(/saved=1/), page.click('main form.grid-form button[type=submit]')]);
    assert.equal(await targetStatus(page, url), 'Đạt', '2 of 5 managers is 40%');
    await screenshot(page, 'target-met');

    // A mistake is named and nothing is lost.
    await page.goto(`${url}/data?org=THCS-TANMY&set=NHANSU&period=2026S1`);
    await page.fill('input[name="v.staff_managers.female"]', '50');
    await page.click('main form.grid-form button[type=submit]');
    const text = await page.locator('body').innerText();
    assert.ok(text.includes('Số cán bộ quản lý không được lớn hơn tổng số'), 'the rule is named in Vietnamese');
    assert.equal(await page.inputValue('input[name="v.staff_managers.female"]'), '50', 'what she typed is kept');
    await screenshot(page, 'data-entry-error');
  } catch (err) {
    await screenshot(page, 'data-entry-failure').catch(() => {});
    throw err;
  } finally {
    await context.close();
  }
});
