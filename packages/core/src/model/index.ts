/**
 * The assignment, schedule, occurrence and submission model.
 *
 * @module
 */
export {
  isValidTimeZone,
  TimeZoneSchema,
  InstantStringSchema,
  LocalDateSchema,
  LocalTimeSchema,
  LocalDateTimeSchema,
  type TimeZone,
  type InstantString,
  type LocalDate,
  type LocalTime,
  type LocalDateTime,
} from './time.js';
export { DAYS_OF_WEEK, type DayOfWeek } from './days.js';
export {
  PERIOD_UNITS,
  MAX_SCHEDULE_COUNT,
  TimingRepeatSchema,
  OnceScheduleSchema,
  RepeatScheduleSchema,
  ScheduleSchema,
  type PeriodUnit,
  type TimingRepeat,
  type OnceSchedule,
  type RepeatSchedule,
  type Schedule,
} from './schedule.js';
export {
  ASSIGNMENT_STATUSES,
  RecordIdSchema,
  AssignmentSchema,
  parseAssignment,
  type AssignmentStatus,
  type Assignment,
} from './assignment.js';
export {
  OCCURRENCE_STATUSES,
  OccurrenceSchema,
  type OccurrenceStatus,
  type Occurrence,
} from './occurrence.js';
export {
  SUBMISSION_STATUSES,
  AnswerValueSchema,
  AnswersSchema,
  SubmissionSchema,
  parseSubmission,
  type SubmissionStatus,
  type AnswerValue,
  type Answers,
  type Submission,
} from './submission.js';
