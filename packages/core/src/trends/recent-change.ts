/**
 * "What changed": the mean of a series over the latest days against the days before, the
 * comparison a client's progress view puts in words ("your mood was a little higher this week").
 *
 * @module
 */
import { instantMs } from './instant.js';

/** A value at an instant. */
export interface TimedValue {
  readonly at: string;
  readonly value: number;
}

/** The values of one window: how many, and their mean (`null` when none). */
export interface WindowMean {
  readonly count: number;
  readonly mean: number | null;
}

/** {@link recentChange}'s result. */
export interface RecentChange {
  /** The `days` days up to `now`. */
  readonly recent: WindowMean;
  /** The `days` days before those. */
  readonly previous: WindowMean;
  /** `recent.mean − previous.mean`, or `null` when either window is empty. */
  readonly difference: number | null;
}

const DAY_MS = 86_400_000;

/**
 * Compares the mean of the values in `(now − days, now]` with the mean of those in
 * `(now − 2·days, now − days]`. Values after `now` are ignored.
 *
 * @throws RangeError when `days` is not a positive number.
 * @example
 * ```ts
 * recentChange(moodValues, { now: '2026-04-05T20:00:00+02:00', days: 7 });
 * // { recent: { count: 6, mean: 3.5 }, previous: { count: 7, mean: 2.9 }, difference: 0.6 }
 * ```
 */
export function recentChange(
  values: readonly TimedValue[],
  options: { readonly now: string; readonly days?: number },
): RecentChange {
  const days = options.days ?? 7;
  if (!(days > 0)) throw new RangeError('recentChange needs a positive number of days');
  const now = instantMs(options.now);
  const split = now - days * DAY_MS;
  const start = split - days * DAY_MS;
  const recent: number[] = [];
  const previous: number[] = [];
  for (const { at, value } of values) {
    const ms = instantMs(at);
    if (ms > now || ms <= start) continue;
    (ms > split ? recent : previous).push(value);
  }
  const summary = (window: number[]): WindowMean => ({
    count: window.length,
    mean: window.length === 0 ? null : window.reduce((sum, value) => sum + value, 0) / window.length,
  });
  const r = summary(recent);
  const p = summary(previous);
  return { recent: r, previous: p, difference: r.mean === null || p.mean === null ? null : r.mean - p.mean };
}
