/**
 * Thresholds of the flag engine, with documented defaults.
 *
 * @module
 */
import * as z from 'zod/mini';
import { ACTIVITY_KINDS } from '../definitions/common.js';
import { parse } from '../parse.js';

const count = (min: number) => z.optional(z.int().check(z.gte(min), z.lte(10_000)));

/** Schema for {@link FlagOptions}. */
export const FlagOptionsSchema = z.object({
  /**
   * `deterioration`: what a score is compared with. `'baseline'` is the client's baseline on
   * the measure (the mean of their first `deteriorationBaselineSize` scores), `'previous'` the
   * score just before a rise. With both, the baseline is tried first and at most one flag is
   * raised per client and measure.
   */
  deteriorationReferences: z.optional(z.array(z.enum(['baseline', 'previous'])).check(z.maxLength(2))),
  /**
   * `deterioration`: how many of the client's first scorable scores on a measure the baseline
   * is the mean of (fewer while fewer exist before the score being tested).
   */
  deteriorationBaselineSize: z.optional(z.int().check(z.gte(1), z.lte(10))),
  /**
   * `deterioration`, `'previous'`: a rise of the reliable-change threshold over the previous
   * score is flagged only when the next score is still that far above it (so one noisy low
   * week followed by an ordinary one is not a deterioration).
   */
  deteriorationConfirmPrevious: z.optional(z.boolean()),
  /** `mood-shift`: how many values before the latest `moodShiftWindow` the client's baseline is taken from. */
  moodShiftBaselineSize: count(1),
  /** `mood-shift`: with fewer baseline values than this there is no personal baseline (only `moodShiftSevere` applies). */
  moodShiftMinBaseline: count(1),
  /**
   * `mood-shift`: the personal threshold, in the client's own standard deviations (of the
   * baseline values): the mean of the latest `moodShiftWindow` values must be at least this
   * many SDs from the baseline mean. `0` leaves only the `moodShiftThreshold` floor.
   */
  moodShiftSpread: z.optional(z.number().check(z.gte(0), z.lte(10))),
  /**
   * `mood-shift`: the smallest move that counts, as a share of the item's scale (slider
   * `max − min`, mood `points − 1`), whatever the client's own variability: a floor under the
   * personal threshold, and how far the latest value itself must have moved.
   */
  moodShiftThreshold: z.optional(z.number().check(z.positive(), z.lte(1))),
  /** `mood-shift`: how many of the latest values must have moved on average (1: a single value decides). */
  moodShiftWindow: z.optional(z.int().check(z.gte(1), z.lte(14))),
  /**
   * `mood-shift`: a single value at least this share of the scale toward its worse end
   * (distress ≥ 8 of 10; mood at the worst point of a 5-point scale) raises `attention` at
   * once, without waiting for the window, when it is also `moodShiftSevereSpread` SDs from the
   * client's mean, or when there is no personal baseline yet. `null`: never at once.
   */
  moodShiftSevere: z.optional(z.nullable(z.number().check(z.positive(), z.lte(1)))),
  /** `mood-shift`: how many of the client's SDs a severe value must be from their mean to count at once. */
  moodShiftSevereSpread: z.optional(z.number().check(z.gte(0), z.lte(10))),
  /** `mood-shift`: only values submitted in the last this-many days (in the client's zone) can raise a flag. */
  moodShiftLookbackDays: count(1),
  /** `non-engagement`: days (in the client's zone) without any completed submission. */
  nonEngagementDays: count(1),
  /** `non-engagement`: missed occurrences in a row, over all the client's active assignments. */
  nonEngagementMissedInARow: count(1),
  /** `non-engagement`: how many days back occurrences are expanded to find missed ones. */
  nonEngagementLookbackDays: count(1),
  /** `completion`: completions in the last this-many days raise an info flag (one per assignment). */
  completionLookbackDays: count(1),
  /** `completion`: which kinds of activity raise completion flags (empty: none). */
  completionKinds: z.optional(z.array(z.enum(ACTIVITY_KINDS))),
  /** `overload`: more new exercise assignments than this within 7 days raises a flag. */
  overloadMaxNewExercises: count(0),
});

/** Thresholds of {@link computeFlags}; every field is optional and falls back to {@link DEFAULT_FLAG_OPTIONS}. */
export type FlagOptions = z.input<typeof FlagOptionsSchema>;

