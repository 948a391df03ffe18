// The clinician elements in headless Chromium: il-review-queue with 1,000 clients (about 2,000
// flags), time to first render and to re-order after acknowledging the top flag; il-session-prep
// for one client with a year of data (a daily check-in six days a week and weekly PHQ-9 and GAD-7, 471
// submissions on an in-memory store), from setting it up to the painted sections. Every sample is
// a fresh page; the figures are medians. The page is bundled by esbuild from
// bench/clinician/entry.ts with Lit's production build.
//
//   node bench/clinician.bench.mjs [rounds]
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../tools/chromium.js';
import { serveDirectory } from '../tools/static-server.js';
import { median, report } from './lib/results.mjs';

const ROUNDS = Number(process.argv[2] ?? 7);
const here = new URL('.', import.meta.url).pathname;
const dir = await mkdtemp(join(tmpdir(), 'interlude-clinician-bench-'));
let server;
let browser;
try {
  await build({
    entryPoints: [join(here, 'clinician/entry.ts')],
    outdir: dir,
    entryNames: 'bench',
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['@interlude/source', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: join(here, '..', 'tsconfig.base.json'),
    logLevel: 'warning',
  });
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><body style="margin:0;font:14px sans-serif;width:1000px"><script type="module" src="bench.js"></script>',
  );
  server = await serveDirectory(dir);
  browser = await chromium.launch({ executablePath: requireChromium(), headless: true, args: CHROMIUM_ARGS });
  const samples = { first: [], reorder: [], prep: [] };
  let rendered = 0;
  let submissions = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => typeof window.runClinicianSample === 'function');
    const result = await page.evaluate(() => window.runClinicianSample());
    await context.close();
    if (errors.length > 0) throw errors[0];
    samples.first.push(result.queue.firstMs);
    samples.reorder.push(result.queue.reorderMs);
    samples.prep.push(result.prepMs);
    rendered = result.queue.rendered;
    submissions = result.submissions;
  }
  console.log(
    `clinician: Chromium ${browser.version()}, ${ROUNDS} rounds, medians; ${rendered} of ~2,000 queue rows rendered; ${submissions} submissions in the year`,
  );
  const rows = [
    { name: 'il-review-queue: first render, 1,000 clients', unit: 'ms', value: median(samples.first) },
    {
      name: 'il-review-queue: re-order after acknowledging, 1,000 clients',
      unit: 'ms',
      value: median(samples.reorder),
    },
    { name: 'il-session-prep: one client with a year of data', unit: 'ms', value: median(samples.prep) },
  ];
  console.table(rows.map((row) => ({ row: row.name, ms: Number(row.value.toFixed(1)) })));
  report(rows);
} finally {
  await browser?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
}
