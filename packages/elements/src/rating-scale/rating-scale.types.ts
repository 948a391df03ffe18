/**
 * Allowed values and the per-value label shapes of `<il-rating-scale>`.
 *
 * @module
 */

/** The largest number of options one scale may offer (e.g. 0–100 is too many; use a slider). */
export const RATING_SCALE_MAX_OPTIONS = 21;

/** The longest a single anchor or per-value label may be, in characters. */
export const RATING_SCALE_MAX_LABEL_LENGTH = 200;

/** A label for one value, e.g. `{ value: 0, label: 'No distress' }`. */
export interface RatingScaleValueLabel {
  /** One of the scale's values, an integer from `min` to `max`. */
  value: number;
  /** Shown as text under the number and read as part of the option's accessible name. */
  label: string;
}

/**
 * Per-value labels: either one string for every value from `min` to `max` (exactly
 * `max - min + 1` of them), or `{ value, label }` pairs for only some values.
 */
export type RatingScaleLabels = readonly string[] | readonly RatingScaleValueLabel[];
