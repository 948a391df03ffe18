/**
 * The charts' `data` checks: a handful of composable checks that report every problem by path
 * with a value-free message, as core's `safeParse` does, in zod's issue codes. Not zod: zod/mini's
 * parser is 7 kB gzip, a third of a chart's budget, for shapes this small (objects, arrays, text,
 * numbers, instants). The data is checked as given, not copied: a year of points is checked in
 * well under a millisecond, and unchanged points keep their identity, so an appended point
 * extends the chart's model instead of rebuilding it. (A vendor changes data by setting a new
 * object, which is checked again.)
 *
 * @module
 */
import { ValidationError, type ParseResult, type ValidationIssue } from '@interlude/core';

/** Where a check is, as a stack its parents push to and pop (copied only for an issue). */
type Path = (string | number)[];

/** Checks `value` at `path`, pushing an issue per problem. */
export type Check = (value: unknown, path: Path, issues: ValidationIssue[]) => void;

const fail = (issues: ValidationIssue[], path: Path, message: string, code = 'custom'): void => {
  issues.push({ path: [...path], code, message });
};

/** Checks `value` as the child `key` of `path`. */
const at = (check: Check, value: unknown, path: Path, key: string | number, issues: ValidationIssue[]) => {
  path.push(key);
  check(value, path, issues);
  path.pop();
};

const typed =
  (type: string, test: (value: unknown) => boolean): Check =>
  (value, path, issues) => {
    if (!test(value)) fail(issues, path, `expected ${type}`, 'invalid_type');
  };

/** A finite number (`whole`: a safe integer; `above`: more than it). */
export const number = (whole = false, above = -Infinity): Check =>
  typed(
    whole ? 'integer' : 'finite number',
    (value) => (whole ? Number.isSafeInteger(value) : Number.isFinite(value)) && (value as number) > above,
  );

export const boolean: Check = /* @__PURE__ */ typed('boolean', (value) => typeof value === 'boolean');

/** Text of `min`…`max` characters (rendered as text, never HTML), passing `test` if given. */
export const text =
  (max = 200, min = 1, test?: (value: string) => boolean, message = 'is invalid'): Check =>
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
  };

/** One of `values`. */
export const oneOf =
  (values: readonly unknown[]): Check =>
  (value, path, issues) => {
    if (!values.includes(value)) fail(issues, path, `expected one of ${values.join(', ')}`, 'invalid_value');
  };

/** `check`, or `null`. */
export const nullable =
  (check: Check): Check =>
  (value, path, issues) => {
    if (value !== null) check(value, path, issues);
  };

/** An array of at most `max` (at least `min`) entries, each passing `item`. */
export const list =
  (item: Check, max: number, min = 0): Check =>
  (value, path, issues) => {
    if (!Array.isArray(value)) return fail(issues, path, 'expected array', 'invalid_type');
    if (value.length > max) fail(issues, path, `must have at most ${max} entries`, 'too_big');
    if (value.length < min)
      fail(issues, path, `must have at least ${min} entr${min === 1 ? 'y' : 'ies'}`, 'too_small');
    value.forEach((entry, index) => at(item, entry, path, index, issues));
  };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A record whose keys pass `key` and values pass `entry`. */
export const record =
  (key: Check, entry: Check): Check =>
  (value, path, issues) => {
    if (!isObject(value)) return fail(issues, path, 'expected record', 'invalid_type');
    for (const [name, item] of Object.entries(value)) {
      at(key, name, path, name, issues);
      at(entry, item, path, name, issues);
    }
  };

/** An object with the `required` and `optional` keys (`undefined` counts as absent); other keys are left alone. */
export const object = (required: Record<string, Check>, optional: Record<string, Check> = {}): Check => {
  const keys = [
    ...Object.entries(required).map(([key, check]) => [key, check, true] as const),
    ...Object.entries(optional).map(([key, check]) => [key, check, false] as const),
  ];
  return (value, path, issues) => {
    if (!isObject(value)) return fail(issues, path, 'expected object', 'invalid_type');
    for (const [key, check, needed] of keys)
      if (needed || value[key] !== undefined) at(check, value[key], path, key, issues);
  };
};

/**
 * `check`, then `rule` on the value: by default only when `check` found no problem (a range
 * test means nothing on a malformed object), with `always` also then (the rule must cope with a
 * malformed value). `rule` reports with `fail(message, ...subPath)`.
 */
export const refine =
  <T>(
    check: Check,
    rule: (value: T, fail: (message: string, ...at: Path) => void) => void,
    always = false,
  ): Check =>
  (value, path, issues) => {
    const before = issues.length;
    check(value, path, issues);
    if (always || issues.length === before)
      rule(value as T, (message, ...at) => fail(issues, [...path, ...at], message));
  };

/**
 * Runs `check` on the vendor's `input`; problems become one `ValidationError` naming `subject`.
 * `T` is the type `check` describes (written beside it in the chart's `.types.ts`).
 */
export function validate<T>(check: Check, input: unknown, subject: string): ParseResult<T> {
  const issues: ValidationIssue[] = [];
  check(input, [], issues);
  return issues.length === 0
    ? { ok: true, value: input as T }
    : { ok: false, error: new ValidationError(subject, issues) };
}
