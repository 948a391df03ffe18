// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
import { expect } from 'chai';
import fc from 'fast-check';
import {
  ValidationError,
  formatPath,
  isValidLoincCode,
  measureTotalRange,
  parseMeasureDefinition,
  type MeasureDefinition,
} from '@interlude/core';

const options = (max: number) =>
  Array.from({ length: max + 1 }, (_, value) => ({ value, label: { en: `Option ${value}` } }));

/** A small valid measure: items a, b (reverse-scored) and c, each 0–3, so totals run 0–9. */
const valid = (): MeasureDefinition => ({
  kind: 'measure',
  id: 'test-scale',
  version: '1.0.0',
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
    reliableChange: { threshold: 3, source: 'Test' },
    caseness: { threshold: 5, caseWhen: 'at-or-above', source: 'Test' },
  },
  loinc: { panel: '44249-1', total: '44261-6', items: { a: '44250-9' } },
  source: { citation: 'Test 2024' },
  licence: { id: 'MIT', note: 'Test', copyright: 'Test', commercialUse: 'free', translationAllowed: true },
});

/** Parses `input` and returns the paths of the issues as `items[1].id` strings. */
function issuePaths(input: unknown): string[] {
  try {
    parseMeasureDefinition(input);
  } catch (error) {
    expect(error).to.be.instanceOf(ValidationError);
    return (error as ValidationError).issues.map((issue) => formatPath(issue.path));
  }
  expect.fail('the definition was accepted');
}

