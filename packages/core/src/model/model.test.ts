// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
import { expect } from 'chai';
import fc from 'fast-check';
import {
  ValidationError,
  formatPath,
  isValidTimeZone,
  parseAssignment,
  parseSubmission,
  type Assignment,
} from '@interlude/core';

const validAssignment = {
  id: 'a-1',
  clientId: 'c-1',
  clinicianId: 't-1',
  activity: { kind: 'check-in', id: 'mood', version: '1.0.0' },
  schedule: {
    kind: 'repeat',
    timeZone: 'Europe/Berlin',
    windowMinutes: 120,
    expireAfterMinutes: 1440,
    repeat: {
      periodUnit: 'd',
      timeOfDay: ['09:00', '21:00'],
      boundsPeriod: { start: '2026-03-23', end: '2026-04-30' },
    },
  },
  note: 'Two minutes, morning and evening — notice what shows up.',
  status: 'active',
  suggestedOrder: 1,
  createdAt: '2026-03-22T18:00:00+01:00',
};

const validSubmission = {
  id: '9b2f6c1e-1d4a-4c7e-9f0a-2b3c4d5e6f70',
  assignmentId: 'a-1',
  occurrenceId: 'a-1@2026-03-29T09:00',
  clientId: 'c-1',
  activity: { kind: 'exercise', id: 'act.values-compass', version: '2.1.0' },
  answers: {
    mood: 6,
    note: 'tired',
    values: ['family', 'health'],
    shared: true,
    skipped: null,
    sort: { family: 'very-important', work: ['a', 'b'] },
  },
  startedAt: '2026-03-29T09:02:00+02:00',
  submittedAt: '2026-03-29T09:03:10+02:00',
  timeZone: 'Europe/Berlin',
  status: 'completed',
  durationSeconds: 70,
};

function issuePaths(action: () => unknown): string[] {
  try {
    action();
  } catch (error) {
    expect(error).to.be.instanceOf(ValidationError);
    return (error as ValidationError).issues.map((issue) => formatPath(issue.path));
  }
  expect.fail('expected a ValidationError');
}

