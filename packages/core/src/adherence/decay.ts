/**
 * Engagement decay: completion that falls after the first weeks, the pattern the
 * homework literature warns about (adherence drops after about two weeks).
 *
 * @module
 */

/** Thresholds for {@link engagementDecay}. */
export interface EngagementDecayOptions {
  /** How many of the first weeks with due work form the baseline. Default 2. */
  baselineWeeks?: number;
  /** How many of the latest weeks with due work are compared with it. Default 2. */
  recentWeeks?: number;
  /** Flag when the completion rate falls by more than this (0–1, absolute). Default 0.25 (25 points). */
  threshold?: number;
}

/** Default thresholds of {@link engagementDecay}. */
export const DEFAULT_ENGAGEMENT_DECAY: Required<EngagementDecayOptions> = {
  baselineWeeks: 2,
  recentWeeks: 2,
  threshold: 0.25,
};

/** What {@link engagementDecay} reads from a week. */
export interface DecayWeek {
  week: string;
  completed: number;
  missed: number;
}

/** The result of {@link engagementDecay}. */
export interface EngagementDecay {
  /** Completion rate over the baseline weeks, or `null` when there are too few weeks with due work. */
  baselineRate: number | null;
  /** Completion rate over the recent weeks, or `null` as above. */
  recentRate: number | null;
  /** `baselineRate − recentRate` (positive = falling), or `null`. */
  drop: number | null;
  /** Whether `drop` exceeds the threshold. */
  decaying: boolean;
  /** The ISO weeks used for each side. */
  baselineWeekIds: string[];
  recentWeekIds: string[];
}

/**
 * Compares completion in the first weeks with completion in the latest weeks.
 *
 * Only weeks with decided occurrences (completed, late or missed) count; pending ones are
 * ignored. Each side's rate is pooled (completed ÷ decided over its weeks). The two sides
 * never share a week: with fewer than `baselineWeeks + recentWeeks` such weeks the rates are
 * `null` and nothing is flagged.
 *
 * @example
 * ```ts
 * const { decaying, drop } = engagementDecay(report.weekly, { threshold: 0.3 });
 * ```
 */
export function engagementDecay(
  weeks: readonly DecayWeek[],
  options: EngagementDecayOptions = {},
): EngagementDecay {
  const { baselineWeeks, recentWeeks, threshold } = { ...DEFAULT_ENGAGEMENT_DECAY, ...options };
  const active = weeks.filter((week) => week.completed + week.missed > 0);
  if (baselineWeeks < 1 || recentWeeks < 1 || active.length < baselineWeeks + recentWeeks) {
    return {
      baselineRate: null,
      recentRate: null,
      drop: null,
      decaying: false,
      baselineWeekIds: [],
      recentWeekIds: [],
    };
  }
  const baseline = active.slice(0, baselineWeeks);
  const recent = active.slice(active.length - recentWeeks);
  const baselineRate = pooledRate(baseline);
  const recentRate = pooledRate(recent);
  const drop = baselineRate - recentRate;
  return {
    baselineRate,
    recentRate,
    drop,
    decaying: drop > threshold,
    baselineWeekIds: baseline.map((week) => week.week),
    recentWeekIds: recent.map((week) => week.week),
  };
}

function pooledRate(weeks: readonly DecayWeek[]): number {
  const completed = weeks.reduce((sum, week) => sum + week.completed, 0);
  const decided = weeks.reduce((sum, week) => sum + week.completed + week.missed, 0);
  return completed / decided;
}
