/**
 * Reading and changing the structured answers of exercise steps, so a player only renders:
 * tables (a list builder with fields, a parts map), a card sort's piles, and list order.
 * Every function is pure and returns new values; the inputs are never changed.
 *
 * @module
 */
import type { AnswerValue } from '../model/submission.js';
import type { ExerciseStep } from './exercise.js';
import { PART_FIELDS } from './exercise-steps.js';

type Step<K extends ExerciseStep['kind']> = Extract<ExerciseStep, { kind: K }>;

/** One entry of a table answer: a value per column, `''` where nothing was given. */
export type TableRow = Record<string, string>;

/** A card sort's answer: card ids per pile id, each pile in the client's order. */
export type CardSortAnswer = Record<string, string[]>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A table answer (one list per column) as rows. Missing or non-text cells read as `''`;
 * the longest column decides how many rows there are.
 *
 * @example
 * ```ts
 * tableRows({ name: ['Critic', 'Planner'], role: ['manager'] }, ['name', 'role']);
 * // [{ name: 'Critic', role: 'manager' }, { name: 'Planner', role: '' }]
 * ```
 */
export function tableRows(answer: unknown, columns: readonly string[]): TableRow[] {
  if (!isRecord(answer)) return [];
  const lists = columns.map((column) => {
    const values = answer[column];
    return Array.isArray(values) ? values : [];
  });
  const length = Math.max(0, ...lists.map((list) => list.length));
  return Array.from({ length }, (_, row) =>
    Object.fromEntries(
      columns.map((column, index) => {
        const cell = lists[index]?.[row];
        return [column, typeof cell === 'string' ? cell : ''];
      }),
    ),
  );
}

/**
 * Rows back to a table answer (one list per column), or `undefined` when there are no
 * rows, so "nothing written" is no answer at all.
 */
export function tableAnswer(
  rows: readonly TableRow[],
  columns: readonly string[],
): Record<string, string[]> | undefined {
  if (rows.length === 0) return undefined;
  return Object.fromEntries(columns.map((column) => [column, rows.map((row) => row[column] ?? '')]));
}

/** The columns of a list builder's entries: `text`, then each field's id. */
export function listColumns(step: Step<'list-builder'>): string[] {
  return ['text', ...(step.fields ?? []).map((field) => field.id)];
}

/** A list builder's entries as rows (`text` plus each field), whether the answer is a plain list or a table. */
export function listEntries(step: Step<'list-builder'>, answer: unknown): TableRow[] {
  if (Array.isArray(answer)) return answer.map((text) => ({ text: typeof text === 'string' ? text : '' }));
  return tableRows(answer, listColumns(step));
}

/** The answer for a list builder's entries: a plain list without fields, a table with them. */
export function listAnswer(
  step: Step<'list-builder'>,
  entries: readonly TableRow[],
): AnswerValue | undefined {
  if (entries.length === 0) return undefined;
  if (!step.fields) return entries.map((entry) => entry['text'] ?? '');
  return tableAnswer(entries, listColumns(step));
}

/** A parts map's parts as rows, one column per {@link PART_FIELDS} entry. */
export function partsOf(answer: unknown): TableRow[] {
  return tableRows(answer, PART_FIELDS);
}

/** The answer for a parts map's parts, or `undefined` when there are none. */
export function partsAnswer(parts: readonly TableRow[]): Record<string, string[]> | undefined {
  return tableAnswer(parts, PART_FIELDS);
}

/** `list` with the entry at `from` moved to `to` (clamped to the list). */
export function moveEntry<T>(list: readonly T[], from: number, to: number): T[] {
  const result = [...list];
  if (from < 0 || from >= result.length) return result;
  const [entry] = result.splice(from, 1);
  result.splice(Math.max(0, Math.min(to, result.length)), 0, entry as T);
  return result;
}

/** The card sort's answer as a clean record: only known piles and cards, each card once. */
export function cardSortPiles(step: Step<'card-sort'>, answer: unknown): CardSortAnswer {
  const known = new Set(step.cards.map((card) => card.id));
  const seen = new Set<string>();
  const piles: CardSortAnswer = {};
  for (const pile of step.piles) {
    const cards = isRecord(answer) && Array.isArray(answer[pile.id]) ? (answer[pile.id] as unknown[]) : [];
    piles[pile.id] = cards.filter(
      (id): id is string => typeof id === 'string' && known.has(id) && !seen.has(id) && !!seen.add(id),
    );
  }
  return piles;
}

/** The pile a card is in, or `undefined` while it is not sorted yet. */
export function pileOf(step: Step<'card-sort'>, answer: unknown, cardId: string): string | undefined {
  const piles = cardSortPiles(step, answer);
  return step.piles.find((pile) => piles[pile.id]?.includes(cardId))?.id;
}

/** The cards not in any pile yet, in the definition's order. */
export function unsortedCards(step: Step<'card-sort'>, answer: unknown): string[] {
  const piles = cardSortPiles(step, answer);
  const sorted = new Set(Object.values(piles).flat());
  return step.cards.map((card) => card.id).filter((id) => !sorted.has(id));
}

/** What {@link placeCard} did: the new answer (`undefined` once no card is sorted), or why it could not. */
export type CardPlacement =
  { ok: true; answer: CardSortAnswer | undefined } | { ok: false; problem: 'pile-full' | 'unknown' };

/**
 * Puts `cardId` into `pileId` at `index` (default: the end), or back among the unsorted
 * cards when `pileId` is `undefined`. Refuses a pile that is already at its `max`. Empty
 * piles are left out of the answer, so an untouched sort is no answer.
 *
 * @example
 * ```ts
 * const placed = placeCard(step, answer, 'family', 'very');
 * if (!placed.ok) announce(placed.problem); // 'pile-full'
 * ```
 */
export function placeCard(
  step: Step<'card-sort'>,
  answer: unknown,
  cardId: string,
  pileId: string | undefined,
  index?: number,
): CardPlacement {
  const target = pileId === undefined ? undefined : step.piles.find((pile) => pile.id === pileId);
  if (!step.cards.some((card) => card.id === cardId) || (pileId !== undefined && !target)) {
    return { ok: false, problem: 'unknown' };
  }
  const piles = cardSortPiles(step, answer);
  for (const pile of step.piles) piles[pile.id] = (piles[pile.id] ?? []).filter((id) => id !== cardId);
  if (target) {
    const cards = piles[target.id] ?? [];
    if (target.max !== undefined && cards.length >= target.max) return { ok: false, problem: 'pile-full' };
    cards.splice(Math.max(0, Math.min(index ?? cards.length, cards.length)), 0, cardId);
    piles[target.id] = cards;
  }
  const kept = Object.entries(piles).filter(([, cards]) => cards.length > 0);
  return { ok: true, answer: kept.length > 0 ? Object.fromEntries(kept) : undefined };
}
