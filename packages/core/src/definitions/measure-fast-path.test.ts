// Runs twice: in Chromium against the TypeScript source, and under Node (these modules bundled
// from source, @interlude/content from its dist).
import { expect } from 'chai';
import * as z from 'zod/mini';
import { MEASURE_IDS, getMeasure } from '@interlude/content';
import { safeParse } from '../parse.js';
import { MeasureDefinitionSchema, type MeasureDefinition } from './measure.js';
import { acceptMeasureDefinition } from './measure-fast-path.js';
import { safeParseMeasureDefinition } from './measure-parse.js';

/**
 * `MeasureDefinitionSchema` as the shortcut was written against. When this fails, the schema
 * changed: check every piece of measure-fast-path.ts against it (accept only what the schema
 * accepts, with the same output), then put the new fingerprint here.
 */
const SCHEMA_FINGERPRINT = 'bc992a13ccb6872229d3ea08502984368b86865a2abf895c738863836575d478';

async function fingerprint(): Promise<string> {
  const text = JSON.stringify(
    (['input', 'output'] as const).map((io) =>
      z.toJSONSchema(MeasureDefinitionSchema, { unrepresentable: 'any', io }),
    ),
  );
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const SHIPPED: readonly MeasureDefinition[] = MEASURE_IDS.map((id) => {
  const measure = getMeasure(id);
  if (!measure) throw new Error(`no shipped measure ${id}`);
  return measure;
});

type Path = readonly (string | number)[];

/**
 * Every path in `value` that holds something (objects and arrays included), depth first; of an
 * array's entries only the first and the last (the others have their shape).
 */
function pathsOf(value: unknown, path: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [path];
  const entries = Array.isArray(value)
    ? value
        .map((entry, index) => [index, entry] as const)
        .filter(([index]) => index === 0 || index === value.length - 1)
    : Object.entries(value);
  return [path, ...entries.flatMap(([key, entry]) => pathsOf(entry, [...path, key]))];
}

/** A deep copy of `value` with `change` applied to the container of `path`'s last key. */
function variant(
  value: MeasureDefinition,
  path: Path,
  change: (container: Record<string | number, unknown>, key: string | number) => void,
): unknown {
  const copy = structuredClone(value) as unknown as Record<string | number, unknown>;
  let container = copy;
  for (const key of path.slice(0, -1)) container = container[key] as Record<string | number, unknown>;
  change(container, path[path.length - 1]!);
  return copy;
}

const MARKUP = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
const withSymbol = { en: 'x', [Symbol('s')]: 'y' };
const hidden = Object.defineProperty({ en: 'x' }, 'de', { value: 'y', enumerable: false });
const nullPrototype = Object.assign(Object.create(null) as object, { en: 'x' });
class Text {
  en = 'x';
}

/** Replacements for any field: wrong types, edges of each rule, markup, unusual objects. */
const ODD_VALUES: readonly unknown[] = [
  undefined,
  null,
  true,
  0,
  -1,
  1,
  1.5,
  2,
  240,
  241,
  2 ** 53,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  ' ',
  'x',
  'Not-A-Slug',
  'phq9-9',
  '2.0.0',
  '1.0',
  'general',
  'prorate',
  'unscorable',
  'at-least',
  '44261-6',
  '44261-5',
  'https://example.org/x',
  ' https://example.org/x',
  'https://exa\nmple.org',
  'not a url',
  MARKUP,
  [],
  [1, 2],
  {},
  { en: '' },
  { en: MARKUP },
  { de: 'nur Deutsch' },
  { en: 'x', 'not a tag': 'y' },
  withSymbol,
  hidden,
  nullPrototype,
  new Text(),
  { kind: 'unscorable' },
  { kind: 'prorate', maxMissing: 0 },
  { threshold: 1, source: 'x' },
];

/** The two paths' verdicts on `input` agree: the same value (key order included), or the schema's error. */
function expectSame(input: unknown, where: string): 'accepted' | 'rejected' {
  const schema = safeParse(MeasureDefinitionSchema, input, 'measure definition');
  const fast = acceptMeasureDefinition(input);
  const combined = safeParseMeasureDefinition(input);
  if (schema.ok) {
    if (fast !== undefined) {
      expect(fast, where).to.deep.equal(schema.value);
      expect(JSON.stringify(fast), where).to.equal(JSON.stringify(schema.value));
    }
    expect(combined.ok, where).to.equal(true);
    if (combined.ok) expect(JSON.stringify(combined.value), where).to.equal(JSON.stringify(schema.value));
    return 'accepted';
  }
  expect(fast, `${where}: the shortcut took what the schema rejects`).to.equal(undefined);
  expect(combined.ok, where).to.equal(false);
  if (!combined.ok) {
    expect(combined.error.issues, where).to.deep.equal(schema.error.issues);
    expect(combined.error.message, where).to.equal(schema.error.message);
  }
  return 'rejected';
}

describe('acceptMeasureDefinition (the shortcut past MeasureDefinitionSchema)', () => {
  it('was written against this version of the schema', async () => {
    expect(await fingerprint()).to.equal(SCHEMA_FINGERPRINT);
  });

  it('takes every shipped measure, with exactly the schema’s output', () => {
    for (const measure of SHIPPED) {
      const schema = safeParse(MeasureDefinitionSchema, measure, 'measure definition');
      expect(schema.ok, measure.id).to.equal(true);
      const fast = acceptMeasureDefinition(measure);
      expect(fast, measure.id).not.to.equal(undefined);
      expect(fast).to.deep.equal(schema.ok ? schema.value : undefined);
      expect(JSON.stringify(fast)).to.equal(JSON.stringify(schema.ok ? schema.value : undefined));
      // A fresh value, as the schema's: changing it leaves the shipped definition alone.
      expect(fast).not.to.equal(measure);
      expect(fast?.items[0]).not.to.equal(measure.items[0]);
    }
  });

  it('agrees with the schema when any field is missing, replaced or joined by an unknown one', function () {
    // mocha (Chromium) stops a test after 10 s; node:test has no limit and no `timeout`.
    (this as { timeout?: (ms: number) => void }).timeout?.(60_000);
    const counts = { accepted: 0, rejected: 0, shortcut: 0 };
    const tally = (input: unknown, where: string) => {
      counts[expectSame(input, where)] += 1;
      if (acceptMeasureDefinition(input) !== undefined) counts.shortcut += 1;
    };
    SHIPPED.forEach((measure, measureIndex) => {
      pathsOf(measure).forEach((path, pathIndex) => {
        const where = `${measure.id} at ${JSON.stringify(path)}`;
        if (path.length === 0) return;
        tally(
          variant(measure, path, (container, key) => {
            if (Array.isArray(container)) container.splice(Number(key), 1);
            else delete container[key];
          }),
          `${where}, removed`,
        );
        // Every odd value at every path of the PHQ-9; three of them, in turn, elsewhere.
        const values =
          measureIndex === 0
            ? ODD_VALUES
            : [0, 1, 2].map((k) => ODD_VALUES[(pathIndex * 3 + k) % ODD_VALUES.length]);
        values.forEach((odd, oddIndex) =>
          tally(
            variant(measure, path, (container, key) => {
              container[key] = odd;
            }),
            `${where}, odd value ${oddIndex}`,
          ),
        );
        const parent = path.slice(0, -1);
        tally(
          variant(measure, [...parent, 'extra'], (container) => {
            if (!Array.isArray(container)) container['extra'] = MARKUP;
          }),
          `${where}, unknown key beside it`,
        );
      });
      // Arrays emptied, shortened, or with their first entry repeated (duplicate ids and values).
      pathsOf(measure)
        .filter((path) => Array.isArray(path.reduce<unknown>((at, key) => (at as never)[key], measure)))
        .forEach((path) => {
          const where = `${measure.id} at ${JSON.stringify(path)}`;
          const at = (container: Record<string | number, unknown>, key: string | number) =>
            container[key] as unknown[];
          tally(
            variant(measure, path, (c, k) => void at(c, k).splice(0)),
            `${where}, emptied`,
          );
          tally(
            variant(measure, path, (c, k) => void at(c, k).pop()),
            `${where}, last entry removed`,
          );
          tally(
            variant(measure, path, (c, k) => void at(c, k).push(structuredClone(at(c, k)[0]))),
            `${where}, first entry repeated`,
          );
        });
    });
    // Both outcomes were exercised, and the shortcut took the valid variants it could.
    expect(counts.rejected).to.be.greaterThan(3000);
    expect(counts.accepted).to.be.greaterThan(1000);
    expect(counts.shortcut).to.be.greaterThan(counts.accepted / 2);
  });

  it('keeps markup as text, and leaves unusual but valid shapes to the schema', () => {
    const phq9 = SHIPPED[0]!;
    const marked = structuredClone(phq9);
    marked.items[0]!.text = { en: MARKUP };
    marked.licence.copyright = MARKUP;
    const fast = acceptMeasureDefinition(marked);
    expect(fast?.items[0]?.text['en']).to.equal(MARKUP);
    expect(fast?.licence.copyright).to.equal(MARKUP);

    // Valid for the schema, not the usual shape: the schema's value, through the schema.
    const unusual = [
      { ...structuredClone(phq9), description: undefined },
      { ...structuredClone(phq9), title: Object.assign(Object.create(null) as object, { en: 'x' }) },
      Object.assign(new (class Definition {})(), structuredClone(phq9)),
      JSON.parse(
        JSON.stringify({ ...phq9, title: { en: 'x' } }).replace('"en":"x"', '"__proto__":"y","en":"x"'),
      ),
      { ...structuredClone(phq9), licence: { ...phq9.licence, url: ' https://example.org ' } },
    ];
    for (const input of unusual) {
      expect(acceptMeasureDefinition(input)).to.equal(undefined);
      expectSame(input, 'unusual');
    }
  });

  it('rejects what is not a definition at all, with the schema’s error', () => {
    for (const input of [
      undefined,
      null,
      'phq-9',
      9,
      [],
      [SHIPPED[0]],
      new Text(),
      getMeasure('phq-9')?.items,
    ]) {
      expect(expectSame(input, String(input))).to.equal('rejected');
    }
  });

  it('lets an error thrown while reading the input through', () => {
    const throwing = Object.defineProperty({ ...SHIPPED[0]! }, 'title', {
      enumerable: true,
      get() {
        throw new RangeError('boom');
      },
    });
    expect(() => acceptMeasureDefinition(throwing)).to.throw(RangeError);
  });
});
