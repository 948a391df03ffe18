// `npm run test:kill`: kills the whole browser mid-write, again and again, and checks that no
// confirmed answer is ever lost (issue 19). Each trial launches Chromium itself on one
// persistent profile (--user-data-dir), opens a page that saves check-ins and types a draft
// through @interlude/store as fast as it can (syncing to a slow server here, so there is
// always unsynced work), kills the browser's whole process group at a random moment
// (SIGKILL, as the OS does under memory pressure), and relaunches on the same profile. The
// relaunched page reports what it found; every save the page had confirmed must be there
// (on the device, or after re-pulling from the server), and the draft at least as far as
// its last confirmed write.
//
// A kill sometimes leaves IndexedDB corrupt; Chromium then deletes the database ("IndexedDB
// recovering from a corrupted (and deleted) database"). Those trials are counted, and the
// answers the journal put back are counted too.
//
//   node tools/kill-test.mjs [--trials 200] [--seed 1] [--min-ms 100] [--max-ms 900]
//                            [--trials-per-user 10]
//
// Prints one line per trial with a problem, and a summary; exits 1 if anything was lost.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { CHROMIUM_ARGS, requireChromium } from './chromium.js';

const { values: flags } = parseArgs({
  options: {
    trials: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    'min-ms': { type: 'string', default: '100' },
    'max-ms': { type: 'string', default: '900' },
    'trials-per-user': { type: 'string', default: '10' },
  },
});
const TRIALS = Number(flags.trials);
const MIN_MS = Number(flags['min-ms']);
const MAX_MS = Number(flags['max-ms']);
const PER_USER = Number(flags['trials-per-user']);
const here = new URL('.', import.meta.url).pathname;
const chromium = requireChromium();

/** mulberry32: the harness's kill moments are reproducible with --seed. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(Number(flags.seed));

// ---- the page, bundled from the TypeScript sources ----------------------------------------
const work = await mkdtemp(join(tmpdir(), 'interlude-kill-'));
const profile = join(work, 'profile');
const built = await build({
  entryPoints: [join(here, 'kill-test/page.ts')],
  bundle: true,
  write: false,
  minify: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['@interlude/source'],
  tsconfig: join(here, '..', 'tsconfig.base.json'),
  logLevel: 'warning',
});
const script = built.outputFiles[0].text;
const html =
  '<!doctype html><meta charset="utf-8"><title>kill test</title><script type="module" src="/page.js"></script>';

// ---- the server: the page, a sync endpoint, and the page's reports ------------------------
/** What the server stores, by `${collection}/${id}`, and its change log. */
const records = new Map();
const changeLog = [];
/** Per user: every save the page confirmed, and the highest draft revision it confirmed. */
const confirmed = new Map();
const draftConfirmed = new Map();
let checkReport;
let onCheck;
/** When the current launch asked for the page: splits the launch time into browser and page. */
let pageRequestedAt = 0;
const pageErrors = [];

function pushOne(entry) {
  const key = `${entry.collection}/${entry.id}`;
  if (!records.has(key) || !['submissions', 'scores'].includes(entry.collection)) {
    records.set(key, entry.record);
    changeLog.push(key);
  }
  return { id: entry.id, status: 'stored', version: String(changeLog.length) };
}

