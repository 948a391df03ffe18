// End-to-end check of the demo portal as a person uses it: build it with Vite, open it in
// headless Chromium, answer the check-in with the keyboard, save, switch to the clinician
// view and find the answer there, with its flags and session prep: through the serverless demo
// transport, and (`?fhir=`) through the real FHIR test server, spawned here on a free port. Also
// loads examples/cdn, which uses nothing but the CDN bundle (so `npm run build` must have run).
// Also fails on page errors and axe violations, so the demo can never silently become a blank page,
// and when Lit says it runs in development mode: the portal is built as `npm start` builds it.
// Both pages are served with a strict Content-Security-Policy (STRICT_CSP: no inline script or
// style, no eval), and any `securitypolicyviolation` fails the check, so neither may come to need
// 'unsafe-inline' or 'unsafe-eval'. Only the ?fhir= check is served without it: its page talks
// to a FHIR server on another origin, which a vendor would list in connect-src.
// Usage: node tools/check-portal.mjs [--counts file.json]
import { execFileSync, spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from './chromium.js';
import { STRICT_CSP, serveDirectory } from './static-server.js';
import { axeViolations } from './axe.js';

const countsIndex = process.argv.indexOf('--counts');
const countsFile = countsIndex >= 0 ? process.argv[countsIndex + 1] : undefined;

// The portal's own build script (`vite build`), the production build `npm start` serves.
execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: 'examples/portal', stdio: 'inherit' });
const strictCsp = { headers: { 'content-security-policy': STRICT_CSP } };
const server = await serveDirectory('examples/portal/dist', strictCsp);
// For ?fhir=: the page fetches from the FHIR server's origin, which STRICT_CSP's connect-src forbids.
const serverWithoutCsp = await serveDirectory('examples/portal/dist');
// The CDN example loads packages/elements/dist/cdn/interlude.min.js (and interlude-store.min.js) by a relative path.
const repository = await serveDirectory('.', strictCsp);
const browser = await chromium.launch({
  executablePath: requireChromium(),
  headless: true,
  args: CHROMIUM_ARGS,
});
const counts = { passed: 0, failed: 0, skipped: 0 };

const CHECK_TIMEOUT_MS = 60_000;

/** Collects CSP violations in the page from before its first script runs (and after each reload). */
function recordCspViolations() {
  document.addEventListener('securitypolicyviolation', (event) => {
    const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
    (window.__cspViolations ??= []).push(`${event.effectiveDirective} blocked ${event.blockedURI}${where}`);
  });
}

async function check(name, body, { start = `${server.url}/` } = {}) {
  const page = await browser.newPage();
  page.setDefaultTimeout(10000);
  const errors = [];
  await page.addInitScript(recordCspViolations);
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.text().includes('Lit is in dev mode')) errors.push(`development build: ${message.text()}`);
    if (message.text().includes('Content Security Policy')) errors.push(`CSP: ${message.text()}`);
  });
  let timer;
  try {
    await page.goto(start);
    await Promise.race([
      body(page),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`timed out after ${CHECK_TIMEOUT_MS} ms`)),
          CHECK_TIMEOUT_MS,
        );
      }),
    ]);
    const violations = await page.evaluate(() => window.__cspViolations ?? []);
    errors.push(...violations.map((violation) => `securitypolicyviolation: ${violation}`));
    if (errors.length) throw new Error(errors.join('; '));
    counts.passed += 1;
    console.log(`  ✔ ${name}`);
  } catch (error) {
    counts.failed += 1;
    // What the page reported before the failure often explains it (a CSP violation, a page error).
    const reported = errors.length && !errors.some((e) => String(error.message).includes(e)) ? errors : [];
    console.log(
      `  ✘ ${name}\n      ${[String(error.message ?? error).split('\n')[0], ...reported].join('\n      ')}`,
    );
  } finally {
    clearTimeout(timer);
    await page.close();
  }
}

/**
 * Opens the daily check-in from Sam's week (il-today, inline) and answers it by keyboard: mood on
 * its radio group, distress on its slider, an optional note; saves, and waits for the template's
 * feedback. The check-in renders from its template, so the note is exactly what session prep quotes.
 */
async function answerCheckIn(page, { mood, distress, note }) {
  await page.locator('body[data-demo="ready"]').waitFor();
  const start = page.getByRole('button', { name: /^Start Daily check-in/ });
  await start.focus();
  await page.keyboard.press('Enter');
  await page
    .getByRole('radiogroup', { name: /How is your mood/ })
    .getByRole('radio')
    .first()
    .focus();
  for (let i = 1; i < mood; i += 1) await page.keyboard.press('ArrowRight');
  await page.getByRole('slider', { name: /How much distress/ }).focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < distress; i += 1) await page.keyboard.press('ArrowRight');
  if (note) await page.getByLabel(/tell your clinician/).fill(note);
  await page.getByRole('button', { name: 'Save check-in' }).focus();
  await page.keyboard.press('Enter');
  await page.locator('il-check-in [part="feedback"]').waitFor();
}

