// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
import { expect } from 'chai';
import fc from 'fast-check';
import {
  ValidationError,
  changeThreshold,
  classifyChange,
  parseMeasureDefinition,
  type MeasureDefinition,
} from '@interlude/core';

const options = (max: number) =>
  Array.from({ length: max + 1 }, (_, value) => ({ value, label: { en: `Option ${value}` } }));

/** Ten items 0–3 (totals 0–30), reliable change 5, case at or above 10; `overrides` replace scoring fields. */
const scale = (scoring: Record<string, unknown> = {}): MeasureDefinition =>
  parseMeasureDefinition({
    kind: 'measure',
    id: 'test-scale',
    version: '1.0.0',
    title: { en: 'Test' },
    modality: 'general',
    estimatedMinutes: 1,
    items: Array.from({ length: 10 }, (_, index) => ({
      id: `i${index}`,
      text: { en: 'x' },
      options: options(3),
      scored: true,
    })),
    scoring: {
      method: 'sum',
      direction: 'higher-is-worse',
      bands: [{ id: 'all', min: 0, max: 30, label: { en: 'All' } }],
      missingItems: { kind: 'unscorable' },
      reliableChange: { threshold: 5, source: 'Test' },
      caseness: { threshold: 10, caseWhen: 'at-or-above', source: 'Test' },
      ...scoring,
    },
    source: { citation: 'Test' },
    licence: { id: 'MIT', note: 'Test', copyright: 'Test', commercialUse: 'free', translationAllowed: true },
  });

