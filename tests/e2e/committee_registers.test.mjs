// Browser test: on a 390 px phone without JavaScript, the department
// re-composes its committee under a new decision, then plans an inspection
// of a school and records its results.
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

async function phoneAs(user) {
  const context = await browser.newContext({
    locale: 'vi-VN',
    viewport: { width: 390, height: 844 },
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  await login(page, server.url, user, server.adminPassword);
  return { context, page };
}

async function noSidewaysScroll(page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `no sideways scrolling (${width}px)`);
}

test('the committee is re-composed from the page', { timeout: 90000 }, async () => {
  const { context, page } = await phoneAs('so.capnhat');
  try {
    await page.goto(`${server.url}/committee/SGD-AL`);
    await page.click('#kien-toan summary');
    const form = page.locator('#kien-toan form');
    await form.locator('input[name=decision_no]').fill('15/QĐ-SGDĐT');
    await form.locator('input[name=decision_date]').fill('25/02/2026');
    await form.locator('input[name=from]').fill('01/03/2026');
    const leaving = form.locator('fieldset', { hasText: 'Đặng Thị Kim Oanh' });
    await leaving.locator('input[name$=".keep"]').uncheck();
    const fresh = form.locator('fieldset', { hasText: 'Thành viên mới 1' });
    await fresh.locator('input[name$=".full_name"]').fill('Ngô Thị Lan');
    await fresh.locator('input[name$=".position"]').fill('Chuyên viên phòng Giáo dục Mầm non');
    // Sex left unchosen first: refused on that row, nothing lost.
    await Promise.all([page.waitForURL(/\/recompositions/), form.locator('button[type=submit]').click()]);
    const row = page.locator('#kien-toan fieldset.invalid');
    assert.ok((await row.innerText()).includes('Giới tính chưa được chọn.'));
    assert.equal(await row.locator('input[name$=".full_name"]').inputValue(), 'Ngô Thị Lan');
    assert.equal(await page.locator('#kien-toan input[name=decision_no]').inputValue(), '15/QĐ-SGDĐT');
    assert.equal(
      await page.locator('#kien-toan fieldset', { hasText: 'Đặng Thị Kim Oanh' }).locator('input[name$=".keep"]').isChecked(),
      false,
    );
    await noSidewaysScroll(page);
    await screenshot(page, 'committee-recompose-phone');

    await row.locator('select[name$=".sex"]').selectOption('female');
    await Promise.all([
      page.waitForURL(/recomposed=1/),
      page.locator('#kien-toan form button[type=submit]').click(),
    ]);
    const main = await page.locator('main').innerText();
    assert.ok(main.includes('Đã lưu kiện toàn Ban.'));
    assert.ok(main.includes('Ngô Thị Lan'));
    assert.ok(main.includes('15/QĐ-SGDĐT, 25/02/2026'));
  } finally {
    await context.close();
  }
});

test('an inspection is planned, then its results recorded', { timeout: 90000 }, async () => {
  const { context, page } = await phoneAs('so.pheduyet');
  try {
    await page.goto(`${server.url}/inspections?org=SGD-AL`);
    await page.click('#ghi-kiem-tra summary');
    const form = page.locator('#ghi-kiem-tra form');
    await form.locator('select[name=org]').selectOption('THCS-TANMY');
    await form.locator('input[name=date]').fill('15/04/2027');
    await form.locator('textarea[name=team]').fill('Bà Nguyễn Thị Thu Hà, trưởng đoàn');
    await form.locator('textarea[name=scope]').fill('Kiểm tra việc thực hiện kế hoạch bình đẳng giới năm 2027');
    await form.locator('textarea[name="f.0.text"]').fill('Gửi kế hoạch năm 2027 về Sở');
    await form.locator('input[name="f.0.due"]').fill('31/03/2027');
    await noSidewaysScroll(page);
    await screenshot(page, 'inspection-new-phone');
    await Promise.all([page.waitForURL(/\/inspections\/\d+\?saved=1#main$/), form.locator('button[type=submit]').click()]);
    assert.ok((await page.locator('main').innerText()).includes('Đã lưu cuộc kiểm tra.'));

    await page.goto(page.url().replace('?saved=1#main', ''));
    await page.click('#cap-nhat summary');
    const edit = page.locator('#cap-nhat form');
    await edit.locator('select[name=status]').selectOption('done');
    await edit.locator('textarea[name=findings]').fill('Nhà trường đã gửi kế hoạch năm 2027.');
    await edit.locator('select[name="f.0.status"]').selectOption('done');
    await edit.locator('textarea[name="f.1.text"]').fill('Tập huấn cho giáo viên mới');
    await edit.locator('input[name="f.1.due"]').fill('30/06/2027');
    await noSidewaysScroll(page);
    await Promise.all([page.waitForURL(/saved=1#main$/), edit.locator('button[type=submit]').click()]);
    const main = await page.locator('main').innerText();
    assert.ok(main.includes('Đã kiểm tra'));
    assert.ok(main.includes('Nhà trường đã gửi kế hoạch năm 2027.'));
    assert.ok(main.includes('Tập huấn cho giáo viên mới · Hạn hoàn thành 30/06/2027'));
  } finally {
    await context.close();
  }
});
