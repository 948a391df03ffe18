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
   * `deterioration`: what the latest score is compared with. `'baseline'` is the client's first
   * scorable score on the measure, `'previous'` the score just before the latest. With both, the
   * baseline is tried first and at most one flag is raised per client and measure.
   */
  deteriorationReferences: z.optional(z.array(z.enum(['baseline', 'previous'])).check(z.maxLength(2))),
  /** `mood-shift`: how many preceding values the baseline is the mean of. */
  moodShiftBaselineSize: count(1),
  /** `mood-shift`: with fewer preceding values than this there is no baseline (so no flag). */
  moodShiftMinBaseline: count(1),
  /**
   * `mood-shift`: how far a value must move from the baseline mean, as a share of the item's
   * scale (slider `max − min`, mood `points − 1`). A move of at least this much raises a flag.
   */
  moodShiftThreshold: z.optional(z.number().check(z.positive(), z.lte(1))),
  /** `mood-shift`: only values submitted in the last this-many days (in the client's zone) are looked at. */
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
 * The defaults, and why:
 *
 * | option | default | why |
 * | --- | --- | --- |
 * | `deteriorationReferences` | `['baseline', 'previous']` | catches slow drift and sudden drops; the instrument's own reliable-change threshold decides |
 * | `moodShiftBaselineSize` | 7 | a week of daily check-ins |
 * | `moodShiftMinBaseline` | 3 | a mean of fewer values is mostly noise |
 * | `moodShiftThreshold` | 0.2 | a fifth of the scale: 2 points on a 0–10 slider, 1 step on a 5-point mood scale (0.8, rounded up by whole answers) |
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
  moodShiftBaselineSize: 7,
  moodShiftMinBaseline: 3,
  moodShiftThreshold: 0.2,
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
