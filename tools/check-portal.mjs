// End-to-end check of the demo portal as a person uses it: build it with Vite, open it in
// headless Chromium, answer the check-in with the keyboard, save, switch to the clinician
// view and find the answer there, in the review queue, the session prep and the charts; walk
// the clinician's loop over the seeded caseload (acknowledge, snooze, reload, open a client,
// copy the prep, assign a GAD-7 with the composer, Sam answers it, the prep shows it): through the serverless demo
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

async function check(name, body, { start = `${server.url}/`, timeoutMs = CHECK_TIMEOUT_MS } = {}) {
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
        timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
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

/** Switches to the clinician view and waits for the review queue's first row. */
async function clinicianView(page) {
  await page.getByRole('radio', { name: 'Clinician' }).check();
  await page.locator('#queue [role="row"][data-index="0"]').waitFor({ timeout: 30000 });
}

/** A row of the review queue naming `client` and matching `what`. */
function queueRow(page, client, what) {
  return page.locator('#queue [role="row"]').filter({ hasText: client }).filter({ hasText: what });
}

/**
 * In the clinician view: the review queue has Sam's demo risk flag, and Sam's session prep
 * (open by default) quotes the note and lists the PHQ-9; its text copy says the same.
 */
async function expectInClinicianView(page, { distress, note }) {
  await clinicianView(page);
  await queueRow(page, 'Sam Park', /PHQ-9 item 9 answered 1/)
    .filter({ hasText: 'Urgent' })
    .first()
    .waitFor();
  const prep = page.locator('#prep');
  await prep
    .locator('section.notes')
    .filter({ hasText: `“${note}”` })
    .waitFor({ timeout: 20000 });
  await prep.locator('section.scores').filter({ hasText: /PHQ-9/ }).waitFor();
  const text = await prep.evaluate((element) => element.text);
  if (!text.includes(`“${note}”`) || !/\nScores\n- PHQ-9/.test(text)) {
    throw new Error('the session prep as text lacks the note or the PHQ-9');
  }
  await page
    .locator('#mood-chart [part="summary"]')
    .filter({ hasText: new RegExp(`Distress ${distress}\\b`) })
    .waitFor({ timeout: 20000 });
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
    // Sam's own progress (il-progress): the streak of what was done so far, in encouraging words.
    await page
      .locator('#progress [part="streak"]')
      .filter({ hasText: /activities done in a row/ })
      .waitFor();
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
      await clinicianView(page);
      await page
        .locator('#mood-chart [part="summary"]')
        .filter({ hasText: /Distress 6\b/ })
        .waitFor({ timeout: 20000 });
      await axe(page);
    },
  );

  await check(
    'serverless: the check-in reaches the clinician with flags and session prep, also after reload',
    async (page) => {
      const note = `Serverless round trip ${Date.now()}`;
      await answerCheckIn(page, { mood: 2, distress: 9, note });
      await expectInClinicianView(page, { distress: 9, note });
      await queueRow(page, 'Sam Park', /Distress 9/)
        .first()
        .waitFor();
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
      await clinicianView(page);
      // Two risk answers now: the demo's from last week and this one, both urgent.
      await queueRow(page, 'Sam Park', /PHQ-9 item 9 answered 1/)
        .filter({ hasText: 'Urgent' })
        .nth(1)
        .waitFor({ timeout: 20000 });
    },
  );

  await check(
    'the clinician loop: the queue, acknowledge and snooze kept after reload, a prep and charts, copy, assign, the client does it',
    async (page) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      await page.locator('body[data-demo="ready"]').waitFor();
      await clinicianView(page);
      await page.locator('#queue [role="row"][data-index="0"]').filter({ hasText: 'Urgent' }).waitFor();
      await page
        .locator('#queue [part="summary"]')
        .filter({ hasText: /\d+ shown: 2 urgent/ })
        .waitFor();
      // Acknowledge Priya's mood shift by keyboard: it leaves the queue.
      const priya = queueRow(page, 'Priya Raman', /Distress/);
      await priya.getByRole('button', { name: /^Acknowledge/ }).focus();
      await page.keyboard.press('Enter');
      await priya.waitFor({ state: 'detached' });
      // Snooze Tom's lapse for the suggested week through the dialog.
      const tom = queueRow(page, 'Tom Okafor', /Nothing completed/);
      await tom.getByRole('button', { name: /^Snooze/ }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Show it again on').waitFor();
      await dialog.getByRole('button', { name: 'Snooze', exact: true }).click();
      await tom.waitFor({ state: 'detached' });
      await axe(page);
      // Both are stored on the device (and synced): still reviewed after a reload.
      await page.reload();
      await page.locator('body[data-demo="ready"]').waitFor();
      await clinicianView(page);
      await page.getByText('Acknowledged (1)').waitFor();
      await page.getByText('Snoozed (1)').waitFor();
      if ((await queueRow(page, 'Priya Raman', /Distress/).count()) > 0)
        throw new Error('acknowledged flag is back');
      // Open Jonas: his session prep and charts.
      // His deterioration flag: depending on the hour the demo is seeded, another row of his names PHQ-9 too.
      await queueRow(page, 'Jonas Becker', /PHQ-9 .*up from/)
        .getByRole('button', { name: 'Open Jonas Becker' })
        .click();
      await page.locator('#client-title').filter({ hasText: 'Jonas Becker' }).waitFor();
      await page
        .locator('#prep section.flags')
        .filter({ hasText: /Attention: PHQ-9/ })
        .waitFor();
      await page
        .locator('#outcome-chart [part="summary"]')
        .filter({ hasText: /reliable deterioration/ })
        .waitFor();
      await page
        .locator('#adherence-chart [part="summary"]')
        .filter({ hasText: /weeks:/ })
        .waitFor();
      await page
        .locator('#mood-chart [part="summary"]')
        .filter({ hasText: /check-ins/ })
        .waitFor();
      // Copy as text: the clipboard holds core's text of the same prep.
      await page.locator('#prep').getByRole('button', { name: 'Copy as text' }).click();
      await page.locator('#prep [role="status"]').filter({ hasText: 'copied as text' }).waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const text = await page.locator('#prep').evaluate((element) => element.text);
      if (copied !== text || !copied.startsWith('Session prep:'))
        throw new Error('the clipboard does not hold the prep');
      await axe(page);
      // Assign a GAD-7 to Sam with the composer: questionnaires, GAD-7, once, tonight.
      await queueRow(page, 'Sam Park', /PHQ-9/)
        .first()
        .getByRole('button', { name: 'Open Sam Park' })
        .click();
      await page.locator('#client-title').filter({ hasText: 'Sam Park' }).waitFor();
      const composer = page.locator('#composer');
      await composer.getByText('for Sam Park').waitFor();
      await composer.getByRole('radio', { name: 'Questionnaires' }).check();
      await composer.getByRole('radio', { name: /^GAD-7/ }).check();
      await composer.getByText('What the client will do').waitFor();
      await composer.getByRole('radio', { name: 'Once' }).check();
      await composer.getByLabel('Time', { exact: true }).fill('23:30');
      await composer.getByLabel('Note for the client').fill('Seven questions about worry, once today.');
      await composer.getByText(/Due 1 time in the next two weeks/).waitFor();
      await axe(page);
      await composer.getByRole('button', { name: /^Assign( anyway)?$/ }).click();
      await composer.getByText(/^Assigned GAD-7.* to Sam Park/).waitFor();
      // Sam does it.
      await page.getByRole('radio', { name: 'Client' }).check();
      await page.getByRole('button', { name: /^Start GAD-7/ }).click({ timeout: 30000 });
      for (let item = 1; item <= 7; item += 1) {
        const group = page.getByRole('radiogroup', { name: new RegExp(`^${item}\\. `) });
        await group.getByRole('radio').nth(1).focus();
        await page.keyboard.press(' ');
      }
      await page.getByRole('button', { name: 'Submit answers' }).click();
      await page.getByText('Thank you. Your answers are saved.').waitFor();
      await page
        .locator('il-measure-form .sync-status')
        .filter({ hasText: /^Synced$/ })
        .waitFor({ timeout: 20000 });
      // And Dr. Rivera's prep for Sam has it.
      await clinicianView(page);
      // The clinician's device pulls on its next sync (every 5 s, and on switching views).
      await page
        .locator('#prep section.completed')
        .filter({ hasText: /GAD-7[^:]*: 1×/ })
        .waitFor({ timeout: 45000 });
      await page
        .locator('#prep section.scores')
        .filter({ hasText: /GAD-7[^:]*: 7 \(mild\)/ })
        .waitFor();
    },
    // The whole loop, with a reload and two round trips through the demo server.
    { timeoutMs: 150_000 },
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
    await clinicianView(page);
    await page.locator('#queue [role="row"][data-index="0"]').filter({ hasText: 'عاجل' }).waitFor();
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