async function body(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

function json(response, value) {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify(value));
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url, 'http://x');
  try {
    if (url.pathname === '/') {
      pageRequestedAt = Date.now();
      response.writeHead(200, { 'content-type': 'text/html' });
      return response.end(html);
    }
    if (url.pathname === '/page.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      return response.end(script);
    }
    if (url.pathname === '/sync/push') {
      const { entries } = await body(request);
      // A slow server: there is always work on the device that only the journal protects.
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 200));
      return json(response, { outcomes: entries.map(pushOne) });
    }
    if (url.pathname === '/sync/changes') {
      const from = Number(url.searchParams.get('cursor') ?? 0);
      const end = Math.min(changeLog.length, from + 500);
      const changes = changeLog.slice(from, end).map((key) => {
        const [collection] = key.split('/');
        return { collection, record: records.get(key) };
      });
      return json(response, { changes, cursor: String(end), hasMore: end < changeLog.length });
    }
    if (url.pathname === '/report/confirmed') {
      const report = await body(request);
      const ids = confirmed.get(report.user) ?? new Set();
      confirmed.set(report.user, ids);
      for (const id of report.ids) ids.add(id);
      if (typeof report.draft === 'number')
        draftConfirmed.set(report.user, Math.max(draftConfirmed.get(report.user) ?? 0, report.draft));
      return json(response, {});
    }
    if (url.pathname === '/report/check') {
      checkReport = await body(request);
      onCheck?.();
      return json(response, {});
    }
    if (url.pathname === '/report/error') {
      pageErrors.push((await body(request)).message);
      return json(response, {});
    }
    response.writeHead(404).end();
  } catch (error) {
    response.writeHead(500).end(String(error));
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
// One port for the whole run: storage belongs to the origin, and the origin includes it.
const origin = `http://127.0.0.1:${server.address().port}`;

// ---- trials -------------------------------------------------------------------------------
/** Starts Chromium in its own process group; resolves with its handle and its log lines. */
function launch(trial, user, check) {
  const log = [];
  const child = spawn(
    chromium,
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      `--user-data-dir=${profile}`,
      '--enable-logging=stderr',
      '--v=0',
      '--hide-crash-restore-bubble',
      '--disable-extensions',
      '--disable-default-apps',
      '--no-default-browser-check',
      '--disable-features=Translate,OptimizationHints,MediaRouter',
      `${origin}/?trial=${trial}&user=${user}${check ? `&check=${check}` : ''}`,
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let buffered = '';
  child.stderr.on('data', (chunk) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop();
    for (const line of lines) if (/indexeddb|corrupt|leveldb/i.test(line)) log.push(line);
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return { child, log, exited };
}

function waitForCheck(ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the page did not report in time')), ms);
    onCheck = () => {
      clearTimeout(timer);
      onCheck = undefined;
      resolve(checkReport);
    };
  });
}

const totals = {
  trials: 0,
  kills: 0,
  corruptions: 0,
  chromiumLogged: 0,
  storageLost: 0,
  recoveredFromJournal: 0,
  refilledFromServer: 0,
  confirmedChecked: 0,
  lost: 0,
  draftsBehind: 0,
  draftsChecked: 0,
};
const started = Date.now();
/** Milliseconds the checking page spent per phase (page load, open, list, pull), summed. */
const pagePhases = {};
/** Where the page's journal was (it must be `opfs` on a persistent profile). */
const journals = new Set();
/** Milliseconds from launch until the browser asked for the page, and until the page reported. */
let browserStartMs = 0;
let startupMs = 0;
let failed = false;
let previous;

try {
  // Trial t launches, checks what the kill of trial t-1 left, saves, and is killed. One more
  // launch at the end checks the last kill.
  for (let trial = 0; trial <= TRIALS; trial += 1) {
    const user = `kill-client-${Math.floor(trial / PER_USER)}`;
    const launchedAt = Date.now();
    const browser = launch(trial, user, previous?.user);
    let report;
    try {
      report = (await waitForCheck(60_000)).report;
      startupMs += Date.now() - launchedAt;
      browserStartMs += pageRequestedAt - launchedAt;
    } catch (error) {
      process.kill(-browser.child.pid, 'SIGKILL');
      await browser.exited;
      throw new Error(`trial ${trial}: ${error.message}; page errors: ${pageErrors.join('; ') || 'none'}`, {
        cause: error,
      });
    }

    if (previous) {
      totals.trials += 1;
      const expected = confirmed.get(previous.user) ?? new Set();
      const onDevice = new Set(report.onDevice);
      const afterPull = new Set(report.afterPull);
      const lost = [...expected].filter((id) => !afterPull.has(id));
      const refilled = [...expected].filter((id) => !onDevice.has(id) && afterPull.has(id));
      const corruptLogged = browser.log.some((line) => /corrupt/i.test(line));
      const storageLost = report.problems.includes('storage-lost');
      journals.add(report.journal);
      for (const [phase, ms] of Object.entries(report.timings ?? {}))
        pagePhases[phase] = (pagePhases[phase] ?? 0) + ms;
      totals.confirmedChecked += expected.size;
      totals.lost += lost.length;
      totals.refilledFromServer += refilled.length;
      totals.recoveredFromJournal += report.lost?.recovered?.submissions ?? 0;
      if (corruptLogged) totals.chromiumLogged += 1;
      if (storageLost) totals.storageLost += 1;
      if (corruptLogged || storageLost) totals.corruptions += 1;
      const draftWanted = draftConfirmed.get(previous.user);
      if (draftWanted !== undefined) {
        totals.draftsChecked += 1;
        if ((report.draft ?? 0) < draftWanted) totals.draftsBehind += 1;
      }
      const behind = draftWanted !== undefined && (report.draft ?? 0) < draftWanted;
      if (lost.length > 0 || behind || corruptLogged || storageLost) {
        console.log(
          `trial ${previous.trial}: killed after ${previous.waitMs} ms; ${expected.size} confirmed, ` +
            `${lost.length} lost, ${refilled.length} refilled from the server, ` +
            `journal recovered ${report.lost?.recovered?.submissions ?? 0}; draft ${report.draft} ` +
            `(confirmed ${draftWanted ?? '-'}); ${corruptLogged ? 'Chromium: corrupt database deleted; ' : ''}` +
            `${storageLost ? `storage-lost (${report.lost?.reason})` : ''}`,
        );
        for (const line of browser.log.filter((entry) => /corrupt/i.test(entry)).slice(0, 2))
          console.log(`  ${line.trim()}`);
      }
      if (lost.length > 0 || behind) failed = true;
    }

    if (trial === TRIALS) {
      process.kill(-browser.child.pid, 'SIGKILL');
      await browser.exited;
      break;
    }
    // The page is saving now; kill the whole browser at a random moment.
    const waitMs = Math.round(MIN_MS + random() * (MAX_MS - MIN_MS));
    await new Promise((resolve) => setTimeout(resolve, waitMs));
    process.kill(-browser.child.pid, 'SIGKILL');
    await browser.exited;
    totals.kills += 1;
    // Confirmations still in flight to this server when the browser died arrive now or never.
    await new Promise((resolve) => setTimeout(resolve, 50));
    previous = { trial, user, waitMs };
    if (trial % 20 === 19) {
      const seconds = Math.round((Date.now() - started) / 1000);
      console.log(
        `… ${trial + 1} trials, ${seconds} s, ${totals.lost} lost so far, ${totals.corruptions} corruptions`,
      );
    }
  }
} finally {
  server.close();
  await rm(work, { recursive: true, force: true });
}

const seconds = Math.round((Date.now() - started) / 1000);
console.log(
  `\nkill test: ${totals.trials} trials, ${totals.kills} kills of the whole browser, ` +
    `${totals.corruptions} corruptions seen (Chromium logged ${totals.chromiumLogged}, client reported storage-lost ` +
    `${totals.storageLost}), ${totals.recoveredFromJournal} answers recovered from the journal ` +
    `(${[...journals].join(', ')}), ` +
    `${totals.refilledFromServer} refilled from the server; ${totals.confirmedChecked} confirmed answers checked, ` +
    `${totals.lost} lost; drafts checked ${totals.draftsChecked}, behind ${totals.draftsBehind}; ${seconds} s ` +
    `(on average ${Math.round(browserStartMs / (totals.trials + 1))} ms until the browser asked for the page, ` +
    `${Math.round((startupMs - browserStartMs) / (totals.trials + 1))} ms more until it reported)`,
);
console.log(
  `checking page, ms on average: ${Object.entries(pagePhases)
    .map(([phase, ms]) => `${phase.replace(/Ms$/, '')} ${Math.round(ms / Math.max(1, totals.trials))}`)
    .join(', ')}`,
);
if (pageErrors.length > 0) console.log(`page errors: ${pageErrors.slice(0, 5).join('; ')}`);
process.exit(failed || pageErrors.length > 0 ? 1 : 0);
