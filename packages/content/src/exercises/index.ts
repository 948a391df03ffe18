/**
 * The exercise catalogue: shipped ACT, IFS and CBT exercises, looked up by id. Each credits
 * the approach it is based on in `attribution`; all are written for Interlude in its own words.
 *
 * @module
 */
import type { ExerciseDefinition } from '@interlude/core';
import { actValuesCardSort } from './act-values-card-sort.js';
import { cbtThoughtRecord } from './cbt-thought-record.js';
import { ifsUnblending } from './ifs-unblending.js';

export { actValuesCardSort, cbtThoughtRecord, ifsUnblending };

/** Ids of the shipped exercises. */
export const EXERCISE_IDS = ['act-values-card-sort', 'ifs-unblending', 'cbt-thought-record'] as const;

/** The id of a shipped exercise. */
export type ExerciseId = (typeof EXERCISE_IDS)[number];

const CATALOGUE: readonly ExerciseDefinition[] = [actValuesCardSort, ifsUnblending, cbtThoughtRecord];

/**
 * The shipped exercise with this id, or `undefined` when there is none (never throws).
 * Treat it as read-only: it is shared.
 *
 * @example
 * ```ts
 * const sort = getExercise('act-values-card-sort');
 * ```
 */
export function getExercise(id: string): ExerciseDefinition | undefined {
  return CATALOGUE.find((exercise) => exercise.id === id);
}

/**
 * Every shipped exercise (a new array each call; the definitions are shared).
 *
 * @example
 * ```ts
 * const ifs = listExercises().filter((exercise) => exercise.modality === 'ifs');
 * ```
 */
export function listExercises(): ExerciseDefinition[] {
  return [...CATALOGUE];
}
