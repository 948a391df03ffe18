/**
 * `mood-shift`: a tracked check-in item (mood, distress, …) that moved away from the client's
 * own usual level, judged against their own variability, and only when it lasts.
 *
 * At each value, with w = `moodShiftWindow` (4) and B = `moodShiftBaselineSize` (28):
 * - **baseline**: the B values before the latest w, so a shift never hides in its own
 *   baseline; its centre c is their mean and s their sample SD (the client's day-to-day
 *   variability). With fewer than `moodShiftMinBaseline` (7) values there is no personal
 *   baseline yet.
 * - **threshold**: t = max(`moodShiftSpread` × s, `moodShiftThreshold` × scale span), i.e.
 *   1.6 of the client's SDs, never less than a quarter of the scale (1 point of mood on 1–5,
 *   2.5 points of distress on 0–10).
 * - **lasting**: the mean of the latest w values is at least t from c, and the latest value
 *   itself at least the floor (`moodShiftThreshold` × span) from c, the same way. The mean of 4
 *   values has about 0.6 of one value's noise (0.5 if days were independent; moods carry over
 *   from day to day), so this catches a spell of several days that no single value would, and
 *   one bad day never raises it.
 * - **severe at once**: a single value in the worst `1 − moodShiftSevere` of the scale
 *   (distress ≥ 8 of 10, mood at the bottom of a 5-point scale) counts at once when it is
 *   also `moodShiftSevereSpread` × s (and t) from c, given half a step for rounding (an
 *   answer of 1 stands for anything below 1.5), or at once with no personal baseline yet. A
 *   severe value that is this client's ordinary bad day waits for the mean like any other.
 *
 * Worse (per the item's `direction`) is `attention`; better is `info` (lasting only), so good
 * news reaches the session too. Consecutive values that qualify form one episode: the flag's
 * id and `raisedAt` come from its first value, so an acknowledgement holds while the shift
 * lasts and a new shift after a return to usual is a new flag. At most one flag per client,
 * tracked item and direction: the latest episode with a value in the last
 * `moodShiftLookbackDays` days. Metrics and evidence describe the episode's first value: the
 * baseline (c as `baseline`, s as `spread`, t as `threshold`, the usual range as its 10th–90th
 * percentiles `usualLow`–`usualHigh`) and the latest values of the episode (`shifted-value`).
 *
 * Why these defaults: on a simulated caseload with realistic noise (mood SD ≈ 0.75 on 1–5,
 * distress SD ≈ 1.5 on 0–10, per-client variability, day-to-day autocorrelation; see
 * `@interlude/core/testing`), one value a fifth of the scale from the last week's mean
 * flagged stable clients about once a week each; this rule flags them about once in 18
 * weeks and still catches ≥ 95 % of 5–7-day spells of mood 1.5 lower and distress 4 higher.
 *
 * @internal
 * @module
 */
import { numericAnswer, type TimedSubmission, type TrackedItem } from './caseload.js';
import type { DraftFlag, FlagRule } from './context.js';
import type { FlagEvidence } from './flag.js';
import type { ResolvedFlagOptions } from './options.js';
import { mean, quantileOfSorted } from './statistics.js';

interface Point {
  timed: TimedSubmission;
  value: number;
}

interface Series {
  itemId: string;
  /** +1 when higher is worse, −1 when higher is better: `(value − centre) × worseSign > 0` is worse. */
  worseSign: 1 | -1;
  scale: TrackedItem;
  /** The series' values and their submissions, side by side (no object per value). */
  timed: TimedSubmission[];
  values: number[];
  /** {@link baselineAt} by index, worked out once. */
  baselines: Map<number, Baseline | undefined>;
}

/** The client's baseline at one value: the points `[start, end)` of its series. */
interface Baseline {
  start: number;
  end: number;
  centre: number;
  spread: number;
  threshold: number;
}

type Direction = 'worse' | 'better';

/** Floating-point slack so a move of exactly the threshold counts (0.2 × 6 is 1.2000000000000002). */
const EPSILON = 1e-9;
/** How many of an episode's latest values its evidence shows. */
const SHOWN = 7;