/** The check-in's own status line, "Saved on this device" until the sync, then "Synced". */
async function waitSynced(page, timeout = 20000) {
  await page
    .locator('il-check-in [part="sync-status"]')
    .filter({ hasText: /^Synced$/ })
    .waitFor({ timeout });
}

/** In the clinician view: the check-in's row, a flag list with the demo risk flag, and session prep as text. */
async function expectInClinicianView(page, { distress, note }) {
  await page.getByRole('radio', { name: 'Clinician' }).check();
  const row = page.locator('#history tr').filter({ hasText: note });
  await row.waitFor({ timeout: 20000 });
  const cells = (await row.locator('td').allTextContents()).map((text) => text.trim());
  if (cells[1] !== String(distress)) throw new Error(`expected distress ${distress}, found ${cells[1]}`);
  await page
    .locator('#flags li')
    .filter({ hasText: 'Urgent' })
    .filter({ hasText: /PHQ-9 item 9 answered/ })
    .waitFor();
  const prep = page.locator('#session-prep');
  await prep.filter({ hasText: `“${note}”` }).waitFor();
  await prep.filter({ hasText: /Scores\n- PHQ-9/ }).waitFor();
  if ((await prep.locator('*').count()) > 0) throw new Error('session prep must be plain text');
}

/** Starts the FHIR R4 test server on a free port; resolves with its base URL and a stop function. */
async function startFhirServer() {
  const child = spawn(
    process.execPath,
    ['packages/fhir/test-server/fhir-server.mjs', '--port', '0', '--quiet'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  try {
    const port = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('FHIR test server did not start in 30 s')), 30_000);
      let output = '';
      child.stdout.on('data', (chunk) => {
        output += chunk;
        const match = /listening (\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`FHIR test server exited (${code})`));
      });
    });
    return { baseUrl: `http://127.0.0.1:${port}/fhir/R4`, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

async function axe(page) {
  const violations = await axeViolations(page);
  if (violations.length) throw new Error(`axe: ${violations.join('; ')}`);
}

try {
  await check("client view renders Sam's week, reminders and help, accessible", async (page) => {
    await page.locator('il-provider[state="ready"]').waitFor();
    await page.locator('body[data-demo="ready"]').waitFor();
    await page.getByRole('button', { name: /^Start Daily check-in/ }).waitFor();
    await page.getByRole('button', { name: /^Start PHQ-9/ }).waitFor();
    await page.getByRole('button', { name: /^Start What matters to you/ }).waitFor();
    await page.getByText('Why this matters').first().waitFor();
    await page.getByRole('button', { name: 'Save reminder settings' }).waitFor();
    await page.locator('il-crisis-resources a[part="call"]').first().waitFor();
    await axe(page);
  });

  await check(
    'a check-in answered by keyboard is saved, synced and shows in the clinician view',
    async (page) => {
      await answerCheckIn(page, { mood: 3, distress: 6 });
      await waitSynced(page);
      // Back to the week: the check-in is done, with an acknowledgement.
      await page.getByRole('button', { name: /Back to today/ }).click();
      await page.locator('il-today [data-section="done"]').filter({ hasText: 'Daily check-in' }).waitFor();
      await page.getByRole('radio', { name: 'Clinician' }).check();
      const cell = page.locator('#history td').nth(1);
      await cell.waitFor();
      const text = (await cell.textContent())?.trim();
      if (text !== '6') throw new Error(`expected distress 6 in the clinician view, found ${text}`);
      await axe(page);
    },
  );

  await check(
    'serverless: the check-in reaches the clinician with flags and session prep, also after reload',
    async (page) => {
      const note = `Serverless round trip ${Date.now()}`;
      await answerCheckIn(page, { mood: 2, distress: 9, note });
      await expectInClinicianView(page, { distress: 9, note });
      await page.locator('#flags li').filter({ hasText: 'Mood shift' }).first().waitFor();
      await axe(page);
      await page.reload();
      await expectInClinicianView(page, { distress: 9, note });
    },
  );

  await check('with ?fhir= the same round trip goes through the real FHIR test server', async (page) => {
    const fhir = await startFhirServer();
    try {
      await page.goto(`${serverWithoutCsp.url}/?fhir=${encodeURIComponent(fhir.baseUrl)}`);
      await page.locator('#backend').filter({ hasText: fhir.baseUrl }).waitFor();
      const note = `FHIR round trip ${Date.now()}`;
      await answerCheckIn(page, { mood: 2, distress: 9, note });
      await waitSynced(page);
      const search = await fetch(`${fhir.baseUrl}/QuestionnaireResponse?_count=100`);
      const bundle = await search.json();
      if (!JSON.stringify(bundle).includes(note)) throw new Error('the check-in is not on the FHIR server');
      await expectInClinicianView(page, { distress: 9, note });
      await axe(page);
    } finally {
      fhir.stop();
    }
  });

  await check(
    'the weekly PHQ-9: item 9 shows crisis resources before submit, then an urgent flag for the clinician',
    async (page) => {
      await page.locator('body[data-demo="ready"]').waitFor();
      await page.getByRole('button', { name: /^Start PHQ-9/ }).click();
      for (let item = 1; item <= 9; item += 1) {
        const group = page.getByRole('radiogroup', { name: new RegExp(`^${item}\\. `) });
        await group.getByRole('radio').first().focus();
        await page.keyboard.press(item === 9 ? 'ArrowDown' : ' ');
      }
      const panel = page.getByRole('region', { name: /don’t have to face this alone/ });
      await panel.waitFor();
      await panel.locator('a[part="call"]').first().waitFor();
      await axe(page);
      await page.getByRole('button', { name: 'Submit answers' }).click();
      await page.getByText('Thank you. Your answers are saved.').waitFor();
      await panel.waitFor();
      await page
        .locator('il-measure-form .sync-status')
        .filter({ hasText: /^Synced$/ })
        .waitFor({ timeout: 20000 });
      await page.getByRole('radio', { name: 'Clinician' }).check();
      // Two risk answers now: the demo's from last week and this one, both urgent.
      await page
        .locator('#flags li')
        .filter({ hasText: 'Urgent' })
        .filter({ hasText: /PHQ-9 item 9 answered 1/ })
        .nth(1)
        .waitFor({ timeout: 20000 });
    },
  );

  await check(
    'examples/cdn: the CDN file alone, under the strict CSP, completes a check-in and logs its events',
    async (page) => {
      await page.locator('il-provider[state="ready"]').waitFor();
      await page
        .getByRole('radiogroup', { name: /How is your mood/ })
        .getByRole('radio')
        .nth(3)
        .focus();
      await page.keyboard.press('Space');
      await page.getByRole('slider', { name: /How much distress/ }).focus();
      await page.keyboard.press('Home');
      for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
      // The theme reached the shadow root: the save button has Northwind's accent and pill shape.
      const save = page.getByRole('button', { name: 'Save check-in' });
      const look = await save.evaluate((button) => {
        const style = getComputedStyle(button);
        return `${style.backgroundColor} ${style.borderTopLeftRadius}`;
      });
      if (look !== 'rgb(15, 92, 77) 999px') throw new Error(`the save button looks like ${look}`);
      await axe(page);
      await save.click();
      await page.locator('il-check-in [part="feedback"]').waitFor();
      const log = page.locator('#event-log');
      await log.getByText(/^il-submit: submission [0-9a-f-]{36}$/).waitFor();
      await log.getByText('il-answer-change: item mood').first().waitFor();
      await axe(page);
    },
    { start: `${repository.url}/examples/cdn/` },
  );

  await check('switching to Arabic lays the portal out right-to-left', async (page) => {
    await page.locator('#language').selectOption('ar');
    const dir = await page.evaluate(() => document.documentElement.dir);
    if (dir !== 'rtl') throw new Error(`dir is ${dir}`);
    await page.getByRole('radio').first().waitFor();
  });

  await check('dark theme in Arabic: both views stay readable and accessible', async (page) => {
    await page.locator('body[data-demo="ready"]').waitFor();
    await page.locator('#theme').selectOption('dark');
    await page.locator('#language').selectOption('ar');
    if (!(await page.evaluate(() => document.body.classList.contains('il-theme-dark')))) {
      throw new Error('dark theme not applied');
    }
    await axe(page);
    await page.getByRole('radio', { name: 'Clinician' }).check();
    await page.locator('#flags li').first().waitFor();
    await axe(page);
  });
} finally {
  await browser.close();
  await server.close();
  await serverWithoutCsp.close();
  await repository.close();
}

console.log(`Portal: ${counts.passed} passed, ${counts.failed} failed`);
if (countsFile) await writeFile(countsFile, JSON.stringify(counts));
process.exit(counts.failed > 0 ? 1 : 0);
