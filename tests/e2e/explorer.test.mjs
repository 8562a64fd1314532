// Browser test: the department's approver opens the explorer, chooses the
// managers by sex over two years two levels down from the ministry, sees the
// table with its subtotal and the chart drawn from it, downloads the table as
// .xlsx, and saves the view pinned; on a 390 px phone the table scrolls
// inside its box and the page does not.
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

test('explorer: table, chart, export and a saved view', { timeout: 120000 }, async () => {
  const { url, adminPassword } = server;
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 }, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  try {
    await login(page, url, 'so.pheduyet', adminPassword);
    await page.goto(`${url}/explorer`);
    await page.fill('input[name=org]', 'SGD-AL');
    await page.check('input[name=item][value=staff_managers]');
    await page.uncheck('input[name=item][value=pct_women_managers]');
    const years = await page.$$eval('input[name=period]', (xs) => xs.map((x) => x.value).filter((v) => /^\d{4}$/.test(v)));
    for (const y of years.slice(0, 3)) await page.uncheck(`input[name=period][value="${y}"]`);
    await page.check('input[name=period][value="2025"]');
    await page.check('input[name=period][value="2024"]');
    await page.check('input[name=sex]');
    await page.selectOption('select[name=chart]', 'sex');
    await Promise.all([page.waitForURL(/\/explorer\?/), page.click('.explorer-form button[type=submit]')]);

    const table = page.locator('#explorer-table');
    await table.waitFor();
    assert.equal(await table.locator('thead th').count(), 1 + 2 * 3, 'two years × (female, male, both)');
    assert.match(await table.locator('tr.total').innerText(), /Tổng: Sở Giáo dục và Đào tạo tỉnh An Lạc/);
    await page.locator('#explorer-chart-box:not([hidden])').waitFor();
    const series = await page.evaluate(() => window.explorerChart.data.datasets.map((d) => d.label));
    assert.deepEqual(series.map((s) => s.split(' — ').pop()), ['Nữ', 'Nam'], 'the female/male chart');
    const phoneFits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
    assert.ok(phoneFits, 'the page does not scroll sideways on a phone');
    await screenshot(page, 'explorer-phone');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[href^="/explorer/export.xlsx"]')]);
    assert.match(download.suggestedFilename(), /^kham-pha-SGD-AL-2025-2024\.xlsx$|^kham-pha-SGD-AL-2024-2025\.xlsx$/);
    const path = await download.path();
    const fs = await import('node:fs');
    const bytes = fs.readFileSync(path);
    assert.equal(bytes.subarray(0, 2).toString(), 'PK', 'an .xlsx (zip) file');

    await page.fill('.save-view input[name=name]', 'Cán bộ quản lý theo giới tính');
    await page.check('.save-view input[name=pinned]');
    await Promise.all([page.waitForURL(/saved=1/), page.click('.save-view button[type=submit]')]);
    assert.match(await page.locator('.saved-views').innerText(), /Cán bộ quản lý theo giới tính\s+đã ghim/);
  } catch (err) {
    await screenshot(page, 'explorer-failure').catch(() => {});
    throw err;
  } finally {
    await context.close();
  }
});
