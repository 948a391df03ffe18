// @interlude/store in real Chromium IndexedDB: time to save 1,000 submissions through
// `client.submissions.save` (sequentially, and all at once), the main-thread cost of one
// `client.drafts.update()` call (median and p95 over 1,000 updates, synchronous part only)
// and the time to flush them. The page (bench/store.bench.html) runs a script that esbuild
// bundles on the fly from bench/store/entry.ts and the TypeScript sources
// (`@interlude/source` condition), so no build is needed first. Headless Chromium via
// playwright-core, served from 127.0.0.1 by tools/static-server.js.
//
// The saves are measured with and without the journal (five rounds each, taken in turns), and
// twice: in a fresh browser context, whose storage lives in memory as in a private window (the
// journal is then in localStorage), and on a persistent profile in a temporary directory, as in
// a real user's browser (IndexedDB and the OPFS journal on disk; only the journal comparison).
// `--in-memory` or `--on-disk` runs one of them.
//
//   node bench/store.bench.mjs [count] [--in-memory | --on-disk]
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../tools/chromium.js';
import { serveDirectory } from '../tools/static-server.js';
import { median, report } from './lib/results.mjs';

const COUNT = Number(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 1000);
const CASELOAD_ONLY = process.argv.includes('--caseload');
const MODES = CASELOAD_ONLY
  ? [false]
  : process.argv.includes('--on-disk')
    ? [true]
    : process.argv.includes('--in-memory')
      ? [false]
      : [false, true];
const here = new URL('.', import.meta.url).pathname;

for (const onDisk of MODES) await runBench(onDisk);

