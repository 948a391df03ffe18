/**
 * Allowed values of `<il-crisis-resources>`.
 *
 * @module
 */

/** Heading levels the element's heading may take. */
export const CRISIS_HEADING_LEVELS = [2, 3, 4, 5, 6] as const;

/** `2 | 3 | 4 | 5 | 6`. */
export type CrisisHeadingLevel = (typeof CRISIS_HEADING_LEVELS)[number];