describe('parseMeasureDefinition', () => {
  it('accepts a valid definition and keeps it unchanged', () => {
    expect(parseMeasureDefinition(valid())).to.deep.equal(valid());
  });

  it('accepts a meaningful-change threshold beside the reliable one, and a cited form, changes and notes', () => {
    const definition = valid();
    definition.scoring.meaningfulChange = { threshold: 4, source: 'Test' };
    definition.source = {
      citation: 'Test 2024',
      form: { citation: 'Test form', url: 'https://example.org/form' },
      changes: 'None',
      notes: ['Checked item by item'],
    };
    expect(parseMeasureDefinition(definition)).to.deep.equal(definition);
  });

  it('computes the range of possible totals from the scored items, reversal included', () => {
    expect(measureTotalRange(valid())).to.deep.equal({ min: 0, max: 9 });
  });

  const broken: [string, (definition: MeasureDefinition) => void, string][] = [
    ['repeated item ids', (d) => void (d.items[1]!.id = 'a'), 'items[1].id'],
    [
      'an item id repeated in the supplementary items',
      (d) => void (d.supplementaryItems![0]!.id = 'c'),
      'supplementaryItems[0].id',
    ],
    [
      'a scored supplementary item',
      (d) => void (d.supplementaryItems![0]!.scored = true),
      'supplementaryItems[0].scored',
    ],
    [
      'no scored item',
      (d) => d.items.forEach((item) => ((item.scored = false), delete item.reverse)),
      'items',
    ],
    ['repeated option values', (d) => void (d.items[0]!.options[1]!.value = 0), 'items[0].options[1].value'],
    [
      'a reverse maximum below the highest option',
      (d) => void (d.items[1]!.reverse = { max: 2 }),
      'items[1].reverse.max',
    ],
    [
      'a non-integer option value',
      (d) => void (d.items[0]!.options[1]!.value = 0.5),
      'items[0].options[1].value',
    ],
    ['bands with a gap', (d) => void (d.scoring.bands[1]!.min = 6), 'scoring.bands[1].min'],
    ['bands that overlap', (d) => void (d.scoring.bands[1]!.min = 4), 'scoring.bands[1].min'],
    [
      'bands not starting at the lowest total',
      (d) => void (d.scoring.bands[0]!.min = 1),
      'scoring.bands[0].min',
    ],
    [
      'bands not reaching the highest total',
      (d) => void (d.scoring.bands[1]!.max = 8),
      'scoring.bands[1].max',
    ],
    [
      'a band whose minimum is above its maximum',
      (d) => void (d.scoring.bands[0]!.max = -1),
      'scoring.bands[0].min',
    ],
    ['repeated band ids', (d) => void (d.scoring.bands[1]!.id = 'low'), 'scoring.bands[1].id'],
    [
      'a risk item that does not exist',
      (d) => void (d.scoring.riskItems![0]!.itemId = 'z'),
      'scoring.riskItems[0].itemId',
    ],
    [
      'an unreachable risk threshold',
      (d) => void (d.scoring.riskItems![0]!.threshold = 4),
      'scoring.riskItems[0].threshold',
    ],
    [
      'proration that allows every item to be missing',
      (d) => void (d.scoring.missingItems = { kind: 'prorate', maxMissing: 3 }),
      'scoring.missingItems.maxMissing',
    ],
    [
      'a percentage that does not reach 100',
      (d) => void (d.scoring.percentage = { multiplier: 4 }),
      'scoring.percentage.multiplier',
    ],
    [
      'a caseness cut-off outside the range',
      (d) => void (d.scoring.caseness!.threshold = 10),
      'scoring.caseness.threshold',
    ],
    [
      'a reliable-change threshold beyond the range',
      (d) => void (d.scoring.reliableChange!.threshold = 10),
      'scoring.reliableChange.threshold',
    ],
    [
      'a percentage flag without a percentage',
      (d) =>
        void (d.scoring.flags = [
          {
            kind: 'score',
            id: 'low',
            of: 'percentage',
            comparison: 'at-most',
            value: 28,
            label: { en: 'x' },
          },
        ]),
      'scoring.flags[0].of',
    ],
    ['a LOINC code for an unknown item', (d) => void (d.loinc!.items = { z: '44250-9' }), 'loinc.items.z'],
    ['a LOINC code with a wrong check digit', (d) => void (d.loinc!.total = '44261-5'), 'loinc.total'],
    [
      'an unknown commercial-use value',
      (d) => void Object.assign(d.licence, { commercialUse: 'maybe' }),
      'licence.commercialUse',
    ],
    [
      'a meaningful-change threshold wider than the range of totals',
      (d) => void (d.scoring.meaningfulChange = { threshold: 10, source: 'Test' }),
      'scoring.meaningfulChange.threshold',
    ],
    [
      'a not-applicable item that is not a scored item',
      (d) => void (d.scoring.missingItems = { kind: 'unscorable', notApplicableItemIds: ['d'] }),
      'scoring.missingItems.notApplicableItemIds[0]',
    ],
    [
      'a subscale flag over an unknown item',
      (d) =>
        void (d.scoring.flags = [
          {
            kind: 'subscale',
            id: 'sub',
            itemIds: ['a', 'zz'],
            comparison: 'at-least',
            value: 1,
            label: { en: 'x' },
          },
        ]),
      'scoring.flags[0].itemIds[1]',
    ],
    ['a source with an empty change note', (d) => void (d.source.changes = ''), 'source.changes'],
  ];
  for (const [what, breakIt, path] of broken) {
    it(`rejects ${what}, naming ${path}`, () => {
      const definition = valid();
      breakIt(definition);
      expect(issuePaths(definition)).to.include(path);
    });
  }

  it('writes messages without the rejected values', () => {
    const definition = valid();
    definition.items[0]!.options[1]!.value = 987654;
    definition.items[0]!.options[2]!.value = 987654;
    try {
      parseMeasureDefinition(definition);
      expect.fail('accepted');
    } catch (error) {
      expect((error as ValidationError).message).not.to.include('987654');
    }
  });

  it('rejects any non-definition with a ValidationError, never another exception (fuzzed)', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
        }),
        (input) => {
          expect(() => parseMeasureDefinition(input)).to.throw(ValidationError);
        },
      ),
    );
  });

  it('rejects a valid definition with one field replaced by junk with a ValidationError, or accepts it (fuzzed)', () => {
    // Every path into the valid definition, so the fuzzer can break any one field.
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]): void => {
      paths.push(path);
      if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value))
          walk(child, [...path, Array.isArray(value) ? Number(key) : key]);
      }
    };
    walk(valid(), []);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths.filter((path) => path.length > 0)),
        fc.anything(),
        (path, junk) => {
          const definition: Record<string | number, unknown> = valid();
          let parent = definition;
          for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
          parent[path[path.length - 1]!] = junk;
          try {
            parseMeasureDefinition(definition);
          } catch (error) {
            expect(error).to.be.instanceOf(ValidationError);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('rejects random object shapes with a ValidationError (fuzzed)', () => {
    const shape = fc.record(
      {
        kind: fc.constantFrom('measure', 'check-in', 1),
        id: fc.string(),
        version: fc.constantFrom('1.0.0', '1', ''),
        title: fc.oneof(fc.constant({ en: 'x' }), fc.dictionary(fc.string(), fc.string())),
        modality: fc.constantFrom('general', 'act', 'x'),
        estimatedMinutes: fc.double(),
        items: fc.array(
          fc.record({
            id: fc.string(),
            text: fc.constant({ en: 'x' }),
            options: fc.array(fc.record({ value: fc.integer(), label: fc.constant({ en: 'x' }) })),
            scored: fc.boolean(),
          }),
        ),
        scoring: fc.record({
          method: fc.constant('sum'),
          direction: fc.constantFrom('higher-is-worse', 'higher-is-better'),
          bands: fc.array(
            fc.record({
              id: fc.string(),
              min: fc.integer(),
              max: fc.integer(),
              label: fc.constant({ en: 'x' }),
            }),
          ),
          missingItems: fc.oneof(
            fc.record({ kind: fc.constant('prorate'), maxMissing: fc.integer() }),
            fc.constant({ kind: 'unscorable' }),
          ),
        }),
        source: fc.record({ citation: fc.string() }),
        licence: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(shape, (input) => {
        try {
          parseMeasureDefinition(input);
        } catch (error) {
          expect(error).to.be.instanceOf(ValidationError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('isValidLoincCode', () => {
  it('accepts codes with a right check digit and rejects others', () => {
    // Codes as published by LOINC (PHQ-9 panel, total and item 1; GAD-7 total).
    for (const code of ['44249-1', '44261-6', '44250-9', '70274-6'])
      expect(isValidLoincCode(code), code).to.equal(true);
    for (const code of ['44249-2', '44261-0', '4426-16', 'LA6568-5', ''])
      expect(isValidLoincCode(code), code).to.equal(false);
  });
});
