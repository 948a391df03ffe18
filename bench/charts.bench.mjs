// il-mood-chart against uPlot and Chart.js on the same 730 daily points, in headless Chromium:
// first render (from creating the chart to the end of the frame that shows it) and appending
// one point (from the call to the end of its frame). Every sample is a fresh page; the three
// libraries take turns in each round (the order rotates), and the figures are medians.
// The page is bundled by esbuild from bench/charts/entry.ts with Lit's production build.
//
//   node bench/charts.bench.mjs [rounds]
import { interleavedRounds, withPeerPage } from './lib/peer-page.mjs';
import { median, report } from './lib/results.mjs';

const ROUNDS = Number(process.argv[2] ?? 15);
const POINTS = 730;

await withPeerPage('charts/entry.ts', async ({ browser, url }) => {
  const names = ['il-mood-chart', 'uPlot', 'Chart.js'];
  const runs = await interleavedRounds(browser, url, names, ROUNDS, async (name, page) => {
    await page.waitForFunction(() => typeof window.runChartSample === 'function');
    return page.evaluate(([library, count]) => window.runChartSample(library, count), [name, POINTS]);
  });
  const samples = Object.fromEntries(
    names.map((name) => [
      name,
      { first: runs[name].map((run) => run.firstMs), append: runs[name].map((run) => run.appendMs) },
    ]),
  );
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
});
