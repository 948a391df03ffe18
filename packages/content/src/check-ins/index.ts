/**
 * The check-in catalogue: shipped check-in templates, looked up by id. Each is estimated
 * at 90 seconds or less (`estimateCheckInSeconds`), because longer check-ins rarely
 * survive the second week.
 *
 * @module
 */
import type { CheckInTemplate } from '@interlude/core';
import { actFlexibility } from './act-flexibility.js';
import { cbtThoughtRecordLite } from './cbt-thought-record-lite.js';
import { dailyMood } from './daily-mood.js';
import { ifsPartsCheckIn } from './ifs-parts-check-in.js';

export { actFlexibility, cbtThoughtRecordLite, dailyMood, ifsPartsCheckIn };

/** Ids of the shipped check-in templates; `daily-mood` is the default. */
export const CHECK_IN_TEMPLATE_IDS = [
  'daily-mood',
  'act-flexibility',
  'ifs-parts-check-in',
  'cbt-thought-record-lite',
] as const;

/** The id of a shipped check-in template. */
export type CheckInTemplateId = (typeof CHECK_IN_TEMPLATE_IDS)[number];

const CATALOGUE: readonly CheckInTemplate[] = [
  dailyMood,
  actFlexibility,
  ifsPartsCheckIn,
  cbtThoughtRecordLite,
];

/**
 * The shipped template with this id, or `undefined` when there is none (never throws).
 * Treat it as read-only: it is shared.
 *
 * @example
 * ```ts
 * const template = getCheckInTemplate('daily-mood');
 * if (template) microFeedback(template, { mood: 4, distress: 2 }, 'de');
 * ```
 */
export function getCheckInTemplate(id: string): CheckInTemplate | undefined {
  return CATALOGUE.find((template) => template.id === id);
}

/**
 * Every shipped check-in template, default first (a new array each call; the templates are shared).
 *
 * @example
 * ```ts
 * const forAct = listCheckInTemplates().filter((template) => template.modality === 'act');
 * ```
 */
export function listCheckInTemplates(): CheckInTemplate[] {
  return [...CATALOGUE];
}
