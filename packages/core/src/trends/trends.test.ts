// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
import { expect } from 'chai';
import fc from 'fast-check';
import {
  ValidationError,
  adherenceCalendar,
  adherenceHighlights,
  baselinePosition,
  outcomeTrajectory,
  personalBaseline,
  recentChange,
  trackedSeries,
  type CalendarOccurrence,
  type CheckInTemplate,
  type Submission,
} from '@interlude/core';
import { dailyMood, phq9, who5 } from '@interlude/content';

describe('personalBaseline', () => {
  it('has no band until minSize values precede a point', () => {
    const bands = personalBaseline([3, 4, 3, 5, 4, 4, 8]);
    expect(bands.slice(0, 5)).to.deep.equal([null, null, null, null, null]);
    expect(bands[5]).to.deep.equal({ centre: 4, low: 3, high: 4.6, count: 5 });
  });

  it('never includes the point itself, so a spike cannot hide in its own baseline', () => {
    const bands = personalBaseline([3, 4, 3, 5, 4, 4, 8]);
    expect(bands[6]).to.deep.equal({ centre: 4, low: 3, high: 4.5, count: 6 });
    expect(baselinePosition(8, bands[6]!)).to.equal('above');
  });

  it('rolls: only the latest `size` values before a point count', () => {
    const values = [...Array(10).fill(1), ...Array(5).fill(9)];
    const bands = personalBaseline(values, { size: 5, minSize: 5 });
    expect(bands[10]).to.include({ centre: 1, low: 1, high: 1 });
    expect(bands[14]).to.include({ centre: 9, count: 5 });
  });

  it('places values against a band, edges inside', () => {
    const band = { centre: 5, low: 3, high: 7, count: 10 };
    expect([2, 3, 7, 8].map((value) => baselinePosition(value, band))).to.deep.equal([
      'below',
      'within',
      'within',
      'above',
    ]);
  });

  it('rejects impossible options', () => {
    expect(() => personalBaseline([1, 2], { size: 3, minSize: 4 })).to.throw(RangeError);
    expect(() => personalBaseline([1, 2], { low: 0.9, high: 0.1 })).to.throw(RangeError);
  });

  it('gives the quantiles of the sorted window before each point (property)', () => {
    const quantile = (sorted: number[], p: number) => {
      const position = (sorted.length - 1) * p;
      const lower = Math.floor(position);
      const a = sorted[lower]!;
      return a + (sorted[Math.min(lower + 1, sorted.length - 1)]! - a) * (position - lower);
    };
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), {
          maxLength: 80,
        }),
        fc.oneof(fc.integer({ min: 1, max: 20 }), fc.constant(Infinity)),
        (values, size) => {
          const minSize = Math.min(size, 1 + Math.floor(Math.min(size, 40) / 2));
          personalBaseline(values, { size, minSize, low: 0.25, high: 0.8 }).forEach((band, index) => {
            const window = values.slice(Math.max(0, index - size), index).sort((a, b) => a - b);
            expect(band).to.deep.equal(
              window.length < minSize
                ? null
                : {
                    centre: quantile(window, 0.5),
                    low: quantile(window, 0.25),
                    high: quantile(window, 0.8),
                    count: window.length,
                  },
            );
          });
        },
      ),
    );
  });

  it('keeps low ≤ centre ≤ high within the values it saw (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 60 }), (values) => {
        personalBaseline(values).forEach((band, index) => {
          if (band === null) return expect(index).to.be.below(5);
          const seen = values.slice(Math.max(0, index - 14), index);
          expect(band.low).to.be.at.most(band.centre);
          expect(band.centre).to.be.at.most(band.high);
          expect(band.low).to.be.at.least(Math.min(...seen));
          expect(band.high).to.be.at.most(Math.max(...seen));
          expect(band.count).to.equal(seen.length);
        });
      }),
    );
  });
});

