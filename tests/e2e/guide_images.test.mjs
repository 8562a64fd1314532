// Every image the user guide shows exists, and the phone screenshots that
// `make screenshots` writes (tests/e2e/guide_screenshots.mjs) are all shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './helpers.mjs';

const docs = join(repoRoot, 'docs');
const guide = readFileSync(join(docs, 'huong-dan-su-dung.md'), 'utf8');

test('the images the guide shows exist', () => {
  const named = [...guide.matchAll(/!\[[^\]]+\]\((images\/[^)]+)\)/g)].map((m) => m[1]);
  assert.ok(named.length > 0);
  for (const path of named) assert.ok(existsSync(join(docs, path)), `${path} is missing`);
});

test('every phone screenshot is in the guide, with words saying what it shows', () => {
  const phone = readdirSync(join(docs, 'images')).filter((f) => f.startsWith('phone-'));
  const script = readFileSync(join(repoRoot, 'tests', 'e2e', 'guide_screenshots.mjs'), 'utf8');
  const made = [...script.matchAll(/name: '(phone-[a-z-]+)'/g)].map((m) => `${m[1]}.png`);
  assert.ok(made.length >= 5, 'the main pages');
  assert.deepEqual([...phone].sort(), [...made].sort(), 'docs/images holds what the script makes');
  for (const file of made) {
    const m = guide.match(new RegExp(`!\\[([^\\]]+)\\]\\(images/${file}\\)`));
    assert.ok(m, `${file} is not shown in the guide`);
    assert.ok(m[1].length > 15, `${file}: its description is too short`);
  }
});
