/**
 * Parsing at the boundaries: turns zod's issues into {@link ValidationError}s whose
 * messages carry a path and never the rejected value.
 *
 * @module
 */
import type * as z from 'zod/mini';
import { ValidationError, type ValidationIssue } from './errors.js';

/** The outcome of {@link safeParse}: the typed value, or the error that would have been thrown. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: ValidationError };

/**
 * Validates `input` against `schema` and returns the typed value.
 *
 * @param subject - names the input in the error message, e.g. `'user'`.
 * @throws {@link ValidationError} listing every issue with its path.
 */
export function parse<S extends z.ZodMiniType>(schema: S, input: unknown, subject: string): z.output<S> {
  const result = safeParse(schema, input, subject);
  if (!result.ok) throw result.error;
  return result.value;
}

/** Like {@link parse}, but returns the error instead of throwing it. */
export function safeParse<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  subject: string,
): ParseResult<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: new ValidationError(subject, result.error.issues.map(toIssue)) };
}

type ZodIssue = z.core.$ZodIssue;

function toIssue(issue: ZodIssue): ValidationIssue {
  return {
    path: issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment))),
    code: issue.code,
    message: describe(issue),
  };
}

/** zod/mini ships no English messages, so we write our own, built only from the schema side. */
function describe(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `must have at least ${String(issue.minimum)} character(s)`
        : issue.origin === 'array'
          ? `must have at least ${String(issue.minimum)} entr${issue.minimum === 1 ? 'y' : 'ies'}`
          : `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `must have at most ${String(issue.maximum)} character(s)`
        : issue.origin === 'array'
          ? `must have at most ${String(issue.maximum)} entries`
          : `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`;
    case 'invalid_format':
      return `must be a valid ${issue.format}`;
    case 'unrecognized_keys':
      return `unknown key(s) ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'matches none of the allowed shapes';
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_key':
      return 'has an invalid key';
    case 'invalid_element':
      return 'has an invalid entry';
    case 'custom':
      // Custom checks in Interlude's schemas set a value-free message themselves.
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is invalid';
    default:
      return 'is invalid';
  }
}