let counter = 0;
function checkIn(
  submittedAt: string,
  answers: Submission['answers'],
  extra: Partial<Submission> = {},
): Submission {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    assignmentId: 'a-1',
    clientId: 'c-1',
    activity: { kind: 'check-in', id: dailyMood.id, version: dailyMood.version },
    answers,
    startedAt: submittedAt,
    submittedAt,
    timeZone: 'Europe/London',
    status: 'completed',
    ...extra,
  };
}

describe('trackedSeries', () => {
  it('reads every tracked item of a template, oldest first, leaving out what is off the scale', () => {
    const later = checkIn('2026-03-03T20:00:00Z', { mood: 2, distress: 8 });
    const earlier = checkIn('2026-03-02T20:00:00Z', { mood: 4, distress: 3 });
    const offScale = checkIn('2026-03-04T20:00:00Z', { mood: 9, distress: 'high' });
    const abandoned = checkIn('2026-03-05T20:00:00Z', { mood: 3, distress: 3 }, { status: 'abandoned' });
    const [mood, distress, ...rest] = trackedSeries([dailyMood], [later, earlier, offScale, abandoned]);
    expect(rest).to.deep.equal([]);
    expect(mood).to.include({ id: 'daily-mood/mood', min: 1, max: 5 });
    expect(mood!.tracked.direction).to.equal('higher-is-better');
    expect(mood!.values.map((entry) => entry.value)).to.deep.equal([4, 2]);
    expect(distress).to.include({ id: 'daily-mood/distress', min: 0, max: 10 });
    expect(distress!.values).to.deep.equal([
      { at: earlier.submittedAt, value: 3, submissionId: earlier.id },
      { at: later.submittedAt, value: 8, submissionId: later.id },
    ]);
  });

  it('merges versions and ignores check-ins without a known template', () => {
    const v2: CheckInTemplate = { ...dailyMood, version: '2.0.0' };
    const unknown = checkIn(
      '2026-03-02T20:00:00Z',
      { mood: 3 },
      {
        activity: { kind: 'check-in', id: 'other', version: '1.0.0' },
      },
    );
    const old = checkIn('2026-03-03T20:00:00Z', { mood: 3 });
    const current = checkIn(
      '2026-03-04T20:00:00Z',
      { mood: 5 },
      {
        activity: { kind: 'check-in', id: dailyMood.id, version: '2.0.0' },
      },
    );
    const series = trackedSeries([dailyMood, v2], [unknown, old, current]);
    expect(series.map((entry) => entry.id)).to.deep.equal(['daily-mood/mood', 'daily-mood/distress']);
    expect(series[0]!.values.map((entry) => entry.value)).to.deep.equal([3, 5]);
  });
});

