/**
 * Allowed values and the per-value label shapes of `<il-rating-scale>`.
 *
 * @module
 */

// Core holds the limits with the settings' schema, which the store client checks with.
export { RATING_SCALE_MAX_OPTIONS, RATING_SCALE_MAX_LABEL_LENGTH } from '@interlude/core';

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
