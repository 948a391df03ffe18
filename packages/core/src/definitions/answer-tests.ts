/**
 * Tests on answers, without the schemas: whether something was answered, whether an answer
 * meets a condition, and which micro-feedback message a check-in's rules pick. Elements import
 * these without the zod schemas of `micro-feedback.ts`, which esbuild cannot drop.
 *
 * @module
 */
import { localizedText } from './localized-text.js';
import type { CheckInAnswers, CheckInTemplate } from './check-in.js';

/** A condition's test without the reference to the answer: `{ op, value? }`. */
export type AnswerComparison =
  | { readonly op: 'answered' }
  | { readonly op: 'gte' | 'lte'; readonly value: number }
  | { readonly op: 'eq'; readonly value: number | string };

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
