/**
 * The data `<il-mood-chart>` draws, as a vendor hands it over in the `data` property (the same
 * shape the element builds from the client's submissions).
 *
 * @module
 */

/** Which way is worse on a tracked item, so the chart knows what a spike means. */
export const MOOD_DIRECTIONS = ['higher-is-worse', 'higher-is-better'] as const;

/** `'higher-is-worse' | 'higher-is-better'`. */
export type MoodDirection = (typeof MOOD_DIRECTIONS)[number];

/** One recorded value. */
export interface MoodChartPoint {
  /** When it was recorded: ISO 8601 with offset, e.g. `2026-04-03T20:15:00+01:00`. */
  readonly at: string;
  /** The value, within `min`…`max`. */
  readonly value: number;
}

/** One tracked item (mood, distress, sleep, …) over time. */
export interface MoodChartSeries {
  /** Stable id, e.g. `daily-mood/distress`; used by the `series` attribute. */
  readonly id: string;
  /** Its name on the chart, e.g. "Distress" (text, never HTML). */
  readonly label: string;
  readonly direction: MoodDirection;
  /** The ends of the item's scale. */
  readonly min: number;
  readonly max: number;
  /** Oldest first (the chart sorts them if not). At most 5,000. */
  readonly points: readonly MoodChartPoint[];
}

/** A completed activity shown on the time line ("values exercise done on Wednesday"). */
export interface MoodChartActivity {
  readonly at: string;
  readonly title: string;
}

/** What `<il-mood-chart>`'s `data` property takes. */
export interface MoodChartData {
  /** One to eight series; each is drawn in its own panel over a shared time axis. */
  readonly series: readonly MoodChartSeries[];
  readonly activities?: readonly MoodChartActivity[];
  /** The client's IANA time zone for dates (default: the `time-zone` attribute, then the browser's). */
  readonly timeZone?: string;
}

/** Most series one chart takes. */
export const MOOD_CHART_MAX_SERIES = 8;

/** Most points one series takes (a daily value for over ten years). */
export const MOOD_CHART_MAX_POINTS = 5000;
