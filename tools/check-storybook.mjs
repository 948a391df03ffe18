// Renders every story of the static Storybook build in headless Chromium and checks that
// it really rendered: no page errors, every il-* element defined with a shadow root, and
// no axe-core violations (WCAG 2.2 A/AA). Also renders each story in the dark and
// high-contrast themes and right-to-left, where contrast and layout bugs hide. And that the
// preview looks like a vendor's page: a real font, the theme over the whole canvas, and no
// editable controls for parts, CSS properties, slots or events.
// Usage: node tools/check-storybook.mjs [storybook-static] [--counts file.json]
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from './chromium.js';
import { serveDirectory } from './static-server.js';
import { axeViolations } from './axe.js';

const args = process.argv.slice(2);
const countsIndex = args.indexOf('--counts');
const countsFile = countsIndex >= 0 ? args.splice(countsIndex, 2)[1] : undefined;
const dir = args[0] ?? 'storybook-static';
if (!existsSync(join(dir, 'index.json'))) {
  console.error(`No Storybook build in ${dir}/ (run npm run build-storybook first).`);
  process.exit(2);
}

const server = await serveDirectory(dir);
const base = server.url;

const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
/** Each story once as written, and again in the variants where bugs hide. */
const VARIANTS = [
  { name: 'light', globals: '' },
  { name: 'dark', globals: 'theme:dark' },
  { name: 'high-contrast rtl', globals: 'theme:high-contrast;dir:rtl' },
];

/** Categories of the argTypes tables that document the element and bind to nothing in a story. */
const DOCUMENTATION_ROWS = ['events', 'slots', 'css custom properties', 'css shadow parts'];

const browser = await chromium.launch({
  executablePath: requireChromium(),
  headless: true,
  args: CHROMIUM_ARGS,
});
const counts = { passed: 0, failed: 0, skipped: 0 };
try {
  for (const story of stories) {
    for (const variant of VARIANTS) {
      const label = `${story.title} › ${story.name} [${variant.name}]`;
      const problems = await checkStory(story.id, variant.globals);
      if (problems.length === 0) {
        counts.passed += 1;
        console.log(`  ✔ ${label}`);
      } else {
        counts.failed += 1;
        console.log(`  ✘ ${label}\n${problems.map((problem) => `      ${problem}`).join('\n')}`);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Stories: ${counts.passed} passed, ${counts.failed} failed`);
if (countsFile) await writeFile(countsFile, JSON.stringify(counts));
process.exit(counts.failed > 0 || stories.length === 0 ? 1 : 0);

async function checkStory(id, globals) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  try {
    const query = `id=${encodeURIComponent(id)}&viewMode=story${globals ? `&globals=${globals}` : ''}`;
    await page.goto(`${base}/iframe.html?${query}`);
    await page.waitForFunction(
      () =>
        document.body.classList.contains('sb-show-main') ||
        document.body.classList.contains('sb-show-errordisplay'),
      undefined,
      { timeout: 15000 },
    );
    const report = await page.evaluate(async (DOCUMENTATION_ROWS) => {
      const root = document.querySelector('#storybook-root');
      const error = document.querySelector('#error-message')?.textContent;
      const elements = [...(root?.querySelectorAll('*') ?? [])].filter((el) =>
        el.localName.startsWith('il-'),
      );
      await Promise.all(elements.map((el) => customElements.whenDefined(el.localName)));
      await Promise.all(elements.map((el) => el.updateComplete));
      // The preview stands in for a vendor's page: a font of its own (not the browser's
      // default serif) and the theme painted over the whole canvas.
      const wrapper = root?.querySelector('.il-story');
      const corner = document.elementFromPoint(innerWidth - 1, innerHeight - 1);
      const { argTypes } = window.__STORYBOOK_PREVIEW__.currentRender.story;
      return {
        shown: document.body.classList.contains('sb-show-main'),
        error: error?.trim(),
        count: elements.length,
        broken: elements
          .filter((el) => !customElements.get(el.localName) || !el.shadowRoot)
          .map((el) => el.localName),
        defaultFont:
          !wrapper ||
          getComputedStyle(wrapper).fontFamily === getComputedStyle(document.documentElement).fontFamily,
        canvasUnpainted: !wrapper?.contains(corner),
        // Parts, CSS properties, slots and events are documentation: never an editable control.
        editableDocs: Object.values(argTypes)
          .filter(
            (argType) =>
              DOCUMENTATION_ROWS.includes(argType.table?.category) &&
              argType.control &&
              !argType.control.disable,
          )
          .map((argType) => `${argType.table.category} ${argType.name}`),
      };
    }, DOCUMENTATION_ROWS);
    if (!report.shown) problems.push(`story did not render: ${report.error ?? 'unknown error'}`);
    if (report.count === 0) problems.push('no il-* element in the story');
    for (const name of report.broken) problems.push(`${name} is not defined or has no shadow root`);
    if (report.defaultFont) problems.push("the story renders in the browser's default font");
    if (report.canvasUnpainted) problems.push('the theme does not paint the whole canvas');
    for (const row of report.editableDocs) problems.push(`${row} is an editable control`);
    const violations = await axeViolations(page, '#storybook-root');
    problems.push(...violations.map((violation) => `axe ${violation}`));
  } catch (error) {
    problems.push(String(error.message ?? error).split('\n')[0]);
  } finally {
    await page.close();
  }
  return problems;
}
