// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
import { expect } from 'chai';
import { ValidationError, addLocalDays, localDateIn, startOfLocalDay } from '@interlude/core';

describe('local days', () => {
  it("reads an instant's local date in a zone", () => {
    expect(localDateIn('2026-03-29T23:30:00Z', 'Europe/Berlin')).to.equal('2026-03-30');
    expect(localDateIn('2026-03-29T23:30:00Z', 'America/New_York')).to.equal('2026-03-29');
  });

  it('gives the first instant of a local day, across daylight-saving days', () => {
    expect(startOfLocalDay('2026-03-29', 'Europe/Berlin')).to.equal('2026-03-29T00:00:00+01:00');
    expect(startOfLocalDay('2026-03-30', 'Europe/Berlin')).to.equal('2026-03-30T00:00:00+02:00');
    // Santiago skips midnight in September: the day starts at 01:00.
    expect(startOfLocalDay('2026-09-06', 'America/Santiago')).to.equal('2026-09-06T01:00:00-03:00');
  });

  it('moves by local days, keeping the wall time', () => {
    expect(addLocalDays('2026-03-28T09:00:00+01:00', 1, 'Europe/Berlin')).to.equal(
      '2026-03-29T09:00:00+02:00',
    );
    expect(addLocalDays('2026-03-30T09:00:00+02:00', -7, 'Europe/Berlin')).to.equal(
      '2026-03-23T09:00:00+01:00',
    );
  });

  it('rejects malformed input with a typed error', () => {
    expect(() => localDateIn('yesterday', 'Europe/Berlin')).to.throw(ValidationError, 'instant');
    expect(() => startOfLocalDay('2026-02-30', 'Europe/Berlin')).to.throw(ValidationError, 'date');
    expect(() => addLocalDays('2026-03-28T09:00:00+01:00', 1, 'Mars/Olympus')).to.throw(
      ValidationError,
      'time zone',
    );
  });
});
