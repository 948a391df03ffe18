/**
 * The settings of a rating scale (`<il-rating-scale>`: `min`, `max`, `step`, `valueLabels`), as
 * core's schema, so the store client can check them for the element (`client.validate.ratingScale`)
 * and the element need not bundle zod when a client is at hand.
 *
 * @module
 */
import * as z from 'zod/mini';
import { safeParse, type ParseResult } from '../parse.js';
import { RATING_SCALE_MAX_LABEL_LENGTH, RATING_SCALE_MAX_OPTIONS } from './rating-scale-limits.js';

/** A rating scale's checked settings: whole steps from `min` to `max`, labels by value. */
export interface RatingScaleSettings {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** One string per value from `min` up, or `{ value, label }` pairs for some values. */
  readonly valueLabels?: readonly string[] | readonly { readonly value: number; readonly label: string }[];
}

const LabelText = z.string().check(z.minLength(1), z.maxLength(RATING_SCALE_MAX_LABEL_LENGTH));

const RangeSchema = z.object({ min: z.int(), max: z.int(), step: z.int().check(z.positive()) }).check(
  z.refine((range) => range.max > range.min, { message: 'must be greater than min', path: ['max'] }),
  z.refine((range) => (range.max - range.min) % range.step === 0, {
    message: 'must divide max - min into whole steps',
    path: ['step'],
  }),
  z.refine((range) => (range.max - range.min) / range.step < RATING_SCALE_MAX_OPTIONS, {
    message: `must be less than min + ${RATING_SCALE_MAX_OPTIONS} steps (at most ${RATING_SCALE_MAX_OPTIONS} options)`,
    path: ['max'],
  }),
);

/** One string per value from `min` up. */
const listSchema = (count: number) =>
  z.array(LabelText).check(
    z.refine((labels) => labels.length === count, {
      message: `must have exactly ${count} entries, one per value from min to max`,
    }),
  );

/** `{ value, label }` for some values, each value on the scale and at most once. */
const pairsSchema = (min: number, max: number) =>
  z.array(z.strictObject({ value: z.int().check(z.minimum(min), z.maximum(max)), label: LabelText })).check(
    z.refine((pairs) => new Set(pairs.map((pair) => pair.value)).size === pairs.length, {
      message: 'must not label the same value twice',
    }),
  );

/**
 * Checks a rating scale's settings: the range first (integers, whole steps, at most
 * {@link RATING_SCALE_MAX_OPTIONS} options), then `valueLabels` against it (absent or `null`:
 * none). Never throws: an invalid one is a `ValidationError` naming `label` and the paths.
 *
 * @example
 * ```ts
 * checkRatingScaleSettings({ min: 0, max: 10, step: 1 }, 'rating scale').ok; // true
 * ```
 */
export function checkRatingScaleSettings(input: unknown, label: string): ParseResult<RatingScaleSettings> {
  const { min, max, step, valueLabels } = (
    typeof input === 'object' && input !== null ? input : {}
  ) as Record<string, unknown>;
  const range = safeParse(RangeSchema, { min, max, step }, label);
  if (!range.ok || valueLabels === undefined || valueLabels === null) return range;
  const { min: low, max: high, step: by } = range.value;
  const isList = Array.isArray(valueLabels) && typeof valueLabels[0] === 'string';
  const schema = z.object({
    valueLabels: isList ? listSchema((high - low) / by + 1) : pairsSchema(low, high),
  });
  const labels = safeParse(schema, { valueLabels }, label);
  return labels.ok ? { ok: true, value: { ...range.value, valueLabels: labels.value.valueLabels } } : labels;
}
