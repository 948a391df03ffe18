/**
 * `client.validate`: checks of what a vendor hands the elements besides definitions (which
 * `client.definitions.validate` checks), with core's schemas. The client already carries them,
 * so elements ask it instead of bundling a second copy of zod and the schemas.
 *
 * @module
 */
import {
  CrisisResourceSetSchema,
  checkRatingScaleSettings,
  safeParse,
  type CrisisResourceSet,
  type ParseResult,
  type RatingScaleSettings,
} from '@interlude/core';

/** Synchronous checks that never throw and read nothing (they work on a closed client too). */
export interface ClientValidate {
  /**
   * Checks a crisis resource set (`crisisResources` on `<il-provider>` or an element) with
   * core's `CrisisResourceSetSchema`. An invalid one comes back as a `ValidationError` naming
   * `label` and every wrong path, never a value.
   *
   * @example
   * ```ts
   * const checked = client.validate.crisisResources(input, 'crisis resources');
   * if (!checked.ok) console.warn(checked.error.message);
   * ```
   */
  crisisResources(input: unknown, label: string): ParseResult<CrisisResourceSet>;
  /**
   * Checks a rating scale's settings (`{ min, max, step, valueLabels }` of `<il-rating-scale>`)
   * with core's `checkRatingScaleSettings`.
   */
  ratingScale(input: unknown, label: string): ParseResult<RatingScaleSettings>;
}

/** @internal */
export const clientValidate: ClientValidate = Object.freeze({
  crisisResources: (input: unknown, label: string) => safeParse(CrisisResourceSetSchema, input, label),
  ratingScale: checkRatingScaleSettings,
});
