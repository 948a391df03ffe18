/**
 * Validating a measure definition: the hand-written check of `measure-fast-path.ts` for the
 * usual case, `MeasureDefinitionSchema` for everything else (and for every error and its path).
 *
 * @module
 */
import { safeParse, type ParseResult } from '../parse.js';
import { acceptMeasureDefinition } from './measure-fast-path.js';
import { MeasureDefinitionSchema, type MeasureDefinition } from './measure.js';

/**
 * Validates a measure definition (content, vendor-authored or read back from storage).
 *
 * @throws {@link ValidationError} listing every problem with its path.
 * @example
 * ```ts
 * const definition = parseMeasureDefinition(JSON.parse(text));
 * scoreMeasure(definition, [1, 2, 0, 1, 3, 0, 1, 2, 0]);
 * ```
 */
export function parseMeasureDefinition(input: unknown): MeasureDefinition {
  const result = safeParseMeasureDefinition(input);
  if (!result.ok) throw result.error;
  return result.value;
}

/**
 * Like {@link parseMeasureDefinition}, but returns the error instead of throwing it; `subject`
 * names the input in the error (default `'measure definition'`). The same value or error as
 * `safeParse(MeasureDefinitionSchema, input, subject)`, and faster for a valid definition.
 */
export function safeParseMeasureDefinition(
  input: unknown,
  subject = 'measure definition',
): ParseResult<MeasureDefinition> {
  const accepted = acceptMeasureDefinition(input);
  return accepted ? { ok: true, value: accepted } : safeParse(MeasureDefinitionSchema, input, subject);
}
