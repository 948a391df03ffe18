/**
 * Adherence by calendar day and ISO week from occurrences that already carry their status
 * (`classifyOccurrences`, `client.occurrences.list`, or a vendor's own records): what a weekly
 * bar chart and a calendar heat-map draw, with the same counting and streak rules as
 * {@link clientAdherence}. Needs no schedule expansion and no time-zone data: an occurrence's
 * `localDate` already places it on the client's calendar.
 *
 * @module
 */
import type { ClassifiedOccurrence } from '../schedule/classify.js';
import { addDays, daysBetween, formatDate, isoWeek, isoWeekday, localDate } from '../schedule/zoned.js';
import type { AdherenceCounts } from '../adherence/adherence.js';
import { adherenceStreaks } from './adherence-streak.js';

/** What {@link adherenceCalendar} reads from an occurrence. */
export type CalendarOccurrence = Pick<
  ClassifiedOccurrence,
  'id' | 'assignmentId' | 'localDate' | 'dueAt' | 'status'
>;

/** Counts of one day, one week or the whole span (as in {@link AdherenceCounts}, without time spent). */
export type CalendarCounts = Omit<AdherenceCounts, 'timeSpentSeconds'>;

/** One calendar day. */
export interface CalendarDay extends CalendarCounts {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** The ISO week it belongs to, e.g. `2026-W14`. */
  readonly week: string;
}

/** One ISO week (Monday to Sunday). */
export interface CalendarWeek extends CalendarCounts {
  readonly week: string;
  /** Its Monday, `YYYY-MM-DD`. */
  readonly weekStart: string;
}

/** {@link adherenceCalendar}'s result: the totals, every day and every week of the span, and streaks. */
export interface AdherenceCalendar extends CalendarCounts {
  /** Every day from the first to the last, days without occurrences included, oldest first. */
  readonly days: readonly CalendarDay[];
  /** Every ISO week the days touch, oldest first; their counts sum to the totals. */
  readonly weeks: readonly CalendarWeek[];
  /** Done (on time or late) occurrences in a row up to the latest decided one, in due order. */
  readonly currentStreak: number;
  /** The longest such run. */
  readonly longestStreak: number;
}

/** Options of {@link adherenceCalendar}. */
export interface AdherenceCalendarOptions {
  /** First day of the span, `YYYY-MM-DD`; default the earliest occurrence's day. */
  readonly from?: string;
  /** Last day of the span (inclusive); default the latest occurrence's day. */
  readonly to?: string;
  /** Only this assignment's occurrences. */
  readonly assignmentId?: string;
  /** Widen the span to whole ISO weeks (Monday to Sunday), as a calendar grid draws it. */
  readonly wholeWeeks?: boolean;
}

/** Longest span a calendar covers, in days (ten years): a guard against a mistyped year. */
const MAX_DAYS = 3660;

/**
 * Folds classified occurrences into days and ISO weeks. An occurrence counts on its `localDate`;
 * `completionRate` is `completed ÷ (completed + missed)` as in {@link clientAdherence} (pending
 * work is not held against the client). Occurrences outside `[from, to]` are left out.
 *
 * @throws RangeError when the span is reversed or longer than ten years.
 * @example
 * ```ts
 * const calendar = adherenceCalendar(await client.occurrences.list({ from, to }));
 * calendar.weeks.at(-1); // { week: '2026-W14', weekStart: '2026-03-30', assigned: 7, completed: 5, missed: 1, … }
 * calendar.currentStreak; // 3
 * ```
 */
export function adherenceCalendar(
  occurrences: readonly CalendarOccurrence[],
  options: AdherenceCalendarOptions = {},
): AdherenceCalendar {
  const chosen = occurrences
    .filter(
      (occurrence) => options.assignmentId === undefined || occurrence.assignmentId === options.assignmentId,
    )
    .filter(
      (occurrence) =>
        (options.from === undefined || occurrence.localDate >= options.from) &&
        (options.to === undefined || occurrence.localDate <= options.to),
    );
  const dates = chosen.map((occurrence) => occurrence.localDate).sort();
  const first = options.from ?? dates[0];
  const last = options.to ?? dates[dates.length - 1];
  const totals = emptyCounts();
  if (first === undefined || last === undefined) {
    return { ...withRate(totals), days: [], weeks: [], currentStreak: 0, longestStreak: 0 };
  }
  let start = localDate(first);
  let end = localDate(last);
  if (options.wholeWeeks) {
    start = addDays(start, 1 - isoWeekday(start));
    end = addDays(end, 7 - isoWeekday(end));
  }
  const span = daysBetween(start, end);
  if (span < 0 || span >= MAX_DAYS)
    throw new RangeError('adherenceCalendar needs from ≤ to, at most ten years apart');

  const days: (CalendarDay & CalendarCounts)[] = [];
  const weeks = new Map<string, CalendarWeek>();
  const dayIndex = new Map<string, number>();
  for (let offset = 0; offset <= span; offset += 1) {
    const date = addDays(start, offset);
    const { week, start: monday } = isoWeek(date);
    const text = formatDate(date);
    dayIndex.set(text, days.length);
    days.push({ date: text, weekday: isoWeekday(date), week, ...emptyCounts() });
    if (!weeks.has(week)) weeks.set(week, { week, weekStart: formatDate(monday), ...emptyCounts() });
  }
  for (const occurrence of chosen) {
    const day = days[dayIndex.get(occurrence.localDate) ?? -1];
    if (day === undefined) continue;
    for (const counts of [totals, day, weeks.get(day.week)]) if (counts) count(counts, occurrence.status);
  }
  const { current, longest } = adherenceStreaks(chosen);
  return {
    ...withRate(totals),
    days: days.map(withRate),
    weeks: [...weeks.values()].map(withRate),
    currentStreak: current,
    longestStreak: longest,
  };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function emptyCounts(): CalendarCounts {
  return { assigned: 0, completed: 0, onTime: 0, late: 0, missed: 0, pending: 0, completionRate: null };
}

function count(counts: Mutable<CalendarCounts>, status: CalendarOccurrence['status']): void {
  counts.assigned += 1;
  if (status === 'completed') counts.onTime += 1;
  else if (status === 'late') counts.late += 1;
  else if (status === 'missed') counts.missed += 1;
  else counts.pending += 1;
  counts.completed = counts.onTime + counts.late;
}

function withRate<T extends CalendarCounts>(counts: T): T {
  const decided = counts.completed + counts.missed;
  return { ...counts, completionRate: decided === 0 ? null : counts.completed / decided };
}
