// The packs from the catalogue to the client: a clinician stores every shipped exercise the
// vendor's licensing allows and assigns each; the client's il-today (inline) lists them all and
// opens any of them in the player, in any order, and the saved work names its assignment.
import { expect, html } from '@open-wc/testing';
import { listExercises } from '@interlude/content';
import { DEFAULT_LICENSING, licensedDefinitions, type Assignment } from '@interlude/core';
import { memoryServer, memoryTransport } from '@interlude/store';
import { SEED_NOW } from '../shared/testing/seed.js';
import { mountWithClient, testClient } from '../shared/testing/test-client.js';
import '../today/define.js';
import type { IlToday } from '../today/today.js';
import './define.js';
import type { IlExercisePlayer } from './exercise-player.js';
import { completeByKeyboard, expectAccessible, until } from './player.test-suite.js';

const now = () => SEED_NOW;

/** One assignment per exercise, due tonight (Tuesday 10 March 2026, London). */
function assignEach(): Assignment[] {
  return listExercises().map((exercise) => ({
    id: `a-${exercise.id}`,
    clientId: 'c-1',
    clinicianId: 't-1',
    status: 'active',
    createdAt: '2026-03-07T09:00:00Z',
    activity: { kind: 'exercise', id: exercise.id, version: exercise.version },
    schedule: { kind: 'once', timeZone: 'Europe/London', due: '2026-03-10T19:00' },
  }));
}

async function clientWithEveryExercise() {
  const server = memoryServer();
  const clinician = testClient({ role: 'clinician', transport: memoryTransport({ server }), now });
  // Written for Interlude, the packs carry no third-party licence: a commercial vendor may offer all.
  const offered = licensedDefinitions(listExercises(), DEFAULT_LICENSING);
  expect(offered.map((exercise) => exercise.id)).to.deep.equal(
    listExercises().map((exercise) => exercise.id),
  );
  await clinician.definitions.put(...offered);
  for (const assignment of assignEach()) await clinician.assignments.put(assignment);
  await clinician.sync.syncNow();
  await clinician.close();
  const client = testClient({ transport: memoryTransport({ server }), now });
  await client.sync.syncNow();
  return client;
}

describe('il-exercise-player in il-today', () => {
  it('lists every assigned exercise and opens any of them, in any order, saving against its assignment', async function () {
    this.timeout(60000);
    const client = await clientWithEveryExercise();
    const today = await mountWithClient<IlToday>(html`<il-today inline></il-today>`, client);
    await today.settled();
    const starts = () => [...today.shadowRoot!.querySelectorAll<HTMLButtonElement>('[data-section] button')];
    expect(starts().length).to.equal(listExercises().length);

    // The last of the list first: nothing is locked behind the others.
    const last = listExercises().at(-1)!;
    starts()
      .find((button) => button.textContent!.includes(last.title['en']!))!
      .click();
    await until(() => today.shadowRoot!.querySelector('il-exercise-player') !== null, 'the player');
    const player = today.shadowRoot!.querySelector<IlExercisePlayer>('il-exercise-player')!;
    await player.updateComplete;
    expect(player.definition?.id).to.equal(last.id);
    await expectAccessible(player);
    await completeByKeyboard(player, last);

    const [saved] = await client.submissions.list({ activityId: last.id });
    expect(saved?.status).to.equal('completed');
    expect(saved?.assignmentId).to.equal(`a-${last.id}`);
    expect(saved?.occurrenceId).to.equal(`a-${last.id}@2026-03-10T19:00`);

    today.shadowRoot!.querySelector<HTMLElement>('[part="back"]')!.click();
    await until(() => today.shadowRoot!.querySelector('[data-section="done"]') !== null, 'the done list');
    expect(today.shadowRoot!.querySelector('[data-section="done"]')!.textContent).to.include(
      last.title['en']!,
    );
    // The first exercise opens as readily afterwards.
    const first = listExercises()[0]!;
    starts()
      .find((button) => button.textContent!.includes(first.title['en']!))!
      .click();
    await until(
      () =>
        today.shadowRoot!.querySelector<IlExercisePlayer>('il-exercise-player')?.definition?.id === first.id,
      'the first exercise',
    );
    await client.close();
  });
});
