/**
 * Micro-feedback: the brief reflection a client sees right after a check-in, chosen by
 * rules that are data in the template. Also home to the answer conditions those rules
 * share with exercise steps (`{ op, value }` tested against one answer).
 *
 * @module
 */
import * as z from 'zod/mini';
import { LocalizedTextSchema } from './common.js';

// Import these from answer-tests.js inside core: this module's schemas stay in esbuild bundles.
export { answerMeets, isAnswered, microFeedback, type AnswerComparison } from './answer-tests.js';

/**
 * How a condition tests one answer:
 * - `answered` — anything was given (a non-blank string, a number, a non-empty list);
 * - `gte` / `lte` — the answer is a number at least / at most `value`;
 * - `eq` — the answer equals `value`; for a multiple choice (a list of option ids), it includes `value`.
 */
export const CONDITION_OPS = ['answered', 'gte', 'lte', 'eq'] as const;

/** `'answered' | 'gte' | 'lte' | 'eq'`. */
export type ConditionOp = (typeof CONDITION_OPS)[number];

/** The test part of a condition, without saying which answer it looks at. */
export const comparisonShapes = {
  answered: { op: z.literal('answered') },
  range: { op: z.enum(['gte', 'lte']), value: z.number().check(z.refine(Number.isFinite, 'must be finite')) },
  eq: { op: z.literal('eq'), value: z.union([z.number(), z.string().check(z.minLength(1))]) },
};

/** Schema for {@link MicroFeedbackCondition}. */
export const MicroFeedbackConditionSchema = z.discriminatedUnion('op', [
  z.object({ itemId: z.string(), ...comparisonShapes.answered }),
  z.object({ itemId: z.string(), ...comparisonShapes.range }),
  z.object({ itemId: z.string(), ...comparisonShapes.eq }),
]);

/** A test on one check-in item's answer, e.g. `{ itemId: 'distress', op: 'gte', value: 8 }`. */
export type MicroFeedbackCondition = z.output<typeof MicroFeedbackConditionSchema>;

/** Schema for {@link MicroFeedbackRule}. */
export const MicroFeedbackRuleSchema = z.object({
  when: MicroFeedbackConditionSchema,
  message: LocalizedTextSchema,
});

/** Show `message` when `when` holds. */
export type MicroFeedbackRule = z.output<typeof MicroFeedbackRuleSchema>;

/** Schema for {@link MicroFeedback}. */
export const MicroFeedbackSchema = z.object({
  /** Tried in order; the first that matches wins, so put the most specific (e.g. high distress) first. */
  rules: z.array(MicroFeedbackRuleSchema).check(z.maxLength(20)),
  /** Shown when no rule matches, so the client always gets a word back. */
  default: LocalizedTextSchema,
});

/**
 * A check-in's micro-feedback: ordered rules plus a default. Messages are plain text,
 * never HTML, and should normalise and support — never shame or score the client.
 */
export type MicroFeedback = z.output<typeof MicroFeedbackSchema>;
