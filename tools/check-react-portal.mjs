// End-to-end check of examples/react-portal, the vendor's React app: build it with Vite as
// `npm run react-portal` does, open it in headless Chromium, and complete the flows a person
// would: Sam answers the daily check-in by keyboard and the PHQ-9 with a risk answer (crisis
// resources at once, before submitting), then Dr. Rivera's page shows the new urgent flag in the
// review queue (acknowledged there) and the charts. Fails on page errors, React warnings, axe violations and a development build.
// Usage: node tools/check-react-portal.mjs [--counts file.json] [--screenshots dir]
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { axeViolations } from './axe.js';
import { CHROMIUM_ARGS, requireChromium } from './chromium.js';
import { serveDirectory } from './static-server.js';

const option = (name) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const countsFile = option('--counts');
const screenshots = option('--screenshots');
const TIMEOUT_MS = 60_000;

execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
  cwd: 'examples/react-portal',
  stdio: 'inherit',
});
const site = await serveDirectory('examples/react-portal/dist');
const browser = await chromium.launch({
  executablePath: requireChromium(),
  headless: true,
  args: CHROMIUM_ARGS,
});
const counts = { passed: 0, failed: 0, skipped: 0 };

/** Runs `flow` on a fresh page of the portal; a page error or console warning fails it. */
async function flow(name, steps) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.setDefaultTimeout(15_000);
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || message.type() === 'warning' || text.includes('dev mode')) {
      problems.push(`console ${message.type()}: ${text.split('\n')[0]}`);
    }
  });
  let timer;
  try {
    await page.goto(`${site.url}/`);
    await page.locator('body[data-demo="ready"]').waitFor();
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
    });
    await Promise.race([steps(page), timeout]);
    if (problems.length) throw new Error(problems.join('; '));
    counts.passed += 1;
    console.log(`  ✔ ${name}`);
  } catch (error) {
    counts.failed += 1;
    console.log(`  ✘ ${name}\n      ${String(error?.message ?? error).split('\n')[0]}`);
  } finally {
    clearTimeout(timer);
    await page.close();
  }
}

async function accessible(page) {
  const violations = await axeViolations(page);
  if (violations.length) throw new Error(`axe: ${violations.join('; ')}`);
}

async function shoot(page, name) {
  if (!screenshots) return;
  await mkdir(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

/** The portal's own log of what its code received from the elements. */
const logged = (page, text) => page.locator('#log li').filter({ hasText: text }).first().waitFor();

try {
  await flow(
    'the daily check-in, opened from il-today and answered by keyboard, reaches onIlSubmit',
    async (page) => {
      await page.getByRole('button', { name: /^Start Daily check-in/ }).waitFor();
      await accessible(page);
      await shoot(page, 'client-week');
      await page.getByRole('button', { name: /^Start Daily check-in/ }).click();
      await logged(page, 'il-activity-open: check-in daily-mood');
      const mood = page.getByRole('radiogroup', { name: /How is your mood/ });
      await mood.getByRole('radio').first().focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.getByRole('slider', { name: /How much distress/ }).focus();
      await page.keyboard.press('End');
      await page.getByRole('button', { name: 'Save check-in' }).focus();
      await page.keyboard.press('Enter');
      await page.locator('il-check-in [part="feedback"]').waitFor();
      await logged(page, /^il-submit: check-in .+ saved on this device$/);
      await accessible(page);
      await shoot(page, 'client-check-in-saved');
    },
  );

  await flow(
    'the PHQ-9 with a risk answer: crisis resources before submit, then an urgent flag and the charts for the clinician',
    async (page) => {
      await page.getByRole('button', { name: /^Start PHQ-9/ }).click();
      for (let item = 1; item <= 9; item += 1) {
        const group = page.getByRole('radiogroup', { name: new RegExp(`^${item}\\. `) });
        await group.getByRole('radio').first().focus();
        await page.keyboard.press(item === 9 ? 'ArrowDown' : ' ');
      }
      const crisis = page.getByRole('region', { name: /don’t have to face this alone/ });
      await crisis.locator('a[part="call"]').first().waitFor();
      await logged(page, 'il-crisis-shown: phq9-9');
      await accessible(page);
      await shoot(page, 'client-phq9-crisis');
      await page.getByRole('button', { name: 'Submit answers' }).click();
      await logged(page, /^il-submit: phq-9 .+ saved, scored$/);
      await page.getByRole('button', { name: 'Clinician' }).click();
      // The seeded risk answer from last week, and this one.
      const urgent = page
        .locator('#queue [role="row"]')
        .filter({ hasText: 'Sam Park' })
        .filter({ hasText: 'Urgent' });
      await urgent.nth(1).waitFor({ timeout: 20_000 });
      await page.locator('il-mood-chart svg[part="svg"]').waitFor();
      await page.locator('il-outcome-chart svg[part="svg"]').waitFor();
      await accessible(page);
      await shoot(page, 'clinician');
      // Acknowledging the newest urgent flag: stored by the element, heard by the portal.
      await urgent
        .first()
        .getByRole('button', { name: /^Acknowledge/ })
        .click();
      await logged(page, 'il-flag-acknowledge: risk');
      await accessible(page);
    },
  );
} finally {
  await browser.close();
  await site.close();
}

console.log(`React portal: ${counts.passed} passed, ${counts.failed} failed`);
if (countsFile) await writeFile(countsFile, JSON.stringify(counts));
process.exit(counts.failed > 0 ? 1 : 0);
