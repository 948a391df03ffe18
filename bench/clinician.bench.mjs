// The clinician elements in headless Chromium: il-review-queue with 1,000 clients (about 2,000
// flags), time to first render and to re-order after acknowledging the top flag; il-session-prep
// for one client with a year of data (a daily check-in six days a week and weekly PHQ-9 and GAD-7, 471
// submissions on an in-memory store), from setting it up to the painted sections. Every sample is
// a fresh page; the figures are medians. The page is bundled by esbuild from
// bench/clinician/entry.ts with Lit's production build (bench/lib/peer-page.mjs).
//
//   node bench/clinician.bench.mjs [rounds]
import { interleavedRounds, withPeerPage } from './lib/peer-page.mjs';
import { median, report } from './lib/results.mjs';

const ROUNDS = Number(process.argv[2] ?? 7);

await withPeerPage('clinician/entry.ts', async ({ browser, url }) => {
  let rendered = 0;
  let submissions = 0;
  const { clinician: results } = await interleavedRounds(
    browser,
    url,
    ['clinician'],
    ROUNDS,
    async (_name, page) => {
      await page.waitForFunction(() => typeof window.runClinicianSample === 'function');
      const result = await page.evaluate(() => window.runClinicianSample());
      rendered = result.queue.rendered;
      submissions = result.submissions;
      return result;
    },
    { width: 1000, height: 800 },
  );
  console.log(
    `clinician: Chromium ${browser.version()}, ${ROUNDS} rounds, medians; ${rendered} of ~2,000 queue rows rendered; ${submissions} submissions in the year`,
  );
  const rows = [
    {
      name: 'il-review-queue: first render, 1,000 clients',
      unit: 'ms',
      value: median(results.map((result) => result.queue.firstMs)),
    },
    {
      name: 'il-review-queue: re-order after acknowledging, 1,000 clients',
      unit: 'ms',
      value: median(results.map((result) => result.queue.reorderMs)),
    },
    {
      name: 'il-session-prep: one client with a year of data',
      unit: 'ms',
      value: median(results.map((result) => result.prepMs)),
    },
  ];
  console.table(rows.map((row) => ({ row: row.name, ms: Number(row.value.toFixed(1)) })));
  report(rows);
});
