// Browser test: a school's secretary enters the half-year's students and
// parents, records an International Women's Day talk as an activity, marks it
// done with its participants, and the school's "100% of students and parents
// reached" target moves from "Chưa có số liệu" to its share.
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

const TARGET = '100% học sinh, cha mẹ học sinh được truyền thông về bình đẳng giới';

async function targetRow(page, url) {
  await page.goto(`${url}/orgunits/THCS-TANMY/targets?period=2026`);
  return page.locator('tr', { hasText: TARGET }).first();
}

async function targetStatus(page, url) {
  return (await (await targetRow(page, url)).locator('.tag').first().innerText()).trim();
}

async function targetText(page, url) {
  return (await (await targetRow(page, url)).innerText()).replace(/\s+/g, ' ').trim();
}

test('a done observance moves the school target', { timeout: 90000 }, async () => {
  const { url, adminPassword } = server;
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  try {
    await login(page, url, 'thcs.tanmy', adminPassword);

    assert.equal(await targetStatus(page, url), 'Chưa có số liệu');

    // The half-year's totals first: the activity's figures are capped by them.
    await page.goto(`${url}/data?org=THCS-TANMY&set=HOATDONG&period=2026S1`);
    await page.fill('input[name="v.students_total.female"]', '300');
    await page.fill('input[name="v.students_total.male"]', '320');
    await page.fill('input[name^="v.parents_total."]', '500');
    await Promise.all([page.waitForURL(/saved=1/), page.click('main form.grid-form button[type=submit]')]);
    // Totals alone: nobody reached yet (0%).
    const before = await targetText(page, url);

    // The observance, planned first.
    await page.goto(`${url}/activities`);
    await Promise.all([page.waitForURL(/\/activities\/new/), page.click('main a[href^="/activities/new"]')]);
    await page.fill('input[name=title]', 'Tọa đàm hưởng ứng Ngày Quốc tế Phụ nữ 8/3');
    await page.fill('input[name=start]', '06/03/2026');
    await page.selectOption('select[name=type]', 'observance');
    await page.selectOption('select[name=status]', 'planned');
    await Promise.all([page.waitForURL(/saved=1/), page.click('main form.activity-form button[type=submit]')]);
    assert.ok((await page.locator('body').innerText()).includes('Đã lưu hoạt động.'));
    assert.equal(await targetText(page, url), before, 'a planned activity feeds nothing');

    // Done, with who came.
    await page.goto(`${url}/activities?org=THCS-TANMY&year=2026`);
    await Promise.all([
      page.waitForURL(/\/activities\/\d+/),
      page.click('main a:has-text("Tọa đàm hưởng ứng Ngày Quốc tế Phụ nữ 8/3")'),
    ]);
    await page.selectOption('select[name=status]', 'done');
    await page.check('input[name=audience][value=students]');
    await page.check('input[name=audience][value=parents]');
    await page.fill('input[name="p.students.female"]', '150');
    await page.fill('input[name="p.students.male"]', '140');
    await page.fill('input[name="p.parents.female"]', '60');
    await page.fill('input[name="p.parents.male"]', '30');
    await Promise.all([page.waitForURL(/saved=1/), page.click('main form.activity-form button[type=submit]')]);
    const saved = await page.locator('body').innerText();
    assert.ok(saved.includes('Đã lưu hoạt động.'));
    assert.ok(!saved.includes('Chưa cập nhật được số liệu'), 'the figures were fed');
    await screenshot(page, 'activity-done');

    const after = await targetText(page, url);
    assert.notEqual(after, before, 'the done activity moves the figure');
    assert.ok(after.includes('33,9'), `380 of 1 120 reached: ${after}`);
    assert.equal(await targetStatus(page, url), 'Chưa đạt');
    await screenshot(page, 'activity-target');
  } catch (err) {
    await screenshot(page, 'activity-failure').catch(() => {});
    throw err;
  } finally {
    await context.close();
  }
});
