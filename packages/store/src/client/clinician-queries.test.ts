import { expect } from '@open-wc/testing';
import { ValidationError, computeFlags, type Assignment } from '@interlude/core';
import { memoryStore } from '../backend/memory.js';
import { memoryServer, memoryTransport } from '../sync/memory-transport.js';
import { createInterlude, type Interlude } from './create-interlude.js';
import { NotPermittedError } from './errors.js';
import { NOW, PHQ9, dailyAssignment, phq9Submission, rejection } from './fixtures.test-suite.js';

const CLINICIAN = { id: 't-1', role: 'clinician', timeZone: 'Europe/Berlin' } as const;
const now = (): string => NOW;

const clients: Interlude[] = [];
function track(client: Interlude): Interlude {
  clients.push(client);
  return client;
}
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

function clinician(server = memoryServer(), id = 't-1'): Interlude {
  return track(
    createInterlude({
      user: { ...CLINICIAN, id },
      store: memoryStore(),
      transport: memoryTransport({ server }),
      now,
      sync: { autoStart: false },
    }),
  );
}

/** Three new exercises in one week for c-2: an `overload` flag (attention, so it may be snoozed). */
function overload(): Assignment[] {
  return [1, 2, 3].map((day) => ({
    ...dailyAssignment('c-2', `x-${day}`),
    activity: { kind: 'exercise', id: 'values', version: '1.0.0' },
    createdAt: `2026-02-2${day + 5}T18:00:00.000+01:00`,
  }));
}