export const moodShiftFlags: FlagRule = (client, context) => {
  const { options } = context;
  const cutoff = context.daysBeforeNow(options.moodShiftLookbackDays, client.timeZone).ms;
  const reach = moodShiftReach(options);
  // Newest first: every value inside the lookback, plus up to `reach` before it; a series with
  // no value inside the lookback is never started, and the scan stops once all are served.
  const series = new Map<string, Series & { before: number }>();
  let unserved = 0;
  for (let index = client.completed.length - 1; index >= 0; index -= 1) {
    const timed = client.completed[index] as TimedSubmission;
    const inside = timed.at > cutoff;
    if (!inside && unserved === 0) break;
    const { submission } = timed;
    if (submission.activity.kind !== 'check-in') continue;
    const template = context.definitions.checkIn(submission.activity);
    if (template === undefined) continue;
    const { items, keys } = context.definitions.trackedSeries(template);
    for (let position = 0; position < items.length; position += 1) {
      const scale = items[position] as TrackedItem;
      const value = numericAnswer(submission, scale.item.id, scale.min, scale.max);
      if (value === undefined) continue;
      const key = keys[position] as string;
      let entry = series.get(key);
      if (entry === undefined) {
        if (!inside) continue;
        entry = {
          itemId: scale.item.id,
          worseSign: scale.tracked.direction === 'higher-is-worse' ? 1 : -1,
          scale,
          timed: [],
          values: [],
          baselines: new Map(),
          before: 0,
        };
        series.set(key, entry);
        unserved += 1;
      }
      if (!inside) {
        if (entry.before >= reach) continue;
        entry.before += 1;
        if (entry.before === reach) unserved -= 1;
      }
      entry.timed.push(timed);
      entry.values.push(value);
    }
  }

  const flags: DraftFlag[] = [];
  for (const key of [...series.keys()].sort()) {
    const entry = series.get(key) as Series;
    entry.timed.reverse();
    entry.values.reverse();
    const inside = (index: number) => (entry.timed[index] as TimedSubmission).at > cutoff;
    for (const direction of ['worse', 'better'] as const) {
      // The latest qualifying value inside the lookback, then back to where its episode began.
      let last = entry.values.length - 1;
      while (last >= 0 && inside(last) && !qualifies(entry, last, direction, options)) last -= 1;
      if (last < 0 || !inside(last)) continue;
      let first = last;
      while (first > 0 && qualifies(entry, first - 1, direction, options)) first -= 1;
      flags.push(shiftFlag(client.clientId, entry, direction, first, last, options));
    }
  }
  return flags;
};

/**
 * How many values of a series before the lookback an episode starting there, and its
 * baseline, may need: a count, not a time.
 */
export function moodShiftReach(options: ResolvedFlagOptions): number {
  return 2 * options.moodShiftBaselineSize + options.moodShiftWindow - 1;
}

/** Whether the value at `index` belongs to a shift the given way (see the module notes). */
function qualifies(
  entry: Series,
  index: number,
  direction: Direction,
  options: ResolvedFlagOptions,
): boolean {
  const value = entry.values[index] as number;
  const baseline = baselineAt(entry, index, options);
  if (baseline === undefined) return direction === 'worse' && isSevere(entry, value, options);
  const sign = direction === 'worse' ? entry.worseSign : -entry.worseSign;
  if (direction === 'worse' && severeAtOnce(entry, value, baseline, options)) return true;
  if ((value - baseline.centre) * sign < floorOf(entry, options) - EPSILON) return false;
  if (index + 1 < options.moodShiftWindow) return false;
  // The mean of the window's values, summed in order as `mean` does (without copying them).
  let sum = 0;
  for (let at = index - options.moodShiftWindow + 1; at <= index; at += 1) sum += entry.values[at] as number;
  return (sum / options.moodShiftWindow - baseline.centre) * sign >= baseline.threshold - EPSILON;
}

/** A severe value far enough from this client's centre to count on its own. */
function severeAtOnce(
  entry: Series,
  value: number,
  baseline: Baseline,
  options: ResolvedFlagOptions,
): boolean {
  if (!isSevere(entry, value, options)) return false;
  const halfStep = (entry.scale.item.kind === 'slider' ? entry.scale.item.step : 1) / 2;
  const needed = Math.max(options.moodShiftSevereSpread * baseline.spread, baseline.threshold);
  return (value - baseline.centre) * entry.worseSign - halfStep >= needed - EPSILON;
}

/** In the worst `1 − moodShiftSevere` of the scale. */
function isSevere(entry: Series, value: number, options: ResolvedFlagOptions): boolean {
  if (options.moodShiftSevere === null) return false;
  const { min, max } = entry.scale;
  const towardWorse = entry.worseSign === 1 ? value - min : max - value;
  return towardWorse >= options.moodShiftSevere * (max - min) - EPSILON;
}

function floorOf(entry: Series, options: ResolvedFlagOptions): number {
  return options.moodShiftThreshold * (entry.scale.max - entry.scale.min);
}

