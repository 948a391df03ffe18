// The page side of bench/store-ab.mjs: this tree's store and another tree's (`@peer/store`,
// e.g. main's) on the same generated caseload (100 clients × one year), each partition filled
// by its own store, then in turns a fresh client per sample: open, first flags.forCaseload(),
// a second one with nothing written. Every first call's flags are checked against computeFlags
// over the whole caseload. A third partition is written by the peer and opened by this tree
// (its upgrade, timed on its own), then sampled in the same turns.
import * as ours from '@interlude/store';
// @ts-expect-error: resolved by bench/store-ab.mjs to the other tree's store source
import * as peer from '@peer/store';
import { computeFlags } from '@interlude/core';
// @ts-expect-error: a plain-JS module of the bench (the caseload the Node benches use)
import { generateCaseload } from '../caseload/generate.mjs';

type Store = typeof ours;
type Caseload = {
  assignments: Parameters<ours.Repository['assignments']['putOp']>[0][];
  submissions: Parameters<ours.Repository['submissions']['putOp']>[0][];
  scores: { submissionId: string; score: Parameters<ours.Repository['scores']['putOp']>[0] }[];
  definitions: Parameters<ours.Repository['definitions']['putOp']>[0]['definition'][];
  now: string;
};
const clinician = { id: 'ab-clinician', role: 'clinician' } as const;

async function fill(store: Store, name: string, data: Caseload): Promise<void> {
  const backend = await store.idbStore({ name }).open({ userId: clinician.id, role: clinician.role });
  const repository = new store.Repository(backend);
  const ops = [
    ...data.definitions.map((definition) =>
      repository.definitions.putOp({ id: store.definitionKey(definition), definition }),
    ),
    ...data.assignments.map((assignment) => repository.assignments.putOp(assignment)),
    ...data.submissions.map((submission) => repository.submissions.putOp(submission)),
    ...data.scores.map(({ submissionId, score }) =>
      repository.scores.putOp({ ...score, id: store.scoreId(submissionId), submissionId }),
    ),
  ];
  for (let start = 0; start < ops.length; start += 2000)
    await repository.write(ops.slice(start, start + 2000));
  backend.close();
}

interface Sample {
  readonly openMs: number;
  readonly flagsMs: number;
  readonly againMs: number;
  readonly same: boolean;
}

async function sample(store: Store, name: string, now: string, expected: string): Promise<Sample> {
  const client = store.createInterlude({ user: clinician, store: store.idbStore({ name }), now: () => now });
  const started = performance.now();
  await client.ready;
  const opened = performance.now();
  const flags = await client.flags.forCaseload({ now });
  const done = performance.now();
  const again = await client.flags.forCaseload({ now });
  const againMs = performance.now() - done;
  await client.close();
  const json = JSON.stringify(flags);
  return {
    openMs: opened - started,
    flagsMs: done - opened,
    againMs,
    same: json === expected && JSON.stringify(again) === expected,
  };
}

declare global {
  interface Window {
    runCaseloadAB(rounds: number): Promise<{
      submissions: number;
      flags: number;
      ours: Sample[];
      peer: Sample[];
      /** The peer's partition opened by this tree: the first sample with its upgrade, then the rest in turns. */
      upgradedFirst: Sample & { upgradeMs: number };
      upgraded: Sample[];
    }>;
  }
}

window.runCaseloadAB = async (rounds) => {
  const data = generateCaseload(100, 365) as Caseload;
  const expected = JSON.stringify(computeFlags({ ...data }, data.now));
  const stamp = Date.now();
  const names = { ours: `ab-ours-${stamp}`, peer: `ab-peer-${stamp}`, upgraded: `ab-upgraded-${stamp}` };
  await fill(ours, names.ours, data);
  await fill(peer as Store, names.peer, data);
  await fill(peer as Store, names.upgraded, data);
  // Opening the peer's partition with this tree runs this tree's migrations (if any are new).
  const upgradeStarted = performance.now();
  (
    await ours.idbStore({ name: names.upgraded }).open({ userId: clinician.id, role: clinician.role })
  ).close();
  const upgradeMs = performance.now() - upgradeStarted;
  const upgradedFirst = { ...(await sample(ours, names.upgraded, data.now, expected)), upgradeMs };
  const results: { ours: Sample[]; peer: Sample[]; upgraded: Sample[] } = {
    ours: [],
    peer: [],
    upgraded: [],
  };
  const all = ['peer', 'ours', 'upgraded'] as const;
  for (let round = 0; round < rounds; round += 1) {
    // The order rotates each round, so no partition always goes first.
    for (const which of all.map((_, index) => all[(index + round) % all.length] as (typeof all)[number]))
      results[which].push(
        await sample(which === 'peer' ? (peer as Store) : ours, names[which], data.now, expected),
      );
  }
  for (const name of Object.values(names))
    await ours.createInterlude({ user: clinician, store: ours.idbStore({ name }) }).signOut();
  return {
    submissions: data.submissions.length,
    flags: JSON.parse(expected).length,
    ...results,
    upgradedFirst,
  };
};
