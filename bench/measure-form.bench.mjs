// The PHQ-9 in il-measure-form against SurveyJS (survey-core + survey-js-ui 2.5.38, its default
// theme) rendering the same questionnaire JSON, in headless Chromium: first render to interactive,
// from creating the form to the end of the frame that shows all ten questions answerable (every
// option present and enabled; for il-measure-form also its draft looked up on the device). Every
// sample is a fresh page with the app's client already created; the two take turns in each round
// (the order alternates), and the figures are medians. The page is bundled by esbuild from
// bench/measure-form/entry.ts with Lit's production build, minified, as a vendor would ship it.
//
//   node bench/measure-form.bench.mjs [rounds]
import { interleavedRounds, withPeerPage } from './lib/peer-page.mjs';
import { median, report } from './lib/results.mjs';

const ROUNDS = Number(process.argv[2] ?? 15);
/** The renderer main thread's CPU time so far, in ms (CDP Performance.getMetrics `ThreadTime`, seconds). */
async function threadTime(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const found = metrics.find((metric) => metric.name === 'ThreadTime');
  if (found === undefined) throw new Error('Chromium reports no ThreadTime');
  return found.value * 1000;
}

const COLD_PAGES = { 'il-measure-form': 'cold-interlude', SurveyJS: 'cold-surveyjs' };

await withPeerPage(
  'measure-form/entry.ts',
  async ({ browser, url, pageUrl }) => {
    const names = ['il-measure-form', 'SurveyJS'];
    const samples = await interleavedRounds(browser, url, names, ROUNDS, async (name, page, context) => {
      await page.waitForFunction(() => typeof window.runMeasureFormSample === 'function');
      await page.evaluate(() => window.prepareMeasureFormSample());
      // The renderer's main-thread CPU time around the render: what other processes on a busy
      // machine take from it does not count, unlike the wall time.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      const before = await threadTime(cdp);
      const result = await page.evaluate((library) => window.runMeasureFormSample(library), name);
      return { wall: result.firstMs, cpu: (await threadTime(cdp)) - before };
    });
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

    // Cold: a fresh page that has loaded nothing, timed from the start of navigation to interactive,
    // so each library's download, parse and evaluation count (and for il-measure-form creating the
    // client), as in the "first render in headless Chromium". Wall time only: the renderer
    // process changes on navigation, so its CPU counter cannot be read across it.
    const cold = await interleavedRounds(browser, 'about:blank', names, ROUNDS, async (name, page) => {
      await page.goto(pageUrl(COLD_PAGES[name]));
      await page.waitForFunction(() => window.coldSample !== undefined, undefined, { timeout: 60_000 });
      return page.evaluate(() => window.coldSample.firstMs);
    });
    const coldMedian = (name) => median(cold[name]);
    console.table(
      names.map((name) => ({
        library: name,
        'cold page wall ms': Number(coldMedian(name).toFixed(2)),
        runs: cold[name].map((ms) => ms.toFixed(0)).join(' '),
      })),
    );
    report([
      {
        name: 'il-measure-form: PHQ-9 from a cold page (script load and evaluation, client, render to interactive), vs SurveyJS, wall',
        unit: 'ms',
        value: coldMedian('il-measure-form'),
        peer,
        peerValue: coldMedian('SurveyJS'),
      },
    ]);
  },
  {
    pages: {
      'cold-interlude': 'measure-form/cold-interlude.ts',
      'cold-surveyjs': 'measure-form/cold-surveyjs.ts',
    },
  },
);
