/**
 * The two numbers a client's own progress view shows, without a calendar of every day: the
 * streak of done work and how much was done in the latest week. Same counting and streak rules
 * as {@link adherenceCalendar} (which uses {@link adherenceStreaks} for its streaks).
 *
 * @module
 */
import { addDays, formatDate, isoWeekday, localDate } from '../schedule/zoned.js';
import type { CalendarOccurrence } from './adherence-calendar.js';
import { instantMs } from './instant.js';

/** {@link adherenceHighlights}' result. */
export interface AdherenceHighlights {
  /** Done (on time or late) occurrences in a row up to the latest decided one, in due order. */
  readonly currentStreak: number;
  /** The longest such run. */
  readonly longestStreak: number;
  /**
   * The ISO week (Monday to Sunday) of the latest occurrence's day: its Monday and how many of
   * its occurrences were done, on time or late (`adherenceCalendar(…).weeks.at(-1)`); `null`
   * without occurrences.
   */
  readonly latestWeek: { readonly weekStart: string; readonly completed: number } | null;
}

/**
 * Streaks over occurrences in due order (ties by id): pending ones neither extend nor break one.
 * @internal
 */
export function adherenceStreaks(occurrences: readonly CalendarOccurrence[]): {
  current: number;
  longest: number;
} {
  const ordered = occurrences
    .map((occurrence) => ({ occurrence, ms: instantMs(occurrence.dueAt) }))
    .sort((a, b) => a.ms - b.ms || (a.occurrence.id < b.occurrence.id ? -1 : 1));
  let current = 0;
  let longest = 0;
  for (const { occurrence } of ordered) {
    if (occurrence.status === 'pending') continue;
    current = occurrence.status === 'missed' ? 0 : current + 1;
    longest = Math.max(longest, current);
  }
  return { current, longest };
}

/**
 * The current and longest streak, and the latest week's done count, of occurrences that carry
 * their status (as {@link adherenceCalendar} takes them).
 *
 * @example
 * ```ts
 * const { currentStreak, latestWeek } = adherenceHighlights(await client.occurrences.list({ from, to }));
 * // currentStreak: 3, latestWeek: { weekStart: '2026-03-30', completed: 5 }
 * ```
 */
export function adherenceHighlights(occurrences: readonly CalendarOccurrence[]): AdherenceHighlights {
  const { current, longest } = adherenceStreaks(occurrences);
  let last: string | undefined;
  for (const { localDate: date } of occurrences) if (last === undefined || date > last) last = date;
  let latestWeek: AdherenceHighlights['latestWeek'] = null;
  if (last !== undefined) {
    const day = localDate(last);
    const weekStart = formatDate(addDays(day, 1 - isoWeekday(day)));
    // Nothing is later than the latest day, so the week is every day from its Monday on.
    const completed = occurrences.filter(
      ({ localDate: date, status }) => date >= weekStart && (status === 'completed' || status === 'late'),
    ).length;
    latestWeek = { weekStart, completed };
  }
  return { currentStreak: current, longestStreak: longest, latestWeek };
}
