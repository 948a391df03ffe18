/**
 * Days of the week as FHIR `days-of-week` codes, in a module of their own so code that only
 * names days (a planner's day field) does not pull in the schedule schemas.
 *
 * @module
 */

/** FHIR `days-of-week` codes, Monday first as in ISO 8601. */
export const DAYS_OF_WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** `'mon' | … | 'sun'`. */
export type DayOfWeek = (typeof DAYS_OF_WEEK)[number];