describe('outcomeTrajectory', () => {
  const at = (week: number) => new Date(Date.UTC(2026, 2, 2 + week * 7, 10)).toISOString();

  it('says PHQ-9 went from 18 to 9 over 8 weeks: reliable improvement and recovery', () => {
    const trajectory = outcomeTrajectory(phq9, [
      { at: at(8), total: 9 },
      { at: at(0), total: 18 },
      { at: at(4), total: 14 },
    ]);
    expect(trajectory.points.map((point) => point.total)).to.deep.equal([18, 14, 9]);
    expect(trajectory.points.map((point) => point.band?.id)).to.deep.equal([
      'moderately-severe',
      'moderate',
      'mild',
    ]);
    expect(trajectory.points.map((point) => point.isCase)).to.deep.equal([true, true, false]);
    expect(trajectory).to.include({ baseline: 0, latest: 2, days: 56 });
    expect(trajectory.points[0]!.change).to.equal(null);
    expect(trajectory.points[1]!.change?.change).to.equal('no-reliable-change');
    expect(trajectory.change).to.include({ change: 'reliable-improvement', recovered: true, difference: -9 });
    expect(trajectory.crossings).to.deep.equal([2]);
  });

  it('marks each crossing of the reliable-change threshold, both ways', () => {
    const totals = [10, 12, 17, 18, 11, 3];
    const trajectory = outcomeTrajectory(
      phq9,
      totals.map((total, week) => ({ at: at(week), total })),
    );
    expect(trajectory.points.map((point) => point.change?.change ?? null)).to.deep.equal([
      null,
      'no-reliable-change',
      'reliable-deterioration',
      'reliable-deterioration',
      'no-reliable-change',
      'reliable-improvement',
    ]);
    expect(trajectory.crossings).to.deep.equal([2, 4, 5]);
  });

  it('starts at the first scorable total and skips unscorable ones', () => {
    const trajectory = outcomeTrajectory(phq9, [
      { at: at(0), total: null },
      { at: at(1), total: 20 },
      { at: at(2), total: null },
    ]);
    expect(trajectory).to.include({ baseline: 1, latest: 1, change: null, days: 0 });
    expect(trajectory.points[2]).to.include({ band: null, isCase: null, change: null });
  });

  it('reads a higher-is-better measure the right way round (WHO-5)', () => {
    const trajectory = outcomeTrajectory(who5, [
      { at: at(0), total: 8 },
      { at: at(6), total: 17 },
    ]);
    expect(trajectory.change?.difference).to.equal(9);
    expect(trajectory.change?.change).to.match(/-improvement$/);
    expect(trajectory.points.map((point) => point.isCase)).to.deep.equal([true, false]);
  });

  it('is empty without entries, and rejects totals off the scale', () => {
    expect(outcomeTrajectory(phq9, [])).to.deep.equal({
      points: [],
      baseline: null,
      latest: null,
      change: null,
      days: 0,
      crossings: [],
    });
    expect(() => outcomeTrajectory(phq9, [{ at: at(0), total: 28 }])).to.throw(ValidationError);
  });
});

describe('recentChange', () => {
  const values = [
    { at: '2026-03-20T12:00:00Z', value: 1 }, // too early
    { at: '2026-03-23T12:00:00Z', value: 2 },
    { at: '2026-03-28T12:00:00Z', value: 4 },
    { at: '2026-03-30T12:00:00Z', value: 4 },
    { at: '2026-04-04T12:00:00Z', value: 5 },
    { at: '2026-04-06T12:00:00Z', value: 1 }, // after now
  ];

  it('compares the latest days with the days before', () => {
    expect(recentChange(values, { now: '2026-04-05T12:00:00Z', days: 7 })).to.deep.equal({
      recent: { count: 2, mean: 4.5 },
      previous: { count: 2, mean: 3 },
      difference: 1.5,
    });
  });

  it('says nothing changed when a window is empty', () => {
    expect(recentChange(values, { now: '2026-05-05T12:00:00Z' }).difference).to.equal(null);
    expect(() => recentChange(values, { now: '2026-04-05T12:00:00Z', days: 0 })).to.throw(RangeError);
  });
});

