/**
 * The data `<il-adherence-chart>` draws, as a vendor hands it over in the `data` property (the
 * same shape the element builds from the client's assignments and occurrences).
 *
 * @module
 */

/** What became of one due occurrence (as `classifyOccurrences` says). */
export const ADHERENCE_STATUSES = ['completed', 'late', 'missed', 'pending'] as const;

/** One of {@link ADHERENCE_STATUSES}. */
export type AdherenceStatus = (typeof ADHERENCE_STATUSES)[number];

/** One due occurrence of an assignment. */
export interface AdherenceChartOccurrence {
  /** Unique, e.g. `a-1@2026-03-30T09:00`. */
  readonly id: string;
  readonly assignmentId: string;
  /** The client's local date it was due on, `YYYY-MM-DD`. */
  readonly localDate: string;
  /** When it was due, ISO 8601 with offset (orders streaks). */
  readonly dueAt: string;
  readonly status: AdherenceStatus;
}

/** An assignment's name on the chart. */
export interface AdherenceChartAssignment {
  readonly id: string;
  /** e.g. "Daily check-in" (text, never HTML). */
  readonly title: string;
}

/** What `<il-adherence-chart>`'s `data` property takes. */
export interface AdherenceChartData {
  readonly assignments: readonly AdherenceChartAssignment[];
  /** At most 10,000. */
  readonly occurrences: readonly AdherenceChartOccurrence[];
  /** First day shown, `YYYY-MM-DD` (default: the earliest occurrence's); the chart starts on its Monday. */
  readonly from?: string;
  /** Last day shown (default: the latest occurrence's); the chart ends on its Sunday. */
  readonly to?: string;
  /** The client's IANA time zone for dates. */
  readonly timeZone?: string;
}

/** Most occurrences one chart takes. */
export const ADHERENCE_CHART_MAX_OCCURRENCES = 10_000;
