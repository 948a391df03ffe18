/**
 * A shortcut past zod for the measure definition every questionnaire is shown from: a form's
 * first render spent most of its validation in zod's cold code (≈ 8 ms for the PHQ-9 in a
 * fresh page). {@link acceptMeasureDefinition} either returns exactly what
 * `MeasureDefinitionSchema` would output for the value, or `undefined` when the value is
 * anything else (invalid, or valid in an unusual way), and the caller then parses it with the
 * schema, so every error and its path still come from the schema. It never rejects on its own.
 *
 * Each check below accepts a subset of what the schema's part accepts and builds the same
 * output (a fresh object, unknown keys dropped, the schema's key order); the cross-field rules
 * are the schema's own functions. A test compares both on the shipped measures and on many
 * broken variants, and fingerprints the schema so a change to it fails until this is looked
 * at again.
 *
 * @module
 */
import {
  LOCALE_PATTERN,
  MAX_ESTIMATED_MINUTES,
  MODALITIES,
  SLUG_PATTERN,
  VERSION_PATTERN,
  hasEnglish,
  type LocalizedText,
} from './common.js';
import {
  CASE_WHEN,
  COMMERCIAL_USE,
  FLAG_COMPARISONS,
  FLAG_ID_PATTERN,
  LOINC_PATTERN,
  MEASURE_DIRECTIONS,
  SCORE_FLAG_OF,
  checkMeasureDefinition,
  checkMeasureItem,
  isValidLoincCode,
  type MeasureDefinition,
  type MeasureItem,
} from './measure.js';

type Fields = Record<string, unknown>;

/** Thrown inside this module only, when the value is not of the usual shape; never escapes. */
const NOT_USUAL = Symbol('not the usual shape');

function notUsual(): never {
  throw NOT_USUAL;
}

const modalities: ReadonlySet<unknown> = new Set(MODALITIES);
const directions: ReadonlySet<unknown> = new Set(MEASURE_DIRECTIONS);
const commercialUses: ReadonlySet<unknown> = new Set(COMMERCIAL_USE);
const comparisons: ReadonlySet<unknown> = new Set(FLAG_COMPARISONS);
const scoreFlagOf: ReadonlySet<unknown> = new Set(SCORE_FLAG_OF);
const caseWhen: ReadonlySet<unknown> = new Set(CASE_WHEN);

/**
 * `MeasureDefinitionSchema`'s output for `raw` when `raw` is a definition of the usual shape
 * (plain objects and arrays, no field present with `undefined`, every rule met), else
 * `undefined`: parse it with the schema then.
 */
export function acceptMeasureDefinition(raw: unknown): MeasureDefinition | undefined {
  try {
    return definition(raw);
  } catch (error) {
    if (error === NOT_USUAL) return undefined;
    throw error;
  }
}

function definition(raw: unknown): MeasureDefinition {
  const input = plain(raw);
  const out: Fields = {};
  out['kind'] = input['kind'] === 'measure' ? 'measure' : notUsual();
  out['id'] = matching(input['id'], SLUG_PATTERN);
  out['version'] = matching(input['version'], VERSION_PATTERN);
  out['title'] = text(input['title']);
  out['modality'] = oneOf(input['modality'], modalities);
  const minutes = positive(input['estimatedMinutes']);
  out['estimatedMinutes'] = minutes <= MAX_ESTIMATED_MINUTES ? minutes : notUsual();
  optional(input, 'description', out, text);
  optional(input, 'instructions', out, text);
  out['items'] = list(input['items'], 1, item);
  optional(input, 'supplementaryItems', out, (value) => list(value, 0, item));
  out['scoring'] = scoring(input['scoring']);
  optional(input, 'loinc', out, loinc);
  out['source'] = source(input['source']);
  out['licence'] = licence(input['licence']);
  const accepted = out as MeasureDefinition;
  checkMeasureDefinition(accepted, notUsual);
  return accepted;
}

