// End-to-end check of the demo portal as a person uses it: build it with Vite, open it in
// headless Chromium, answer the check-in with the keyboard, save, switch to the clinician
// view and find the answer there. Also loads examples/cdn, which uses nothing but the CDN
// bundle (so `npm run build` must have run). Also fails on page errors and axe violations, so the
// demo can never silently become a blank page.
// Usage: node tools/check-portal.mjs [--counts file.json]
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from './chromium.js';
import { serveDirectory } from './static-server.js';

const countsIndex = process.argv.indexOf('--counts');
const countsFile = countsIndex >= 0 ? process.argv[countsIndex + 1] : undefined;

execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: 'examples/portal', stdio: 'inherit' });
const server = await serveDirectory('examples/portal/dist');
// The CDN example loads packages/elements/dist/cdn/interlude.min.js by a relative path.
const repository = await serveDirectory('.');
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const browser = await chromium.launch({
  executablePath: requireChromium(),
  headless: true,
  args: CHROMIUM_ARGS,
});
const counts = { passed: 0, failed: 0, skipped: 0 };

async function check(name, body) {
  const page = await browser.newPage();
  page.setDefaultTimeout(10000);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${server.url}/`);
    await body(page);
    if (errors.length) throw new Error(`page error: ${errors.join('; ')}`);
    counts.passed += 1;
    console.log(`  ✔ ${name}`);
  } catch (error) {
    counts.failed += 1;
    console.log(`  ✘ ${name}\n      ${String(error.message ?? error).split('\n')[0]}`);
  } finally {
    await page.close();
  }
}

async function axe(page) {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
  if (violations.length) throw new Error(`axe: ${violations.join('; ')}`);
}

try {
  await check('client view renders a connected check-in, accessible', async (page) => {
    await page.locator('il-provider[state="ready"]').waitFor();
    await page.getByRole('radiogroup', { name: /How distressed/ }).waitFor();
    await axe(page);
  });

  await check('a check-in answered by keyboard is saved and shows in the clinician view', async (page) => {
    await page.getByRole('radio').first().waitFor();
    await page
      .getByRole('radiogroup', { name: /How distressed/ })
      .getByRole('radio')
      .first()
      .focus();
    for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved on this device' }).waitFor();
    await page.getByRole('radio', { name: 'Clinician' }).check();
    const cell = page.locator('#history td').nth(1);
    await cell.waitFor();
    const text = (await cell.textContent())?.trim();
    if (text !== '6') throw new Error(`expected distress 6 in the clinician view, found ${text}`);
    await axe(page);
  });

  await check('the CDN bundle alone defines working elements (examples/cdn)', async (page) => {
    await page.goto(`${repository.url}/examples/cdn/index.html`);
    await page.locator('il-provider[state="ready"]').waitFor();
    await page.getByRole('radio', { name: /^7 of 10/ }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Distress 7 noted.').waitFor();
    await axe(page);
  });

  await check('switching to Arabic lays the portal out right-to-left', async (page) => {
    await page.locator('#language').selectOption('ar');
    const dir = await page.evaluate(() => document.documentElement.dir);
    if (dir !== 'rtl') throw new Error(`dir is ${dir}`);
    await page.getByRole('radio').first().waitFor();
  });
} finally {
  await browser.close();
  await server.close();
  await repository.close();
}

console.log(`Portal: ${counts.passed} passed, ${counts.failed} failed`);
if (countsFile) await writeFile(countsFile, JSON.stringify(counts));
process.exit(counts.failed > 0 ? 1 : 0);
