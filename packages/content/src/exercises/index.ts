/**
 * The exercise catalogue: shipped ACT, IFS and CBT exercises, looked up by id. Each credits
 * the approach it is based on in `attribution`; all are written for Interlude in its own words.
 *
 * @module
 */
import type { ExerciseDefinition, Modality } from '@interlude/core';
import { actCommittedAction } from './act-committed-action.js';
import { actDefusion } from './act-defusion.js';
import { actDroppingAnchor } from './act-dropping-anchor.js';
import { actLeavesOnAStream } from './act-leaves-on-a-stream.js';
import { actValuesCardSort } from './act-values-card-sort.js';
import { actWillingness } from './act-willingness.js';
import { cbtActivityDiary } from './cbt-activity-diary.js';
import { cbtActivityPlanner } from './cbt-activity-planner.js';
import { cbtMoodCycle } from './cbt-mood-cycle.js';
import { cbtThoughtRecord } from './cbt-thought-record.js';
import { ifsPartsWeek } from './ifs-parts-week.js';
import { ifsPartsMap } from './ifs-parts-map.js';
import { ifsSelfEnergy } from './ifs-self-energy.js';
import { ifsUnblending } from './ifs-unblending.js';

export {
  actValuesCardSort,
  actCommittedAction,
  actDefusion,
  actLeavesOnAStream,
  actWillingness,
  actDroppingAnchor,
  ifsPartsWeek,
  ifsPartsMap,
  ifsUnblending,
  ifsSelfEnergy,
  cbtThoughtRecord,
  cbtActivityPlanner,
  cbtActivityDiary,
  cbtMoodCycle,
};

/** Ids of the shipped exercises, grouped by pack (ACT, IFS, CBT). */
export const EXERCISE_IDS = [
  'act-values-card-sort',
  'act-committed-action',
  'act-defusion',
  'act-leaves-on-a-stream',
  'act-willingness',
  'act-dropping-anchor',
  'ifs-parts-week',
  'ifs-parts-map',
  'ifs-unblending',
  'ifs-self-energy',
  'cbt-thought-record',
  'cbt-activity-planner',
  'cbt-activity-diary',
  'cbt-mood-cycle',
] as const;

/** The id of a shipped exercise. */
export type ExerciseId = (typeof EXERCISE_IDS)[number];

const CATALOGUE: readonly ExerciseDefinition[] = [
  actValuesCardSort,
  actCommittedAction,
  actDefusion,
  actLeavesOnAStream,
  actWillingness,
  actDroppingAnchor,
  ifsPartsWeek,
  ifsPartsMap,
  ifsUnblending,
  ifsSelfEnergy,
  cbtThoughtRecord,
  cbtActivityPlanner,
  cbtActivityDiary,
  cbtMoodCycle,
];

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
 * Every shipped exercise (a new array each call; the definitions are shared), optionally
 * only one pack.
 *
 * @example
 * ```ts
 * const ifs = listExercises('ifs');
 * ```
 */
export function listExercises(modality?: Modality): ExerciseDefinition[] {
  return CATALOGUE.filter((exercise) => modality === undefined || exercise.modality === modality);
}
