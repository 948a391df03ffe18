/**
 * Schedules: expanding assignments into occurrences and classifying them.
 *
 * @module
 */
export {
  expandOccurrences,
  OccurrenceRangeSchema,
  type OccurrenceRange,
  type SchedulableAssignment,
} from './expand.js';
export {
  classifyOccurrences,
  occurrenceStatus,
  type ClassifiedOccurrence,
  type ClassifiableSubmission,
} from './classify.js';
export { localDateIn, startOfLocalDay, addLocalDays } from './local-days.js';
export { groupToday, type TodayGroups } from './today.js';
