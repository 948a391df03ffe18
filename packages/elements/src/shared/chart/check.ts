/**
 * The charts' `data` checks: a handful of composable checks that copy what they accept and
 * report every problem by path with a value-free message, as core's `safeParse` does. Not zod:
 * zod/mini's parser is 7 kB gzip, a third of a chart's budget, for shapes this small (objects,
 * arrays, text, numbers, instants). The issues use zod's codes, so they read the same.
 *
 * @module
 */
import { ValidationError, type ParseResult, type ValidationIssue } from '@interlude/core';

type Path = readonly (string | number)[];

/** Checks `value` at `path`, pushing an issue per problem; returns the accepted copy. */
export type Check<T> = (value: unknown, path: Path, issues: ValidationIssue[]) => T;

/** What a check accepts. */
export type Checked<C> = C extends Check<infer T> ? T : never;

const fail = (issues: ValidationIssue[], path: Path, message: string, code = 'custom'): void => {
  issues.push({ path: [...path], code, message });
};

const typed =
  <T>(type: string, test: (value: unknown) => boolean, message = `expected ${type}`): Check<T> =>
  (value, path, issues) => {
    if (!test(value)) fail(issues, path, message, 'invalid_type');
    return value as T;
  };

/** A finite number (`whole`: a safe integer; `above`: more than it). */
export const number = (whole = false, above = -Infinity): Check<number> =>
  typed('number', (v) => (whole ? Number.isSafeInteger(v) : Number.isFinite(v)) && (v as number) > above);

export const boolean: Check<boolean> = typed('boolean', (v) => typeof v === 'boolean');

/** Text of `min`…`max` characters (rendered as text, never HTML), passing `test` if given. */
export const text =
  (max = 200, min = 1, test?: (value: string) => boolean, message = 'is invalid'): Check<string> =>
  (value, path, issues) => {
    if (typeof value !== 'string') fail(issues, path, 'expected string', 'invalid_type');
    else if (value.length < min || value.length > max)
      fail(
        issues,
        path,
        `must have ${min}–${max} character(s)`,
        value.length < min ? 'too_small' : 'too_big',
      );
    else if (test && !test(value)) fail(issues, path, message, 'invalid_format');
    return value as string;
  };

/** One of `values`. */
export const oneOf =
  <const T extends readonly unknown[]>(values: T): Check<T[number]> =>
  (value, path, issues) => {
    if (!values.includes(value)) fail(issues, path, `expected one of ${values.join(', ')}`, 'invalid_value');
    return value as T[number];
  };

/** `check`, or `null`. */
export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (value, path, issues) =>
    value === null ? null : check(value, path, issues);

/** An array of at most `max` (at least `min`) entries, each passing `item`. */
export const list =
  <T>(item: Check<T>, max: number, min = 0): Check<T[]> =>
  (value, path, issues) => {
    if (!Array.isArray(value)) {
      fail(issues, path, 'expected array', 'invalid_type');
      return [];
    }
    if (value.length > max) fail(issues, path, `must have at most ${max} entries`, 'too_big');
    if (value.length < min)
      fail(issues, path, `must have at least ${min} entr${min === 1 ? 'y' : 'ies'}`, 'too_small');
    return value.map((entry, index) => item(entry, [...path, index], issues));
  };

/** A record whose keys pass `key` and values pass `entry`. */
export const record =
  <T>(key: Check<string>, entry: Check<T>): Check<Record<string, T>> =>
  (value, path, issues) => {
    const result: Record<string, T> = {};
    if (!isObject(value)) fail(issues, path, 'expected record', 'invalid_type');
    else
      for (const [name, item] of Object.entries(value)) {
        key(name, [...path, name], issues);
        result[name] = entry(item, [...path, name], issues);
      }
    return result;
  };

type Shape = Record<string, Check<unknown>>;
type ObjectOf<R extends Shape, O extends Shape> = { [K in keyof R]: Checked<R[K]> } & {
  [K in keyof O]?: Checked<O[K]>;
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An object with the `required` and `optional` keys (`undefined` counts as absent). Other keys
 * are dropped, or kept with `loose` (a measure definition's parts the chart does not read).
 */
export const object =
  <R extends Shape, O extends Shape = Record<never, never>>(
    required: R,
    optional?: O,
    loose = false,
  ): Check<ObjectOf<R, O>> =>
  (value, path, issues) => {
    if (!isObject(value)) {
      fail(issues, path, 'expected object', 'invalid_type');
      return {} as ObjectOf<R, O>;
    }
    const result: Record<string, unknown> = loose ? { ...value } : {};
    const each = (shape: Shape, needed: boolean) => {
      for (const [key, check] of Object.entries(shape)) {
        if (value[key] !== undefined || needed) result[key] = check(value[key], [...path, key], issues);
      }
    };
    each(required, true);
    if (optional) each(optional, false);
    return result as ObjectOf<R, O>;
  };

/**
 * `check`, then `rule` on what it accepted: by default only when that had no problem of its own
 * (a range test means nothing on a malformed object), with `always` also then (the rule must
 * cope with a partial copy). `rule` reports with `fail(message, ...subPath)`.
 */
export const refine =
  <T>(
    check: Check<T>,
    rule: (value: T, fail: (message: string, ...at: Path) => void) => void,
    always = false,
  ): Check<T> =>
  (value, path, issues) => {
    const before = issues.length;
    const result = check(value, path, issues);
    if (always || issues.length === before)
      rule(result, (message, ...at) => fail(issues, [...path, ...at], message));
    return result;
  };

/** Runs `check` on the vendor's `input`; problems become one `ValidationError` naming `subject`. */
export function validate<T>(check: Check<T>, input: unknown, subject: string): ParseResult<T> {
  const issues: ValidationIssue[] = [];
  const value = check(input, [], issues);
  return issues.length === 0
    ? { ok: true, value }
    : { ok: false, error: new ValidationError(subject, issues) };
}
