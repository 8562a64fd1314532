// Browser test: the secretary of a school without its 2026 plan opens the
// home page on a 360 px phone. It says the plan is missing, names the
// department's plan, and offers one button that drafts the school's plan
// from it; it lists the school's report due, and its link opens the report.
// The server runs on today's date: the demo's plans are those of 2026.
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

// Today in Vietnam (UTC+7), as the server reckons it.
const vietnamYear = () => new Date(Date.now() + 7 * 3600 * 1000).getUTCFullYear();

test('the home page leads a school secretary to her plan and her report', { timeout: 120000 }, async (t) => {
  if (vietnamYear() !== 2026) return t.skip('the demo holds the plans of 2026 only');
  const { url, adminPassword } = server;
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  try {
    await login(page, url, 'thcs.longson', adminPassword);
    const main = page.locator('main');
    assert.ok((await main.innerText()).includes('Xin chào, Phan Thị Thanh Huyền'));

    // First: the plan is missing, with the department's plan to draft it from.
    const first = page.locator('li.agenda-item').first();
    assert.equal(await first.getAttribute('data-kind'), 'plan_missing', 'the plan comes first');
    const plan = await first.innerText();
    assert.ok(plan.includes('Đơn vị chưa có kế hoạch năm 2026'), plan);
    assert.ok(plan.includes('Sở Giáo dục và Đào tạo tỉnh An Lạc đã ban hành Kế hoạch số 01/KH-SGDĐT ngày 08/01/2026.'), plan);

    // A report due (or overdue), with its date and the days left.
    const report = page.locator('li[data-kind=report_due]').first();
    const reportText = await report.innerText();
    assert.match(reportText, /^Báo cáo .+ — hạn \d\d\/\d\d\/\d{4}, (còn \d+ ngày|quá hạn \d+ ngày|hôm nay là hạn cuối)/, reportText);

    // It fits a 360 px phone: nothing wider than the screen.
    const widest = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(widest <= 360, `the page is ${widest} px wide`);
    await screenshot(page, 'home-agenda-phone');

    // The report's link opens the report.
    const href = await report.locator('a.agenda-link').getAttribute('href');
    assert.match(href, /^\/reports\/THCS-LONGSON\/\d{4}(S[12])?$/);
    await Promise.all([page.waitForURL((u) => new URL(u).pathname === href), report.locator('a.agenda-link').click()]);
    assert.ok((await page.locator('h1').innerText()).startsWith('Báo cáo'), 'the report page');
    assert.equal((await page.locator('.report-state .tag').first().innerText()).trim(), 'Đang soạn');

    // The plan's one button drafts the school's plan from the department's.
    await page.goto(url + '/');
    await Promise.all([
      page.waitForURL(/\/plans\/\d+\/edit$/),
      page.getByRole('button', { name: 'Soạn kế hoạch của đơn vị từ kế hoạch này' }).click(),
    ]);
    const editor = new URL(page.url()).pathname;
    await page.waitForSelector('#plan-form');
    assert.ok((await page.inputValue('textarea[name=basis]')).includes('Thực hiện Kế hoạch số 01/KH-SGDĐT ngày 08/01/2026'),
      'the basis line names the department plan');
    await screenshot(page, 'home-agenda-draft');

    // Home again: the item now continues the draft.
    await page.goto(url + '/');
    const draft = page.locator('li[data-kind=plan_draft]');
    assert.ok((await draft.innerText()).includes('Kế hoạch năm 2026 của đơn vị đang là dự thảo, chưa ban hành'));
    assert.equal(await draft.locator('a.agenda-link').getAttribute('href'), editor);
    assert.equal(await page.locator('li[data-kind=plan_missing]').count(), 0);
    await screenshot(page, 'home-agenda-after');
  } catch (e) {
    await screenshot(page, 'home-agenda-failure').catch(() => {});
    throw e;
  } finally {
    await context.close();
  }
});