/**
 * The baseline of the value at `index`: the B values before its window, or none when too few.
 * Mean and SD are `mean` and `standardDeviation` of those values, summed in the same order over
 * the series in place (no copy per value tested), so every bit of the result is theirs.
 */
function baselineAt(entry: Series, index: number, options: ResolvedFlagOptions): Baseline | undefined {
  if (entry.baselines.has(index)) return entry.baselines.get(index);
  const end = Math.max(0, index - options.moodShiftWindow + 1);
  const start = Math.max(0, end - options.moodShiftBaselineSize);
  const count = end - start;
  let baseline: Baseline | undefined;
  if (count >= options.moodShiftMinBaseline) {
    const { values } = entry;
    let sum = 0;
    for (let at = start; at < end; at += 1) sum += values[at] as number;
    const centre = sum / count;
    let spread = 0;
    if (count >= 2) {
      let squares = 0;
      for (let at = start; at < end; at += 1) squares += ((values[at] as number) - centre) ** 2;
      spread = Math.sqrt(squares / (count - 1));
    }
    baseline = {
      start,
      end,
      centre,
      spread,
      threshold: Math.max(options.moodShiftSpread * spread, floorOf(entry, options)),
    };
  }
  entry.baselines.set(index, baseline);
  return baseline;
}

function shiftFlag(
  clientId: string,
  entry: Series,
  direction: Direction,
  first: number,
  last: number,
  options: ResolvedFlagOptions,
): DraftFlag {
  const { itemId, scale } = entry;
  // Points only for what the flag reports.
  const pointAt = (index: number): Point => ({
    timed: entry.timed[index] as TimedSubmission,
    value: entry.values[index] as number,
  });
  const points = (from: number, to: number): Point[] =>
    Array.from({ length: Math.max(0, to - from) }, (_, offset) => pointAt(from + offset));
  const start = pointAt(first);
  const baseline = baselineAt(entry, first, options);
  // The episode's values from the first in its first window that moved at least the floor, the latest few.
  const sign = direction === 'worse' ? entry.worseSign : -entry.worseSign;
  const span = points(Math.max(0, first - options.moodShiftWindow + 1), last + 1);
  const from = span.findIndex(
    (point) =>
      baseline === undefined || (point.value - baseline.centre) * sign >= floorOf(entry, options) - EPSILON,
  );
  const shown = span.slice(Math.max(0, from)).slice(-SHOWN);
  const latest = pointAt(last);
  const severe =
    direction === 'worse' &&
    isSevere(entry, start.value, options) &&
    (baseline === undefined || severeAtOnce(entry, start.value, baseline, options));
  // Raised by one severe value: that value is the evidence, not the days around it.
  const moved = severe && first === last ? [start] : shown;
  const evidence = (role: FlagEvidence['role'], { timed, value }: Point): FlagEvidence => ({
    role,
    at: timed.submission.submittedAt,
    value,
    submissionId: timed.submission.id,
    assignmentId: timed.submission.assignmentId,
    activity: timed.submission.activity,
    itemId,
  });
  const baselinePoints = baseline === undefined ? [] : points(baseline.start, baseline.end);
  const numbers = baselinePoints.map((point) => point.value);
  const sorted = [...numbers].sort((a, b) => a - b); // once for both quantiles
  const step = scale.item.kind === 'slider' ? scale.item.step : 1;
  const onScale = (value: number) => scale.min + Math.round((value - scale.min) / step) * step;
  const movedMean = mean(moved.map((point) => point.value));
  const isWorse = direction === 'worse';
  return {
    id: `mood-shift:${clientId}:${start.timed.submission.id}:${itemId}`,
    kind: 'mood-shift',
    severity: isWorse ? 'attention' : 'info',
    reason: isWorse ? 'shift-worse' : 'shift-better',
    clientId,
    raisedAt: start.timed.submission.submittedAt,
    activity: start.timed.submission.activity,
    itemId,
    metrics: {
      value: latest.value,
      mean: movedMean,
      baseline: baseline?.centre ?? null,
      difference: baseline === undefined ? null : movedMean - baseline.centre,
      threshold: baseline?.threshold ?? null,
      spread: baseline?.spread ?? null,
      usualLow: baseline === undefined ? null : onScale(quantileOfSorted(sorted, 0.1)),
      usualHigh: baseline === undefined ? null : onScale(quantileOfSorted(sorted, 0.9)),
      baselineValues: numbers.length,
      severe: severe ? 1 : 0,
    },
    evidence: [
      ...baselinePoints.map((point) => evidence('baseline-value', point)),
      ...moved.map((point) => evidence('shifted-value', point)),
    ],
  };
}
