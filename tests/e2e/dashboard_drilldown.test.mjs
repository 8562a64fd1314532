// Browser test: the department's director opens the province's dashboard,
// changes the year, drills down province → commune → school, exports the
// drill-down table to .xlsx and reads it back; the same on a 390 px phone.
// axe-core scans the dashboard and the drill-down: no serious or critical
// violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, launchBrowser, login, screenshot, seriousViolations } from './helpers.mjs';
import { readZip } from '../crash/zip.mjs';

let server;
let browser;
let downloads;

before(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
  downloads = mkdtempSync(join(tmpdir(), 'binhdang-dash-'));
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

/** The cells of a workbook's first sheet, by reference ("C5"), as text or number. */
function readSheet(path) {
  const parts = readZip(readFileSync(path));
  const xml = (name) => (parts.get(name) ?? Buffer.alloc(0)).toString('utf8');
  const unescape = (s) =>
    s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const shared = [...xml('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    unescape([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
  );
  const cells = new Map();
  for (const m of xml('xl/worksheets/sheet1.xml').matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const [, ref, attrs, body = ''] = m;
    const v = body.match(/<v>([\s\S]*?)<\/v>/)?.[1];
    if (v === undefined) continue;
    cells.set(ref, /t="s"/.test(attrs) ? shared[Number(v)] : Number(v));
  }
  const names = [...xml('xl/workbook.xml').matchAll(/<sheet name="([^"]+)"/g)].map((m) => unescape(m[1]));
  return { names, cells };
}

async function noHorizontalScroll(page) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  assert.ok(scroll <= width + 1, `the page is ${scroll} px wide in a ${width} px window`);
}

async function chartDrawn(page) {
  await page.waitForFunction(() => {
    const box = document.getElementById('drill-chart-box');
    const canvas = document.getElementById('drill-chart');
    return box && !box.hidden && canvas && canvas.width > 0 && canvas.height > 0;
  });
}

// Through the pages as a person would: the unit page, the dashboard, a
// target's drill-down, a commune's dashboard and drill-down, a school.
async function drillDown(page, url, { phone }) {
  await page.goto(`${url}/orgunits/SGD-AL`);
  await Promise.all([page.waitForURL(/\/orgunits\/SGD-AL\/dashboard/), page.click('main a:has-text("Bảng điều khiển")')]);
  assert.equal((await page.locator('main h1').innerText()).trim(), 'Sở Giáo dục và Đào tạo tỉnh An Lạc');

  // The year changes; the URL keeps it.
  await Promise.all([page.waitForURL(/year=2024/), page.selectOption('select[name=year]', '2024')]);
  assert.ok((await page.locator('main').innerText()).includes('Năm 2024'));
  await Promise.all([page.waitForURL(/year=2025/), page.selectOption('select[name=year]', '2025')]);
  const main = await page.locator('main').innerText();
  assert.ok(main.includes('Năm 2025'));
  assert.ok(main.includes('Số liệu theo giới tính'));
  assert.ok(main.includes('Tình hình báo cáo của đơn vị trực thuộc'));
  assert.ok(await page.locator('svg.spark').count() > 0, 'sparklines');
  if (phone) await noHorizontalScroll(page);
  await screenshot(page, phone ? 'dashboard-phone' : 'dashboard-desktop');
  assert.deepEqual(await seriousViolations(page), [], 'axe: the dashboard');

  // Province → its units below, for one target.
  const row = page.locator('table.dash-targets tr', { hasText: 'Toàn bộ cán bộ, giáo viên, nhân viên dự tập huấn' });
  await Promise.all([page.waitForURL(/\/dashboard\/T_STAFF_TRAINED\?/), row.locator('a', { hasText: 'đạt' }).click()]);
  await chartDrawn(page);
  assert.match(await page.locator('.big-count').innerText(), /\/9 đơn vị đạt/);
  const ticks = await page.evaluate(() => {
    const chart = window.Chart.getChart(document.querySelector('figure canvas'));
    return chart.scales.y.ticks.map((t) => chart.scales.y.getLabelForValue(t.value).length > 0 && t.label);
  });
  assert.ok(ticks.length > 0 && ticks.every((l) => typeof l === 'string' && l.length <= (phone ? 18 : 42)),
    `unit names fit beside the bars: ${JSON.stringify(ticks)}`);
  if (phone) assert.ok(ticks.some((l) => l.endsWith('…')), 'a long name is cut on a phone');
  if (phone) await noHorizontalScroll(page);
  await screenshot(page, phone ? 'dashboard-drill-phone' : 'dashboard-drill-desktop');
  assert.deepEqual(await seriousViolations(page), [], 'axe: the drill-down');

  // → the commune (its own dashboard), and its schools for the same target.
  await Promise.all([
    page.waitForURL(/\/orgunits\/UBND-XA-TANMY\/dashboard\?year=2025/),
    page.click('#drill-table a:has-text("Ủy ban nhân dân xã Tân Mỹ")'),
  ]);
  const communeRow = page.locator('table.dash-targets tr', { hasText: 'Toàn bộ cán bộ, giáo viên, nhân viên dự tập huấn' });
  await Promise.all([page.waitForURL(/UBND-XA-TANMY\/dashboard\/T_STAFF_TRAINED/), communeRow.locator('a', { hasText: 'trường đạt' }).click()]);
  await chartDrawn(page);
  assert.equal(await page.locator('#drill-table tbody tr').count(), 3, 'the three schools the commune governs');
  assert.match(await page.locator('.big-count').innerText(), /\/3 trường đạt/);
}

// Exports the drill-down table on screen and reads the workbook back.
async function exportTable(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('a:has-text("Tải bảng (.xlsx)")')]);
  assert.equal(download.suggestedFilename(), 'chi-tieu-T_STAFF_TRAINED-UBND-XA-TANMY-2025.xlsx');
  const file = join(downloads, download.suggestedFilename());
  await download.saveAs(file);
  const { names, cells } = readSheet(file);
  assert.deepEqual(names, ['Chi tiết']);
  assert.equal(cells.get('A4'), 'STT');
  assert.equal(cells.get('C4'), 'Đơn vị');
  const onScreen = await page.locator('#drill-table tbody tr').evaluateAll((rows) =>
    rows.map((r) => ({ name: r.getAttribute('data-name'), value: r.getAttribute('data-value') })),
  );
  for (const [i, r] of onScreen.entries()) {
    assert.equal(cells.get(`C${5 + i}`), r.name, 'same order as on screen');
    if (r.value) assert.ok(Math.abs(cells.get(`D${5 + i}`) - Number(r.value)) < 1e-3, `${r.name}: a number`);
  }
  assert.equal(cells.get('C8'), 'Toàn đơn vị: Ủy ban nhân dân xã Tân Mỹ');

  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('a:has-text("Tải bảng (.csv)")')]);
  const csvFile = join(downloads, csv.suggestedFilename());
  await csv.saveAs(csvFile);
  const text = readFileSync(csvFile);
  assert.deepEqual([...text.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
  assert.ok(text.toString('utf8').includes('STT;Mã đơn vị;Đơn vị;Giá trị'));
}

async function toSchool(page) {
  await Promise.all([
    page.waitForURL(/\/orgunits\/THCS-TANMY\/dashboard\?year=2025/),
    page.click('#drill-table a:has-text("Trường THCS Tân Mỹ")'),
  ]);
  const crumbs = page.locator('nav.crumbs');
  assert.equal(await crumbs.locator('a', { hasText: 'Sở Giáo dục và Đào tạo tỉnh An Lạc' }).count(), 1);
  assert.equal(await crumbs.locator('a', { hasText: 'Ủy ban nhân dân xã Tân Mỹ' }).count(), 1);
  assert.equal(await crumbs.locator('a', { hasText: 'Bộ Giáo dục' }).count(), 0, 'the ministry is not the director\'s to open');
  assert.ok((await crumbs.innerText()).includes('Bộ Giáo dục và Đào tạo'));
}

for (const phone of [false, true]) {
  test(`the director drills down the province${phone ? ' on a phone' : ''}`, { timeout: 120000 }, async () => {
    const { url, adminPassword } = server;
    const viewport = phone ? { width: 390, height: 844 } : { width: 1280, height: 900 };
    const context = await browser.newContext({ locale: 'vi-VN', viewport, acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(15000);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text() + ' ' + (m.location()?.url ?? ''));  // a CSP refusal shows here
    });
    try {
      await login(page, url, 'so.pheduyet', adminPassword);
      await drillDown(page, url, { phone });
      await exportTable(page);
      await toSchool(page);
      if (phone) await noHorizontalScroll(page);
      await screenshot(page, phone ? 'dashboard-school-phone' : 'dashboard-school-desktop');
      assert.deepEqual(errors, [], 'no script error, nothing refused by the CSP');
    } catch (err) {
      await screenshot(page, `dashboard-failure${phone ? '-phone' : ''}`).catch(() => {});
      throw err;
    } finally {
      await context.close();
    }
  });
}
