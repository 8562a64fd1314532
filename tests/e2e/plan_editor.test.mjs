// Browser test: a school's secretary builds the plan in the editor (adding,
// moving and removing items keeps what she typed), previews it, downloads the
// .docx, and the principal issues it with its number.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

// Clicks an editor button (a full form post) and waits for the editor again.
async function press(page, selector) {
  await Promise.all([page.waitForURL(/\/plans\/\d+\/edit/), page.waitForLoadState('load'), page.click(selector)]);
  await page.waitForSelector('#plan-form');
}

test('a plan is built in the editor, downloaded as .docx and issued', { timeout: 120000 }, async () => {
  const { url, adminPassword } = server;
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 }, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  page.on('dialog', (d) => d.accept());
  try {
    await login(page, url, 'thcs.tanmy', adminPassword);
    await page.goto(`${url}/plans`);
    assert.ok((await page.locator('main').innerText()).includes('Kế hoạch cấp trên đã ban hành'),
      'the department plan to implement is offered');
    await page.selectOption('main form[action="/plans"] select[name=year]', '2027');
    await Promise.all([page.waitForURL(/\/plans\/\d+\/edit$/), page.click('main form[action="/plans"] button')]);
    const editUrl = page.url();
    const id = editUrl.match(/\/plans\/(\d+)\/edit/)[1];

    await page.fill('textarea[name=subject]', 'Thực hiện bình đẳng giới tại trường năm 2027');
    await page.fill('input[name=place]', 'Tân Mỹ');
    await page.fill('textarea[name="objectives.0.title"]', 'Tăng số nữ trong tổ trưởng chuyên môn');
    await press(page, 'button[value="add:objectives.0.targets"]');
    assert.equal(await page.inputValue('textarea[name=subject]'), 'Thực hiện bình đẳng giới tại trường năm 2027',
      'text typed before adding is kept');
    await page.fill('textarea[name="objectives.0.targets.0.text"]', 'Ít nhất 40% cán bộ quản lý là nữ');
    await page.selectOption('select[name="objectives.0.targets.0.indicator"]', 'pct_women_managers');
    await page.selectOption('select[name="objectives.0.targets.0.comparator"]', 'ge');
    await page.fill('input[name="objectives.0.targets.0.value"]', '40');

    await press(page, 'button[value="add:objectives"]');
    await page.fill('textarea[name="objectives.1.title"]', 'Không để xảy ra bạo lực học đường');
    await press(page, 'button[value="up:objectives.1"]');
    assert.equal(await page.inputValue('textarea[name="objectives.0.title"]'), 'Không để xảy ra bạo lực học đường',
      'moved up');
    assert.equal(await page.inputValue('textarea[name="objectives.1.targets.0.text"]'),
      'Ít nhất 40% cán bộ quản lý là nữ', 'the target moved with its objective');

    await press(page, 'button[value="add:tasks"]');
    await page.fill('input[name="tasks.0.title"]', 'Sinh hoạt chuyên đề về bình đẳng giới');
    await page.fill('textarea[name="tasks.0.actions"]', 'Tọa đàm với cha mẹ học sinh\nThi vẽ tranh');
    await press(page, 'button[value="add:tasks"]');
    await page.fill('input[name="tasks.1.title"]', 'Nhiệm vụ viết nhầm');
    await press(page, 'button[value="remove:tasks.1"]');
    assert.equal(await page.locator('input[name="tasks.1.title"]').count(), 0, 'removed');
    assert.equal(await page.inputValue('input[name="tasks.0.title"]'), 'Sinh hoạt chuyên đề về bình đẳng giới');

    await press(page, 'button[value="add:schedule"]');
    await page.selectOption('select[name="schedule.0.month"]', '3');
    await page.fill('input[name="schedule.0.work"]', 'Tọa đàm nhân Ngày Quốc tế Phụ nữ');
    await page.fill('input[name="signer.title"]', 'Hiệu trưởng');
    await page.fill('input[name="signer.name"]', 'Vũ Đức Thắng');
    await screenshot(page, 'plan-editor');
    await Promise.all([page.waitForURL(new RegExp(`/plans/${id}$`)), page.click('button[value=preview]')]);

    const paper = await page.locator('article.paper').innerText();
    for (const s of ['KẾ HOẠCH', 'Thực hiện bình đẳng giới tại trường năm 2027', 'Mục tiêu 1: Không để xảy ra bạo lực học đường',
      'Chỉ tiêu: Ít nhất 40% cán bộ quản lý là nữ', 'Sinh hoạt chuyên đề về bình đẳng giới', 'LỊCH HOẠT ĐỘNG NĂM 2027',
      'Nơi nhận:', 'Vũ Đức Thắng'])
      assert.ok(paper.includes(s), `the preview shows "${s}"`);
    await screenshot(page, 'plan-preview');
    // "In" prints: its handler lives in app.js, since the Content-Security-Policy blocks inline ones.
    await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
    await page.getByRole('button', { name: 'In', exact: true }).click();
    assert.equal(await page.evaluate(() => window.__printed), 1, 'the print button opens printing');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`a[href="/api/v1/plans/${id}/docx"]`)]);
    const file = join(mkdtempSync(join(tmpdir(), 'binhdang-docx-')), download.suggestedFilename());
    await download.saveAs(file);
    assert.match(download.suggestedFilename(), /\.docx$/);
    const bytes = readFileSync(file);
    assert.equal(bytes.subarray(0, 2).toString(), 'PK', 'a zip package');
    assert.ok(bytes.includes('word/document.xml'), 'with its main document part');

    // The principal issues it: a number and the date, then read-only.
    const head = await context.browser().newContext({ locale: 'vi-VN' });
    const hp = await head.newPage();
    hp.setDefaultTimeout(15000);
    hp.on('dialog', (d) => d.accept());
    await login(hp, url, 'thcs.tanmy.ht', adminPassword);
    await hp.goto(`${url}/plans/${id}`);
    await hp.fill('input[name=date]', '05/01/2027');
    await Promise.all([hp.waitForURL(/issued=1/), hp.click(`form[action="/plans/${id}/issue"] button`)]);
    const issued = await hp.locator('article.paper').innerText();
    assert.ok(issued.includes('Số: 01/KH-THCSTM'), 'numbered');
    assert.ok(issued.includes('Tân Mỹ, ngày 05 tháng 01 năm 2027'), 'dated');
    assert.equal(await hp.locator(`a[href="/plans/${id}/edit"]`).count(), 0, 'no longer editable');
    await head.close();
  } catch (err) {
    await screenshot(page, 'plan-editor-failure').catch(() => {});
    throw err;
  } finally {
    await context.close();
  }
});
