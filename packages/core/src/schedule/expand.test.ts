// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
import { expect } from 'chai';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import {
  DAYS_OF_WEEK,
  ValidationError,
  expandOccurrences,
  type Occurrence,
  type Schedule,
} from '@interlude/core';

type Repeat = Extract<Schedule, { kind: 'repeat' }>['repeat'];

function repeat(timeZone: string, repeat: Repeat, extra: Partial<Schedule> = {}) {
  return { id: 'a-1', schedule: { kind: 'repeat', timeZone, repeat, ...extra } as Schedule };
}

const daily = (timeZone: string, times: string[], start: string) =>
  repeat(timeZone, { periodUnit: 'd', timeOfDay: times, boundsPeriod: { start } });
const due = (occurrences: Occurrence[]) => occurrences.map((occurrence) => occurrence.dueAt);
const ids = (occurrences: Occurrence[]) => occurrences.map((occurrence) => occurrence.id);

describe('expandOccurrences: schedule shapes', () => {
  it('once: one occurrence with an end-of-day window and a one-day expiry', () => {
    const occurrences = expandOccurrences(
      { id: 'a-9', schedule: { kind: 'once', due: '2026-05-04T17:30', timeZone: 'Europe/Berlin' } },
      { from: '2026-05-01T00:00:00Z', to: '2026-06-01T00:00:00Z' },
    );
    expect(occurrences).to.deep.equal([
      {
        id: 'a-9@2026-05-04T17:30',
        assignmentId: 'a-9',
        localDate: '2026-05-04',
        localTime: '17:30',
        dueAt: '2026-05-04T17:30:00+02:00',
        windowEndsAt: '2026-05-05T00:00:00+02:00',
        expiresAt: '2026-05-06T00:00:00+02:00',
        timeZone: 'Europe/Berlin',
      },
    ]);
  });

  it('once: nothing when the due time is outside the range', () => {
    const assignment = {
      id: 'a-9',
      schedule: { kind: 'once', due: '2026-05-04T17:30', timeZone: 'UTC' } as Schedule,
    };
    expect(
      expandOccurrences(assignment, { from: '2026-05-04T17:30:01Z', to: '2026-06-01T00:00:00Z' }),
    ).to.deep.equal([]);
    expect(
      expandOccurrences(assignment, { from: '2026-05-01T00:00:00Z', to: '2026-05-04T17:30:00Z' }),
    ).to.deep.equal([]);
  });

  it('daily without a time: due at the start of each local day, inside the bounds', () => {
    const occurrences = expandOccurrences(
      repeat('UTC', { periodUnit: 'd', boundsPeriod: { start: '2026-01-02', end: '2026-01-04' } }),
      { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' },
    );
    expect(ids(occurrences)).to.deep.equal(['a-1@2026-01-02', 'a-1@2026-01-03', 'a-1@2026-01-04']);
    expect(occurrences[0]).to.not.have.property('localTime');
    expect(occurrences[0]?.windowEndsAt).to.equal('2026-01-03T00:00:00+00:00');
  });

  it('N times a day at chosen times of day (sorted, duplicates folded)', () => {
    const occurrences = expandOccurrences(
      repeat('Asia/Kolkata', {
        periodUnit: 'd',
        frequency: 3,
        timeOfDay: ['21:00', '08:00', '13:30', '08:00:00'],
        boundsPeriod: { start: '2026-06-01' },
      }),
      { from: '2026-06-01T00:00:00+05:30', to: '2026-06-02T00:00:00+05:30' },
    );
    expect(due(occurrences)).to.deep.equal([
      '2026-06-01T08:00:00+05:30',
      '2026-06-01T13:30:00+05:30',
      '2026-06-01T21:00:00+05:30',
    ]);
  });

  it('09:00 and 09:00:00 are the same time, in timeOfDay and in a once due', () => {
    const range = { from: '2026-06-01T00:00:00Z', to: '2026-06-02T00:00:00Z' };
    const short = expandOccurrences(daily('UTC', ['09:00'], '2026-06-01'), range);
    expect(expandOccurrences(daily('UTC', ['09:00:00'], '2026-06-01'), range)).to.deep.equal(short);
    expect(short[0]).to.include({ id: 'a-1@2026-06-01T09:00', localTime: '09:00' });
    const once = (due: string) =>
      expandOccurrences({ id: 'a-1', schedule: { kind: 'once', due, timeZone: 'UTC' } }, range);
    expect(once('2026-06-01T09:00:00')).to.deep.equal(once('2026-06-01T09:00'));
    // Seconds other than :00 are a different time.
    expect(due(expandOccurrences(daily('UTC', ['09:00', '09:00:30'], '2026-06-01'), range))).to.deep.equal([
      '2026-06-01T09:00:00+00:00',
      '2026-06-01T09:00:30+00:00',
    ]);
  });

  it('daily period > 1 with dayOfWeek: a period start counts only on a chosen weekday', () => {
    const occurrences = expandOccurrences(
      repeat('UTC', {
        periodUnit: 'd',
        period: 2,
        dayOfWeek: ['mon'],
        timeOfDay: ['10:00'],
        boundsPeriod: { start: '2026-03-03' }, // a Tuesday: periods start 03-03, 03-05, …
      }),
      { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' },
    );
    // 03-09 is day 6 (even) and 03-23 day 20; 03-16 (day 13) starts no period.
    expect(occurrences.map((o) => o.localDate)).to.deep.equal(['2026-03-09', '2026-03-23']);
  });

  it('every other day', () => {
    const occurrences = expandOccurrences(
      repeat('UTC', {
        periodUnit: 'd',
        period: 2,
        timeOfDay: ['10:00'],
        boundsPeriod: { start: '2026-01-01' },
      }),
      { from: '2026-01-04T00:00:00Z', to: '2026-01-10T00:00:00Z' },
    );
    expect(ids(occurrences)).to.deep.equal([
      'a-1@2026-01-05T10:00',
      'a-1@2026-01-07T10:00',
      'a-1@2026-01-09T10:00',
    ]);
  });

  it('N times a week without weekdays: spread evenly from the start day', () => {
    const occurrences = expandOccurrences(
      repeat('UTC', {
        periodUnit: 'wk',
        frequency: 3,
        timeOfDay: ['18:00'],
        boundsPeriod: { start: '2026-03-02' },
      }),
      { from: '2026-03-02T00:00:00Z', to: '2026-03-16T00:00:00Z' },
    );
    expect(occurrences.map((o) => o.localDate)).to.deep.equal([
      '2026-03-02',
      '2026-03-04',
      '2026-03-06',
      '2026-03-09',
      '2026-03-11',
      '2026-03-13',
    ]);
  });

  it('chosen weekdays every two weeks, calendar-aligned, with start and end bounds', () => {
    const occurrences = expandOccurrences(
      repeat('Asia/Kolkata', {
        periodUnit: 'wk',
        period: 2,
        dayOfWeek: ['thu', 'mon'],
        timeOfDay: ['20:15'],
        boundsPeriod: { start: '2026-03-04', end: '2026-03-30' },
      }),
      { from: '2026-03-01T00:00:00Z', to: '2026-04-30T00:00:00Z' },
    );
    expect(ids(occurrences)).to.deep.equal([
      'a-1@2026-03-05T20:15',
      'a-1@2026-03-16T20:15',
      'a-1@2026-03-19T20:15',
      'a-1@2026-03-30T20:15',
    ]);
  });

  it('weekdays only, with a daily period', () => {
    const occurrences = expandOccurrences(
      repeat('Europe/Berlin', {
        periodUnit: 'd',
        dayOfWeek: ['mon', 'tue', 'wed', 'thu', 'fri'],
        timeOfDay: ['07:45'],
        boundsPeriod: { start: '2026-03-01' },
      }),
      { from: '2026-03-06T00:00:00+01:00', to: '2026-03-10T00:00:00+01:00' },
    );
    expect(occurrences.map((o) => o.localDate)).to.deep.equal(['2026-03-06', '2026-03-09']);
  });

  it('count is counted from the start, not from the range', () => {
    const assignment = repeat('UTC', {
      periodUnit: 'd',
      timeOfDay: ['08:00', '20:00'],
      boundsPeriod: { start: '2026-01-01' },
      count: 5,
    });
    const all = expandOccurrences(assignment, { from: '2025-12-01T00:00:00Z', to: '2026-02-01T00:00:00Z' });
    expect(ids(all)).to.deep.equal([
      'a-1@2026-01-01T08:00',
      'a-1@2026-01-01T20:00',
      'a-1@2026-01-02T08:00',
      'a-1@2026-01-02T20:00',
      'a-1@2026-01-03T08:00',
    ]);
    const later = expandOccurrences(assignment, { from: '2026-01-02T12:00:00Z', to: '2026-02-01T00:00:00Z' });
    expect(ids(later)).to.deep.equal(['a-1@2026-01-02T20:00', 'a-1@2026-01-03T08:00']);
  });

  it('window minutes and expiry minutes are real elapsed time', () => {
    const [occurrence] = expandOccurrences(
      repeat(
        'UTC',
        { periodUnit: 'd', timeOfDay: ['09:00'], boundsPeriod: { start: '2026-01-01' } },
        { windowMinutes: 90, expireAfterMinutes: 600 },
      ),
      { from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00Z' },
    );
    expect(occurrence?.windowEndsAt).to.equal('2026-01-01T10:30:00+00:00');
    expect(occurrence?.expiresAt).to.equal('2026-01-01T19:00:00+00:00');
  });

  it('expiry is never before the end-of-day window', () => {
    const [occurrence] = expandOccurrences(
      repeat(
        'UTC',
        { periodUnit: 'd', timeOfDay: ['09:00'], boundsPeriod: { start: '2026-01-01' } },
        { expireAfterMinutes: 60 },
      ),
      { from: '2026-01-01T00:00:00Z', to: '2026-01-02T00:00:00Z' },
    );
    expect(occurrence?.expiresAt).to.equal(occurrence?.windowEndsAt);
  });

  it('rejects a malformed range with a ValidationError', () => {
    const assignment = repeat('UTC', { periodUnit: 'd', boundsPeriod: { start: '2026-01-01' } });
    expect(() => expandOccurrences(assignment, { from: '2026-01-01', to: '2026-01-02T00:00:00Z' })).to.throw(
      ValidationError,
      'from',
    );
    expect(() =>
      expandOccurrences(assignment, { from: '2026-01-03T00:00:00Z', to: '2026-01-02T00:00:00Z' }),
    ).to.throw(ValidationError, 'to');
  });
});

describe('expandOccurrences: daylight-saving changes', () => {
  it('Europe/Berlin spring forward (2026-03-29): 09:00 stays 09:00, 02:30 moves to 03:30', () => {
    const occurrences = expandOccurrences(daily('Europe/Berlin', ['02:30', '09:00'], '2026-03-28'), {
      from: '2026-03-28T00:00:00+01:00',
      to: '2026-03-31T00:00:00+02:00',
    });
    expect(due(occurrences)).to.deep.equal([
      '2026-03-28T02:30:00+01:00',
      '2026-03-28T09:00:00+01:00',
      '2026-03-29T03:30:00+02:00',
      '2026-03-29T09:00:00+02:00',
      '2026-03-30T02:30:00+02:00',
      '2026-03-30T09:00:00+02:00',
    ]);
    expect(occurrences[2]?.id).to.equal('a-1@2026-03-29T02:30');
    // The short day ends at local midnight, 23 hours after it began.
    expect(occurrences[3]?.windowEndsAt).to.equal('2026-03-30T00:00:00+02:00');
  });

  it('window minutes are elapsed time across the switch; the default expiry is the same wall time a day later', () => {
    const [night] = expandOccurrences(
      {
        id: 'a-1',
        schedule: { kind: 'once', due: '2026-03-28T22:00', timeZone: 'Europe/Berlin', windowMinutes: 360 },
      },
      { from: '2026-03-28T00:00:00Z', to: '2026-03-30T00:00:00Z' },
    );
    expect(night?.windowEndsAt).to.equal('2026-03-29T05:00:00+02:00');
    expect(night?.expiresAt).to.equal('2026-03-30T05:00:00+02:00');
    const [autumn] = expandOccurrences(
      {
        id: 'a-1',
        schedule: { kind: 'once', due: '2026-10-24T02:30', timeZone: 'Europe/Berlin', windowMinutes: 30 },
      },
      { from: '2026-10-24T00:00:00Z', to: '2026-10-26T00:00:00Z' },
    );
    expect(autumn?.windowEndsAt).to.equal('2026-10-24T03:00:00+02:00');
    expect(autumn?.expiresAt).to.equal('2026-10-25T03:00:00+01:00');
  });

  it('Europe/Berlin fall back (2026-10-25): one 02:30, at its first instance', () => {
    const occurrences = expandOccurrences(daily('Europe/Berlin', ['02:30', '09:00'], '2026-10-24'), {
      from: '2026-10-25T00:00:00+02:00',
      to: '2026-10-26T00:00:00+01:00',
    });
    expect(due(occurrences)).to.deep.equal(['2026-10-25T02:30:00+02:00', '2026-10-25T09:00:00+01:00']);
    // Expiry is one local day after the window: 2026-10-27 00:00, 24 hours after a 25-hour day.
    expect(occurrences[1]?.expiresAt).to.equal('2026-10-27T00:00:00+01:00');
  });

  it('America/New_York spring forward (2026-03-08) and fall back (2026-11-01)', () => {
    const spring = expandOccurrences(daily('America/New_York', ['02:15', '08:00'], '2026-03-07'), {
      from: '2026-03-07T00:00:00-05:00',
      to: '2026-03-09T00:00:00-04:00',
    });
    expect(due(spring)).to.deep.equal([
      '2026-03-07T02:15:00-05:00',
      '2026-03-07T08:00:00-05:00',
      '2026-03-08T03:15:00-04:00',
      '2026-03-08T08:00:00-04:00',
    ]);
    const autumn = expandOccurrences(daily('America/New_York', ['01:30', '08:00'], '2026-10-31'), {
      from: '2026-11-01T00:00:00-04:00',
      to: '2026-11-02T00:00:00-05:00',
    });
    expect(due(autumn)).to.deep.equal(['2026-11-01T01:30:00-04:00', '2026-11-01T08:00:00-05:00']);
  });

  it('Australia/Sydney: clocks go back on 2026-04-05 and forward on 2026-10-04', () => {
    const april = expandOccurrences(daily('Australia/Sydney', ['02:30', '19:00'], '2026-04-04'), {
      from: '2026-04-04T00:00:00+11:00',
      to: '2026-04-06T00:00:00+10:00',
    });
    expect(due(april)).to.deep.equal([
      '2026-04-04T02:30:00+11:00',
      '2026-04-04T19:00:00+11:00',
      '2026-04-05T02:30:00+11:00',
      '2026-04-05T19:00:00+10:00',
    ]);
    const october = expandOccurrences(daily('Australia/Sydney', ['02:30', '19:00'], '2026-10-03'), {
      from: '2026-10-04T00:00:00+10:00',
      to: '2026-10-05T00:00:00+11:00',
    });
    expect(due(october)).to.deep.equal(['2026-10-04T03:30:00+11:00', '2026-10-04T19:00:00+11:00']);
  });

  it('a local day that does not exist (Pacific/Apia skipped 2011-12-30): timed and untimed both get the day they fall on', () => {
    const range = { from: '2011-12-29T00:00:00-10:00', to: '2012-01-01T00:00:00+14:00' };
    const untimed = expandOccurrences(
      repeat('Pacific/Apia', { periodUnit: 'd', boundsPeriod: { start: '2011-12-30', end: '2011-12-30' } }),
      range,
    );
    const timed = expandOccurrences(daily('Pacific/Apia', ['09:00'], '2011-12-30'), range);
    expect(untimed.map(({ dueAt, windowEndsAt }) => ({ dueAt, windowEndsAt }))).to.deep.equal([
      { dueAt: '2011-12-31T00:00:00+14:00', windowEndsAt: '2012-01-01T00:00:00+14:00' },
    ]);
    expect(timed[0]?.dueAt).to.equal('2011-12-31T09:00:00+14:00');
    expect(timed[0]?.windowEndsAt).to.equal(untimed[0]?.windowEndsAt);
    expect(untimed[0]?.expiresAt).to.equal('2012-01-02T00:00:00+14:00');
    // The id and localDate keep the date the schedule asked for.
    expect(untimed[0]?.localDate).to.equal('2011-12-30');
  });

  it('untimed occurrences start at the first instant of the day when midnight is skipped (America/Santiago, 2026-09-06)', () => {
    const occurrences = expandOccurrences(
      repeat('America/Santiago', { periodUnit: 'd', boundsPeriod: { start: '2026-09-05' } }),
      { from: '2026-09-05T00:00:00-04:00', to: '2026-09-07T00:00:00-03:00' },
    );
    expect(occurrences.map(({ dueAt, windowEndsAt }) => ({ dueAt, windowEndsAt }))).to.deep.equal([
      { dueAt: '2026-09-05T00:00:00-04:00', windowEndsAt: '2026-09-06T01:00:00-03:00' },
      { dueAt: '2026-09-06T01:00:00-03:00', windowEndsAt: '2026-09-07T00:00:00-03:00' },
    ]);
  });

  it('count takes wall times in the order written, before a gap moves them (Berlin, 2026-03-29)', () => {
    const occurrences = expandOccurrences(
      repeat('Europe/Berlin', {
        periodUnit: 'd',
        timeOfDay: ['03:15', '02:30'],
        boundsPeriod: { start: '2026-03-29' },
        count: 1,
      }),
      { from: '2026-03-29T00:00:00+01:00', to: '2026-03-30T00:00:00+02:00' },
    );
    // 02:30 comes first on the wall clock, so it is the one counted, though it is due after 03:15.
    expect(occurrences.map(({ id, dueAt }) => ({ id, dueAt }))).to.deep.equal([
      { id: 'a-1@2026-03-29T02:30', dueAt: '2026-03-29T03:30:00+02:00' },
    ]);
  });

  it('Asia/Kolkata (+05:30, no DST): the same wall time every day of the year', () => {
    const occurrences = expandOccurrences(daily('Asia/Kolkata', ['09:00'], '2026-01-01'), {
      from: '2026-01-01T00:00:00+05:30',
      to: '2027-01-01T00:00:00+05:30',
    });
    expect(occurrences).to.have.length(365);
    expect(occurrences.every((o) => o.dueAt.endsWith('T09:00:00+05:30'))).to.equal(true);
  });
});

const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Australia/Sydney',
  'Asia/Kolkata',
  'Europe/London',
  'America/Santiago', // changes at midnight
  'Pacific/Chatham', // +12:45 / +13:45
  'Asia/Kathmandu', // +05:45
  'Australia/Lord_Howe', // 30-minute DST
  'UTC',
] as const;

/** Start dates a few days before the 2026 transitions of the zones above. */
const DST_DAYS = [
  '2026-03-05',
  '2026-03-25',
  '2026-04-01',
  '2026-09-02',
  '2026-09-24',
  '2026-10-01',
  '2026-10-21',
  '2026-10-29',
];

const timeArb = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

const scheduleArb = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  start: fc.constantFrom(...DST_DAYS),
  times: fc.uniqueArray(timeArb, { minLength: 1, maxLength: 4 }),
  days: fc.integer({ min: 3, max: 12 }),
});

