// Interleaved A/B of the clinician's first review queue: this tree's @interlude/store against
// another tree's (e.g. main's worktree), bundled side by side into one page from their
// TypeScript sources and run in turns on the same generated caseload (100 clients × one
// year) in headless Chromium with real IndexedDB. Prints the medians, every sample, whether
// each first call's flags equal computeFlags over the whole caseload, and the load average.
// Not part of `npm run bench` (it needs the other tree).
//
//   node bench/store-ab.mjs <other tree> [rounds]
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../tools/chromium.js';
import { serveDirectory } from '../tools/static-server.js';
import { median } from './lib/results.mjs';

const [other, roundsArgument] = process.argv.slice(2);
if (other === undefined) throw new Error('usage: node bench/store-ab.mjs <other tree> [rounds]');
const ROUNDS = Number(roundsArgument ?? 7);
const here = new URL('.', import.meta.url).pathname;
const peerStore = join(resolve(other), 'packages/store/src/index.ts');

const dir = await mkdtemp(join(tmpdir(), 'interlude-store-ab-'));
let server;
let browser;
try {
  await build({
    entryPoints: [join(here, 'store/caseload-ab.ts')],
    outfile: join(dir, 'ab.js'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['@interlude/source'],
    alias: { '@peer/store': peerStore },
    tsconfig: join(here, '..', 'tsconfig.base.json'),
    logLevel: 'warning',
  });
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><script type="module" src="ab.js"></script>',
  );
  server = await serveDirectory(dir);
  browser = await chromium.launch({ executablePath: requireChromium(), headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(`${server.url}/index.html`);
  await page.waitForFunction(() => typeof window.runCaseloadAB === 'function');
  const loadBefore = loadavg()[0];
  const result = await page.evaluate((rounds) => window.runCaseloadAB(rounds), ROUNDS);
  const loadAfter = loadavg()[0];
  if (errors.length > 0) throw errors[0];
  const row = (label, samples) => ({
    store: label,
    'first forCaseload median ms': Math.round(median(samples.map((s) => s.flagsMs))),
    'again median ms': Math.round(median(samples.map((s) => s.againMs))),
    'open median ms': Math.round(median(samples.map((s) => s.openMs))),
    'first calls (ms)': samples.map((s) => Math.round(s.flagsMs)).join(' '),
    'flags = computeFlags': samples.every((s) => s.same),
  });
  console.log(
    `${result.submissions} submissions, ${result.flags} flags; ${ROUNDS} interleaved rounds; ` +
      `load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`,
  );
  console.table([
    row('this tree', result.ours),
    row(other, result.peer),
    row(`written by ${other}, upgraded here`, result.upgraded),
  ]);
  const first = result.upgradedFirst;
  console.log(
    `the other tree's partition opened here: upgrade ${Math.round(first.upgradeMs)} ms, then first forCaseload ` +
      `${Math.round(first.flagsMs)} ms, flags = computeFlags: ${first.same}`,
  );
  if (![...result.ours, ...result.peer, ...result.upgraded, first].every((s) => s.same)) process.exitCode = 1;
} finally {
  await browser?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
}
