/**
 * The two statistics clinic aggregates need: a median, and Spearman's rank correlation.
 *
 * @module
 */

/** The median of `values` (the mean of the middle two for an even count), or `null` for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/** Why a rank correlation could not be computed. */
export type CorrelationUnknownReason = 'too-few-pairs' | 'no-variation';

/** The outcome of {@link spearmanCorrelation}. */
export interface RankCorrelation {
  /** Spearman's ρ in [−1, 1], or `null` when it cannot be computed (see `reason`). */
  rho: number | null;
  /** Number of pairs it is based on. */
  n: number;
  /** Set exactly when `rho` is `null`. */
  reason: CorrelationUnknownReason | null;
}

/** Pairs below this give no rank correlation: with two points ρ is always ±1, which says nothing. */
export const MIN_CORRELATION_PAIRS = 3;

/**
 * Spearman's rank correlation between `xs[i]` and `ys[i]`: Pearson's correlation of their
 * ranks, ties given the average of the ranks they span (so it stays correct with ties,
 * unlike the `1 − 6Σd²/(n(n²−1))` shortcut).
 *
 * `rho` is `null` with `reason: 'too-few-pairs'` when there are fewer than
 * {@link MIN_CORRELATION_PAIRS} pairs, and with `reason: 'no-variation'` when all `xs` or
 * all `ys` are equal.
 *
 * @throws RangeError when the two lists differ in length (a programming error, no data in the message).
 * @example
 * ```ts
 * spearmanCorrelation([0.2, 0.5, 0.9], [1, 3, 8]); // { rho: 1, n: 3, reason: null }
 * spearmanCorrelation([0.2, 0.5], [1, 3]); // { rho: null, n: 2, reason: 'too-few-pairs' }
 * ```
 */
export function spearmanCorrelation(xs: readonly number[], ys: readonly number[]): RankCorrelation {
  if (xs.length !== ys.length) throw new RangeError('spearmanCorrelation needs two lists of equal length');
  const n = xs.length;
  if (n < MIN_CORRELATION_PAIRS) return { rho: null, n, reason: 'too-few-pairs' };
  const rx = averageRanks(xs);
  const ry = averageRanks(ys);
  const mean = (n + 1) / 2;
  let covariance = 0;
  let varianceX = 0;
  let varianceY = 0;
  for (let index = 0; index < n; index += 1) {
    const dx = (rx[index] ?? mean) - mean;
    const dy = (ry[index] ?? mean) - mean;
    covariance += dx * dy;
    varianceX += dx * dx;
    varianceY += dy * dy;
  }
  if (varianceX === 0 || varianceY === 0) return { rho: null, n, reason: 'no-variation' };
  // Clamp away floating-point excursions such as 1.0000000000000002.
  const rho = Math.max(-1, Math.min(1, covariance / Math.sqrt(varianceX * varianceY)));
  return { rho, n, reason: null };
}

/** 1-based ranks; tied values share the mean of the ranks they occupy. */
function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length).fill(0);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]?.value === order[start]?.value) end += 1;
    const rank = (start + end) / 2 + 1;
    for (let position = start; position <= end; position += 1) {
      const entry = order[position];
      if (entry !== undefined) ranks[entry.index] = rank;
    }
    start = end + 1;
  }
  return ranks;
}
