// The fast paths of the zone helpers against Temporal itself: every engine's "7 local days",
// "local date of" and instant parsing goes through them. Runs in Chromium and under Node.
import { expect } from 'chai';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { addLocalDaysMs, epochDayAt, epochMs, formatInstantMs } from './zoned.js';

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
  });
});