describe('classifyChange', () => {
  const worse = scale();
  const better = scale({
    direction: 'higher-is-better',
    caseness: { threshold: 13, caseWhen: 'below', source: 'Test' },
  });

  const table: [string, MeasureDefinition, number, number, string, boolean][] = [
    // higher-is-worse: a drop of at least the threshold is an improvement.
    ['a drop by exactly the threshold', worse, 15, 10, 'reliable-improvement', false],
    ['a drop one short of the threshold', worse, 15, 11, 'no-reliable-change', false],
    ['a drop crossing the cut-off', worse, 12, 7, 'reliable-improvement', true],
    ['a drop crossing the cut-off, too small to be reliable', worse, 11, 9, 'no-reliable-change', true],
    ['a rise by the threshold', worse, 5, 10, 'reliable-deterioration', false],
    ['no change', worse, 20, 20, 'no-reliable-change', false],
    // higher-is-better (WHO-5-like): a rise is an improvement; a case is below the cut-off.
    ['a rise on a higher-is-better scale', better, 8, 13, 'reliable-improvement', true],
    ['a fall on a higher-is-better scale', better, 20, 15, 'reliable-deterioration', false],
    ['a rise to just below the cut-off', better, 7, 12, 'reliable-improvement', false],
  ];
  for (const [what, definition, before, after, change, recovered] of table) {
    it(`${what}: ${before} → ${after} is ${change}${recovered ? ', recovered' : ''}`, () => {
      const result = classifyChange(definition, before, after);
      expect(result).to.include({
        change,
        recovered,
        known: true,
        reason: null,
        recoveryKnown: true,
        difference: after - before,
      });
      expect(result.reliablyRecovered).to.equal(recovered && change === 'reliable-improvement');
    });
  }

  it('does not call a worsening client recovered', () => {
    expect(classifyChange(worse, 5, 20)).to.include({ recovered: false, caseBefore: false, caseAfter: true });
  });

  it('returns an unknown change, not a guess, when a total is missing', () => {
    for (const [before, after] of [
      [null, 10],
      [10, null],
      [null, null],
    ] as const) {
      expect(classifyChange(worse, before, after)).to.include({
        change: 'no-reliable-change',
        known: false,
        reason: 'missing-total',
        recovered: false,
        recoveryKnown: false,
        difference: null,
      });
    }
  });

  it('returns an unknown change when no threshold is published, but still tells recovery', () => {
    const noThreshold = scale({ reliableChange: undefined });
    expect(classifyChange(noThreshold, 20, 2)).to.include({
      change: 'no-reliable-change',
      known: false,
      reason: 'no-reliable-change-threshold',
      recovered: true,
      recoveryKnown: true,
      reliablyRecovered: false,
      difference: -18,
    });
  });

  describe('a clinically meaningful change threshold', () => {
    // WHO-5-like: only a meaningful change (3 points) is published, no reliable-change index.
    const meaningfulOnly = scale({
      reliableChange: undefined,
      meaningfulChange: { threshold: 3, source: 'Test MCID' },
    });
    // PCL-5-like: a reliable change (5) and a larger meaningful change (10).
    const both = scale({ meaningfulChange: { threshold: 10, source: 'Test MCID' } });

    it('classifies against it when there is no reliable-change index, and names it meaningful, never reliable', () => {
      expect(classifyChange(meaningfulOnly, 12, 9)).to.include({
        change: 'meaningful-improvement',
        basis: 'meaningful-change',
        threshold: 3,
        meaningfulChange: 'meaningful-improvement',
        known: true,
        recovered: true,
        reliablyRecovered: false,
      });
      expect(classifyChange(meaningfulOnly, 12, 15)).to.include({ change: 'meaningful-deterioration' });
      expect(classifyChange(meaningfulOnly, 12, 14)).to.include({
        change: 'no-meaningful-change',
        known: true,
      });
    });

    it('keeps the reliable-change basis when both are published, and reports the meaningful class beside it', () => {
      expect(classifyChange(both, 20, 14)).to.include({
        change: 'reliable-improvement',
        basis: 'reliable-change',
        threshold: 5,
        meaningfulChange: 'no-meaningful-change',
      });
      expect(classifyChange(both, 20, 30)).to.include({
        change: 'reliable-deterioration',
        meaningfulChange: 'meaningful-deterioration',
      });
    });

    it('has no basis, threshold or meaningful class when the change is unknown', () => {
      expect(classifyChange(both, null, 10)).to.include({
        basis: null,
        threshold: null,
        meaningfulChange: null,
      });
      expect(classifyChange(scale({ reliableChange: undefined }), 10, 20)).to.include({
        basis: null,
        threshold: null,
        meaningfulChange: null,
      });
    });

    it('changeThreshold says which threshold applies, so charts can label it', () => {
      expect(changeThreshold(meaningfulOnly)).to.deep.equal({
        basis: 'meaningful-change',
        threshold: 3,
        source: 'Test MCID',
      });
      expect(changeThreshold(both)).to.deep.equal({ basis: 'reliable-change', threshold: 5, source: 'Test' });
      expect(changeThreshold(scale({ reliableChange: undefined }))).to.equal(null);
    });
  });

  it('cannot tell recovery without a caseness cut-off', () => {
    expect(classifyChange(scale({ caseness: undefined }), 20, 2)).to.include({
      change: 'reliable-improvement',
      recovered: false,
      recoveryKnown: false,
      caseBefore: null,
    });
  });

  it('rejects totals outside the range or not numbers with a ValidationError that names them', () => {
    for (const [before, after, path] of [
      [-1, 10, 'before'],
      [10, 31, 'after'],
      [Number.NaN, 10, 'before'],
      [10, Number.POSITIVE_INFINITY, 'after'],
    ] as const) {
      expect(() => classifyChange(worse, before, after))
        .to.throw(ValidationError)
        .with.property('issues')
        .that.satisfies((issues: { path: string[] }[]) => issues.length === 1 && issues[0]!.path[0] === path);
    }
  });

  it('is antisymmetric: swapping the totals swaps improvement and deterioration', () => {
    const opposite: Record<string, string> = {
      'reliable-improvement': 'reliable-deterioration',
      'reliable-deterioration': 'reliable-improvement',
      'no-reliable-change': 'no-reliable-change',
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), (a, b) => {
        expect(classifyChange(worse, b, a).change).to.equal(opposite[classifyChange(worse, a, b).change]);
      }),
    );
  });
});
