// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
// The engine is tested here on small synthetic definitions; every shipped instrument is tested
// against its published rules in @interlude/content (measures.test.ts).
import { expect } from 'chai';
import fc from 'fast-check';
import {
  InterludeError,
  InvalidAnswerError,
  formatPath,
  measureTotalRange,
  parseMeasureDefinition,
  parseScore,
  scoreMeasure,
  type MeasureAnswer,
  type MeasureDefinition,
} from '@interlude/core';

const options = (max: number) =>
  Array.from({ length: max + 1 }, (_, value) => ({ value, label: { en: `Option ${value}` } }));

/** Items a, b (reverse-scored, 3 − value) and c, each 0–3; c ≥ 2 is a risk; one missing item is prorated. */
const fixture = (): MeasureDefinition =>
  parseMeasureDefinition({
    kind: 'measure',
    id: 'test-scale',
    version: '1.2.0',
    title: { en: 'Test scale' },
    modality: 'general',
    estimatedMinutes: 1,
    items: [
      { id: 'a', text: { en: 'A' }, options: options(3), scored: true },
      { id: 'b', text: { en: 'B' }, options: options(3), scored: true, reverse: { max: 3 } },
      { id: 'c', text: { en: 'C' }, options: options(3), scored: true },
    ],
    supplementaryItems: [{ id: 'd', text: { en: 'D' }, options: options(2), scored: false }],
    scoring: {
      method: 'sum',
      direction: 'higher-is-worse',
      bands: [
        { id: 'low', min: 0, max: 4, label: { en: 'Low' } },
        { id: 'high', min: 5, max: 9, label: { en: 'High' } },
      ],
      missingItems: { kind: 'prorate', maxMissing: 1 },
      riskItems: [{ itemId: 'c', threshold: 2 }],
    },
    source: { citation: 'Test' },
    licence: { id: 'MIT', note: 'Test', copyright: 'Test', commercialUse: 'free', translationAllowed: true },
  });

/** A higher-is-better scale with a percentage and WHO-5-like flags: two items 0–5, any missing is unscorable. */
const wellbeing = (): MeasureDefinition =>
  parseMeasureDefinition({
    ...fixture(),
    id: 'test-wellbeing',
    items: [
      { id: 'w1', text: { en: 'W1' }, options: options(5), scored: true },
      { id: 'w2', text: { en: 'W2' }, options: options(5), scored: true },
      { id: 'note', text: { en: 'Note' }, options: options(1), scored: false },
    ],
    supplementaryItems: [],
    scoring: {
      method: 'sum',
      direction: 'higher-is-better',
      percentage: { multiplier: 10 },
      bands: [
        { id: 'poor', min: 0, max: 4, label: { en: 'Poor' } },
        { id: 'fine', min: 5, max: 10, label: { en: 'Fine' } },
      ],
      missingItems: { kind: 'unscorable' },
      flags: [
        {
          kind: 'score',
          id: 'lowPercentage',
          of: 'percentage',
          comparison: 'at-most',
          value: 30,
          label: { en: 'x' },
        },
        { kind: 'any-item', id: 'anyLow', comparison: 'at-most', value: 1, label: { en: 'x' } },
      ],
    },
  });

