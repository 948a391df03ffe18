/**
 * The data `<il-outcome-chart>` draws, as a vendor hands it over in the `data` property (the same
 * shape the element builds from the client's scored submissions).
 *
 * @module
 */
import type { MeasureDefinition } from '@interlude/core';

/** One administration: when, and its total (`null` when it was unscorable). */
export interface OutcomeChartPoint {
  /** ISO 8601 with offset. */
  readonly at: string;
  /** The raw total as `scoreMeasure` returns it (WHO-5: 0–25, not the percentage). */
  readonly total: number | null;
}

/** One measure and its totals over time. */
export interface OutcomeChartMeasure {
  /**
   * The measure's definition (e.g. `phq9` from `@interlude/content`): its bands, caseness and
   * reliable-change threshold are what the chart draws.
   */
  readonly definition: MeasureDefinition;
  /** At most 1,000; sorted by the chart. */
  readonly points: readonly OutcomeChartPoint[];
}

/** What `<il-outcome-chart>`'s `data` property takes. */
export interface OutcomeChartData {
  /** One or more measures; one is shown at a time (the `measure` attribute or the picker). */
  readonly measures: readonly OutcomeChartMeasure[];
  /** The client's IANA time zone for dates. */
  readonly timeZone?: string;
}

/** How a point is drawn: what its change against baseline is. */
export const OUTCOME_MARKS = ['baseline', 'no-change', 'improvement', 'deterioration', 'unknown'] as const;

/** One of {@link OUTCOME_MARKS}. */
export type OutcomeMark = (typeof OUTCOME_MARKS)[number];

/** Most points of one measure. */
export const OUTCOME_CHART_MAX_POINTS = 1000;
