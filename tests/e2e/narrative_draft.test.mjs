// Browser test: a half-year report opens with its narrative drafted from the
// figures; the secretary edits a sentence, has another section drafted again
// (seeing the new text before it replaces hers), saves and submits.
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

test('a report drafts itself, is edited, redrafted in part and submitted', { timeout: 120000 }, async () => {
  const { url, adminPassword } = server;
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  page.on('dialog', (d) => d.accept()); // the "submit?" confirmation
  try {
    await login(page, url, 'admin', adminPassword);
    // THPT Lê Thánh Tông has not started its report for the second half of 2025.
    await page.goto(`${url}/reports/THPT-LETHANHTONG/2025S2`);
    const results = page.locator('textarea[name=results]');
    const drafted = await results.inputValue();
    assert.match(drafted, /^- Đạt \d+\/\d+ chỉ tiêu của 6 tháng cuối năm 2025\./, drafted);
    assert.match(drafted, /Tỷ lệ nữ cán bộ quản lý đạt \d+(,\d)?%/, 'the draft names its figures');
    assert.ok((await page.locator('body').innerText()).includes('Bản nháp soạn tự động từ số liệu'));
    await screenshot(page, 'report-drafted');

    // She edits a sentence of the results and writes her own proposals.
    const edited = drafted.replace(/^- Đạt (\d+)\/(\d+) chỉ tiêu/, '- Trường đạt $1/$2 chỉ tiêu');
    assert.notEqual(edited, drafted);
    await results.fill(edited);
    await page.locator('textarea[name=proposals]').fill('Đề nghị Sở hỗ trợ kinh phí tập huấn.');
    await Promise.all([page.waitForURL(/done=save/), page.getByRole('button', { name: 'Lưu', exact: true }).click()]);

    // The proposals, drafted again: shown first, put in only when asked.
    const proposals = page.locator('.narrative-field', { has: page.locator('textarea[name=proposals]') });
    await proposals.getByRole('button', { name: 'Soạn lại từ số liệu' }).click();
    const preview = page.getByRole('region', { name: /Bản soạn lại từ số liệu/ });
    await preview.waitFor();
    const redrafted = (await preview.locator('p.pre').innerText()).trim();
    assert.ok(redrafted.length > 0);
    assert.equal(await page.locator('textarea[name=proposals]').inputValue(), 'Đề nghị Sở hỗ trợ kinh phí tập huấn.',
      'nothing replaced yet');
    await preview.getByRole('button', { name: 'Dùng bản soạn lại thay cho nội dung hiện tại' }).click();
    await page.locator('text=Đã đưa bản soạn lại vào ô').waitFor();
    assert.equal((await page.locator('textarea[name=proposals]').inputValue()).trim(), redrafted);
    assert.equal(await results.inputValue(), edited, 'her edit of another section is kept');
    await Promise.all([page.waitForURL(/done=save/), page.getByRole('button', { name: 'Lưu', exact: true }).click()]);

    // Its forms may still have blank cells: accepted, as the page asks.
    const accept = page.locator('input[name=accept_gaps]');
    if (await accept.count()) await accept.check();
    await Promise.all([page.waitForURL(/done=submit/),
      page.getByRole('button', { name: /^(Nộp báo cáo lên cấp trên|Vẫn nộp báo cáo)$/ }).click()]);
    const text = await page.locator('body').innerText();
    assert.ok(text.includes('Trường đạt'), 'the edited sentence was submitted');
    assert.ok(text.includes(redrafted.split('\n')[0].replace(/^- /, '')), 'the redrafted proposals were submitted');
    await screenshot(page, 'report-drafted-submitted');
  } finally {
    await context.close();
  }
});
