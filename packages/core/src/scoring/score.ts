/**
 * A scored measure response, as `scoreMeasure` returns it and as it is stored with a submission.
 *
 * @module
 */
import * as z from 'zod/mini';
import { DefinitionIdSchema, VersionSchema } from '../definitions/common.js';
import { parse } from '../parse.js';

/** Why a response has no total. */
export const UNSCORABLE_REASONS = ['too-many-missing-items'] as const;

/** `'too-many-missing-items'`: more scored items unanswered than the instrument's missing-item rule allows. */
export type UnscorableReason = (typeof UNSCORABLE_REASONS)[number];

/** Schema for {@link Score}. */
export const ScoreSchema = z
  .object({
    /** The measure and the version that was answered and scored. */
    measure: z.object({ id: DefinitionIdSchema, version: VersionSchema }),
    /** The raw total (prorated ones keep their fraction), or `null` when unscorable. */
    total: z.nullable(z.number()),
    /** Id of the severity band of the total (rounded half up), or `null` when unscorable. */
    band: z.nullable(z.string().check(z.minLength(1))),
    /** Whether the total was scaled up from fewer answered items. */
    prorated: z.boolean(),
    /** Set exactly when `total` is `null`. */
    unscorableReason: z.nullable(z.enum(UNSCORABLE_REASONS)),
    /** Scored items left unanswered, in form order. */
    missingItemIds: z.array(z.string()),
    /** Risk items answered at or above their threshold, in form order. */
    riskItemIds: z.array(z.string()),
    /** Risk items left unanswered, in form order: unknown risk, never "no risk". */
    unansweredRiskItemIds: z.array(z.string()),
    /** `total × multiplier` for measures that define a percentage (WHO-5); absent otherwise. */
    percentage: z.optional(z.nullable(z.number())),
    /** The measure's extra flag rules by id (WHO-5: `likelyDepression`, `anyItemAnsweredZeroOrOne`). */
    flags: z.record(z.string(), z.boolean()),
  })
  .check(
    z.superRefine((score, ctx) => {
      const unscorable = score.total === null;
      if ((score.band === null) !== unscorable) {
        ctx.addIssue({
          code: 'custom',
          message: 'must be null exactly when the total is null',
          path: ['band'],
        });
      }
      if ((score.unscorableReason === null) === unscorable) {
        ctx.addIssue({
          code: 'custom',
          message: 'must be set exactly when the total is null',
          path: ['unscorableReason'],
        });
      }
      if (unscorable && score.prorated) {
        ctx.addIssue({
          code: 'custom',
          message: 'an unscorable response is never prorated',
          path: ['prorated'],
        });
      }
      if (unscorable && typeof score.percentage === 'number') {
        ctx.addIssue({
          code: 'custom',
          message: 'must be null when the total is null',
          path: ['percentage'],
        });
      }
    }),
  );

/** A scored (or unscorable) measure response with its risk findings. */
export type Score = z.output<typeof ScoreSchema>;

/**
 * Validates a stored score.
 *
 * @throws {@link ValidationError} listing every problem with its path.
 * @example
 * ```ts
 * const score = parseScore(record.score);
 * if (score.riskItemIds.length > 0) raiseRiskFlag(score);
 * ```
 */
export function parseScore(input: unknown): Score {
  return parse(ScoreSchema, input, 'score');
}