describe('the clinician queries of createInterlude', () => {
  describe('flags.snooze', () => {
    it('puts a flag out of the queue until the start of the chosen day, syncs it, and an acknowledgement ends it', async () => {
      const server = memoryServer();
      const device = clinician(server);
      for (const assignment of overload()) await device.assignments.put(assignment);
      const [flag] = (await device.flags.forCaseload()).filter((found) => found.kind === 'overload');
      expect(flag?.severity).to.equal('attention');

      const snooze = await device.flags.snooze(flag!.id, { until: '2026-03-05' });
      expect(snooze).to.deep.equal({
        flagId: flag!.id,
        acknowledgedAt: NOW,
        snoozedUntil: '2026-03-05T00:00:00+01:00',
      });
      const during = await device.flags.forCaseload();
      expect(during.find((found) => found.id === flag!.id)?.snoozedUntil).to.equal(
        '2026-03-05T00:00:00+01:00',
      );
      const later = await device.flags.forCaseload({ now: '2026-03-05T00:00:00+01:00' });
      expect(later.find((found) => found.id === flag!.id)?.snoozedUntil, 'back by itself').to.equal(
        undefined,
      );

      // The snooze reaches the clinician's other device through sync, as its own record.
      await device.sync.syncNow();
      const other = clinician(server);
      await other.sync.syncNow();
      const seen = await other.flags.forCaseload();
      expect(seen.find((found) => found.id === flag!.id)?.snoozedUntil).to.equal('2026-03-05T00:00:00+01:00');

      // Acknowledging afterwards is final, and the server keeps both records.
      await other.flags.acknowledge(flag!.id);
      await other.sync.syncNow();
      await device.sync.syncNow();
      const acknowledged = (await device.flags.forCaseload()).find((found) => found.id === flag!.id);
      expect(acknowledged?.acknowledgedAt).to.equal(NOW);
      expect(acknowledged?.snoozedUntil).to.equal(undefined);
      expect(server.all('acknowledgements').map((record) => record['flagId'])).to.deep.equal([
        flag!.id,
        flag!.id,
      ]);
    });

    it('accepts an instant, and refuses a date not after now, a malformed one, or a client', async () => {
      const device = clinician();
      const until = '2026-03-09T08:00:00.000+01:00';
      expect((await device.flags.snooze('overload:c-2:x-1', { until })).snoozedUntil).to.equal(until);
      for (const bad of ['2026-03-02', '2026-03-01T00:00:00Z', 'next week']) {
        const error = await rejection(device.flags.snooze('overload:c-2:x-1', { until: bad }));
        expect(error, bad).to.be.instanceOf(ValidationError);
        expect((error as ValidationError).message).to.not.include(bad);
      }
      const client = track(
        createInterlude({ user: { id: 'c-1', role: 'client' }, store: memoryStore(), now }),
      );
      expect(await rejection(client.flags.snooze('x', { until }))).to.be.instanceOf(NotPermittedError);
    });

    it('never hides an urgent risk flag', async () => {
      const device = clinician();
      await device.assignments.put({
        ...dailyAssignment('c-1', 'a-phq9'),
        activity: { kind: 'measure', id: PHQ9.id, version: PHQ9.version },
      });
      await device.definitions.put(PHQ9);
      await device.submissions.save(phq9Submission('c-1', 2), { definition: PHQ9 });
      const risk = (await device.flags.forCaseload()).find((found) => found.kind === 'risk');
      expect(risk?.severity).to.equal('urgent');
      await device.flags.snooze(risk!.id, { until: '2026-03-09' });
      expect(
        (await device.flags.forCaseload()).find((found) => found.id === risk!.id)?.snoozedUntil,
      ).to.equal(undefined);
    });
  });

  describe('sessionPrep', () => {
    it("prepares one client's period from the stored data, as core does", async () => {
      const device = clinician();
      await device.definitions.put(PHQ9);
      const assignment = {
        ...dailyAssignment('c-1', 'a-phq9'),
        activity: { kind: 'measure' as const, id: PHQ9.id, version: PHQ9.version },
      };
      await device.assignments.put(assignment);
      const mine = phq9Submission('c-1', 1);
      await device.submissions.save(mine, { definition: PHQ9 });
      await device.submissions.save(phq9Submission('c-9', 3), { definition: PHQ9 });
      const prep = await device.sessionPrep('c-1', { since: '2026-02-23T10:00:00.000+01:00' });
      expect(prep.clientId).to.equal('c-1');
      expect(prep.now).to.equal(NOW);
      expect(prep.completed.map((item) => item.submissionId)).to.deep.equal([mine.id]);
      expect(prep.scoreChanges[0]?.after.total).to.equal(9);
      expect(prep.events.filter((event) => event.kind === 'risk-answer')).to.have.length(1);
      const error = await rejection(device.sessionPrep('c-1', { since: 'last week' }));
      expect(error).to.be.instanceOf(ValidationError);
      const client = track(
        createInterlude({ user: { id: 'c-1', role: 'client' }, store: memoryStore(), now }),
      );
      expect(await rejection(client.sessionPrep('c-1', { since: NOW }))).to.be.instanceOf(NotPermittedError);
    });
  });

  describe('caseload', () => {
    it('lists clients with their clinicians, adherence and clinic aggregates with small groups suppressed', async () => {
      const device = clinician();
      for (const [index, id] of ['c-1', 'c-2', 'c-3', 'c-4', 'c-5', 'c-6'].entries()) {
        await device.assignments.put({
          ...dailyAssignment(id, `a-${id}`),
          clinicianId: index < 5 ? 't-1' : 't-2',
        });
      }
      await device.assignments.put({
        ...dailyAssignment('c-6', 'a-c-6-old'),
        clinicianId: 't-1',
        createdAt: '2026-02-01T09:00:00.000+01:00',
      });
      const listed = await device.caseload.clients();
      expect(listed.map((entry) => entry.clientId)).to.deep.equal(['c-1', 'c-2', 'c-3', 'c-4', 'c-5', 'c-6']);
      expect(listed[5]).to.deep.equal({
        clientId: 'c-6',
        clinicianIds: ['t-1', 't-2'],
        clinicianId: 't-2',
        activeAssignments: 2,
      });

      const range = { from: '2026-03-01T00:00:00.000+01:00', to: '2026-03-02T10:00:00.000+01:00' };
      const adherence = await device.caseload.adherence(range);
      expect(adherence.map((entry) => entry.clientId)).to.deep.equal(listed.map((entry) => entry.clientId));
      expect(adherence[0]?.assigned).to.equal(2);

      const report = await device.caseload.aggregates(range);
      expect(report.overall).to.deep.include({ suppressed: false, clientCount: 6 });
      expect(report.clinicians.map((group) => [group.key, group.suppressed])).to.deep.equal([
        ['t-1', false],
        ['t-2', true],
      ]);
      const cohorts = await device.caseload.aggregates({
        ...range,
        clients: listed.map(({ clientId }) => ({ clientId, clinicianId: 't-1', cohort: 'pilot' })),
      });
      expect(cohorts.cohorts.map((group) => group.key)).to.deep.equal(['pilot']);
      expect(await rejection(device.caseload.aggregates({ ...range, from: 'then' }))).to.be.instanceOf(
        ValidationError,
      );
    });

    it('agrees with the flag engine on who is in the caseload, and is clinician only', async () => {
      const device = clinician();
      for (const assignment of overload()) await device.assignments.put(assignment);
      const flags = computeFlags({ assignments: overload(), submissions: [], scores: [] }, NOW);
      expect((await device.flags.forCaseload()).map((flag) => flag.id)).to.deep.equal(
        flags.map((flag) => flag.id),
      );
      const client = track(
        createInterlude({ user: { id: 'c-1', role: 'client' }, store: memoryStore(), now }),
      );
      expect(await rejection(client.caseload.clients())).to.be.instanceOf(NotPermittedError);
    });
  });
});
