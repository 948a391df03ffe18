/**
 * Allowed values of `<il-today>`.
 *
 * @module
 */

/** Levels the section headings may take (`heading-level`). */
export const TODAY_HEADING_LEVELS = [2, 3, 4, 5, 6] as const;

/** `2 | 3 | 4 | 5 | 6`. */
export type TodayHeadingLevel = (typeof TODAY_HEADING_LEVELS)[number];

/** The sections of the list, in the order shown. */
export const TODAY_SECTIONS = ['dueNow', 'laterToday', 'thisWeek', 'done', 'missed'] as const;

/** One section of the list. */
export type TodaySection = (typeof TODAY_SECTIONS)[number];
