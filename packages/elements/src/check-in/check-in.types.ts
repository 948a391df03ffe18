/**
 * Allowed values of `<il-check-in>`.
 *
 * @module
 */

/** Levels the check-in's title may take (`heading-level`). */
export const CHECK_IN_HEADING_LEVELS = [1, 2, 3, 4, 5, 6] as const;

/** `1 | 2 | 3 | 4 | 5 | 6`. */
export type CheckInHeadingLevel = (typeof CHECK_IN_HEADING_LEVELS)[number];
