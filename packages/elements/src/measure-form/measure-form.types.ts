/**
 * Allowed values of `<il-measure-form>`.
 *
 * @module
 */

/** Levels the form's title may take (`heading-level`). */
export const MEASURE_FORM_HEADING_LEVELS = [1, 2, 3, 4, 5, 6] as const;

/** `1 | 2 | 3 | 4 | 5 | 6`. */
export type MeasureFormHeadingLevel = (typeof MEASURE_FORM_HEADING_LEVELS)[number];
