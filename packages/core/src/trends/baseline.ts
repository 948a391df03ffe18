/**
 * The client's own baseline for a tracked check-in value: what is usual *for them*, so a chart can
 * show a band and a clinician can see that Thursday's distress was outside it, without a
 * population norm. A rolling window of the values before each point, never the point itself, so a
 * spike cannot hide in its own baseline.
 *
 * @module
 */

/** Settings of {@link personalBaseline}. */
export interface BaselineOptions {
  /** How many preceding values make the baseline (default 14: two weeks of daily check-ins). */
  readonly size?: number;
  /** Fewer preceding values than this give no baseline yet (default 5). */
  readonly minSize?: number;
  /** Lower edge of the usual range, as a quantile (default 0.1). */
  readonly low?: number;
  /** Upper edge of the usual range, as a quantile (default 0.9). */
  readonly high?: number;
}

/** Defaults of {@link BaselineOptions}. */
export const DEFAULT_BASELINE = { size: 14, minSize: 5, low: 0.1, high: 0.9 } as const;

/** The usual range before one value: its centre (median) and the low and high quantiles. */
export interface BaselineBand {
  readonly centre: number;
  readonly low: number;
  readonly high: number;
  /** How many values it was computed from. */
  readonly count: number;
}

/** Where a value lies against its baseline band: inside it (edges included), above or below. */
export type BaselinePosition = 'within' | 'above' | 'below';

/**
 * For each value, the baseline band of the values before it (up to `size` of them), or `null`
 * while fewer than `minSize` precede it. Quantiles interpolate between order statistics
 * (Hyndman & Fan 1996, definition 7, the default of R and NumPy).
 *
 * @throws RangeError when the options are not `1 ≤ minSize ≤ size` and `0 ≤ low ≤ high ≤ 1`.
 * @example
 * ```ts
 * const bands = personalBaseline([3, 4, 3, 5, 4, 4, 8]);
 * bands[6]; // { centre: 4, low: 3, high: 4.6, count: 6 }
 * baselinePosition(8, bands[6]); // 'above'
 * ```
 */
export function personalBaseline(
  values: readonly number[],
  options: BaselineOptions = {},
): (BaselineBand | null)[] {
  const { size, minSize, low, high } = { ...DEFAULT_BASELINE, ...options };
  if (!(minSize >= 1 && minSize <= size && low >= 0 && low <= high && high <= 1)) {
    throw new RangeError('personalBaseline needs 1 ≤ minSize ≤ size and 0 ≤ low ≤ high ≤ 1');
  }
  const bands: (BaselineBand | null)[] = [];
  // The window, kept sorted as it slides (one value in, one out), instead of copying and
  // sorting it for every point: the same order statistics, a fraction of the work.
  const sorted: number[] = [];
  const span = Math.ceil(size); // as many values as `slice` would take
  for (let index = 0; index < values.length; index += 1) {
    if (index > span) {
      const out = values[index - span - 1] as number;
      sorted.splice(out === out ? sorted.indexOf(out) : sorted.findIndex((v) => v !== v), 1);
    }
    if (index > 0) {
      const value = values[index - 1] as number;
      let at = sorted.length;
      while (at > 0 && value < (sorted[at - 1] as number)) at -= 1;
      sorted.splice(at, 0, value);
    }
    bands.push(
      sorted.length < minSize
        ? null
        : {
            centre: quantileOfSorted(sorted, 0.5),
            low: quantileOfSorted(sorted, low),
            high: quantileOfSorted(sorted, high),
            count: sorted.length,
          },
    );
  }
  return bands;
}

/** Whether `value` lies within `band` (edges included), above or below it. */
export function baselinePosition(value: number, band: BaselineBand): BaselinePosition {
  return value > band.high ? 'above' : value < band.low ? 'below' : 'within';
}

/** The `p` quantile of ascending `sorted` values (Hyndman & Fan definition 7). */
function quantileOfSorted(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const a = sorted[lower] as number;
  const b = sorted[Math.min(lower + 1, sorted.length - 1)] as number;
  return a + (b - a) * (position - lower);
}
