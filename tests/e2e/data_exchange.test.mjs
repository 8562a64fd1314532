// Browser test: a school's secretary uploads a DHIS2 CSV file on the exchange
// page, checks it first (dry run), sees the conflict named, then imports the
// corrected file and finds the figures on the data entry sheet.
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

const file = (name, text) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

test('a school imports a DHIS2 file and sees the summary', { timeout: 120000 }, async () => {
  const { url, adminPassword } = server;
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  try {
    await login(page, url, 'thcs.tanmy', adminPassword);
    await page.goto(`${url}/data?org=THCS-TANMY&period=2026S1`);
    await page.getByRole('link', { name: 'Trao đổi với DHIS2/ADX' }).click();
    await page.waitForURL(/\/data\/exchange$/);

    const bad = 'dataelement,period,orgunit,catoptcombo,attroptcombo,value\n' +
      'staff_total,2026S1,THCS-TANMY,female,,31\nstaff_total,2026S1,THCS-TANMY,male,,1.5\n';
    await page.setInputFiles('input[type=file][name=file]', file('tanmy.csv', bad));
    await page.getByLabel('Chỉ kiểm tra, chưa lưu').check();
    await page.getByRole('button', { name: 'Tải lên và nhập' }).click();
    const result = page.locator('#exchange-result');
    await result.getByText('Chưa lưu giá trị nào').waitFor();
    assert.ok((await result.innerText()).includes('E7609'), 'the conflict code is shown');
    assert.ok((await result.innerText()).includes('"1.5"'), 'with the value refused');
    await screenshot(page, 'exchange-conflict');

    const good = bad.replace(',1.5', ',14');
    await page.setInputFiles('input[type=file][name=file]', file('tanmy.csv', good));
    await page.getByLabel('Chỉ kiểm tra, chưa lưu').uncheck();
    await page.getByRole('button', { name: 'Tải lên và nhập' }).click();
    await result.getByText('Đã thêm 2 giá trị').waitFor();
    assert.equal(await result.locator('[data-status=SUCCESS]').count(), 1);

    await page.goto(`${url}/data?org=THCS-TANMY&period=2026S1`);
    const female = page.getByLabel('Tổng số cán bộ, giáo viên, nhân viên — Nữ', { exact: true });
    assert.equal(await female.inputValue(), '31', 'the imported figure is on the sheet');
  } finally {
    await context.close();
  }
});
