// Sync throughput against the in-memory transport: N submissions (default 10,000) written to
// a memory backend with their outbox entries, then `syncNow()` pushes them in batches of 50
// and pulls the server's change log back. Measures the engine's own cost (outbox reads,
// record loads, per-entry outcome writes, pull pages): no network. Against the BUILT package
// (run `npm run build:node-tested` first). Prints the median of a few runs.
//
//   node bench/sync.bench.mjs [submissions] [runs]
import { performance } from 'node:perf_hooks';
import {
  createOutboxEntry,
  createSyncEngine,
  memoryStore,
  memoryTransport,
  outboxPut,
  readOutbox,
} from '@interlude/store';
import { report } from './lib/results.mjs';

const COUNT = Number(process.argv[2] ?? 10_000);
const RUNS = Number(process.argv[3] ?? 3);
const BATCH = 50;
const NOW = new Date('2026-03-02T09:00:00.000Z');

/** A submission of realistic size: a PHQ-9 (9 answers) with timestamps and ids. */
function submission(i) {
  const answers = {};
  for (let item = 1; item <= 9; item += 1) answers[`phq9-${item}`] = (i + item) % 4;
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    assignmentId: 'a-1',
    clientId: 'c-1',
    activity: { kind: 'measure', id: 'phq-9', version: '1.0.0' },
    occurrenceStart: NOW.toISOString(),
    startedAt: NOW.toISOString(),
    completedAt: NOW.toISOString(),
    status: 'completed',
    answers,
  };
}

async function once() {
  const backend = await memoryStore().open({ userId: 'c-1', role: 'client' });
  // Written in chunks like the repository would, one atomic batch per submission group.
  for (let start = 0; start < COUNT; start += 500) {
    const ops = [];
    for (let i = start; i < Math.min(COUNT, start + 500); i += 1) {
      const record = submission(i);
      ops.push({ type: 'put', collection: 'submissions', value: record });
      ops.push(outboxPut(createOutboxEntry({ id: record.id, collection: 'submissions', now: NOW })));
    }
    await backend.write(ops);
  }
  const transport = memoryTransport({ pageSize: 500 });
  const engine = createSyncEngine({
    backend,
    transport,
    now: () => NOW,
    batchSize: BATCH,
    lock: 'none',
    broadcast: false,
  });

  const started = performance.now();
  const report = await engine.syncNow();
  const elapsed = performance.now() - started;

  const left = (await readOutbox(backend)).entries.length;
  const onServer = transport.server.all('submissions').length;
  if (report.stored !== COUNT || left !== 0 || onServer !== COUNT || report.pulled !== COUNT) {
    throw new Error(
      `sync incomplete: stored ${report.stored}, pulled ${report.pulled}, left ${left}, server ${onServer}`,
    );
  }
  return elapsed;
}

const times = [];
await once(); // warm-up (JIT)
for (let run = 0; run < RUNS; run += 1) times.push(await once());
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(
  `sync: ${COUNT} submissions, batch ${BATCH}, push + pull against memoryTransport: ` +
    `median ${median.toFixed(0)} ms over ${RUNS} runs → ${Math.round((COUNT / median) * 1000).toLocaleString('en')} records/s ` +
    `(runs: ${times.map((time) => time.toFixed(0)).join(', ')} ms; Node ${process.version})`,
);
report([
  {
    name: `sync engine: ${COUNT.toLocaleString('en')} submissions push + pull, memoryTransport`,
    unit: 'ms',
    value: median,
  },
]);
