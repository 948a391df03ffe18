// The PHQ-9 in il-measure-form against SurveyJS (survey-core + survey-js-ui 2.5.38, its default
// theme) rendering the same questionnaire JSON, in headless Chromium: first render to interactive,
// from creating the form to the end of the frame that shows all ten questions answerable (every
// option present and enabled; for il-measure-form also its draft looked up on the device). Every
// sample is a fresh page with the app's client already created; the two take turns in each round
// (the order alternates), and the figures are medians. The page is bundled by esbuild from
// bench/measure-form/entry.ts with Lit's production build, minified, as a vendor would ship it.
//
//   node bench/measure-form.bench.mjs [rounds]
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../tools/chromium.js';
import { serveDirectory } from '../tools/static-server.js';
import { median, report } from './lib/results.mjs';

const ROUNDS = Number(process.argv[2] ?? 15);
const here = new URL('.', import.meta.url).pathname;
const dir = await mkdtemp(join(tmpdir(), 'interlude-measure-form-bench-'));
let server;
let browser;
/** The renderer main thread's CPU time so far, in ms (CDP Performance.getMetrics `ThreadTime`, seconds). */
async function threadTime(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const found = metrics.find((metric) => metric.name === 'ThreadTime');
  if (found === undefined) throw new Error('Chromium reports no ThreadTime');
  return found.value * 1000;
}

try {
  await build({
    entryPoints: [join(here, 'measure-form/entry.ts')],
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
    '<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="bench.css"><body style="margin:0;font:14px sans-serif"><script type="module" src="bench.js"></script>',
  );
  server = await serveDirectory(dir);
  browser = await chromium.launch({ executablePath: requireChromium(), headless: true, args: CHROMIUM_ARGS });
  const names = ['il-measure-form', 'SurveyJS'];
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = names.map((_, index) => names[(index + round) % names.length]);
    for (const name of order) {
      const context = await browser.newContext({ viewport: { width: 900, height: 700 } });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error));
      await page.goto(`${server.url}/index.html`);
      await page.waitForFunction(() => typeof window.runMeasureFormSample === 'function');
      await page.evaluate(() => window.prepareMeasureFormSample());
      // The renderer's main-thread CPU time around the render: what other processes on a busy
      // machine take from it does not count, unlike the wall time.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      const before = await threadTime(cdp);
      const result = await page.evaluate((library) => window.runMeasureFormSample(library), name);
      const cpuMs = (await threadTime(cdp)) - before;
      await context.close();
      if (errors.length > 0) throw errors[0];
      samples[name].push({ wall: result.firstMs, cpu: cpuMs });
    }
  }
  console.log(`measure form: Chromium ${browser.version()}, PHQ-9, ${ROUNDS} interleaved rounds, medians`);
  const med = (name, key) => median(samples[name].map((sample) => sample[key]));
  console.table(
    names.map((name) => ({
      library: name,
      'wall ms': Number(med(name, 'wall').toFixed(2)),
      'main-thread CPU ms': Number(med(name, 'cpu').toFixed(2)),
      'runs (wall/CPU)': samples[name]
        .map(({ wall, cpu }) => `${wall.toFixed(0)}/${cpu.toFixed(0)}`)
        .join(' '),
    })),
  );
  const peer = 'SurveyJS (survey-core + survey-js-ui), the same questionnaire JSON';
  report([
    {
      name: 'il-measure-form: PHQ-9 first render to interactive, vs SurveyJS, wall',
      unit: 'ms',
      value: med('il-measure-form', 'wall'),
      peer,
      peerValue: med('SurveyJS', 'wall'),
    },
    {
      name: 'il-measure-form: PHQ-9 first render to interactive, vs SurveyJS, main-thread CPU',
      unit: 'ms',
      value: med('il-measure-form', 'cpu'),
      peer,
      peerValue: med('SurveyJS', 'cpu'),
    },
  ]);
} finally {
  await browser?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
}
