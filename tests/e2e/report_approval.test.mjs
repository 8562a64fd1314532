// Browser test: a school's secretary writes and submits the half-year report
// on her phone; the department's approver finds it in the completeness table,
// approves it, and the school's figures for the period are then locked.
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

// A new page of `context`, logged in as `username`.
async function pageAs(context, url, username, password) {
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  page.on('dialog', (d) => d.accept()); // the "submit?" confirmation
  await login(page, url, username, password);
  return page;
}

const statusTag = (page) => page.locator('.report-state .tag').first().innerText();

test('a school submits its report and the department approves it', { timeout: 120000 }, async () => {
  const { url, adminPassword } = server;
  const phone = await browser.newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 } });
  const desk = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
  let page;
  try {
    // The school writes its report and submits it.
    page = await pageAs(phone, url, 'thcs.tanmy', adminPassword);
    await page.goto(`${url}/reports/THCS-TANMY/2026S1`);
    assert.equal((await statusTag(page)).trim(), 'Đang soạn');
    await page.fill('textarea[name=results]', 'Tổ chức tọa đàm 8/3 cho 40 cán bộ, giáo viên; niêm yết đường dây nóng 111.');
    await Promise.all([page.waitForURL(/done=save/), page.click('form.form button[type=submit]')]);
    assert.ok((await page.locator('body').innerText()).includes('Đã lưu nội dung báo cáo.'));
    // What is missing is listed above the button, and must be accepted first.
    const gaps = page.locator('#submit ul.gaps');
    assert.ok((await gaps.innerText()).includes('Nhân sự theo giới tính'), 'the blank form is named');
    assert.equal(await page.getByRole('button', { name: 'Nộp báo cáo lên cấp trên' }).count(), 0);
    await page.getByRole('button', { name: 'Vẫn nộp báo cáo' }).click();
    assert.doesNotMatch(page.url(), /done=submit/, 'the unticked box stops the form in the browser');
    await page.getByLabel('Tôi đã xem những mục còn thiếu và vẫn nộp báo cáo').check();
    await Promise.all([page.waitForURL(/done=submit/), page.getByRole('button', { name: 'Vẫn nộp báo cáo' }).click()]);
    assert.equal((await statusTag(page)).trim(), 'Đã nộp, chờ duyệt');
    assert.equal(await page.locator('textarea[name=results]').count(), 0, 'a submitted report is read only');
    await screenshot(page, 'report-submitted');

    // The department's approver finds it among its schools and approves it.
    const dept = await pageAs(desk, url, 'so.pheduyet', adminPassword);
    page = dept;
    await dept.goto(`${url}/reports/completeness?org=SGD-AL&period=2026S1`);
    const row = dept.locator('tr', { hasText: 'Trường THCS Tân Mỹ' }).first();
    assert.equal((await row.locator('.tag').first().innerText()).trim(), 'Đã nộp, chờ duyệt');
    await Promise.all([dept.waitForURL(/\/reports\/THCS-TANMY\/2026S1/), row.locator('a').first().click()]);
    assert.ok((await dept.locator('body').innerText()).includes('Tổ chức tọa đàm 8/3 cho 40 cán bộ'), 'the approver reads the text');
    await Promise.all([dept.waitForURL(/done=approve/), dept.getByRole('button', { name: 'Duyệt báo cáo' }).click()]);
    assert.equal((await statusTag(dept)).trim(), 'Đã duyệt');
    assert.ok((await dept.locator('body').innerText()).includes('Số liệu kỳ này đã khóa'));
    await screenshot(dept, 'report-approved');

    // Back at the school: the report is approved and the figures are locked.
    page = await phone.pages()[0];
    await page.goto(`${url}/reports/THCS-TANMY/2026S1`);
    assert.equal((await statusTag(page)).trim(), 'Đã duyệt');
    await page.goto(`${url}/data?org=THCS-TANMY&set=NHANSU&period=2026S1`);
    assert.ok((await page.locator('body').innerText()).includes('số liệu đã khóa'), 'the data page says why it cannot be changed');
    assert.ok(await page.locator('input[name="v.staff_total.female"]').isDisabled());
    assert.equal(await page.getByRole('button', { name: 'Lưu số liệu' }).count(), 0);
  } catch (err) {
    if (page) await screenshot(page, 'report-approval-failure').catch(() => {});
    throw err;
  } finally {
    await phone.close();
    await desk.close();
  }
});

test('the department approves several submitted reports at once', { timeout: 120000 }, async () => {
  const { url, adminPassword } = server;
  const desk = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
  let page;
  try {
    page = await pageAs(desk, url, 'so.pheduyet', adminPassword);
    await page.goto(`${url}/reports/completeness?org=SGD-AL&period=2025S2`);
    const picks = page.locator('input[name="orgs"]');
    const n = await picks.count();
    assert.ok(n >= 2, `submitted reports to pick: ${n}`);
    // The box in the header ticks them all (app.js; no inline handler).
    await page.check('input[data-check-all="orgs"]');
    for (let i = 0; i < n; i++) assert.ok(await picks.nth(i).isChecked(), `box ${i} ticked`);
    await page.getByRole('button', { name: 'Xem lại và duyệt các báo cáo đã chọn' }).click();
    await page.waitForURL((u) => new URL(u).pathname === '/reports/approve');
    assert.equal(await page.locator('table tbody tr').count(), n, 'the review lists each picked report');
    await page.getByRole('button', { name: `Duyệt ${n} báo cáo` }).click();
    await page.waitForURL((u) => new URL(u).pathname === '/reports/completeness');
    assert.match(await page.locator('p.notice').innerText(), new RegExp(`Đã duyệt ${n} báo cáo`));
    assert.equal(await page.locator('input[name="orgs"]').count(), 0, 'nothing left to approve');
  } catch (e) {
    if (page) await screenshot(page, 'bulk-approval-failure').catch(() => {});
    throw e;
  } finally {
    await desk.close();
  }
});
