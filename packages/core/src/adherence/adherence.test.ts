// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
import { expect } from 'chai';
import fc from 'fast-check';
import {
  assignmentAdherence,
  clientAdherence,
  engagementDecay,
  expandOccurrences,
  type Assignment,
  type Submission,
} from '@interlude/core';

function dailyAssignment(id: string, extra: Partial<Assignment> = {}): Assignment {
  return {
    id,
    clientId: 'c-1',
    clinicianId: 't-1',
    activity: { kind: 'check-in', id: 'mood', version: '1.0.0' },
    schedule: {
      kind: 'repeat',
      timeZone: 'Europe/Berlin',
      windowMinutes: 180,
      repeat: { periodUnit: 'd', timeOfDay: ['09:00'], boundsPeriod: { start: '2026-03-02' } },
    },
    status: 'active',
    createdAt: '2026-03-01T12:00:00+01:00',
    ...extra,
  };
}

let counter = 0;
function submission(assignmentId: string, submittedAt: string, extra: Partial<Submission> = {}): Submission {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    assignmentId,
    clientId: 'c-1',
    activity: { kind: 'check-in', id: 'mood', version: '1.0.0' },
    answers: { mood: 5 },
    startedAt: submittedAt,
    submittedAt,
    timeZone: 'Europe/Berlin',
    status: 'completed',
    durationSeconds: 60,
    ...extra,
  };
}

describe('assignmentAdherence', () => {
  const assignment = dailyAssignment('a-1');
  // Mon 2 – Sun 8 March 2026: done Mon, Tue (late), Wed; missed Thu; done Fri, Sat; Sun still pending.
  const submissions = [
    submission('a-1', '2026-03-02T09:30:00+01:00', { occurrenceId: 'a-1@2026-03-02T09:00' }),
    submission('a-1', '2026-03-03T15:00:00+01:00', { occurrenceId: 'a-1@2026-03-03T09:00' }),
    submission('a-1', '2026-03-04T09:05:00+01:00', {
      occurrenceId: 'a-1@2026-03-04T09:00',
      durationSeconds: undefined,
      startedAt: '2026-03-04T09:00:05+01:00',
    }),
    submission('a-1', '2026-03-06T10:00:00+01:00', { occurrenceId: 'a-1@2026-03-06T09:00' }),
    submission('a-1', '2026-03-07T08:50:00+01:00', { occurrenceId: 'a-1@2026-03-07T09:00' }),
    submission('a-1', '2026-03-07T20:00:00+01:00'),
  ];
  const report = assignmentAdherence(assignment, submissions, {
    from: '2026-03-02T00:00:00+01:00',
    to: '2026-03-16T00:00:00+01:00',
    now: '2026-03-08T10:00:00+01:00',
  });

  it('counts assigned, on time, late, missed and pending up to now', () => {
    expect(report).to.include({
      assignmentId: 'a-1',
      clientId: 'c-1',
      assigned: 7,
      completed: 5,
      onTime: 4,
      late: 1,
      missed: 1,
      pending: 1,
    });
    expect(report.completionRate).to.equal(5 / 6);
  });

  it('streaks run over decided occurrences; pending ones do not break them', () => {
    expect(report.currentStreak).to.equal(2);
    expect(report.longestStreak).to.equal(3);
  });

  it('time spent uses durationSeconds, else the time between start and submit, and counts extra runs', () => {
    expect(report.timeSpentSeconds).to.equal(60 * 5 + 295);
    expect(report.unscheduledCompletions).to.equal(1);
  });

  it('weekly series: one entry per ISO week of the range, summing to the totals', () => {
    expect(report.weekly.map((week) => [week.week, week.weekStart, week.assigned])).to.deep.equal([
      ['2026-W10', '2026-03-02', 7],
      ['2026-W11', '2026-03-09', 0],
    ]);
    expect(report.weekly[1]?.completionRate).to.equal(null);
  });
});

describe('clientAdherence', () => {
  it('combines a client’s assignments and keeps the per-assignment parts', () => {
    const assignments = [
      dailyAssignment('a-1'),
      dailyAssignment('a-2', {
        schedule: {
          kind: 'once',
          due: '2026-03-05T18:00',
          timeZone: 'Europe/Berlin',
        },
      }),
      dailyAssignment('a-3', { clientId: 'someone-else' }),
    ];
    const submissions = [
      submission('a-2', '2026-03-05T18:30:00+01:00', { occurrenceId: 'a-2@2026-03-05T18:00' }),
      submission('a-3', '2026-03-05T09:30:00+01:00', { occurrenceId: 'a-3@2026-03-05T09:00' }),
    ];
    const report = clientAdherence('c-1', assignments, submissions, {
      from: '2026-03-02T00:00:00+01:00',
      to: '2026-03-09T00:00:00+01:00',
      now: '2026-03-09T00:00:00+01:00',
    });
    expect(report.assignments.map((part) => part.assignmentId)).to.deep.equal(['a-1', 'a-2']);
    expect(report.assigned).to.equal(8);
    expect(report.completed).to.equal(1);
    expect(report.assignments[1]?.completionRate).to.equal(1);
  });
});

