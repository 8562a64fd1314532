// The user guide's phone screenshots (docs/images/phone-*.png): the main
// pages of the demo at 360 px wide, as the role that uses each one sees it.
// `make screenshots` builds and runs this; docs/huong-dan-su-dung.md shows
// each image, and guide_images.test.mjs checks that every one it names exists.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launchBrowser, login, repoRoot } from './helpers.mjs';

const shots = [
  { name: 'phone-home', user: 'thcs.tanmy', path: '/' },
  { name: 'phone-data', user: 'thcs.tanmy', path: '/data?org=THCS-TANMY&set=NHANSU&period=2026S1' },
  { name: 'phone-report', user: 'thcs.tanmy', path: '/reports/THCS-TANMY/2026S1' },
  { name: 'phone-plan', user: 'thcs.tanmy', path: '/plans' },
  { name: 'phone-activities', user: 'thcs.tanmy', path: '/activities' },
  { name: 'phone-completeness', user: 'so.pheduyet', path: '/reports/completeness?org=SGD-AL&period=2025S2' },
  { name: 'phone-dashboard', user: 'so.xem', path: '/orgunits/SGD-AL/dashboard?year=2025' },
];

// The first 1,200 px of each page: what a user scrolls through first.
const width = 360;
const maxHeight = 1200;

async function main() {
  const out = join(repoRoot, 'docs', 'images');
  mkdirSync(out, { recursive: true });
  const server = await startServer({ demo: true });
  const browser = await launchBrowser();
  try {
    for (const shot of shots) {
      const context = await browser.newContext({ locale: 'vi-VN', viewport: { width, height: 760 } });
      const page = await context.newPage();
      await login(page, server.url, shot.user, server.adminPassword);
      const res = await page.goto(server.url + shot.path);
      if (res.status() !== 200) throw new Error(`${shot.path}: HTTP ${res.status()}`);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const path = join(out, `${shot.name}.png`);
      await page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, maxHeight) } });
      console.log(`${path} (${shot.user} ${shot.path})`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