function item(raw: unknown): MeasureItem {
  const input = plain(raw);
  const out: Fields = {
    id: matching(input['id'], SLUG_PATTERN),
    text: text(input['text']),
    options: list(input['options'], 2, (value) => {
      const option = plain(value);
      return { value: integer(option['value']), label: text(option['label']) };
    }),
    scored: boolean(input['scored']),
  };
  optional(input, 'reverse', out, (value) => ({ max: integer(plain(value)['max']) }));
  const accepted = out as MeasureItem;
  checkMeasureItem(accepted, notUsual);
  return accepted;
}

function scoring(raw: unknown): Fields {
  const input = plain(raw);
  const out: Fields = {};
  out['method'] = input['method'] === 'sum' ? 'sum' : notUsual();
  out['direction'] = oneOf(input['direction'], directions);
  optional(input, 'percentage', out, (value) => ({ multiplier: positive(plain(value)['multiplier']) }));
  out['bands'] = list(input['bands'], 1, (value) => {
    const band = plain(value);
    return {
      id: matching(band['id'], SLUG_PATTERN),
      min: integer(band['min']),
      max: integer(band['max']),
      label: text(band['label']),
    };
  });
  out['missingItems'] = missingItems(input['missingItems']);
  optional(input, 'riskItems', out, (value) =>
    list(value, 0, (entry) => {
      const risk = plain(entry);
      return { itemId: matching(risk['itemId'], SLUG_PATTERN), threshold: integer(risk['threshold']) };
    }),
  );
  optional(input, 'reliableChange', out, changeThreshold);
  optional(input, 'meaningfulChange', out, changeThreshold);
  optional(input, 'caseness', out, (value) => {
    const caseness = plain(value);
    return {
      threshold: finite(caseness['threshold']),
      caseWhen: oneOf(caseness['caseWhen'], caseWhen),
      source: nonEmpty(caseness['source']),
    };
  });
  optional(input, 'flags', out, (value) => list(value, 0, flag));
  return out;
}

function missingItems(raw: unknown): Fields {
  const input = plain(raw);
  const kind = input['kind'];
  const out: Fields = { kind };
  if (kind === 'prorate') {
    const maxMissing = integer(input['maxMissing']);
    out['maxMissing'] = maxMissing > 0 ? maxMissing : notUsual();
  } else if (kind !== 'unscorable') notUsual();
  optional(input, 'notApplicableItemIds', out, (value) => list(value, 1, (id) => matching(id, SLUG_PATTERN)));
  optional(input, 'source', out, string);
  return out;
}

function flag(raw: unknown): Fields {
  const input = plain(raw);
  const kind = input['kind'];
  const out: Fields = { kind, id: matching(input['id'], FLAG_ID_PATTERN) };
  if (kind === 'score') out['of'] = oneOf(input['of'], scoreFlagOf);
  else if (kind === 'subscale')
    out['itemIds'] = list(input['itemIds'], 1, (id) => matching(id, SLUG_PATTERN));
  else if (kind !== 'any-item') notUsual();
  out['comparison'] = oneOf(input['comparison'], comparisons);
  out['value'] = finite(input['value']);
  out['label'] = text(input['label']);
  return out;
}

function changeThreshold(raw: unknown): Fields {
  const input = plain(raw);
  return { threshold: positive(input['threshold']), source: nonEmpty(input['source']) };
}

function loinc(raw: unknown): Fields {
  const input = plain(raw);
  const out: Fields = {};
  optional(input, 'panel', out, loincCode);
  optional(input, 'total', out, loincCode);
  optional(input, 'items', out, (value) => record(value, SLUG_PATTERN, loincCode));
  return out;
}

function source(raw: unknown): Fields {
  const input = plain(raw);
  const out = citation(input);
  optional(input, 'form', out, (value) => citation(plain(value)));
  optional(input, 'changes', out, nonEmpty);
  optional(input, 'notes', out, (value) => list(value, 0, nonEmpty));
  return out;
}

function citation(input: Fields): Fields {
  const out: Fields = { citation: nonEmpty(input['citation']) };
  optional(input, 'url', out, url);
  return out;
}

