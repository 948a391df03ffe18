/**
 * The few statistics the flag rules use, each small enough to check by eye.
 *
 * @internal
 * @module
 */

/** The middle value (the mean of the middle two for an even count); `NaN` for none. */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** The arithmetic mean; `NaN` for none. */
export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** The sample standard deviation (n − 1 in the denominator); 0 for fewer than two values. */
export function standardDeviation(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const centre = mean(values);
  let squares = 0;
  for (const value of values) squares += (value - centre) ** 2;
  return Math.sqrt(squares / (values.length - 1));
}

/**
 * The `p` quantile with linear interpolation between order statistics (Hyndman & Fan 1996,
 * definition 7, the default of R and NumPy); `NaN` for none.
 */
export function quantile(values: readonly number[], p: number): number {
  return quantileOfSorted(
    [...values].sort((a, b) => a - b),
    p,
  );
}

/** {@link quantile} of values already sorted ascending (sort once for several quantiles). */
export function quantileOfSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const low = sorted[lower] as number;
  const high = sorted[Math.min(lower + 1, sorted.length - 1)] as number;
  return low + (high - low) * (position - lower);
}

/**
 * Jacobson & Truax's reliable-change threshold for a difference between means of several
 * administrations. The published RCI compares two single scores: RCI = 1.96 × S_diff with
 * S_diff = √2 × SEM (Jacobson & Truax 1991, J Consult Clin Psychol 59:12–19). When the two
 * sides are means of `before` and `after` administrations with independent measurement
 * error, their error variances are SEM²/before and SEM²/after, so the same 95 % criterion is
 * RCI × √((1/before + 1/after) / 2). One score on each side gives the RCI itself.
 *
 * @example
 * ```ts
 * reliableChangeThreshold(6, 3, 1); // PHQ-9, baseline mean of 3 against one score: 4.90
 * ```
 */
export function reliableChangeThreshold(rci: number, before: number, after: number): number {
  return rci * Math.sqrt((1 / before + 1 / after) / 2);
}
