// Browser test, journey 6: a department manager moves three schools to their
// commune People's Committee with an effective date, through the
// restructuring form (preview, then confirm). Before and after, the 2021 plan
// of one school, its approved 2025S1 report and the 2025S1 completeness of the
// district office that closed in 2025 read exactly the same.
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

const text = async (page, url) => {
  await page.goto(url);
  return (await page.locator('main').innerText()).trim();
};

test('a restructuring with an effective date leaves the past as it was', { timeout: 120000 }, async () => {
  const { url, adminPassword } = server;
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  try {
    await login(page, url, 'so.quanly', adminPassword);
    const plans = await (await page.request.get(`${url}/api/v1/plans?org=THCS-TANMY`)).json();
    const plan2021 = plans.plans.find((p) => p.year === 2021 && p.status === 'issued');
    assert.ok(plan2021, 'the demo has the school\'s 2021 plan');
    const pages = [
      `${url}/plans/${plan2021.id}`,
      `${url}/reports/THCS-TANMY/2025S1`,
      `${url}/reports/completeness?org=PGD-NGOCKHE&period=2025S1`,
    ];
    const before = [];
    for (const p of pages) before.push(await text(page, p));
    assert.ok(before[2].includes('Trường THCS Tân Mỹ'), 'the closed office lists its schools of 2025S1');

    // The restructuring: the list, the new parent, the date; a preview first.
    await page.goto(`${url}/orgunits/restructure`);
    await page.fill('textarea[name=units]', 'MN-HOAMAI\nTH-TANMY\nTHCS-TANMY');
    await page.selectOption('select[name=parent]', 'UBND-XA-TANMY');
    await page.fill('input[name=effective]', '01/09/2026');
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Xem trước' }).click()]);
    const preview = await page.locator('main').innerText();
    assert.ok(preview.includes('Xem trước: chưa có gì thay đổi'), preview);
    assert.ok(preview.includes('3 đơn vị sẽ chuyển từ Sở Giáo dục và Đào tạo tỉnh An Lạc sang Ủy ban nhân dân xã Tân Mỹ, từ ngày 01/09/2026.'), preview);
    await screenshot(page, 'restructure-preview');
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Xác nhận chuyển' }).click()]);
    assert.ok((await page.locator('main').innerText()).includes('3 đơn vị đã chuyển'));
    const moved = await (await page.request.get(`${url}/api/v1/orgunits/THCS-TANMY`)).json();
    assert.equal(moved.parent, 'UBND-XA-TANMY');

    // The past, unchanged.
    for (let i = 0; i < pages.length; ++i) assert.equal(await text(page, pages[i]), before[i], pages[i]);
  } finally {
    await context.close();
  }
});
