// The review queue (`client.flags.forCaseload`) and session prep read one set of calibrated
// flags: a simulated caseload goes through the memory server to a clinician's device, and for
// every client the store's flags equal those core's `prepareSession` carries.
import { expect } from 'chai';
import { prepareSession } from '@interlude/core';
import { simulateCaseload } from '@interlude/core/testing';
import { getCheckInTemplate, getMeasure } from '@interlude/content';
import { createInterlude, definitionKey, memoryServer, memoryStore, memoryTransport } from '@interlude/store';

describe('client.flags.forCaseload and session prep', () => {
  it('show the same calibrated flags for every client', async () => {
    const checkIn = getCheckInTemplate('daily-mood');
    const phq9 = getMeasure('phq-9');
    const gad7 = getMeasure('gad-7');
    if (checkIn === undefined || phq9 === undefined || gad7 === undefined)
      throw new Error('content is missing');
    const simulation = simulateCaseload({ checkIn, phq9, gad7, seed: 3, stableClients: 3, eventsPerKind: 2 });
    const { assignments, submissions, definitions } = simulation.caseload;
    // The last weekly review: every planted risk answer and deterioration has happened by then.
    const now = simulation.reviews[simulation.reviews.length - 1] as string;
    const since = simulation.reviews[simulation.reviews.length - 2] as string;

    const server = memoryServer();
    for (const assignment of assignments) server.put('assignments', assignment);
    for (const submission of submissions) server.put('submissions', submission);
    for (const definition of definitions)
      server.put('definitions', { id: definitionKey(definition), definition });
    const clinician = createInterlude({
      user: { id: 'clinician-0', role: 'clinician' },
      store: memoryStore(),
      transport: memoryTransport({ server }),
      now: () => now,
      sync: { autoStart: false },
    });
    try {
      await clinician.sync.syncNow();
      const queue = await clinician.flags.forCaseload({ now });
      expect(queue.map((flag) => flag.kind)).to.include.members(['risk', 'deterioration']);
      for (const { clientId } of simulation.clients) {
        const prep = prepareSession({
          clientId,
          since,
          now,
          assignments,
          submissions,
          scores: [],
          definitions,
        });
        expect(
          prep.flags.map(({ flag }) => flag),
          clientId,
        ).to.deep.equal(queue.filter((flag) => flag.clientId === clientId));
      }
    } finally {
      await clinician.close();
    }
  });
});
