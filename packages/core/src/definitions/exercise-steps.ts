/**
 * What an exercise's steps say, read without validating them: the part fields and roles, the
 * step kinds that take answers, which steps are shown for the answers so far, and a
 * reflection's text. Kept apart from the schemas in `exercise.ts` (which re-exports all of
 * this), so a player that gets its definitions checked elsewhere does not bundle zod.
 *
 * @module
 */
import type { LocalizedText } from './common.js';
import type { ExerciseAnswers, ExerciseDefinition, ExerciseStep } from './exercise.js';
import { localizedText } from './localized-text.js';
import { answerMeets, isAnswered } from './answer-tests.js';

/** Roles an IFS part can play, plus `unsure` so the client never has to force a label. */
export const PART_ROLES = ['manager', 'firefighter', 'exile', 'unsure'] as const;

/** `'manager' | 'firefighter' | 'exile' | 'unsure'`. */
export type PartRole = (typeof PART_ROLES)[number];

/** What the client can say about each part; the answer has one column per field (see the module table). */
export const PART_FIELDS = ['name', 'role', 'body', 'feeling', 'needs', 'note'] as const;

/** `'name' | 'role' | 'body' | 'feeling' | 'needs' | 'note'`. */
export type PartField = (typeof PART_FIELDS)[number];

/** @internal Matches `{stepId}` placeholders in a reflection template. */
export const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_-]{0,63})\}/g;

/** Step kinds that record an answer, and so can be quoted or used in a condition. */
export const ANSWER_STEP_KINDS = [
  'prompt',
  'rating',
  'choice',
  'card-sort',
  'list-builder',
  'parts-map',
] as const;

/**
 * The steps to show given the answers so far: a step with a condition shows only if the
 * step it looks at is shown and its answer meets the condition (so stale answers of a
 * hidden step never reveal anything).
 *
 * @example
 * ```ts
 * const steps = visibleSteps(exercise, { 'feel-toward': 'blended' });
 * ```
 */
export function visibleSteps(
  definition: Pick<ExerciseDefinition, 'steps'>,
  answers: ExerciseAnswers,
): ExerciseStep[] {
  const shown = new Set<string>();
  const result: ExerciseStep[] = [];
  for (const step of definition.steps) {
    const condition = step.condition;
    if (condition && !(shown.has(condition.stepId) && answerMeets(answers[condition.stepId], condition)))
      continue;
    shown.add(step.id);
    result.push(step);
  }
  return result;
}

/**
 * Fills a reflection step's template with the quoted answers as plain text: choice ids
 * become labels, lists are joined, a card sort lists each pile, a parts map lists the
 * parts' names; an unanswered step reads as `…`.
 *
 * @example
 * ```ts
 * reflectionText(exercise, 'summary', { situation: 'Meeting ran late', thought: 'I always mess up' }, 'en');
 * // 'When "Meeting ran late", the thought was "I always mess up".'
 * ```
 */
export function reflectionText(
  definition: Pick<ExerciseDefinition, 'steps'>,
  stepId: string,
  answers: ExerciseAnswers,
  locale: string,
): string {
  const step = definition.steps.find((candidate) => candidate.id === stepId);
  if (step?.kind !== 'reflection') return '';
  return localizedText(step.template, locale).replace(PLACEHOLDER, (placeholder, id: string) => {
    const quoted = definition.steps.find((candidate) => candidate.id === id);
    if (!quoted || !step.quotes.includes(id)) return placeholder;
    const answer = answers[id];
    return isAnswered(answer) ? formatAnswer(quoted, answer, locale) : '…';
  });
}

function formatAnswer(step: ExerciseStep, answer: unknown, locale: string): string {
  const label = (entries: readonly { id: string; label: LocalizedText }[], id: unknown): string => {
    const entry = entries.find((candidate) => candidate.id === id);
    return entry ? localizedText(entry.label, locale) : String(id);
  };
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);
  const filled = (values: readonly string[]) => values.filter((value) => value.trim().length > 0).join(', ');
  switch (step.kind) {
    case 'choice':
      return list(answer)
        .map((id) => label(step.options, id))
        .join(', ');
    case 'card-sort':
      return step.piles
        .filter((pile) => isAnswered((answer as Record<string, unknown>)[pile.id]))
        .map((pile) => {
          const cards = list((answer as Record<string, unknown>)[pile.id]).map((id) => label(step.cards, id));
          return `${localizedText(pile.label, locale)}: ${cards.join(', ')}`;
        })
        .join('; ');
    case 'list-builder':
      return filled(Array.isArray(answer) ? answer.map(String) : tableColumn(answer, 'text'));
    case 'parts-map':
      // Before parts maps were tables, a part was an object with a name: still read.
      return filled(
        Array.isArray(answer)
          ? answer.map((part) =>
              typeof part === 'object' && part !== null && 'name' in part ? String(part.name) : '',
            )
          : tableColumn(answer, 'name'),
      );
    default:
      return list(answer).map(String).join(', ');
  }
}

/** One column of a table answer as strings (`[]` when missing or not a table). */
function tableColumn(answer: unknown, column: string): string[] {
  const values =
    typeof answer === 'object' && answer !== null ? (answer as Record<string, unknown>)[column] : [];
  return Array.isArray(values) ? values.map(String) : [];
}
