// Interleaved A/B of core at clinic scale: this tree's @interlude/core against another tree's
// (e.g. main's worktree), both bundled by esbuild from their TypeScript sources and run in one
// process on the same generated caseload (bench/caseload/generate.mjs). Not part of
// `npm run bench` (it needs the other tree).
//
//   node --expose-gc bench/core-ab.mjs <other tree> same [clients]
//     The JSON of computeFlags (from the index and from the caseload), caseloadAdherence,
//     prepareSessions (7 and 30 days), prepareSession for 40 clients and clientsNeedingHistory
//     (40 days) on the generated caseload as it comes, shuffled with repeats and ties, and in
//     order with repeated and resubmitted ids (some without a duration, an occurrence id or a
//     completed status); the last two with some scores given twice. Prints the SHA-256 of each
//     tree's output; exits 1 when they differ.
//   node --expose-gc bench/core-ab.mjs <other tree> time [clients] [rounds]
//     CPU ms per phase (index, flags, adherence, prep for everyone since a week ago), the two
//     trees in alternating order each round; medians, the ratio and the load average.
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { caseloadOf, generateCaseload, prng } from './caseload/generate.mjs';
import { median } from './lib/results.mjs';

const [other, mode = 'time', clientsArgument, roundsArgument] = process.argv.slice(2);
if (other === undefined || !['same', 'time'].includes(mode))
  throw new Error('usage: node --expose-gc bench/core-ab.mjs <other tree> same|time [clients] [rounds]');
const here = new URL('.', import.meta.url).pathname;
const DAY_MS = 86_400_000;

