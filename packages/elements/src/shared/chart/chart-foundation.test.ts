import { expect } from '@open-wc/testing';
import { linearScale, niceDomain, valueTicks } from './scales.js';
import { gapsAfter, linePath } from './shapes.js';
import { DAY_MS, localMidnight, startOfLocalDay, timeTicks, wallClock } from './time.js';
import {
  formatDate,
  formatDay,
  formatDayTime,
  formatMoment,
  formatNumber,
  formatPercent,
  formatTick,
  formatWeekday,
} from './formats.js';
import { seriesModel, seriesPaths, type SeriesModel } from './series.js';

describe('chart foundation', () => {
  describe('scales', () => {
    it('maps and inverts, either way round', () => {
      const y = linearScale([0, 27], [200, 20]);
      expect(y(0)).to.equal(200);
      expect(y(27)).to.equal(20);
      expect(y.invert(110)).to.be.closeTo(13.5, 1e-9);
      expect(y.k).to.be.closeTo(-180 / 27, 1e-9);
      expect(linearScale([5, 5], [0, 100])(5)).to.equal(50);
    });

    it('gives round ticks and nice ends', () => {
      expect(valueTicks(0, 27, 5)).to.deep.equal([0, 5, 10, 15, 20, 25]);
      expect(niceDomain(0.3, 9.6, 5)).to.deep.equal([0, 10]);
      // The values d3-array's ticks and nice give (steps of 1, 2 or 5 × 10ⁿ, fractions by division).
      expect(valueTicks(0, 0.37, 4)).to.deep.equal([0, 0.1, 0.2, 0.3]);
      expect(valueTicks(-3, 3, 4)).to.deep.equal([-2, 0, 2]);
      expect(valueTicks(2, 97, 1)).to.deep.equal([50]);
      expect(niceDomain(-12.3, 48.9, 5)).to.deep.equal([-20, 50]);
    });
  });

  describe('shapes', () => {
    it('breaks lines at nulls and rounds to four decimals', () => {
      expect(linePath([[0, 1], [1.123456, 2], null, [3, 4], [4, 5]])).to.equal('M0,1L1.1235,2M3,4L4,5');
      expect(linePath([])).to.equal('');
    });

    it('finds gaps longer than three days or three typical intervals', () => {
      expect(gapsAfter([0, 1, 2, 3, 9, 10])).to.deep.equal([false, false, false, true, false, false]);
      // Weekly questionnaires: a week apart is their rhythm, not a gap; five weeks is.
      expect(gapsAfter([0, 7, 14, 21, 56])).to.deep.equal([false, false, false, true, false]);
    });

    it('writes a series in one pass: a band per unbroken run, the line broken at gaps, dots', () => {
      const band = (low: number, high: number) => ({ centre: low, low, high, count: 5 });
      const model: SeriesModel = {
        series: { points: [] },
        ms: [0, 1, 2, 5, 6.123456].map((day) => (day + 10) * DAY_MS),
        values: [1, 2, 3, 4, 5],
        bands: [band(1, 3), band(2, 4), null, band(1, 2), band(0.5, 1.5)],
        positions: [null, 'within', null, 'above', 'within'],
        gaps: [false, true, false, false, false],
      };
      const paths = seriesPaths(model, 10, true);
      expect(paths.xs).to.deep.equal([0, 1, 2, 5, 6.1235]);
      expect(paths.band).to.equal('M0,3L1,4L1,2L0,1ZM5,2L6.1235,1.5L6.1235,0.5L5,1Z');
      expect(paths.line).to.equal('M0,1L1,2M2,3L5,4L6.1235,5');
      expect(paths.dots).to.equal('M0 1h0M1 2h0M2 3h0M6.1235 5h0');
      expect(paths.squares).to.equal('M5 4h0');
      expect(seriesPaths(model, 10, false).dots).to.equal('M0 1h0M1 2h0M2 3h0M5 4h0M6.1235 5h0');
    });
  });

  describe('time', () => {
    it('reads wall clocks and local midnights in a zone, across daylight saving', () => {
      expect(wallClock(Date.parse('2026-03-29T00:30:00Z'), 'Europe/London')).to.include({ day: 29, hour: 0 });
      expect(wallClock(Date.parse('2026-03-29T01:30:00Z'), 'Europe/London')).to.include({ hour: 2 });
      expect(new Date(localMidnight(2026, 3, 30, 'Europe/London')).toISOString()).to.equal(
        '2026-03-29T23:00:00.000Z',
      );
      expect(new Date(localMidnight(2026, 3, 28, 'Europe/London')).toISOString()).to.equal(
        '2026-03-28T00:00:00.000Z',
      );
      expect(
        new Date(startOfLocalDay(Date.parse('2026-04-02T22:30:00Z'), 'Europe/Berlin')).toISOString(),
      ).to.equal('2026-04-02T22:00:00.000Z');
    });

    it('picks the step that fits and ticks at local midnights', () => {
      const from = Date.parse('2026-03-01T12:00:00Z');
      const week = timeTicks(from, from + 9 * DAY_MS, 12, 'Europe/London');
      expect(week.step).to.equal('day');
      const months = timeTicks(from, from + 200 * DAY_MS, 8, 'America/New_York');
      expect(months.step).to.equal('month');
      for (const tick of months.ticks)
        expect(wallClock(tick, 'America/New_York')).to.include({ day: 1, hour: 0 });
      const years = timeTicks(from, from + 3 * 365 * DAY_MS, 3, 'UTC');
      expect(years.step).to.equal('year');
      expect(years.ticks.map((tick) => new Date(tick).getUTCFullYear())).to.deep.equal([2027, 2028, 2029]);
    });

    it('ticks at Mondays, quarters, half years and multiples of a year', () => {
      const from = Date.parse('2026-03-04T12:00:00Z'); // a Wednesday
      const iso = (ticks: number[]) => ticks.map((tick) => new Date(tick).toISOString().slice(0, 10));
      const weeks = timeTicks(from, from + 20 * DAY_MS, 4, 'UTC');
      expect([weeks.step, ...iso(weeks.ticks)]).to.deep.equal([
        'week',
        '2026-03-09',
        '2026-03-16',
        '2026-03-23',
      ]);
      const quarters = timeTicks(from, from + 400 * DAY_MS, 6, 'UTC');
      expect([quarters.step, ...iso(quarters.ticks)]).to.deep.equal([
        'quarter',
        '2026-04-01',
        '2026-07-01',
        '2026-10-01',
        '2027-01-01',
        '2027-04-01',
      ]);
      const halves = timeTicks(from, from + 800 * DAY_MS, 6, 'UTC');
      expect([halves.step, ...iso(halves.ticks)]).to.deep.equal([
        'half',
        '2026-07-01',
        '2027-01-01',
        '2027-07-01',
        '2028-01-01',
      ]);
      const decades = timeTicks(from, from + 20 * 365.25 * DAY_MS, 4, 'UTC');
      expect(decades.step).to.equal('year');
      expect(decades.ticks.map((tick) => new Date(tick).getUTCFullYear())).to.deep.equal([
        2031, 2036, 2041, 2046,
      ]);
    });
  });

  describe('formats', () => {
    it('writes dates in the element’s language and the client’s zone', () => {
      const at = Date.parse('2026-04-02T22:30:00Z');
      expect(formatDay({ lang: 'en-GB', timeZone: 'Europe/London' }, at)).to.equal('Thu 2 Apr');
      expect(formatDay({ lang: 'en-GB', timeZone: 'Europe/Berlin' }, at)).to.equal('Fri 3 Apr');
      expect(formatDay({ lang: 'de', timeZone: 'Europe/Berlin' }, at)).to.equal('Fr., 3. Apr.');
      expect(formatNumber({ lang: 'de', timeZone: 'UTC' }, 2.345)).to.equal('2,3');
      expect(formatPercent({ lang: 'en', timeZone: 'UTC' }, 0.75)).to.equal('75%');
    });

    it('writes each of its formats', () => {
      const at = Date.parse('2026-04-02T22:30:00Z');
      const berlin = { lang: 'en-GB', timeZone: 'Europe/Berlin' };
      expect(formatDayTime(berlin, at)).to.equal('Fri 3 Apr, 00:30');
      expect(formatMoment(berlin, at)).to.equal('Fri, 3 Apr 2026, 00:30');
      expect(formatDate(berlin, at)).to.equal('3 Apr 2026');
      expect(formatWeekday(berlin, at)).to.equal('Fri');
      expect(formatTick(berlin, at, 'week')).to.equal('3 Apr');
      expect(formatTick(berlin, at, 'quarter')).to.equal('Apr 2026');
      expect(formatTick(berlin, at, 'year')).to.equal('2026');
      expect(formatNumber(berlin, 1 / 3, 2)).to.equal('0.33');
      expect(formatNumber(berlin, 1 / 3, 0)).to.equal('0');
    });
  });

  describe('series', () => {
    const points = [3, 4, 3, 5, 4, 4, 3, 4, 9, 2].map((value, day) => ({
      at: new Date(Date.UTC(2026, 2, 1 + day, 19)).toISOString(),
      value,
    }));

    it('extends a model on append to exactly what a fresh one computes', () => {
      const before = seriesModel({ points: points.slice(0, 8) });
      const appended = { points: [...before.series.points, ...points.slice(8)] };
      const extended = seriesModel(appended, before);
      const fresh = seriesModel({ points: [...points] });
      expect(extended.bands).to.deep.equal(fresh.bands);
      expect(extended.positions).to.deep.equal(fresh.positions);
      expect(extended.ms).to.deep.equal(fresh.ms);
      expect(extended.positions[8]).to.equal('above');
    });

    it('recomputes when the earlier points changed, and sorts points given out of order', () => {
      const before = seriesModel({ points: points.slice(0, 8) });
      const changed = seriesModel({ points: [{ ...points[0]!, value: 9 }, ...points.slice(1)] }, before);
      expect(changed.values[0]).to.equal(9);
      const shuffled = seriesModel({ points: [points[2]!, points[0]!, points[1]!] });
      expect(shuffled.values).to.deep.equal([3, 4, 3]);
    });

    it('extends the paths of an appended model to exactly what fresh ones are', () => {
      const before = seriesModel({ points: points.slice(0, 7) });
      const first = seriesPaths(before, 20_000, true);
      expect(seriesPaths(before, 20_000, true)).to.equal(first); // drawn again: reused
      const appended = seriesModel({ points: [...before.series.points, ...points.slice(7)] }, before);
      const extended = seriesPaths(appended, 20_000, true);
      const fresh = seriesPaths(seriesModel({ points: [...points] }), 20_000, true);
      expect(extended).to.deep.equal(fresh);
      expect(extended.dots.startsWith(first.dots)).to.equal(true);
      expect(extended.squares).to.include('M521.7917 9h0'); // the spike, outside its usual range
      // An append that moves an earlier break (the typical interval grew) redraws the line.
      const at = (day: number) => ({ at: new Date(Date.UTC(2026, 2, 1 + day, 19)).toISOString(), value: 3 });
      const sparse = seriesModel({ points: [0, 1, 2, 3, 9].map(at) });
      expect(seriesPaths(sparse, 20_000, true).line.split('M')).to.have.length(3); // broken once
      const wider = seriesModel({ points: [...sparse.series.points, ...[27, 45, 63].map(at)] }, sparse);
      expect(wider.gaps[3]).to.equal(false);
      expect(seriesPaths(wider, 20_000, true)).to.deep.equal(
        seriesPaths(seriesModel({ points: wider.series.points }), 20_000, true),
      );
    });
  });
});
