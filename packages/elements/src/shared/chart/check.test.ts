import { expect } from '@open-wc/testing';
import { ValidationError } from '@interlude/core';
import { list, nullable, number, object, oneOf, record, refine, text, validate } from './check.js';
import { chartInstant, chartLocalDate, chartTimeZone, trackedSeries } from './schemas.js';
import { wallClock } from './time.js';

const paths = (result: ReturnType<typeof validate>) =>
  result.ok ? [] : result.error.issues.map((issue) => issue.path.join('.'));

describe('chart data checks', () => {
  const shape = object(
    { name: text(5), kind: oneOf(['a', 'b'] as const), count: number(true, 0), items: list(number(), 2) },
    { note: nullable(text()), tags: record(text(3, 2), text()) },
  );

  it('accepts a valid value as given, other keys included', () => {
    const input = { name: 'x', kind: 'a', count: 3, items: [1.5], note: null, extra: 'kept' };
    const result = validate(shape, input, 'thing');
    expect(result.ok).to.equal(true);
    expect(result.ok && result.value).to.equal(input);
  });

  it('names every wrong path with zod’s codes and never the value', () => {
    const result = validate(
      shape,
      { name: 'toolong', kind: 'c', count: 0.5, items: [1, 'secret', 3], tags: { x: 'y' } },
      'thing',
    );
    expect(paths(result)).to.deep.equal(['name', 'kind', 'count', 'items', 'items.1', 'tags.x']);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.error).to.be.instanceOf(ValidationError);
    expect(result.error.subject).to.equal('thing');
    expect(result.error.issues.map((issue) => issue.code)).to.deep.equal([
      'too_big',
      'invalid_value',
      'invalid_type',
      'too_big',
      'invalid_type',
      'too_small',
    ]);
    expect(result.error.message).to.not.include('secret');
    expect(result.error.message).to.not.include('toolong');
  });

  it('refuses what is not an object, array or record', () => {
    expect(paths(validate(shape, [], 'thing'))).to.deep.equal(['']);
    expect(paths(validate(shape, { name: 'x', kind: 'a', count: 1, items: {} }, 'thing'))).to.deep.equal([
      'items',
    ]);
    expect(paths(validate(record(text(), text()), null, 'thing'))).to.deep.equal(['']);
  });

  it('refines only a well-formed value unless told to always', () => {
    const positive = (always: boolean) =>
      refine<{ min: number; max: number }>(
        object({ min: number(), max: number() }),
        (range, fail) => {
          if (range.max <= range.min) fail('must be more than min', 'max');
        },
        always,
      );
    expect(paths(validate(positive(false), { min: 2, max: 1 }, 'range'))).to.deep.equal(['max']);
    expect(paths(validate(positive(false), { min: 'x', max: 1 }, 'range'))).to.deep.equal(['min']);
    expect(paths(validate(positive(true), { min: 3, max: 1, extra: 0 }, 'range'))).to.deep.equal(['max']);
    // With `always`, the rule also sees a value with other problems (and must cope with it).
    expect(paths(validate(positive(true), { min: 'x', max: -1 }, 'range'))).to.deep.equal(['min']);
  });

  it('checks instants, calendar dates and time zones', () => {
    expect(validate(chartInstant, '2026-04-03T20:15:00+01:00', 'at').ok).to.equal(true);
    expect(validate(chartInstant, '2026-04-03T20:15:00', 'at').ok).to.equal(false);
    expect(validate(chartLocalDate, '2026-02-28', 'day').ok).to.equal(true);
    expect(validate(chartLocalDate, '2026-02-30', 'day').ok).to.equal(false);
    expect(validate(chartTimeZone, 'Europe/Berlin', 'zone').ok).to.equal(true);
    expect(validate(chartTimeZone, 'Mars/Olympus', 'zone').ok).to.equal(false);
  });

  it('checks a time zone as before, through the one formatter the chart reads it with', () => {
    // The check as it was: its own formatter for the zone.
    const before = (zone: string) => {
      try {
        return (
          /^[A-Za-z]/.test(zone) &&
          !!new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone
        );
      } catch {
        return false;
      }
    };
    const zones = ['Europe/Berlin', 'utc', 'Etc/GMT+5', 'America/Argentina/Buenos_Aires', 'EST5EDT', 'GMT'];
    zones.push('+01:00', 'Europe/Berlin ', 'Mars/Olympus', '1Europe/Berlin', 'Europe\\Berlin', '');
    for (const zone of zones) expect(validate(chartTimeZone, zone, 'zone').ok, zone).to.equal(before(zone));
    // Checking a zone and reading the chart's wall clock in it build one formatter between them.
    const intl = Intl as unknown as { DateTimeFormat: typeof Intl.DateTimeFormat };
    const original = intl.DateTimeFormat;
    let built = 0;
    intl.DateTimeFormat = new Proxy(original, {
      construct: (target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) => {
        built += 1;
        return new target(...args);
      },
    });
    try {
      expect(validate(chartTimeZone, 'Pacific/Chatham', 'zone').ok).to.equal(true);
      wallClock(Date.UTC(2026, 3, 3), 'Pacific/Chatham');
    } finally {
      intl.DateTimeFormat = original;
    }
    expect(built).to.equal(1);
  });

  it('names every value of a series outside its range, also beside other problems', () => {
    const series = {
      id: 's',
      label: 'S',
      direction: 'higher-is-worse',
      min: 0,
      max: 10,
      points: [
        { at: 'nope', value: 11 },
        { at: '2026-04-03T20:15:00Z', value: 5 },
      ],
    };
    expect(paths(validate(trackedSeries(10), series, 'series'))).to.deep.equal([
      'points.0.at',
      'points.0.value',
    ]);
    expect(paths(validate(trackedSeries(1), series, 'series'))).to.include('points');
  });
});
