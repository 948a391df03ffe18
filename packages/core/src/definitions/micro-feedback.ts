/**
 * Micro-feedback: the brief reflection a client sees right after a check-in, chosen by
 * rules that are data in the template. Also home to the answer conditions those rules
 * share with exercise steps (`{ op, value }` tested against one answer).
 *
 * @module
 */
import * as z from 'zod/mini';
import { LocalizedTextSchema, localizedText } from './common.js';
import type { CheckInAnswers, CheckInTemplate } from './check-in.js';

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

/** A condition's test without the reference to the answer: `{ op, value? }`. */
export type AnswerComparison =
  | { readonly op: 'answered' }
  | { readonly op: 'gte' | 'lte'; readonly value: number }
  | { readonly op: 'eq'; readonly value: number | string };

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

/**
 * Whether `answer` passes `comparison`. Unanswered (`undefined`, `null`, blank text, empty
 * list) fails every op; numeric ops fail on non-numbers rather than coercing.
 *
 * @example
 * ```ts
 * answerMeets(8, { op: 'gte', value: 7 }); // true
 * answerMeets(['sleep', 'work'], { op: 'eq', value: 'work' }); // true
 * answerMeets('  ', { op: 'answered' }); // false
 * ```
 */
export function answerMeets(answer: unknown, comparison: AnswerComparison): boolean {
  if (!isAnswered(answer)) return false;
  switch (comparison.op) {
    case 'answered':
      return true;
    case 'gte':
      return typeof answer === 'number' && answer >= comparison.value;
    case 'lte':
      return typeof answer === 'number' && answer <= comparison.value;
    case 'eq':
      return Array.isArray(answer) ? answer.includes(comparison.value) : answer === comparison.value;
  }
}

/**
 * Whether a client gave any answer: not `undefined`/`null`, not blank text, not an empty
 * list or object, not `NaN`.
 *
 * @example
 * ```ts
 * isAnswered(0); // true — zero is an answer
 * isAnswered(''); // false
 * ```
 */
export function isAnswered(answer: unknown): boolean {
  if (answer === undefined || answer === null) return false;
  if (typeof answer === 'string') return answer.trim().length > 0;
  if (typeof answer === 'number') return !Number.isNaN(answer);
  if (Array.isArray(answer)) return answer.length > 0;
  if (typeof answer === 'object') return Object.keys(answer).length > 0;
  return true;
}

/**
 * Picks the message to show after a check-in: the first rule whose condition holds for
 * the client's answers, else the default, in `locale` (falling back as {@link localizedText} does).
 * Pure: the same template and answers always give the same text.
 *
 * @example
 * ```ts
 * const text = microFeedback(template, { mood: 2, distress: 9 }, 'de');
 * // the first matching message, e.g. the gentle pointer to the coping plan for high distress
 * ```
 */
export function microFeedback(template: CheckInTemplate, answers: CheckInAnswers, locale: string): string {
  const rule = template.feedback.rules.find(({ when }) => answerMeets(answers[when.itemId], when));
  return localizedText(rule?.message ?? template.feedback.default, locale);
}
