// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
import { expect } from 'chai';
import { groupToday, type ClassifiedOccurrence } from '@interlude/core';

const HOUR = 3_600_000;
const at = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * HOUR).toISOString();

function occurrence(
  id: string,
  dueAt: string,
  extra: Partial<ClassifiedOccurrence> = {},
): ClassifiedOccurrence {
  return {
    id,
    assignmentId: 'a-1',
    localDate: dueAt.slice(0, 10),
    dueAt,
    windowEndsAt: at(dueAt, 3),
    expiresAt: at(dueAt, 24),
    timeZone: 'Europe/London',
    status: 'pending',
    ...extra,
  };
}

describe('groupToday', () => {
  const now = '2026-03-10T14:00:00Z';

  it('sorts pending work into due now, later today and this week, by due time', () => {
    const groups = groupToday(
      [
        occurrence('week', '2026-03-13T09:00:00Z'),
        occurrence('later', '2026-03-10T20:00:00Z', { assignmentId: 'a-4' }),
        occurrence('next-day', '2026-03-11T09:00:00Z', { assignmentId: 'a-4' }),
        occurrence('now-2', '2026-03-10T12:00:00Z', { assignmentId: 'a-2' }),
        occurrence('now-1', '2026-03-10T09:00:00Z', { assignmentId: 'a-3' }),
        occurrence('too-far', '2026-03-18T09:00:00Z'),
      ],
      now,
      'Europe/London',
    );
    expect(groups.dueNow.map((o) => o.id)).to.deep.equal(['now-1', 'now-2']);
    expect(groups.laterToday.map((o) => o.id)).to.deep.equal(['later']);
    // Only the next occurrence of each assignment, and none already listed for today.
    expect(groups.thisWeek.map((o) => o.id)).to.deep.equal(['week']);
  });

  it('shows only the newest due occurrence of a repeat, not yesterday’s as well', () => {
    const groups = groupToday(
      [
        occurrence('yesterday', '2026-03-09T00:00:00Z', { expiresAt: '2026-03-11T00:00:00Z' }),
        occurrence('today', '2026-03-10T00:00:00Z'),
        occurrence('other', '2026-03-10T08:00:00Z', { assignmentId: 'a-2' }),
      ],
      now,
      'Europe/London',
    );
    expect(groups.dueNow.map((o) => o.id)).to.deep.equal(['today', 'other']);
    const afterToday = groupToday(
      [
        occurrence('yesterday', '2026-03-09T00:00:00Z', { expiresAt: '2026-03-11T00:00:00Z' }),
        occurrence('today', '2026-03-10T00:00:00Z', {
          status: 'completed',
          completedAt: '2026-03-10T09:00:00Z',
        }),
        occurrence('tomorrow', '2026-03-11T00:00:00Z'),
      ],
      now,
      'Europe/London',
    );
    expect(afterToday.dueNow).to.deep.equal([]);
    expect(afterToday.done.map((o) => o.id)).to.deep.equal(['today']);
    expect(afterToday.thisWeek).to.deep.equal([]);
  });

  it('judges "today" in the client’s zone, not UTC', () => {
    // 23:30 UTC on the 10th is already the 11th in Berlin.
    const late = occurrence('late-evening', '2026-03-10T23:30:00Z');
    expect(groupToday([late], now, 'Europe/London').laterToday).to.have.length(1);
    expect(groupToday([late], now, 'Europe/Berlin').thisWeek).to.have.length(1);
  });

  it('lists work done today and work missed in the last week, newest first', () => {
    const groups = groupToday(
      [
        occurrence('done', '2026-03-10T09:00:00Z', {
          status: 'completed',
          completedAt: '2026-03-10T10:00:00Z',
        }),
        occurrence('late', '2026-03-09T09:00:00Z', { status: 'late', completedAt: '2026-03-10T08:00:00Z' }),
        occurrence('yesterday', '2026-03-09T09:00:00Z', {
          status: 'completed',
          completedAt: '2026-03-09T10:00:00Z',
        }),
        occurrence('missed-1', '2026-03-07T09:00:00Z', { status: 'missed' }),
        occurrence('missed-2', '2026-03-08T09:00:00Z', { status: 'missed' }),
        occurrence('missed-old', '2026-02-20T09:00:00Z', { status: 'missed' }),
      ],
      now,
      'Europe/London',
    );
    expect(groups.done.map((o) => o.id)).to.deep.equal(['done', 'late']);
    expect(groups.missed.map((o) => o.id)).to.deep.equal(['missed-2', 'missed-1']);
  });
});
