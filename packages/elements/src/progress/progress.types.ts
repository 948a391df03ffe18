/**
 * The data `<il-progress>` shows, as a vendor hands it over in the `data` property (the same shape
 * the element builds from the signed-in client's own check-ins and assignments).
 *
 * @module
 */

/** One tracked item of the client's own check-ins, e.g. their mood. */
export interface ProgressSeries {
  readonly id: string;
  /** e.g. "Mood" (text, never HTML). */
  readonly label: string;
  readonly direction: 'higher-is-worse' | 'higher-is-better';
  readonly min: number;
  readonly max: number;
  /** ISO 8601 instants with offset; at most 5,000. */
  readonly points: readonly { readonly at: string; readonly value: number }[];
}

/** One due occurrence of the client's work and what became of it. */
export interface ProgressOccurrence {
  readonly id: string;
  readonly assignmentId: string;
  readonly localDate: string;
  readonly dueAt: string;
  readonly status: 'completed' | 'late' | 'missed' | 'pending';
}

/** What `<il-progress>`'s `data` property takes. */
export interface ProgressData {
  /** The tracked item to draw (default: none, then only the streak is shown). */
  readonly series?: ProgressSeries;
  readonly occurrences: readonly ProgressOccurrence[];
  /** The moment "this week" is counted to (default: now). */
  readonly now?: string;
  /** The client's IANA time zone for dates. */
  readonly timeZone?: string;
}

/** How the recent change is put into words. */
export const PROGRESS_TRENDS = ['better', 'steady', 'harder', 'unknown'] as const;

/** One of {@link PROGRESS_TRENDS}. */
export type ProgressTrend = (typeof PROGRESS_TRENDS)[number];