describe('scoreMeasure', () => {
  it('sums the scored items, reversing reverse-scored ones, and finds the band', () => {
    // a = 3, b = 0 → counts 3, c = 1: total 7.
    const score = scoreMeasure(fixture(), [3, 0, 1]);
    expect(score).to.deep.equal({
      measure: { id: 'test-scale', version: '1.2.0' },
      total: 7,
      band: 'high',
      prorated: false,
      unscorableReason: null,
      missingItemIds: [],
      riskItemIds: [],
      unansweredRiskItemIds: [],
      flags: {},
    });
    expect(parseScore(score)).to.deep.equal(score);
  });

  it('takes a record keyed by item id the same way as an array, supplementary answers included', () => {
    expect(scoreMeasure(fixture(), { a: 3, b: 0, c: 1, d: 2 })).to.deep.equal(
      scoreMeasure(fixture(), [3, 0, 1]),
    );
  });

  it('counts array entries beyond the end, null and undefined as unanswered', () => {
    const expected = scoreMeasure(fixture(), [2, 1, null]);
    expect(scoreMeasure(fixture(), [2, 1])).to.deep.equal(expected);
    expect(scoreMeasure(fixture(), [2, 1, undefined])).to.deep.equal(expected);
    expect(scoreMeasure(fixture(), { a: 2, b: 1 })).to.deep.equal(expected);
  });

  it('prorates within the missing-item limit, keeps the fraction and bands on the total rounded half up', () => {
    // a = 1, b = 2 → counts 1; c missing: 2 × 3 / 2 = 3 → 'low'.
    expect(scoreMeasure(fixture(), [1, 2, null])).to.include({ total: 3, band: 'low', prorated: true });
    // a = 2, b = 0 → counts 3; 5 × 3 / 2 = 7.5 → 'high'.
    expect(scoreMeasure(fixture(), [2, 0, null])).to.include({ total: 7.5, band: 'high', prorated: true });
    // a = 2, b = 2 → counts 1; 3 × 3 / 2 = 4.5, rounded half up to 5 → 'high' although 4.5 < 5.
    const half = scoreMeasure(fixture(), [2, 2, null]);
    expect(half).to.include({ total: 4.5, band: 'high', prorated: true });
    expect(half.missingItemIds).to.deep.equal(['c']);
  });

  it('makes the response unscorable beyond the limit, and still evaluates the risk item', () => {
    const score = scoreMeasure(fixture(), [null, null, 3]);
    expect(score).to.include({
      total: null,
      band: null,
      prorated: false,
      unscorableReason: 'too-many-missing-items',
    });
    expect(score.missingItemIds).to.deep.equal(['a', 'b']);
    expect(score.riskItemIds).to.deep.equal(['c']);
    expect(parseScore(score)).to.deep.equal(score);
  });

  it('reports a risk item at or above its threshold, and an unanswered one as unanswered, never as no risk', () => {
    expect(scoreMeasure(fixture(), [0, 0, 1]).riskItemIds).to.deep.equal([]);
    expect(scoreMeasure(fixture(), [0, 0, 2]).riskItemIds).to.deep.equal(['c']);
    expect(scoreMeasure(fixture(), [0, 0, 3]).riskItemIds).to.deep.equal(['c']);
    const unanswered = scoreMeasure(fixture(), [0, 0, null]);
    expect(unanswered.riskItemIds).to.deep.equal([]);
    expect(unanswered.unansweredRiskItemIds).to.deep.equal(['c']);
  });

  it('derives the percentage and evaluates flag rules from the definition', () => {
    // w1 = 1, w2 = 2: raw 3, percentage 30; an item at 1.
    expect(scoreMeasure(wellbeing(), [1, 2, 0])).to.deep.include({
      total: 3,
      percentage: 30,
      band: 'poor',
      flags: { lowPercentage: true, anyLow: true },
    });
    expect(scoreMeasure(wellbeing(), [4, 5, 0])).to.deep.include({
      total: 9,
      percentage: 90,
      flags: { lowPercentage: false, anyLow: false },
    });
    // The unscored item is validated but never counted, nor seen by any-item flags.
    expect(scoreMeasure(wellbeing(), [4, 5, 1])).to.deep.include({
      total: 9,
      flags: { lowPercentage: false, anyLow: false },
    });
  });

  it('keeps percentage and score flags empty when unscorable, but any-item flags still see answered items', () => {
    expect(scoreMeasure(wellbeing(), [1, null])).to.deep.include({
      total: null,
      band: null,
      percentage: null,
      flags: { lowPercentage: false, anyLow: true },
    });
  });

  it('has no percentage field when the definition defines none', () => {
    expect(scoreMeasure(fixture(), [0, 0, 0])).not.to.have.property('percentage');
  });

  it('leaves out an unanswered not-applicable item instead of counting it missing (PHQ-15 item 4)', () => {
    const optional = parseMeasureDefinition({
      ...fixture(),
      scoring: {
        ...fixture().scoring,
        missingItems: { kind: 'unscorable', notApplicableItemIds: ['a'] },
      },
    });
    // a unanswered: left out, total = (3 − 1) + 2 = 4, not prorated, nothing missing.
    expect(scoreMeasure(optional, [null, 1, 2])).to.deep.include({
      total: 4,
      band: 'low',
      prorated: false,
      missingItemIds: [],
    });
    // a answered: counted like any item.
    expect(scoreMeasure(optional, [3, 1, 2])).to.include({ total: 7, band: 'high' });
    // Another item unanswered is still missing, and the rule makes the total unscorable.
    expect(scoreMeasure(optional, [3, null, 2])).to.deep.include({ total: null, missingItemIds: ['b'] });
  });

  it('excludes an unanswered not-applicable item from proration too', () => {
    const optional = parseMeasureDefinition({
      ...fixture(),
      scoring: {
        ...fixture().scoring,
        missingItems: { kind: 'prorate', maxMissing: 1, notApplicableItemIds: ['a'] },
      },
    });
    // a left out, c missing: b alone (3 − 0 = 3) prorated over the two applicable items = 6.
    expect(scoreMeasure(optional, [null, 0, null])).to.include({ total: 6, prorated: true });
  });

  it('evaluates a subscale flag on the sum of its items after reversal, false unless all are answered', () => {
    const subscale = parseMeasureDefinition({
      ...fixture(),
      scoring: {
        ...fixture().scoring,
        flags: [
          {
            kind: 'subscale',
            id: 'abHigh',
            itemIds: ['a', 'b'],
            comparison: 'at-least',
            value: 4,
            label: { en: 'x' },
          },
        ],
      },
    });
    expect(scoreMeasure(subscale, [2, 1, 0]).flags).to.deep.equal({ abHigh: true }); // 2 + (3 − 1) = 4
    expect(scoreMeasure(subscale, [2, 2, 3]).flags).to.deep.equal({ abHigh: false }); // 2 + 1 = 3
    expect(scoreMeasure(subscale, [3, null, 3]).flags).to.deep.equal({ abHigh: false });
  });

  describe('rejects answers that do not fit, with the item and never the value', () => {
    const cases: [string, unknown, string[], string][] = [
      [
        'a value that is not an option',
        [4, 0, 0],
        ['[0]'],
        'Invalid answers to test-scale: [0] (item a): not an allowed value',
      ],
      [
        'a negative value',
        [0, -1, 0],
        ['[1]'],
        'Invalid answers to test-scale: [1] (item b): not an allowed value',
      ],
      [
        'a fraction',
        [0, 0, 1.5],
        ['[2]'],
        'Invalid answers to test-scale: [2] (item c): not an allowed value',
      ],
      [
        'NaN',
        [Number.NaN, 0, 0],
        ['[0]'],
        'Invalid answers to test-scale: [0] (item a): not an allowed value',
      ],
      [
        'a numeric string',
        ['2', 0, 0],
        ['[0]'],
        'Invalid answers to test-scale: [0] (item a): not an allowed value',
      ],
      [
        'more answers than items',
        [0, 0, 0, 0],
        ['[3]'],
        'Invalid answers to test-scale: [3]: more answers than the measure has items',
      ],
      [
        'a bad value in a record',
        { a: 0, c: 9 },
        ['c'],
        'Invalid answers to test-scale: c: not an allowed value',
      ],
      [
        'a bad supplementary answer',
        { a: 0, d: 3 },
        ['d'],
        'Invalid answers to test-scale: d: not an allowed value',
      ],
      [
        'an unknown item id',
        { a: 0, e: 1 },
        ['e'],
        'Invalid answers to test-scale: e: not an item of this measure',
      ],
      [
        'null instead of answers',
        null,
        ['(root)'],
        'Invalid answers to test-scale: (root): expected an array in item order or a record keyed by item id',
      ],
      [
        'a number instead of answers',
        3,
        ['(root)'],
        'Invalid answers to test-scale: (root): expected an array in item order or a record keyed by item id',
      ],
    ];
    for (const [what, answers, paths, message] of cases) {
      it(what, () => {
        let caught: unknown;
        try {
          scoreMeasure(fixture(), answers as MeasureAnswer[]);
        } catch (error) {
          caught = error;
        }
        expect(caught).to.be.instanceOf(InvalidAnswerError);
        expect(caught).to.be.instanceOf(InterludeError);
        const error = caught as InvalidAnswerError;
        expect(error.code).to.equal('invalid-answer');
        expect(error.measureId).to.equal('test-scale');
        expect(error.issues.map((issue) => formatPath(issue.path))).to.deep.equal(paths);
        expect(error.message).to.equal(message);
      });
    }

    it('lists every bad answer', () => {
      expect(() => scoreMeasure(fixture(), [7, 8, 9]))
        .to.throw(InvalidAnswerError)
        .with.property('itemIds')
        .that.deep.equals(['a', 'b', 'c']);
    });
  });

  describe('properties', () => {
    const answersArb = (definition: MeasureDefinition) =>
      fc.tuple(
        ...definition.items.map((item) =>
          fc.option(fc.constantFrom(...item.options.map((option) => option.value)), { nil: null }),
        ),
      );

    it('keeps every total within the possible range and its band containing the rounded total', () => {
      for (const definition of [fixture(), wellbeing()]) {
        const range = measureTotalRange(definition);
        fc.assert(
          fc.property(answersArb(definition), (answers) => {
            const score = scoreMeasure(definition, answers);
            if (score.total === null) return;
            expect(score.total).to.be.within(range.min, range.max);
            const band = definition.scoring.bands.find((candidate) => candidate.id === score.band)!;
            expect(Math.floor(score.total + 0.5)).to.be.within(band.min, band.max);
          }),
        );
      }
    });

    it('never lowers the total when a plain item goes up, never raises it when a reversed item goes up', () => {
      const definition = fixture();
      fc.assert(
        fc.property(fc.tuple(fc.nat(3), fc.nat(3), fc.nat(3)), fc.nat(2), (answers, index) => {
          const before = scoreMeasure(definition, answers).total!;
          const raised = [...answers];
          raised[index] = Math.min(3, raised[index]! + 1);
          const after = scoreMeasure(definition, raised).total!;
          if (definition.items[index]!.reverse) expect(after).to.be.at.most(before);
          else expect(after).to.be.at.least(before);
        }),
      );
    });

    it('agrees between the array and the record form', () => {
      const definition = fixture();
      fc.assert(
        fc.property(answersArb(definition), (answers) => {
          const record = Object.fromEntries(definition.items.map((item, index) => [item.id, answers[index]]));
          expect(scoreMeasure(definition, record)).to.deep.equal(scoreMeasure(definition, answers));
        }),
      );
    });

    it('rejects any out-of-range value with an InvalidAnswerError', () => {
      const definition = fixture();
      fc.assert(
        fc.property(
          fc.oneof(fc.integer({ min: 4 }), fc.integer({ max: -1 }), fc.double({ noInteger: true })),
          fc.nat(2),
          (value, index) => {
            const answers: MeasureAnswer[] = [0, 0, 0];
            answers[index] = value;
            expect(() => scoreMeasure(definition, answers)).to.throw(InvalidAnswerError);
          },
        ),
      );
    });
  });
});