describe('adherenceCalendar', () => {
  const occurrence = (
    assignmentId: string,
    localDate: string,
    status: CalendarOccurrence['status'],
  ): CalendarOccurrence => ({
    id: `${assignmentId}@${localDate}T09:00`,
    assignmentId,
    localDate,
    dueAt: `${localDate}T09:00:00+01:00`,
    status,
  });
  // Fri 27 Mar – Tue 31 Mar 2026 (ISO weeks 13 and 14), two assignments.
  const occurrences = [
    occurrence('a-1', '2026-03-27', 'completed'),
    occurrence('a-1', '2026-03-28', 'late'),
    occurrence('a-2', '2026-03-28', 'missed'),
    occurrence('a-1', '2026-03-30', 'completed'),
    occurrence('a-1', '2026-03-31', 'pending'),
  ];

  it('counts every day and week of the span, empty days included', () => {
    const calendar = adherenceCalendar(occurrences);
    expect(calendar.days.map((day) => [day.date, day.weekday, day.assigned])).to.deep.equal([
      ['2026-03-27', 5, 1],
      ['2026-03-28', 6, 2],
      ['2026-03-29', 7, 0],
      ['2026-03-30', 1, 1],
      ['2026-03-31', 2, 1],
    ]);
    expect(calendar.days[1]).to.include({ completed: 1, late: 1, missed: 1, completionRate: 0.5 });
    expect(calendar.days[2]!.completionRate).to.equal(null);
    expect(
      calendar.weeks.map((week) => [week.week, week.weekStart, week.assigned, week.completed]),
    ).to.deep.equal([
      ['2026-W13', '2026-03-23', 3, 2],
      ['2026-W14', '2026-03-30', 2, 1],
    ]);
    expect(calendar).to.include({ assigned: 5, completed: 3, missed: 1, pending: 1, completionRate: 0.75 });
  });

  it('keeps streaks the way clientAdherence does: a miss breaks one, pending work does not', () => {
    const calendar = adherenceCalendar(occurrences);
    expect(calendar).to.include({ currentStreak: 1, longestStreak: 2 });
    expect(adherenceCalendar(occurrences, { assignmentId: 'a-1' })).to.include({
      currentStreak: 3,
      longestStreak: 3,
      assigned: 4,
    });
  });

  it('widens the span to whole ISO weeks for a calendar grid', () => {
    const calendar = adherenceCalendar(occurrences, { wholeWeeks: true });
    expect(calendar.days).to.have.length(14);
    expect(calendar.days[0]).to.include({ date: '2026-03-23', weekday: 1 });
    expect(calendar.days[13]).to.include({ date: '2026-04-05', weekday: 7 });
    expect(calendar.assigned).to.equal(5);
  });

  it('covers a given span and leaves out what lies outside it', () => {
    const calendar = adherenceCalendar(occurrences, { from: '2026-03-28', to: '2026-04-02' });
    expect(calendar.days).to.have.length(6);
    expect(calendar.assigned).to.equal(4);
    expect(adherenceCalendar([])).to.include({ assigned: 0, currentStreak: 0, completionRate: null });
    expect(() => adherenceCalendar(occurrences, { from: '2026-04-02', to: '2026-03-28' })).to.throw(
      RangeError,
    );
  });
});

describe('adherenceHighlights', () => {
  const occurrence = (
    id: string,
    localDate: string,
    status: CalendarOccurrence['status'],
  ): CalendarOccurrence => ({
    id,
    assignmentId: 'a-1',
    localDate,
    dueAt: `${localDate}T09:00:00+01:00`,
    status,
  });

  it("gives the streaks and the latest ISO week's done count, without occurrences none", () => {
    // Fri 27 Mar – Tue 31 Mar 2026: the latest week starts on Monday 30 March.
    const occurrences = [
      occurrence('1', '2026-03-27', 'completed'),
      occurrence('2', '2026-03-28', 'missed'),
      occurrence('3', '2026-03-30', 'late'),
      occurrence('4', '2026-03-31', 'completed'),
      occurrence('5', '2026-03-31', 'pending'),
    ];
    expect(adherenceHighlights(occurrences)).to.deep.equal({
      currentStreak: 2,
      longestStreak: 2,
      latestWeek: { weekStart: '2026-03-30', completed: 2 },
    });
    expect(adherenceHighlights([])).to.deep.equal({ currentStreak: 0, longestStreak: 0, latestWeek: null });
  });

  it("matches adherenceCalendar's streaks and last whole week on any occurrences", () => {
    const status = fc.constantFrom<CalendarOccurrence['status']>('completed', 'late', 'missed', 'pending');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), status), { maxLength: 40 }),
        (entries) => {
          const occurrences = entries.map(([day, state], index) =>
            occurrence(String(index), new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10), state),
          );
          const calendar = adherenceCalendar(occurrences, { wholeWeeks: true });
          const week = calendar.weeks[calendar.weeks.length - 1];
          expect(adherenceHighlights(occurrences)).to.deep.equal({
            currentStreak: calendar.currentStreak,
            longestStreak: calendar.longestStreak,
            latestWeek: week ? { weekStart: week.weekStart, completed: week.completed } : null,
          });
        },
      ),
    );
  });
});