/** False only inside a spring-forward gap (a repeated autumn wall time exists, twice). */
function wallTimeExists(date: string, time: string, timeZone: string): boolean {
  const wall = Temporal.PlainDateTime.from(`${date}T${time}`);
  return wall.toZonedDateTime(timeZone, { disambiguation: 'earlier' }).toPlainDateTime().equals(wall);
}

describe('expandOccurrences: properties across zones and DST', () => {
  it('daily times: local wall time as asked (or shifted across a gap), one per time per day, sorted, unique, in range', () => {
    fc.assert(
      fc.property(scheduleArb, ({ timeZone, start, times, days }) => {
        const startDate = Temporal.PlainDate.from(start);
        const endDate = startDate.add({ days });
        const from = startDate.toZonedDateTime(timeZone).toInstant();
        const to = endDate.toZonedDateTime(timeZone).toInstant();
        const occurrences = expandOccurrences(daily(timeZone, times, start), {
          from: from.toString(),
          to: to.toString(),
        });

        expect(occurrences).to.have.length(days * times.length);
        expect(new Set(ids(occurrences)).size).to.equal(occurrences.length);
        const instants = occurrences.map((o) => Temporal.Instant.from(o.dueAt));
        for (let index = 1; index < instants.length; index += 1) {
          expect(Temporal.Instant.compare(instants[index - 1]!, instants[index]!)).to.be.at.most(0);
        }
        const perDay = new Map<string, number>();
        occurrences.forEach((occurrence, index) => {
          const instant = instants[index]!;
          expect(Temporal.Instant.compare(instant, from)).to.be.at.least(0);
          expect(Temporal.Instant.compare(instant, to)).to.be.below(0);
          const local = instant.toZonedDateTimeISO(timeZone);
          const time = occurrence.localTime!;
          expect(times).to.include(time);
          if (wallTimeExists(occurrence.localDate, time, timeZone)) {
            expect(local.toPlainDate().toString()).to.equal(occurrence.localDate);
            expect(local.toPlainTime().toString({ smallestUnit: 'minute' })).to.equal(time);
          } else {
            // Skipped wall time: moved forward, never backward, by less than a day.
            const asked = Temporal.PlainDateTime.from(`${occurrence.localDate}T${time}`);
            expect(Temporal.PlainDateTime.compare(local.toPlainDateTime(), asked)).to.equal(1);
            expect(local.toPlainDateTime().since(asked).total('hours')).to.be.at.most(2);
          }
          perDay.set(occurrence.localDate, (perDay.get(occurrence.localDate) ?? 0) + 1);
          expect(Date.parse(occurrence.windowEndsAt)).to.be.above(Date.parse(occurrence.dueAt));
          expect(Date.parse(occurrence.expiresAt)).to.be.at.least(Date.parse(occurrence.windowEndsAt));
        });
        expect([...perDay.values()].every((count) => count === times.length)).to.equal(true);
      }),
      { numRuns: 150 },
    );
  });

  it('weekly on chosen weekdays: only those weekdays, every period-th week, and count respected', () => {
    const weekday = fc.constantFrom(...DAYS_OF_WEEK);
    fc.assert(
      fc.property(
        scheduleArb,
        fc.uniqueArray(weekday, { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 1, max: 3 }),
        fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
        ({ timeZone, start, times }, dayOfWeek, period, count) => {
          const assignment = repeat(timeZone, {
            periodUnit: 'wk',
            period,
            dayOfWeek,
            timeOfDay: times,
            boundsPeriod: { start },
            ...(count === undefined ? {} : { count }),
          });
          const from = Temporal.PlainDate.from(start).toZonedDateTime(timeZone).toInstant();
          const to = from.add({ hours: 24 * 60 });
          const occurrences = expandOccurrences(assignment, { from: from.toString(), to: to.toString() });
          const codes = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
          const startMonday = Temporal.PlainDate.from(start).subtract({
            days: Temporal.PlainDate.from(start).dayOfWeek - 1,
          });
          for (const occurrence of occurrences) {
            const date = Temporal.PlainDate.from(occurrence.localDate);
            expect(dayOfWeek).to.include(codes[date.dayOfWeek - 1]);
            expect(Math.floor(startMonday.until(date).days / 7) % period).to.equal(0);
            expect(occurrence.localDate >= start).to.equal(true);
          }
          if (count !== undefined) expect(occurrences.length).to.be.at.most(count);
          expect(new Set(ids(occurrences)).size).to.equal(occurrences.length);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('splitting the range in two gives the same occurrences', () => {
    fc.assert(
      fc.property(
        scheduleArb,
        fc.integer({ min: 1, max: 11 * 24 }),
        ({ timeZone, start, times, days }, splitHours) => {
          const assignment = daily(timeZone, times, start);
          const from = Temporal.PlainDate.from(start).toZonedDateTime(timeZone).toInstant();
          const to = from.add({ hours: days * 24 });
          const middle = from.add({ hours: Math.min(splitHours, days * 24) });
          const whole = expandOccurrences(assignment, { from: from.toString(), to: to.toString() });
          const parts = [
            ...expandOccurrences(assignment, { from: from.toString(), to: middle.toString() }),
            ...expandOccurrences(assignment, { from: middle.toString(), to: to.toString() }),
          ];
          expect(parts).to.deep.equal(whole);
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('expandOccurrences for assignments that are no longer active', () => {
  const daily = {
    id: 'a-pause',
    schedule: {
      kind: 'repeat' as const,
      timeZone: 'Europe/Berlin',
      repeat: { periodUnit: 'd' as const, timeOfDay: ['09:00'], boundsPeriod: { start: '2026-05-01' } },
    },
  };
  const range = { from: '2026-05-01T00:00:00+02:00', to: '2026-05-08T00:00:00+02:00' };

  it('stops a paused assignment at the moment it was paused, so the pause is never missed work', () => {
    const paused = { ...daily, status: 'paused' as const, statusChangedAt: '2026-05-03T12:00:00+02:00' };
    const dueDays = expandOccurrences(paused, range).map((occurrence) => occurrence.localDate);
    expect(dueDays).to.deep.equal(['2026-05-01', '2026-05-02', '2026-05-03']);
  });

  it('keeps the whole schedule of an active assignment, and of one whose change time is unknown', () => {
    expect(expandOccurrences({ ...daily, status: 'active' as const }, range)).to.have.length(7);
    expect(expandOccurrences({ ...daily, status: 'cancelled' as const }, range)).to.have.length(7);
  });

  it('includes an occurrence due exactly when the assignment was completed', () => {
    const completed = {
      ...daily,
      status: 'completed' as const,
      statusChangedAt: '2026-05-02T09:00:00+02:00',
    };
    expect(expandOccurrences(completed, range).map((occurrence) => occurrence.localDate)).to.deep.equal([
      '2026-05-01',
      '2026-05-02',
    ]);
  });
});
