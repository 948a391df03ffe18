// @interlude/store in real Chromium IndexedDB: time to save 1,000 submissions through
// `client.submissions.save` (sequentially, and all at once), the main-thread cost of one
// `client.drafts.update()` call (median and p95 over 1,000 updates, synchronous part only)
// and the time to flush them. The page (bench/store.bench.html) runs a script that esbuild
// bundles on the fly from bench/store/entry.ts and the TypeScript sources
// (`@interlude/source` condition), so no build is needed first. Headless Chromium via
// playwright-core, served from 127.0.0.1 by tools/static-server.js.
//
// It runs twice: in a fresh browser context, whose storage lives in memory (as in a private
// window; the journal is then in localStorage), and on a persistent profile in a temporary
// directory, as a real user's browser does (IndexedDB and the OPFS journal on disk: slower,
// and closer to the truth). `--in-memory` or `--on-disk` runs one of them.
//
//   node bench/store.bench.mjs [count] [--in-memory | --on-disk]
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../tools/chromium.js';
import { serveDirectory } from '../tools/static-server.js';

const COUNT = Number(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 1000);
const MODES = process.argv.includes('--on-disk')
  ? [true]
  : process.argv.includes('--in-memory')
    ? [false]
    : [false, true];
const here = new URL('.', import.meta.url).pathname;

for (const onDisk of MODES) await runBench(onDisk);

async function runBench(ON_DISK) {
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
    if (ON_DISK) {
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
    const { saves, drafts } = await page.evaluate((count) => window.runStoreBench(count), COUNT);
    if (errors.length > 0) throw errors[0];

    const version = (await page.evaluate(() => navigator.userAgent)).match(/Chrome\/([\d.]+)/)?.[1] ?? '?';
    console.log(
      `store: Chromium ${version}, real IndexedDB ${ON_DISK ? 'on disk (persistent profile)' : 'in memory (fresh context)'}, ` +
        `${COUNT} check-in submissions (each with its outbox entry)`,
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
  } finally {
    await context?.close();
    await browser?.close();
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  }
}
