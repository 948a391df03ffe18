// Core at clinic scale: the nightly job of a vendor (or a clinician's portal over a caseload)
// on a synthetic caseload of 10,000 clients × 90 days (bench/caseload/generate.mjs: a daily
// check-in and a weekly PHQ-9 each, ~70 % adherence, four zones, ~721k submissions, ~91k
// scores). One run = index the caseload once, then flags for everyone, the lean adherence
// summary of everyone and a session prep for everyone (since a week ago), all from the index.
// Against the BUILT packages (`npm run build:node-tested`). Interleaved runs, medians; wall
// time and CPU time (user + system of the whole process), heap above the caseload itself.
// The detailed adherence path (clientAdherence per client, with every occurrence) is timed on
// a sample and scaled up, as the peer of the lean one.
//
//   node --expose-gc bench/clinic-scale.bench.mjs [clients] [runs]
import { performance } from 'node:perf_hooks';
import {
  caseloadAdherence,
  clientAdherence,
  computeFlags,
  indexCaseload,
  prepareSessions,
} from '@interlude/core';
import { caseloadOf, generateCaseload } from './caseload/generate.mjs';
import { median, report } from './lib/results.mjs';

const CLIENTS = Number(process.argv[2] ?? 10_000);
const RUNS = Number(process.argv[3] ?? 5);
const DETAILED_SAMPLE = Math.min(CLIENTS, 300);
const DAY_MS = 86_400_000;

const gc = globalThis.gc ?? (() => {});
const heap = () => process.memoryUsage().heapUsed;
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const MB = 1_048_576;

const started = performance.now();
const data = generateCaseload(CLIENTS);
const caseload = caseloadOf(data);
console.log(
  `caseload: ${CLIENTS} clients × 90 days, ${data.assignments.length} assignments, ` +
    `${data.submissions.length} submissions, ${data.scores.length} scores (generated in ${Math.round(performance.now() - started)} ms)`,
);
const now = data.now;
const since = new Date(Date.parse(now) - 7 * DAY_MS).toISOString();
const range = { from: data.from, to: now, now };

/** One whole run; returns per-phase wall and CPU ms and the heap high-water mark at phase ends. */
function run() {
  gc();
  const base = heap();
  let peak = 0;
  const phases = {};
  const phase = (name, work) => {
    const wall = performance.now();
    const cpu = cpuMs();
    const result = work();
    phases[name] = { wall: performance.now() - wall, cpu: cpuMs() - cpu };
    peak = Math.max(peak, heap() - base);
    return result;
  };
  const index = phase('index', () => indexCaseload(caseload));
  const flags = phase('flags', () => computeFlags(index, now));
  const adherence = phase('adherence', () => caseloadAdherence(index, range));
  const preps = phase('prep', () =>
    // The review queue's flags are handed over, not computed a second time.
    prepareSessions(index, {
      now,
      sessions: index.clientIds.map((clientId) => ({ clientId, since })),
      flags,
    }),
  );
  const total = Object.values(phases).reduce(
    (sum, { wall, cpu }) => ({ wall: sum.wall + wall, cpu: sum.cpu + cpu }),
    {
      wall: 0,
      cpu: 0,
    },
  );
  gc();
  const retained = heap() - base;
  return {
    phases,
    total,
    peak,
    retained,
    counts: { flags: flags.length, adherence: adherence.length, preps: preps.length },
  };
}

run(); // warm-up (JIT, memoised zone lookups)
const runs = Array.from({ length: RUNS }, run);
const med = (pick) => median(runs.map(pick));
const last = runs[runs.length - 1];
console.log(
  `results: ${last.counts.flags} flags, ${last.counts.adherence} adherence summaries, ${last.counts.preps} session preps`,
);
for (const name of ['index', 'flags', 'adherence', 'prep']) {
  console.log(
    `  ${name.padEnd(10)} wall ${med((r) => r.phases[name].wall)
      .toFixed(0)
      .padStart(5)} ms   cpu ${med((r) => r.phases[name].cpu)
      .toFixed(0)
      .padStart(5)} ms`,
  );
}
console.log(
  `  together   wall ${med((r) => r.total.wall)
    .toFixed(0)
    .padStart(5)} ms   cpu ${med((r) => r.total.cpu)
    .toFixed(0)
    .padStart(5)} ms` +
    `   heap peak ≥ ${(med((r) => r.peak) / MB).toFixed(0)} MB, results retain ${(med((r) => r.retained) / MB).toFixed(0)} MB`,
);

// The detailed path on a sample, scaled to the caseload (it is linear in the clients).
const sample = data.byClient.slice(0, DETAILED_SAMPLE);
const detailedTimes = [];
for (let round = 0; round < 3; round += 1) {
  const wall = performance.now();
  sample.forEach((own, index) => clientAdherence(`c-${index}`, own.assignments, own.submissions, range));
  detailedTimes.push(((performance.now() - wall) / DETAILED_SAMPLE) * CLIENTS);
}
const detailedMs = median(detailedTimes);
console.log(
  `  clientAdherence (detailed), ${DETAILED_SAMPLE} clients scaled to ${CLIENTS}: ${detailedMs.toFixed(0)} ms`,
);

const label = `${CLIENTS.toLocaleString('en')} clients × 90 days`;
report([
  {
    name: `core: flags + adherence + session prep, ${label} (index included), wall`,
    unit: 'ms',
    value: med((r) => r.total.wall),
  },
  {
    name: `core: flags + adherence + session prep, ${label}, CPU`,
    unit: 'ms',
    value: med((r) => r.total.cpu),
  },
  {
    name: `core: heap above the caseload while computing them, ${label}`,
    unit: 'B',
    value: med((r) => r.peak),
  },
  { name: `core: indexCaseload, ${label}`, unit: 'ms', value: med((r) => r.phases.index.wall) },
  { name: `core: computeFlags from the index, ${label}`, unit: 'ms', value: med((r) => r.phases.flags.wall) },
  {
    name: `core: adherence of every client, ${label}`,
    unit: 'ms',
    value: med((r) => r.phases.adherence.wall),
    peer: 'clientAdherence per client (detailed, scaled from a sample)',
    peerValue: detailedMs,
  },
  {
    name: `core: prepareSessions for every client (since 7 days), ${label}`,
    unit: 'ms',
    value: med((r) => r.phases.prep.wall),
  },
]);