async function runBench(onDisk) {
  const dir = await mkdtemp(join(tmpdir(), 'interlude-store-bench-'));
  let server;
  let browser;
  let context;
  try {
    await build({
      entryPoints: [join(here, 'store/entry.ts')],
      outfile: join(dir, 'store-bench.js'),
      bundle: true,
      format: 'esm',
      target: 'es2022',
      conditions: ['@interlude/source'],
      tsconfig: join(here, '..', 'tsconfig.base.json'),
      logLevel: 'warning',
    });
    await copyFile(join(here, 'store.bench.html'), join(dir, 'index.html'));
    server = await serveDirectory(dir);
    const launchOptions = { executablePath: requireChromium(), headless: true, args: CHROMIUM_ARGS };
    if (onDisk) {
      context = await chromium.launchPersistentContext(join(dir, 'profile'), launchOptions);
    } else {
      browser = await chromium.launch(launchOptions);
      context = await browser.newContext();
    }
    const page = await context.newPage();
    // Cross-origin isolation (COOP + COEP) refines performance.now() from 100 µs to 5 µs in
    // Chromium, fine enough to time one drafts.update() call. The static server sets no headers,
    // so they are added on the way in.
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: {
          ...response.headers(),
          'cross-origin-opener-policy': 'same-origin',
          'cross-origin-embedder-policy': 'require-corp',
        },
      });
    });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => typeof window.runStoreBench === 'function');
    const {
      saves,
      drafts,
      cold,
      caseload: allCaseloads,
    } = await page.evaluate(
      ([count, journalOnly, caseloadOnly]) => window.runStoreBench(count, { journalOnly, caseloadOnly }),
      [COUNT, onDisk, CASELOAD_ONLY],
    );
    if (errors.length > 0) throw errors[0];
    // The plain partition's runs are the clinician device's figures; the encrypted ones their own rows.
    const caseload = allCaseloads.filter((run) => run.storage === 'plain');
    if (CASELOAD_ONLY) {
      console.table(allCaseloads);
      return;
    }

    const version = (await page.evaluate(() => navigator.userAgent)).match(/Chrome\/([\d.]+)/)?.[1] ?? '?';
    const where = onDisk ? 'on disk (persistent profile)' : 'in memory (fresh context)';
    console.log(
      `store: Chromium ${version}, real IndexedDB ${where}, ${COUNT} check-in submissions (each with its outbox entry)`,
    );
    console.table(
      saves.map((timing) => ({
        'write path': timing.label,
        'total ms': Math.round(timing.totalMs),
        'ms per save': Number((timing.totalMs / timing.count).toFixed(2)),
        'saves/s': Math.round((timing.count / timing.totalMs) * 1000),
      })),
    );
    console.log(
      `drafts: synchronous part of each client.drafts.update() (performance.now() resolution ${drafts[0].resolutionUs} µs, ` +
        `crossOriginIsolated ${drafts[0].isolated}), then one flush writing the merged change`,
    );
    console.table(
      drafts.map((timing) => ({
        journal: timing.journal,
        'drafts.update() calls': timing.updates,
        'mean µs (loop)': Number(timing.meanUs.toFixed(2)),
        'median µs': Number(timing.medianUs.toFixed(1)),
        'p95 µs': Number(timing.p95Us.toFixed(1)),
        'max µs': Number(timing.maxUs.toFixed(1)),
        'flush ms': Number(timing.flushMs.toFixed(1)),
      })),
    );
    const [journaled, unjournaled] = saves;
    if (onDisk) {
      report([
        {
          name: `store: ${journaled.count.toLocaleString('en')} sequential submissions.save on disk, with the OPFS journal`,
          unit: 'ms',
          value: journaled.totalMs,
          peer: 'the same without a journal',
          peerValue: unjournaled.totalMs,
        },
      ]);
      return;
    }
    const coldIndexed = median(cold.map((run) => run.indexedMs));
    const coldScan = median(cold.map((run) => run.scanMs));
    const encryptedOf = (storage) =>
      median(allCaseloads.filter((run) => run.storage === storage).map((run) => run.flagsMs));
    const encryptedFlags = encryptedOf('encrypted');
    const unmarkedFlags = encryptedOf('encrypted-unmarked');
    const caseloadFlags = median(caseload.map((run) => run.flagsMs));
    const caseloadOpen = median(caseload.map((run) => run.openMs));
    console.log(
      `cold open, ${cold[0].submissions} submissions: open + first list({ assignmentId }) (${cold[0].found} found) ` +
        `median ${coldIndexed.toFixed(0)} ms through the index, ${coldScan.toFixed(0)} ms reading every submission ` +
        `(runs: ${cold.map((run) => `${run.indexedMs.toFixed(0)}/${run.scanMs.toFixed(0)}`).join(', ')})`,
    );
    console.log(
      `clinician device, ${caseload[0].clients} clients × 1 year (${caseload[0].submissions} submissions): ` +
        `open ${caseloadOpen.toFixed(0)} ms, then flags.forCaseload ${caseloadFlags.toFixed(0)} ms (${caseload[0].flags} flags; ` +
        `runs: ${caseload.map((run) => run.flagsMs.toFixed(0)).join(', ')})`,
    );
    console.log(
      `  encrypted partition: flags.forCaseload ${encryptedFlags.toFixed(0)} ms with the validated records' marks, ` +
        `${unmarkedFlags.toFixed(0)} ms with every record parsed`,
    );
    const caseloadAgain = median(caseload.map((run) => run.againMs));
    const caseloadAcknowledged = median(caseload.map((run) => run.afterAcknowledgeMs));
    console.log(
      `  of the first call: raw IndexedDB reads ${median(caseload.map((run) => run.rawReadMs)).toFixed(0)} ms, ` +
        `computeFlags on parsed data ${median(caseload.map((run) => run.computeMs)).toFixed(0)} ms (the rest: validation); ` +
        `again with nothing written ${caseloadAgain.toFixed(0)} ms, after acknowledging a flag ${caseloadAcknowledged.toFixed(0)} ms`,
    );
    report([
      {
        name: `store: ${journaled.count.toLocaleString('en')} sequential submissions.save (strict durability)`,
        unit: 'ms',
        value: journaled.totalMs,
        peer: 'the same without a journal',
        peerValue: unjournaled.totalMs,
      },
      { name: 'store: drafts.update() main-thread cost, median', unit: 'µs', value: drafts[0].medianUs },
      { name: 'store: drafts.update() main-thread cost, p95', unit: 'µs', value: drafts[0].p95Us },
      {
        name: `store: cold open of ${cold[0].submissions.toLocaleString('en')} submissions + first list({ assignmentId })`,
        unit: 'ms',
        value: coldIndexed,
        peer: 'the same, reading every submission',
        peerValue: coldScan,
      },
      {
        name: `store: clinician device, ${caseload[0].clients} clients × 1 year, flags.forCaseload after open`,
        unit: 'ms',
        value: caseloadFlags,
      },
      {
        name: `store: clinician device, ${caseload[0].clients} clients × 1 year, encrypted partition, flags.forCaseload after open`,
        unit: 'ms',
        value: encryptedFlags,
        peer: 'the same with every record parsed (no validated marks)',
        peerValue: unmarkedFlags,
      },
      {
        name: `store: clinician device, ${caseload[0].clients} clients × 1 year, flags.forCaseload again (nothing written)`,
        unit: 'ms',
        value: caseloadAgain,
      },
      {
        name: `store: clinician device, ${caseload[0].clients} clients × 1 year, flags.forCaseload after acknowledging a flag`,
        unit: 'ms',
        value: caseloadAcknowledged,
      },
    ]);
  } finally {
    await context?.close();
    await browser?.close();
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  }
}