/** Bundles one tree's core from source and imports it. */
async function coreOf(tree, dir, name) {
  const outfile = join(dir, `${name}.mjs`);
  await build({
    entryPoints: [join(resolve(tree), 'packages/core/src/index.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    tsconfig: join(here, '..', 'tsconfig.base.json'),
    logLevel: 'warning',
  });
  return import(outfile);
}

const dir = await mkdtemp(join(tmpdir(), 'interlude-core-ab-'));
let trees;
try {
  trees = [
    { name: 'this tree', core: await coreOf(join(here, '..'), dir, 'this') },
    { name: 'other tree', core: await coreOf(other, dir, 'other') },
  ];
} finally {
  await rm(dir, { recursive: true, force: true });
}

/** The caseload's submissions shuffled, some sent twice, some sharing a neighbour's instant. */
function shuffled(submissions, random) {
  const list = submissions.map((submission, index) => {
    const previous = submissions[index - 1];
    if (previous !== undefined && previous.clientId === submission.clientId && random() < 0.03)
      return { ...submission, submittedAt: previous.submittedAt }; // a tie
    return submission;
  });
  for (const submission of submissions) if (random() < 0.02) list.push(submission); // a repeat
  for (let index = list.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [list[index], list[other]] = [list[other], list[index]];
  }
  return list;
}

/** In order, with repeats in place, resubmissions under the same id and a few odd fields. */
function inOrderOdd(submissions, random) {
  const list = [];
  for (const submission of submissions) {
    let entry = submission;
    const roll = random();
    if (roll < 0.02) entry = { ...entry, durationSeconds: undefined };
    else if (roll < 0.04) entry = { ...entry, occurrenceId: undefined };
    else if (roll < 0.05) entry = { ...entry, status: 'abandoned' };
    else if (roll < 0.06) entry = { ...entry, occurrenceId: `${entry.assignmentId}@2026-02-30` };
    list.push(entry);
    if (random() < 0.02) list.push(entry); // sync delivered it twice
    if (random() < 0.01) {
      const later = new Date(Date.parse(entry.submittedAt) + 60_000).toISOString();
      list.push({ ...entry, submittedAt: later, startedAt: later }); // resubmitted under its id
    }
  }
  return list;
}

if (mode === 'same') {
  const clients = Number(clientsArgument ?? 400);
  const data = generateCaseload(clients);
  const random = prng(7);
  // A score given twice (a different one the second time): the first counts.
  const twice = data.scores.flatMap((entry) =>
    random() < 0.05 ? [entry, { ...entry, score: { ...entry.score, total: 0 } }] : [entry],
  );
  const variants = [
    ['as generated', data.submissions, data.scores],
    ['shuffled, repeats and ties', shuffled(data.submissions, random), twice],
    ['in order, repeated and resubmitted ids', inOrderOdd(data.submissions, random), twice],
  ];
  let differ = false;
  for (const [label, submissions, scores] of variants) {
    const caseload = caseloadOf(data, submissions, scores);
    const { now } = data;
    const ago = (days) => new Date(Date.parse(now) - days * DAY_MS).toISOString();
    const hashes = trees.map(({ core }) => {
      const index = core.indexCaseload(caseload);
      const sessions = (days) => index.clientIds.map((clientId) => ({ clientId, since: ago(days) }));
      const output = {
        flagsFromIndex: core.computeFlags(index, now),
        flagsFromCaseload: core.computeFlags(caseload, now),
        adherence: core.caseloadAdherence(index, { from: data.from, to: now, now }),
        prep7: core.prepareSessions(index, { now, sessions: sessions(7) }),
        prep30: core.prepareSessions(index, { now, sessions: sessions(30) }),
        prepareSession: index.clientIds
          .filter((_, position) => position % Math.max(1, Math.floor(clients / 40)) === 0)
          .map((clientId) => core.prepareSession({ ...caseload, clientId, since: ago(14), now })),
        needingHistory: core.clientsNeedingHistory(
          caseload,
          { wholeKinds: ['measure'], since: ago(40) },
          now,
        ),
      };
      const json = JSON.stringify(output);
      return { sha: createHash('sha256').update(json).digest('hex'), bytes: json.length };
    });
    const same = hashes[0].sha === hashes[1].sha;
    differ ||= !same;
    console.log(
      `${label.padEnd(40)} ${same ? 'identical' : 'DIFFERENT'}  ${hashes.map((h) => `${h.sha.slice(0, 16)} (${h.bytes} B)`).join('  ')}`,
    );
  }
  if (differ) process.exit(1);
} else {
  const clients = Number(clientsArgument ?? 3000);
  const rounds = Number(roundsArgument ?? 5);
  const data = generateCaseload(clients);
  const caseload = caseloadOf(data);
  const { now } = data;
  const since = new Date(Date.parse(now) - 7 * DAY_MS).toISOString();
  const range = { from: data.from, to: now, now };
  const gc = globalThis.gc ?? (() => {});
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const run = (core) => {
    gc();
    const phases = {};
    const phase = (name, work) => {
      const cpu = cpuMs();
      const result = work();
      phases[name] = cpuMs() - cpu;
      return result;
    };
    const index = phase('index', () => core.indexCaseload(caseload));
    const flags = phase('flags', () => core.computeFlags(index, now));
    phase('adherence', () => core.caseloadAdherence(index, range));
    phase('prep', () =>
      core.prepareSessions(index, {
        now,
        sessions: index.clientIds.map((clientId) => ({ clientId, since })),
        flags,
      }),
    );
    phases.together = phases.index + phases.flags + phases.adherence + phases.prep;
    return phases;
  };
  const samples = trees.map(() => []);
  const loads = [loadavg()[0]];
  for (const tree of trees) run(tree.core); // warm-up
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    for (const position of order) samples[position].push(run(trees[position].core));
    loads.push(loadavg()[0]);
  }
  console.log(
    `${clients} clients × 90 days, ${data.submissions.length} submissions, ${rounds} rounds, ` +
      `load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`,
  );
  console.log(
    `${'phase (CPU ms, median)'.padEnd(24)} ${trees.map((t) => t.name.padStart(11)).join(' ')}  other/this`,
  );
  for (const name of ['index', 'flags', 'adherence', 'prep', 'together']) {
    const [mine, theirs] = samples.map((list) => median(list.map((phases) => phases[name])));
    console.log(
      `${name.padEnd(24)} ${mine.toFixed(0).padStart(11)} ${theirs.toFixed(0).padStart(11)}  ${(theirs / mine).toFixed(2)}×`,
    );
  }
}
