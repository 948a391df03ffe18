/**
 * The checks the stored-record shortcuts (`submission-fast-path.ts`, `score-fast-path.ts`) share:
 * each accepts a subset of what its schema accepts, so every test here is at least as strict as
 * the schema's own (a value it refuses goes to the schema).
 *
 * @internal
 * @module
 */
import { DefinitionIdSchema, VersionSchema } from '@interlude/core';

/** A pattern that matches nothing: a shortcut built on it takes nothing. */
const NEVER = /(?!)/;

/** The pattern a string schema tests with (`z.uuid()`, `z.regex(…)`, …), or one matching nothing. */
export function patternOf(schema: { _zod: { def: { pattern?: RegExp } } }): RegExp {
  const pattern = schema._zod.def.pattern;
  return pattern instanceof RegExp ? pattern : NEVER;
}

/** The definition id and version patterns, taken from core's schemas. */
const DEFINITION_ID = regexOf(DefinitionIdSchema);
const VERSION = regexOf(VersionSchema);

/** The one `z.regex` check of a string schema (`DefinitionIdSchema`, `VersionSchema`). */
function regexOf(schema: { _zod: { def: { checks?: readonly unknown[] } } }): RegExp {
  const checks = schema._zod.def.checks ?? [];
  const [check] = checks as readonly { _zod?: { def?: { pattern?: unknown } } }[];
  const pattern = check?._zod?.def?.pattern;
  return checks.length === 1 && pattern instanceof RegExp ? pattern : NEVER;
}

/** An object straight from storage or JSON: no prototype of its own to surprise anyone. */
export function isPlain(raw: unknown): raw is object {
  return typeof raw === 'object' && raw !== null && Object.getPrototypeOf(raw) === Object.prototype;
}

/** What `RecordIdSchema` accepts: a string of 1 to 256 characters. */
export function isRecordId(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= 256;
}

/** What `DefinitionIdSchema` accepts. */
export function isDefinitionId(value: unknown): value is string {
  return typeof value === 'string' && DEFINITION_ID.test(value);
}

/** What `VersionSchema` accepts. */
export function isVersion(value: unknown): value is string {
  return typeof value === 'string' && VERSION.test(value);
}

/**
 * A fresh copy of a plain object whose every own key is an ordinary enumerable string (as a
 * `z.record` walks them: a symbol, hidden or `__proto__` key takes the schema's path) that
 * `acceptsKey` takes, and whose every value `acceptsValue` takes; else `undefined`.
 */
export function plainRecordOf<V>(
  raw: unknown,
  acceptsKey: (key: string) => boolean,
  acceptsValue: (value: unknown) => value is V,
): Record<string, V> | undefined {
  if (!isPlain(raw)) return undefined;
  const copy: Record<string, V> = {};
  for (const key of Reflect.ownKeys(raw)) {
    if (typeof key !== 'string' || !Object.prototype.propertyIsEnumerable.call(raw, key)) return undefined;
    if (key === '__proto__' || !acceptsKey(key)) return undefined;
    const value = (raw as Record<string, unknown>)[key];
    if (!acceptsValue(value)) return undefined;
    copy[key] = value;
  }
  return copy;
}
