// il-mood-chart against uPlot and Chart.js on the same 730 daily points, in headless Chromium:
// first render (from creating the chart to the end of the frame that shows it) and appending
// one point (from the call to the end of its frame). Every sample is a fresh page; the three
// libraries take turns in each round (the order rotates), and the figures are medians.
// The page is bundled by esbuild from bench/charts/entry.ts with Lit's production build.
//
//   node bench/charts.bench.mjs [rounds]
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../tools/chromium.js';
import { serveDirectory } from '../tools/static-server.js';
import { median, report } from './lib/results.mjs';

const ROUNDS = Number(process.argv[2] ?? 15);
const POINTS = 730;
const here = new URL('.', import.meta.url).pathname;
const dir = await mkdtemp(join(tmpdir(), 'interlude-chart-bench-'));
let server;
let browser;
try {
  await build({
    entryPoints: [join(here, 'charts/entry.ts')],
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
  const names = ['il-mood-chart', 'uPlot', 'Chart.js'];
  const samples = Object.fromEntries(names.map((name) => [name, { first: [], append: [] }]));
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = names.map((_, index) => names[(index + round) % names.length]);
    for (const name of order) {
      const context = await browser.newContext({ viewport: { width: 900, height: 700 } });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error));
      await page.goto(`${server.url}/index.html`);
      await page.waitForFunction(() => typeof window.runChartSample === 'function');
      const result = await page.evaluate(
        ([library, count]) => window.runChartSample(library, count),
        [name, POINTS],
      );
      await context.close();
      if (errors.length > 0) throw errors[0];
      samples[name].first.push(result.firstMs);
      samples[name].append.push(result.appendMs);
    }
  }
  const ours = samples['il-mood-chart'];
  console.log(
    `charts: Chromium ${browser.version()}, ${POINTS} points, ${ROUNDS} interleaved rounds, medians`,
  );
  console.table(
    names.map((name) => ({
      library: name,
      'first render ms': Number(median(samples[name].first).toFixed(2)),
      'append one point ms': Number(median(samples[name].append).toFixed(2)),
    })),
  );
  const rows = [];
  for (const peer of ['uPlot', 'Chart.js']) {
    rows.push({
      name: `il-mood-chart: first render, ${POINTS} points, vs ${peer}`,
      unit: 'ms',
      value: median(ours.first),
      peer,
      peerValue: median(samples[peer].first),
    });
    rows.push({
      name: `il-mood-chart: append one point to ${POINTS}, vs ${peer}`,
      unit: 'ms',
      value: median(ours.append),
      peer,
      peerValue: median(samples[peer].append),
    });
  }
  report(rows);
} finally {
  await browser?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
}
