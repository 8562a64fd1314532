// Browser test: the activity calendar is a seven-column grid on a desktop
// and a list of the days that have events on a phone.
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

// A new page of `context`, logged in as the school's secretary.
async function schoolPage(context, url, password) {
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  await login(page, url, 'thcs.tanmy', password);
  return page;
}

test('the month grid on a desktop, a list on a phone', { timeout: 90000 }, async () => {
  const { url, adminPassword } = server;
  const desktop = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
  const phone = await browser.newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 } });
  try {
    const wide = await schoolPage(desktop, url, adminPassword);
    await wide.click('nav.nav a[href="/calendar"]');
    await wide.goto(`${url}/calendar?org=THCS-TANMY&month=2026-03&view=month`);
    const heads = await wide.locator('.cal-head span').allInnerTexts();
    assert.deepEqual(heads.map((h) => h.trim()), ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']);
    const boxes = await wide.locator('.cal-week').first().locator('.cal-day').evaluateAll((cells) =>
      cells.map((c) => c.getBoundingClientRect().top));
    assert.equal(boxes.length, 7);
    assert.ok(boxes.every((t) => t === boxes[0]), 'a week is one row of seven cells');
    const women = wide.locator('.cal-day', { hasText: 'Ngày Quốc tế Phụ nữ' });
    assert.equal((await women.locator('.cal-num').innerText()).trim(), '8');
    await screenshot(wide, 'calendar-month');

    const narrow = await schoolPage(phone, url, adminPassword);
    await narrow.goto(`${url}/calendar?org=THCS-TANMY&month=2026-03&view=month`);
    assert.equal(await narrow.locator('.cal-head').isVisible(), false, 'no weekday header on a phone');
    const visible = await narrow.locator('.cal-day:visible .cal-date').allInnerTexts();
    assert.ok(visible.some((t) => t.includes('CN, 08/03/2026')), visible.join(' | '));
    assert.ok(!visible.some((t) => t.includes('02/03/2026')), 'days without events are left out');
    const width = await narrow.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `no sideways scrolling (${width}px)`);
    await screenshot(narrow, 'calendar-phone');

    await narrow.click('a[rel=next]');
    await narrow.waitForURL(/month=2026-04/);
  } finally {
    await desktop.close();
    await phone.close();
  }
});

test('an observance on the calendar becomes a planned, then a done activity (phone)', { timeout: 90000 }, async () => {
  const { url, adminPassword } = server;
  const phone = await browser.newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 } });
  try {
    const page = await schoolPage(phone, url, adminPassword);
    await page.goto(`${url}/calendar?org=THCS-TANMY&month=2026-06&view=list`);
    const family = page.locator('.cal-list li', { has: page.locator('.cal-what', { hasText: /^Ngày Gia đình Việt Nam$/ }) });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `no sideways scrolling (${width}px)`);
    await screenshot(page, 'calendar-add-phone');
    await Promise.all([
      page.waitForURL(/\/activities\/\d+\?added=1$/),
      family.getByRole('button', { name: 'Thêm vào hoạt động' }).click(),
    ]);
    assert.ok((await page.locator('main').innerText()).includes('Đã thêm vào danh sách hoạt động'));
    assert.equal(await page.inputValue('input[name=start]'), '28/06/2026');
    assert.equal(await page.inputValue('select[name=status]'), 'planned');
    const id = new URL(page.url()).pathname;

    await page.selectOption('select[name=status]', 'done');
    await page.check('input[name=audience][value=parents]');
    await page.fill('input[name="p.parents.female"]', '45');
    await page.fill('input[name="p.parents.male"]', '30');
    await Promise.all([page.waitForURL(/saved=1/), page.click('main form.activity-form button[type=submit]')]);
    assert.ok((await page.locator('main').innerText()).includes('Đã lưu hoạt động.'));

    await page.goto(`${url}/calendar?org=THCS-TANMY&month=2026-06&view=list`);
    assert.equal(await family.getByRole('button', { name: 'Thêm vào hoạt động' }).count(), 0, 'added once');
    assert.equal(await family.locator('a.cal-added').getAttribute('href'), id);
  } finally {
    await phone.close();
  }
});
