// 10,000 submissions synced to a real FHIR server (packages/fhir/test-server/fhir-server.mjs,
// a child process on loopback, validating every resource against R4): the sync engine with
// fhirTransport, batch Bundles of 100 conditional creates, versus one conditional-create POST
// per resource for a sample (default 1,000), extrapolated. Reports round trips and seconds.
// Against the BUILT packages (run `npm run build:node-tested` first).
//
//   node bench/fhir-sync.bench.mjs [submissions] [sample]
import { getMeasure } from '@interlude/content';
import { IDENTIFIER_SYSTEMS, fhirTransport, submissionToQuestionnaireResponse } from '@interlude/fhir';
import { createOutboxEntry, createSyncEngine, memoryStore, outboxPut, readOutbox } from '@interlude/store';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { report } from './lib/results.mjs';

const COUNT = Number(process.argv[2] ?? 10_000);
const SAMPLE = Number(process.argv[3] ?? 1_000);
const BATCH = 100;
const NOW = new Date('2026-03-23T10:00:00.000Z');
const phq9 = getMeasure('phq-9');

function submission(i) {
  const answers = {};
  for (let item = 1; item <= 9; item += 1) answers[`phq9-${item}`] = (i + item) % 4;
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    assignmentId: 'a-1',
    clientId: 'c-1',
    activity: { kind: 'measure', id: 'phq-9', version: phq9.version },
    answers,
    startedAt: '2026-03-23T09:00:00+01:00',
    submittedAt: '2026-03-23T09:04:00+01:00',
    timeZone: 'Europe/Berlin',
    status: 'completed',
  };
}

async function startServer() {
  const script = new URL('../packages/fhir/test-server/fhir-server.mjs', import.meta.url).pathname;
  const child = spawn(process.execPath, [script, '--port', '0', '--quiet'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = await once(createInterface({ input: child.stdout }), 'line');
  const origin = `http://127.0.0.1:${/^listening (\d+)$/.exec(line)[1]}`;
  return {
    base: `${origin}/fhir/R4`,
    stats: async () => (await fetch(`${origin}/_test/stats`)).json(),
    stop: async () => {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/** fetch that counts round trips. */
function countingFetch() {
  const counter = { requests: 0 };
  const wrapped = (input, init) => {
    counter.requests += 1;
    return fetch(input, init);
  };
  return { fetch: wrapped, counter };
}

async function batched() {
  const server = await startServer();
  try {
    const backend = await memoryStore().open({ userId: 'c-1', role: 'client' });
    for (let start = 0; start < COUNT; start += 500) {
      const ops = [];
      for (let i = start; i < Math.min(COUNT, start + 500); i += 1) {
        const record = submission(i);
        ops.push({ type: 'put', collection: 'submissions', value: record });
        ops.push(outboxPut(createOutboxEntry({ id: record.id, collection: 'submissions', now: NOW })));
      }
      await backend.write(ops);
    }
    const { fetch: counted, counter } = countingFetch();
    const transport = fhirTransport({
      baseUrl: server.base,
      fetch: counted,
      batchSize: BATCH,
      timeoutMs: 120_000,
      definitions: () => phq9,
      subject: { patient: 'Patient/c-nobody' },
    });
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
    const seconds = (performance.now() - started) / 1000;
    const left = (await readOutbox(backend)).entries.length;
    const stats = await server.stats();
    if (
      report.stored !== COUNT ||
      left !== 0 ||
      stats.resources.QuestionnaireResponse !== COUNT ||
      stats.duplicates
    ) {
      throw new Error(
        `sync incomplete: stored ${report.stored}, left ${left}, server ${JSON.stringify(stats)}`,
      );
    }
    return { seconds, requests: counter.requests };
  } finally {
    await server.stop();
  }
}

async function onePostPerResource() {
  const server = await startServer();
  try {
    const started = performance.now();
    for (let i = 0; i < SAMPLE; i += 1) {
      const resource = submissionToQuestionnaireResponse(submission(i), phq9);
      const response = await fetch(`${server.base}/QuestionnaireResponse`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/fhir+json',
          'If-None-Exist': `identifier=${encodeURIComponent(IDENTIFIER_SYSTEMS.submission)}|${submission(i).id}`,
        },
        body: JSON.stringify(resource),
      });
      if (response.status !== 201) throw new Error(`POST failed with ${response.status}`);
      await response.arrayBuffer();
    }
    return { seconds: (performance.now() - started) / 1000, requests: SAMPLE };
  } finally {
    await server.stop();
  }
}

const batch = await batched();
const single = await onePostPerResource();
const extrapolated = (single.seconds / SAMPLE) * COUNT;
console.log(`${COUNT} submissions → FHIR server (loopback, R4 validation on every write)`);
console.log(
  `  engine + fhirTransport, batch Bundles of ${BATCH}: ${batch.requests} round trips, ${batch.seconds.toFixed(2)} s`,
);
console.log(
  `  one POST per resource: ${single.requests} round trips for ${SAMPLE} in ${single.seconds.toFixed(2)} s → ` +
    `${COUNT} round trips, ~${extrapolated.toFixed(1)} s for ${COUNT} (extrapolated)`,
);
console.log('  (loopback has ~0 latency: at 50 ms per round trip, add 50 ms × round trips to each line)');
report([
  {
    name: `FHIR sync: ${COUNT.toLocaleString('en')} submissions to the local FHIR server, batch Bundles of ${BATCH}`,
    unit: 's',
    value: batch.seconds,
    peer: 'one POST per resource (extrapolated)',
    peerValue: extrapolated,
  },
]);
