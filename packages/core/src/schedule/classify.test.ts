// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
import { expect } from 'chai';
import {
  classifyOccurrences,
  expandOccurrences,
  occurrenceStatus,
  type ClassifiableSubmission,
  type Occurrence,
} from '@interlude/core';

// Daily at 09:00 Berlin, on time for 2 hours, missed after 12 hours.
const occurrences: Occurrence[] = expandOccurrences(
  {
    id: 'a-1',
    schedule: {
      kind: 'repeat',
      timeZone: 'Europe/Berlin',
      windowMinutes: 120,
      expireAfterMinutes: 720,
      repeat: { periodUnit: 'd', timeOfDay: ['09:00'], boundsPeriod: { start: '2026-03-28' } },
    },
  },
  { from: '2026-03-28T00:00:00+01:00', to: '2026-03-31T00:00:00+02:00' },
);
const [sat, sun, mon] = occurrences as [Occurrence, Occurrence, Occurrence];

let counter = 0;
function submission(
  submittedAt: string,
  extra: Partial<ClassifiableSubmission> = {},
): ClassifiableSubmission {
  counter += 1;
  return { id: `s-${counter}`, assignmentId: 'a-1', submittedAt, status: 'completed', ...extra };
}

describe('classifyOccurrences', () => {
  it('on time inside the window, late after it, missed after expiry, pending before', () => {
    const submissions = [
      submission('2026-03-28T10:59:59+01:00', { occurrenceId: sat.id }),
      submission('2026-03-29T11:00:00+02:00', { occurrenceId: sun.id }),
    ];
    const now = '2026-03-30T20:00:00+02:00';
    expect(classifyOccurrences(occurrences, submissions, now).map((o) => o.status)).to.deep.equal([
      'completed',
      'late',
      'pending',
    ]);
    expect(occurrenceStatus(mon, [], '2026-03-30T21:00:00+02:00')).to.equal('missed');
  });

  it('an early submission for the occurrence counts as on time', () => {
    const [result] = classifyOccurrences(
      [sat],
      [submission('2026-03-28T07:00:00+01:00', { occurrenceId: sat.id })],
      '2026-03-29T00:00:00+01:00',
    );
    expect(result?.status).to.equal('completed');
  });

  it('ignores abandoned submissions, ones after expiry, ones after now and other assignments', () => {
    const submissions = [
      submission('2026-03-28T09:30:00+01:00', { occurrenceId: sat.id, status: 'abandoned' }),
      submission('2026-03-28T21:00:00+01:00', { occurrenceId: sat.id }),
      submission('2026-03-29T09:30:00+02:00', { occurrenceId: sun.id }),
      submission('2026-03-30T09:30:00+02:00', { occurrenceId: mon.id, assignmentId: 'a-2' }),
    ];
    const result = classifyOccurrences(occurrences, submissions, '2026-03-29T09:10:00+02:00');
    expect(result.map((o) => o.status)).to.deep.equal(['missed', 'pending', 'pending']);
  });

  it('matches unscheduled submissions to the earliest open occurrence they fall into, once each', () => {
    const extra = submission('2026-03-29T10:00:00+02:00');
    const again = submission('2026-03-29T10:05:00+02:00');
    const result = classifyOccurrences(occurrences, [extra, again], '2026-03-31T12:00:00+02:00');
    expect(result.map((o) => [o.status, o.submissionId])).to.deep.equal([
      ['missed', undefined],
      ['completed', extra.id],
      ['missed', undefined],
    ]);
    expect(result[1]?.completedAt).to.equal('2026-03-29T10:00:00+02:00');
  });

  it('a submission naming its occurrence wins over an unscheduled one, which is then free', () => {
    const loose = submission('2026-03-29T09:05:00+02:00');
    const named = submission('2026-03-29T09:10:00+02:00', { occurrenceId: sun.id });
    const result = classifyOccurrences([sun], [loose, named], '2026-03-29T12:00:00+02:00');
    expect(result[0]?.submissionId).to.equal(named.id);
  });

  it('does not change its inputs', () => {
    const copy = structuredClone(occurrences);
    classifyOccurrences(
      occurrences,
      [submission('2026-03-28T09:30:00+01:00', { occurrenceId: sat.id })],
      '2026-04-01T00:00:00Z',
    );
    expect(occurrences).to.deep.equal(copy);
  });
});
