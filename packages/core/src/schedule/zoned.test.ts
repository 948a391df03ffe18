// The fast paths of the zone helpers against Temporal itself: every engine's "7 local days",
// "local date of" and instant parsing goes through them. Runs in Chromium and under Node.
import { expect } from 'chai';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import {
  addLocalDaysMs,
  atWallTime,
  epochDayAt,
  epochMs,
  formatInstant,
  formatInstantMs,
  localDate,
  transitionBefore,
  wholeLocalDaysBetween,
  zonedAt,
  zonedAtWallTime,
} from './zoned.js';

// Zones with the awkward rules: half-hour DST (Lord Howe), a skipped day (Apia, 2011),
// DST that starts at midnight (Santiago), Ramadan DST breaks (Casablanca), no DST at all.
const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Apia',
  'America/Santiago',
  'Africa/Casablanca',
  'Asia/Tokyo',
  'UTC',
];
const instant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) });
const zone = fc.constantFrom(...ZONES);
const zoned = (ms: number, timeZone: string) =>
  Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone);

describe('zone helpers', () => {
  it('addLocalDaysMs is ZonedDateTime.add({ days }), gaps and repeated hours included', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -60, max: 60 }), zone, (ms, days, timeZone) => {
        expect(addLocalDaysMs(ms, days, timeZone)).to.equal(
          zoned(ms, timeZone).add({ days }).epochMilliseconds,
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('addLocalDaysMs lands wall times in a gap or an overlap as Temporal does', () => {
    // 02:30 on the spring-forward day (a gap) and on the autumn day (repeated) in Berlin.
    for (const wall of ['2026-03-29T02:30:00', '2026-10-25T02:30:00']) {
      const dayBefore = Temporal.PlainDateTime.from(wall)
        .subtract({ days: 1 })
        .toZonedDateTime('Europe/Berlin');
      expect(addLocalDaysMs(dayBefore.epochMilliseconds, 1, 'Europe/Berlin')).to.equal(
        dayBefore.add({ days: 1 }).epochMilliseconds,
      );
    }
  });

  it('epochDayAt is the local date of the instant', () => {
    fc.assert(
      fc.property(instant, zone, (ms, timeZone) => {
        const date = zoned(ms, timeZone).toPlainDate();
        expect(epochDayAt(ms, timeZone)).to.equal(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000);
      }),
      { numRuns: 3000 },
    );
  });

  it('formatInstantMs writes the instant with its local offset, to the second', () => {
    fc.assert(
      fc.property(instant, zone, (ms, timeZone) => {
        expect(formatInstantMs(ms, timeZone)).to.equal(
          zoned(ms, timeZone).toString({ timeZoneName: 'never', smallestUnit: 'second' }),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('epochMs reads the common instant shapes as Date.parse does, and the rest through Temporal', () => {
    fc.assert(
      fc.property(
        instant,
        fc.constantFrom('Z', '+02:00', '-05:30', '+14:00'),
        fc.boolean(),
        (ms, offset, fraction) => {
          const text = zoned(ms, 'UTC')
            .toString({
              timeZoneName: 'never',
              offset: 'never',
              smallestUnit: fraction ? 'millisecond' : 'second',
            })
            .concat(offset);
          expect(epochMs(text)).to.equal(Date.parse(text));
        },
      ),
      { numRuns: 3000 },
    );
    expect(epochMs('2026-03-29T09:00:00.123456789+02:00')).to.equal(Date.UTC(2026, 2, 29, 7, 0, 0, 123));
    expect(epochMs('2026-03-29T09:00:00+02:00')).to.equal(Date.UTC(2026, 2, 29, 7));
    for (const text of ['2026-03-29t09:00:00.123456z', '2026-03-29 09:00:00,5-05:30', '2026-03-29T09:00Z'])
      expect(epochMs(text), text).to.equal(Temporal.Instant.from(text).epochMilliseconds);
    expect(() => epochMs('not an instant')).to.throw(RangeError);
  });

  it('zonedAt reads the wall clock and offset Temporal reads', () => {
    fc.assert(
      fc.property(instant, zone, (ms, timeZone) => {
        const expected = zoned(ms, timeZone);
        const actual = zonedAt(ms, timeZone);
        expect([
          actual.year,
          actual.month,
          actual.day,
          actual.hour,
          actual.minute,
          actual.second,
        ]).to.deep.equal([
          expected.year,
          expected.month,
          expected.day,
          expected.hour,
          expected.minute,
          expected.second,
        ]);
        expect(actual.offsetMs).to.equal(expected.offsetNanoseconds / 1e6);
        expect(formatInstant(actual)).to.equal(
          expected.toString({ timeZoneName: 'never', smallestUnit: 'second' }),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('zonedAtWallTime resolves gaps and repeated hours as PlainDateTime.toZonedDateTime does', () => {
    const wallTime = fc.record({
      ms: instant,
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.constantFrom(0, 15, 30, 45),
    });
    fc.assert(
      fc.property(
        wallTime,
        zone,
        fc.constantFrom('compatible', 'later'),
        ({ ms, hour, minute }, timeZone, how) => {
          const date = zoned(ms, 'UTC').toPlainDate();
          const wall = date.toPlainDateTime({ hour, minute });
          const actual = zonedAtWallTime(localDate(date.toString()), hour, minute, 0, timeZone, how);
          expect(actual.epochMilliseconds).to.equal(
            wall.toZonedDateTime(timeZone, { disambiguation: how }).epochMilliseconds,
          );
        },
      ),
      { numRuns: 3000 },
    );
    // Every wall time around Berlin's and Santiago's changes, where the answers differ.
    for (const [timeZone, day] of [
      ['Europe/Berlin', '2026-03-29'],
      ['Europe/Berlin', '2026-10-25'],
      ['America/Santiago', '2026-09-06'],
      ['America/Santiago', '2026-04-05'],
      ['Australia/Lord_Howe', '2026-10-04'],
    ] as const)
      for (let minutes = 0; minutes < 24 * 60; minutes += 15)
        for (const how of ['compatible', 'later'] as const) {
          const wall = Temporal.PlainDate.from(day).toPlainDateTime({
            hour: Math.floor(minutes / 60),
            minute: minutes % 60,
          });
          const actual = zonedAtWallTime(localDate(day), wall.hour, wall.minute, 0, timeZone, how);
          expect(actual.epochMilliseconds, `${timeZone} ${wall.toString()} ${how}`).to.equal(
            wall.toZonedDateTime(timeZone, { disambiguation: how }).epochMilliseconds,
          );
        }
  });

  it("atWallTime without a time is the local day's first instant, as startOfDay", () => {
    fc.assert(
      fc.property(instant, zone, (ms, timeZone) => {
        const date = zoned(ms, 'UTC').toPlainDate();
        expect(atWallTime(localDate(date.toString()), undefined, timeZone).ms).to.equal(
          date.toZonedDateTime(timeZone).startOfDay().epochMilliseconds,
        );
      }),
      { numRuns: 2000 },
    );
    // Days whose midnight a gap skips (Santiago's changes at midnight, Apia's lost day).
    for (const [timeZone, day] of [
      ['America/Santiago', '2026-09-06'],
      ['America/Sao_Paulo', '2018-11-04'],
      ['Asia/Beirut', '2026-03-29'],
    ] as const)
      expect(atWallTime(localDate(day), undefined, timeZone).ms, `${timeZone} ${day}`).to.equal(
        Temporal.PlainDate.from(day).toZonedDateTime(timeZone).startOfDay().epochMilliseconds,
      );
  });

  it("transitionBefore finds the change a gap's wall time follows, as getTimeZoneTransition('previous')", () => {
    for (const [timeZone, wall] of [
      ['Europe/Berlin', '2026-03-29T02:30:00'],
      ['America/New_York', '2026-03-08T02:15:00'],
      ['Australia/Lord_Howe', '2026-10-04T02:15:00'],
      ['America/Santiago', '2026-09-06T00:30:00'],
    ] as const) {
      const inGap = Temporal.PlainDateTime.from(wall).toZonedDateTime(timeZone);
      expect(transitionBefore(inGap.epochMilliseconds, timeZone), `${timeZone} ${wall}`).to.equal(
        inGap.getTimeZoneTransition('previous')?.epochMilliseconds,
      );
    }
    expect(transitionBefore(Date.UTC(2026, 6, 1), 'Europe/Berlin')).to.equal(undefined);
  });

  it('wholeLocalDaysBetween is ZonedDateTime.until in days, rounded down', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: -40 * 86_400_000, max: 40 * 86_400_000 }),
        zone,
        (a, delta, timeZone) => {
          const b = a + delta;
          expect(wholeLocalDaysBetween(a, b, timeZone)).to.equal(
            zoned(a, timeZone).until(zoned(b, timeZone), {
              largestUnit: 'days',
              smallestUnit: 'days',
              roundingMode: 'floor',
            }).days,
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('formatInstant writes years outside 0–9999 as Temporal does', () => {
    for (const [ms, timeZone] of [
      [Date.UTC(9999, 11, 31, 23), 'Asia/Tokyo'],
      [Date.UTC(-1, 0, 1, 12), 'UTC'],
    ] as const)
      expect(formatInstant(zonedAt(ms, timeZone))).to.equal(
        zoned(ms, timeZone).toString({ timeZoneName: 'never', smallestUnit: 'second' }),
      );
  });
});