describe('engagementDecay', () => {
  const week = (id: string, completed: number, missed: number) => ({ week: id, completed, missed });

  it('flags completion that falls by more than the threshold', () => {
    const weeks = [week('W1', 7, 0), week('W2', 6, 1), week('W3', 4, 3), week('W4', 2, 5), week('W5', 1, 6)];
    const decay = engagementDecay(weeks);
    expect(decay.baselineRate).to.equal(13 / 14);
    expect(decay.recentRate).to.equal(3 / 14);
    expect(decay.decaying).to.equal(true);
    expect(decay.baselineWeekIds).to.deep.equal(['W1', 'W2']);
    expect(engagementDecay(weeks, { threshold: 0.8 }).decaying).to.equal(false);
  });

  it('needs enough weeks with due work, and ignores empty weeks', () => {
    expect(engagementDecay([week('W1', 7, 0), week('W2', 0, 0), week('W3', 0, 7)]).drop).to.equal(null);
    expect(
      engagementDecay([week('W1', 7, 0), week('W2', 0, 0), week('W3', 0, 7)], {
        baselineWeeks: 1,
        recentWeeks: 1,
      }).drop,
    ).to.equal(1);
  });
});

describe('adherence invariants (property)', () => {
  const ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata'];
  const outcome = fc.constantFrom('none', 'on-time', 'late', 'after-expiry', 'unscheduled', 'abandoned');

  it('completed ≤ assigned, on time + late = completed, rate in [0, 1], longest ≥ current, weeks sum to totals', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.uniqueArray(fc.constantFrom('07:00', '09:00', '12:30', '21:45'), { minLength: 1, maxLength: 3 }),
        fc.array(outcome, { minLength: 60, maxLength: 60 }),
        fc.integer({ min: 0, max: 40 * 24 }),
        (timeZone, timeOfDay, outcomes, nowHours) => {
          const assignment = dailyAssignment('a-p', {
            schedule: {
              kind: 'repeat',
              timeZone,
              windowMinutes: 60,
              expireAfterMinutes: 600,
              repeat: { periodUnit: 'd', timeOfDay, boundsPeriod: { start: '2026-03-01' } },
            },
          });
          const from = '2026-03-01T00:00:00Z';
          const to = '2026-04-06T00:00:00Z';
          const occurrences = expandOccurrences(assignment, { from, to });
          const submissions = occurrences.flatMap((occurrence, index) => {
            const dueMs = Date.parse(occurrence.dueAt);
            const at = (minutes: number) => new Date(dueMs + minutes * 60_000).toISOString();
            switch (outcomes[index % outcomes.length]) {
              case 'on-time':
                return [submission('a-p', at(10), { occurrenceId: occurrence.id })];
              case 'late':
                return [submission('a-p', at(200), { occurrenceId: occurrence.id })];
              case 'after-expiry':
                return [submission('a-p', at(700), { occurrenceId: occurrence.id })];
              case 'unscheduled':
                return [submission('a-p', at(30))];
              case 'abandoned':
                return [submission('a-p', at(5), { occurrenceId: occurrence.id, status: 'abandoned' })];
              default:
                return [];
            }
          });
          const now = new Date(Date.parse(from) + nowHours * 3_600_000).toISOString();
          const report = assignmentAdherence(assignment, submissions, { from, to, now });

          expect(report.completed).to.be.at.most(report.assigned);
          expect(report.onTime + report.late).to.equal(report.completed);
          expect(report.completed + report.missed + report.pending).to.equal(report.assigned);
          if (report.completionRate !== null) {
            expect(report.completionRate).to.be.within(0, 1);
          }
          expect(report.longestStreak).to.be.at.least(report.currentStreak);
          expect(report.longestStreak).to.be.at.most(report.completed);
          for (const key of [
            'assigned',
            'completed',
            'onTime',
            'late',
            'missed',
            'pending',
            'timeSpentSeconds',
          ] as const) {
            expect(report.weekly.reduce((sum, week) => sum + week[key], 0)).to.equal(report[key]);
          }
          for (const week of report.weekly) {
            if (week.completionRate !== null) expect(week.completionRate).to.be.within(0, 1);
          }
          expect(new Set(report.weekly.map((week) => week.week)).size).to.equal(report.weekly.length);
        },
      ),
      { numRuns: 60 },
    );
  });
});