describe('parseAssignment', () => {
  it('accepts a repeat schedule and keeps every field', () => {
    const assignment: Assignment = parseAssignment(validAssignment);
    expect(assignment).to.deep.equal(validAssignment);
  });

  it('accepts a once schedule', () => {
    const assignment = parseAssignment({
      ...validAssignment,
      schedule: { kind: 'once', due: '2026-03-29T02:30', timeZone: 'Australia/Sydney' },
    });
    expect(assignment.schedule.kind).to.equal('once');
  });

  it('rejects unknown time zones, impossible dates and bad times with their paths', () => {
    const paths = issuePaths(() =>
      parseAssignment({
        ...validAssignment,
        schedule: {
          kind: 'repeat',
          timeZone: 'Mars/Olympus_Mons',
          repeat: { periodUnit: 'd', timeOfDay: ['9:00', '24:00'], boundsPeriod: { start: '2026-02-30' } },
        },
      }),
    );
    expect(paths).to.have.members([
      'schedule.timeZone',
      'schedule.repeat.timeOfDay[0]',
      'schedule.repeat.timeOfDay[1]',
      'schedule.repeat.boundsPeriod.start',
    ]);
  });

  it('rejects inconsistent schedules: end before start, expiry inside the window, too many per day', () => {
    const paths = issuePaths(() =>
      parseAssignment({
        ...validAssignment,
        schedule: {
          kind: 'repeat',
          timeZone: 'America/New_York',
          windowMinutes: 60,
          expireAfterMinutes: 30,
          repeat: { periodUnit: 'd', frequency: 2, boundsPeriod: { start: '2026-03-10', end: '2026-03-01' } },
        },
      }),
    );
    expect(paths).to.have.members([
      'schedule.expireAfterMinutes',
      'schedule.repeat.boundsPeriod.end',
      'schedule.repeat.frequency',
    ]);
  });

  it('rejects a frequency that contradicts the chosen weekdays', () => {
    const paths = issuePaths(() =>
      parseAssignment({
        ...validAssignment,
        schedule: {
          kind: 'repeat',
          timeZone: 'Europe/Berlin',
          repeat: {
            periodUnit: 'wk',
            frequency: 3,
            dayOfWeek: ['mon', 'thu'],
            boundsPeriod: { start: '2026-03-02' },
          },
        },
      }),
    );
    expect(paths).to.deep.equal(['schedule.repeat.frequency']);
  });

  it('counts 09:00 and 09:00:00 as one time of day when checking the frequency', () => {
    const withFrequency = (frequency: number) => ({
      ...validAssignment,
      schedule: {
        kind: 'repeat',
        timeZone: 'Europe/Berlin',
        repeat: {
          periodUnit: 'd',
          frequency,
          timeOfDay: ['09:00', '09:00:00'],
          boundsPeriod: { start: '2026-03-02' },
        },
      },
    });
    expect(parseAssignment(withFrequency(1)).schedule).to.include({ kind: 'repeat' });
    expect(issuePaths(() => parseAssignment(withFrequency(2)))).to.deep.equal(['schedule.repeat.frequency']);
  });

  it('rejects a wrong status, an unknown weekday and a created time without offset', () => {
    const paths = issuePaths(() =>
      parseAssignment({
        ...validAssignment,
        status: 'locked',
        createdAt: '2026-03-22T18:00:00',
        schedule: {
          kind: 'repeat',
          timeZone: 'Europe/Berlin',
          repeat: { periodUnit: 'd', dayOfWeek: ['monday'], boundsPeriod: { start: '2026-03-02' } },
        },
      }),
    );
    expect(paths).to.have.members(['status', 'createdAt', 'schedule.repeat.dayOfWeek[0]']);
  });

  it('never crashes on arbitrary input: it returns or throws ValidationError', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          parseAssignment(input);
        } catch (error) {
          expect(error).to.be.instanceOf(ValidationError);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('isValidTimeZone', () => {
  it('knows IANA zones and refuses offsets and made-up names', () => {
    expect(isValidTimeZone('Asia/Kolkata')).to.equal(true);
    expect(isValidTimeZone('UTC')).to.equal(true);
    expect(isValidTimeZone('+05:30')).to.equal(false);
    expect(isValidTimeZone('Europe/Atlantis')).to.equal(false);
  });
});

describe('parseSubmission', () => {
  it('accepts answers of every allowed shape', () => {
    expect(parseSubmission(validSubmission)).to.deep.equal(validSubmission);
  });

  it('accepts an unscheduled submission without occurrenceId', () => {
    const { occurrenceId: _unused, ...unscheduled } = validSubmission;
    expect(parseSubmission(unscheduled).occurrenceId).to.equal(undefined);
  });

  it('rejects a non-UUID id, local timestamps, a bad answer and submitted-before-started', () => {
    const paths = issuePaths(() =>
      parseSubmission({
        ...validSubmission,
        id: 'not-a-uuid',
        startedAt: '2026-03-29T09:02:00',
        answers: { mood: { deep: { deeper: 1 } } },
      }),
    );
    expect(paths).to.have.members(['id', 'startedAt', 'answers.mood']);
    expect(
      issuePaths(() => parseSubmission({ ...validSubmission, submittedAt: '2026-03-29T09:01:00+02:00' })),
    ).to.deep.equal(['submittedAt']);
  });

  it('does not echo answers in its error message', () => {
    try {
      parseSubmission({
        ...validSubmission,
        status: 'secret-status',
        answers: { note: 'my private note' },
        id: 'x',
      });
      expect.fail('accepted');
    } catch (error) {
      expect((error as Error).message).not.to.include('my private note');
      expect((error as Error).message).not.to.include('secret-status');
    }
  });
});