function licence(raw: unknown): Fields {
  const input = plain(raw);
  const out: Fields = {
    id: nonEmpty(input['id']),
    note: nonEmpty(input['note']),
    copyright: nonEmpty(input['copyright']),
    commercialUse: oneOf(input['commercialUse'], commercialUses),
    translationAllowed: boolean(input['translationAllowed']),
  };
  optional(input, 'url', out, url);
  return out;
}

// The pieces, each the usual case of one zod schema.

/** An object literal or JSON (zod's objects take any object; the rest take the schema's path). */
function plain(raw: unknown): Fields {
  return typeof raw === 'object' && raw !== null && Object.getPrototypeOf(raw) === Object.prototype
    ? (raw as Fields)
    : notUsual();
}

/**
 * `z.optional(…)` inside `z.object`: an absent key stays absent; a key present with `undefined`
 * (which the schema keeps as `undefined`) takes the schema's path.
 */
function optional(input: Fields, key: string, out: Fields, check: (value: unknown) => unknown): void {
  const value = input[key];
  if (value !== undefined) out[key] = check(value);
  else if (key in input) notUsual();
}

function list<T>(raw: unknown, min: number, entry: (value: unknown) => T): T[] {
  if (!Array.isArray(raw) || raw.length < min) notUsual();
  const out: T[] = [];
  for (let index = 0; index < raw.length; index += 1) out.push(entry(raw[index]));
  return out;
}

/** `z.record(key, entry)` of enumerable string keys (symbols, hidden keys and `__proto__` take the schema's path). */
function record<T>(raw: unknown, key: RegExp, entry: (value: unknown) => T): Record<string, T> {
  const input = plain(raw);
  const out: Record<string, T> = {};
  for (const name of Reflect.ownKeys(input)) {
    if (
      typeof name !== 'string' ||
      name === '__proto__' ||
      !key.test(name) ||
      !Object.prototype.propertyIsEnumerable.call(input, name)
    )
      notUsual();
    out[name] = entry(input[name]);
  }
  return out;
}

function text(raw: unknown): LocalizedText {
  const out = record(raw, LOCALE_PATTERN, nonEmpty);
  return hasEnglish(out) ? out : notUsual();
}

function string(raw: unknown): string {
  return typeof raw === 'string' ? raw : notUsual();
}

function nonEmpty(raw: unknown): string {
  return typeof raw === 'string' && raw.length >= 1 ? raw : notUsual();
}

function matching(raw: unknown, pattern: RegExp): string {
  return typeof raw === 'string' && pattern.test(raw) ? raw : notUsual();
}

function loincCode(raw: unknown): string {
  const code = matching(raw, LOINC_PATTERN);
  return isValidLoincCode(code) ? code : notUsual();
}

/** The runtime's `URL` (core's TypeScript lib has neither DOM nor Node types). */
const runtimeUrl = (globalThis as { URL?: { canParse?: (input: string) => boolean } }).URL;

/**
 * `z.url()` takes what `URL.canParse` takes, trimmed and without tabs or line breaks: a string
 * with no white space at all comes out unchanged.
 */
function url(raw: unknown): string {
  return typeof raw === 'string' &&
    !/\s/.test(raw) &&
    typeof runtimeUrl?.canParse === 'function' &&
    runtimeUrl.canParse(raw)
    ? raw
    : notUsual();
}

function boolean(raw: unknown): boolean {
  return typeof raw === 'boolean' ? raw : notUsual();
}

function finite(raw: unknown): number {
  return typeof raw === 'number' && Number.isFinite(raw) ? raw : notUsual();
}

function positive(raw: unknown): number {
  const value = finite(raw);
  return value > 0 ? value : notUsual();
}

/** `z.int()`: a safe integer. */
function integer(raw: unknown): number {
  return typeof raw === 'number' && Number.isSafeInteger(raw) ? raw : notUsual();
}

function oneOf(raw: unknown, values: ReadonlySet<unknown>): unknown {
  return values.has(raw) ? raw : notUsual();
}
