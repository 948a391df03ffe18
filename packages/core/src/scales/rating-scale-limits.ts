/**
 * The limits of a rating scale, without its schema (importing a constant must not bundle zod).
 *
 * @module
 */

/** The largest number of options one scale may offer (e.g. 0–100 is too many; use a slider). */
export const RATING_SCALE_MAX_OPTIONS = 21;

/** The longest a single anchor or per-value label may be, in characters. */
export const RATING_SCALE_MAX_LABEL_LENGTH = 200;