/** {@link FlagOptions} with every field filled in. */
export type ResolvedFlagOptions = Readonly<Required<z.output<typeof FlagOptionsSchema>>>;

/**
 * The defaults, and why. The `mood-shift` and `deterioration` ones were chosen on the caseload
 * simulator in `@interlude/core/testing` (realistic noise, planted events; see
 * `measureFlagCalibration` and `docs/model.md`): with them, stable clients get about 0.09
 * attention flags per client-week (about one flag in 11 weeks), and at least 95 % of planted
 * deteriorations, mood shifts and lapses, and every risk answer, are flagged within 7 days.
 *
 * | option | default | why |
 * | --- | --- | --- |
 * | `deteriorationReferences` | `['baseline', 'previous']` | a rise from where therapy began, and a relapse after improvement |
 * | `deteriorationBaselineSize` | 3 | the first three administrations (the intake weeks); their mean has a smaller error than one score, so one unlucky first score neither hides a rise nor fakes one |
 * | `deteriorationConfirmPrevious` | `true` | a rise from one score to the next is noise as often as not (GAD-7: ~1 in 30 weeks for a stable client); a second score confirms it |
 * | `moodShiftBaselineSize` | 28 | four weeks of daily check-ins: a steady estimate of the client's usual level and spread |
 * | `moodShiftMinBaseline` | 7 | a week of values before a personal threshold is trusted |
 * | `moodShiftSpread` | 1.6 | for the mean of 4 values, ~2.6 × its own noise (with day-to-day autocorrelation): chosen on the simulator as the most sensitive value that keeps stable clients under 0.1 flags a week |
 * | `moodShiftThreshold` | 0.25 | never less than a quarter of the scale (1 point of mood on 1–5, 2.5 of distress on 0–10), however steady the client |
 * | `moodShiftWindow` | 4 | a shift has to last about 4 check-ins; the mean of 4 halves a single value's noise |
 * | `moodShiftSevere` | 0.8 | distress ≥ 8 of 10, mood at the bottom of a 5-point scale: at once, unless that is this client's ordinary bad day |
 * | `moodShiftSevereSpread` | 3 | "not ordinary" is 3 of the client's SDs from their mean (after half a step for rounding) |
 * | `moodShiftLookbackDays` | 7 | about one session interval |
 * | `nonEngagementDays` | 7 | a whole week with nothing done |
 * | `nonEngagementMissedInARow` | 3 | three due items in a row not done |
 * | `nonEngagementLookbackDays` | 28 | enough history for the run, bounded work |
 * | `completionLookbackDays` | 7 | "since last week's session" |
 * | `completionKinds` | `['exercise', 'measure']` | daily check-ins would be noise; they show in adherence instead |
 * | `overloadMaxNewExercises` | 2 | practitioners saw clients overwhelmed past a couple of new exercises a week |
 */
export const DEFAULT_FLAG_OPTIONS: ResolvedFlagOptions = Object.freeze<ResolvedFlagOptions>({
  deteriorationReferences: ['baseline', 'previous'],
  deteriorationBaselineSize: 3,
  deteriorationConfirmPrevious: true,
  moodShiftBaselineSize: 28,
  moodShiftMinBaseline: 7,
  moodShiftSpread: 1.6,
  moodShiftThreshold: 0.25,
  moodShiftWindow: 4,
  moodShiftSevere: 0.8,
  moodShiftSevereSpread: 3,
  moodShiftLookbackDays: 7,
  nonEngagementDays: 7,
  nonEngagementMissedInARow: 3,
  nonEngagementLookbackDays: 28,
  completionLookbackDays: 7,
  completionKinds: ['exercise', 'measure'],
  overloadMaxNewExercises: 2,
});

/**
 * Validates options and fills in the defaults.
 *
 * @throws {@link ValidationError} naming the option that is out of range.
 * @internal
 */
export function resolveFlagOptions(options: FlagOptions = {}): ResolvedFlagOptions {
  const parsed = parse(FlagOptionsSchema, options, 'flag options');
  const resolved: Record<string, unknown> = { ...DEFAULT_FLAG_OPTIONS };
  for (const [key, value] of Object.entries(parsed)) if (value !== undefined) resolved[key] = value;
  return resolved as ResolvedFlagOptions;
}
