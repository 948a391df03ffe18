/**
 * Trends: what the charts draw and say, computed here rather than in an element — the client's
 * own baseline band, tracked check-in series, a measure's trajectory against its severity bands
 * and reliable-change threshold, and "what changed" between recent windows.
 *
 * @module
 */
export {
  personalBaseline,
  baselinePosition,
  DEFAULT_BASELINE,
  type BaselineOptions,
  type BaselineBand,
  type BaselinePosition,
} from './baseline.js';
export { trackedSeries, type TrackedSeries, type TrackedValue } from './tracked-series.js';
export {
  outcomeTrajectory,
  type OutcomeEntry,
  type OutcomePoint,
  type OutcomeTrajectory,
} from './outcome.js';
export { recentChange, type TimedValue, type WindowMean, type RecentChange } from './recent-change.js';
export {
  adherenceCalendar,
  type AdherenceCalendar,
  type AdherenceCalendarOptions,
  type CalendarOccurrence,
  type CalendarCounts,
  type CalendarDay,
  type CalendarWeek,
} from './adherence-calendar.js';
export { adherenceHighlights, type AdherenceHighlights } from './adherence-streak.js';
