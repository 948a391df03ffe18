/**
 * A measure's totals over time, read the way an outcome chart and its summary need them: the
 * severity band of each total, and each total's change against the baseline (the first scorable
 * total) by the instrument's own thresholds, through {@link classifyChange}.
 *
 * @module
 */
import type { MeasureDefinition, SeverityBand } from '../definitions/measure.js';
import { classifyChange, type ChangeClassification } from '../scoring/classify-change.js';
import { instantMs } from './instant.js';

/** One administration of a measure: when, and its total (`null` when unscorable). */
export interface OutcomeEntry {
  readonly at: string;
  readonly total: number | null;
}

/** One administration with what it means. */
export interface OutcomePoint extends OutcomeEntry {
  /** The severity band of the total (rounded half up), `null` when unscorable. */
  readonly band: SeverityBand | null;
  /** Whether the total is a clinical case; `null` when unscorable or without a caseness cut-off. */
  readonly isCase: boolean | null;
  /**
   * Change from the baseline to this total; `null` for the baseline itself, for points before it
   * and for unscorable ones.
   */
  readonly change: ChangeClassification | null;
}

/** {@link outcomeTrajectory}'s result. */
export interface OutcomeTrajectory {
  /** Every entry, oldest first (ties keep their input order). */
  readonly points: readonly OutcomePoint[];
  /** Index of the baseline (the first scorable total), or `null` when none is scorable. */
  readonly baseline: number | null;
  /** Index of the latest scorable total, or `null`. */
  readonly latest: number | null;
  /** Change from baseline to latest, or `null` with fewer than two scorable totals. */
  readonly change: ChangeClassification | null;
  /** Whole days from the baseline to the latest total (0 with fewer than two). */
  readonly days: number;
  /**
   * Indices where the change against baseline turned into another class than the previous
   * scorable point's (e.g. first reliable improvement, or back to no reliable change).
   */
  readonly crossings: readonly number[];
}

/**
 * Reads a measure's totals over time: each total's band and caseness, and its change against
 * the baseline by {@link classifyChange} (reliable change, recovery where the instrument defines
 * caseness), plus where that classification changed.
 *
 * @throws {@link ValidationError} when a total is outside the measure's range.
 * @example
 * ```ts
 * const trajectory = outcomeTrajectory(phq9, [
 *   { at: '2026-03-02T10:00:00+01:00', total: 18 },
 *   { at: '2026-04-27T10:00:00+02:00', total: 9 },
 * ]);
 * trajectory.change?.change; // 'reliable-improvement'
 * trajectory.days; // 56
 * ```
 */
export function outcomeTrajectory(
  definition: MeasureDefinition,
  entries: readonly OutcomeEntry[],
): OutcomeTrajectory {
  const ordered = entries
    .map((entry, order) => ({ entry, order, ms: instantMs(entry.at) }))
    .sort((a, b) => a.ms - b.ms || a.order - b.order);
  const baselineAt = ordered.findIndex(({ entry }) => entry.total !== null);
  const baselineTotal = baselineAt < 0 ? null : (ordered[baselineAt]?.entry.total ?? null);
  const crossings: number[] = [];
  let latest: number | null = null;
  let previousKind: string | undefined;
  const points = ordered.map(({ entry }, index): OutcomePoint => {
    const { total } = entry;
    // Against itself: checks the total's range (the baseline's too) and reads its caseness.
    const own = classifyChange(definition, total, total);
    let change: ChangeClassification | null = null;
    if (total !== null) {
      latest = index;
      if (index > baselineAt && baselineTotal !== null) {
        change = classifyChange(definition, baselineTotal, total);
        const kind = change.known ? change.change : 'unknown';
        // The first classified point is a crossing only when it already moved past a threshold.
        const crossed =
          previousKind === undefined ? change.known && !kind.startsWith('no-') : kind !== previousKind;
        if (crossed) crossings.push(index);
        previousKind = kind;
      }
    }
    return {
      at: entry.at,
      total,
      band: total === null ? null : bandOf(definition, total),
      isCase: own.caseBefore,
      change,
    };
  });
  const first = baselineAt < 0 ? undefined : ordered[baselineAt];
  const last = latest === null ? undefined : ordered[latest];
  const hasTwo = first !== undefined && last !== undefined && latest !== baselineAt;
  return {
    points,
    baseline: baselineAt < 0 ? null : baselineAt,
    latest,
    change: hasTwo && latest !== null ? (points[latest]?.change ?? null) : null,
    days: hasTwo ? Math.round((last.ms - first.ms) / 86_400_000) : 0,
    crossings,
  };
}

/** The band holding `total` rounded half up (a parsed definition's bands cover every total). */
function bandOf(definition: MeasureDefinition, total: number): SeverityBand | null {
  const rounded = Math.floor(total + 0.5);
  return definition.scoring.bands.find((band) => band.min <= rounded && rounded <= band.max) ?? null;
}
