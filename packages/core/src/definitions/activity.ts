/**
 * Any definition a clinician can assign, told apart by `kind`.
 *
 * @module
 */
import type { CheckInTemplate } from './check-in.js';
import type { ExerciseDefinition } from './exercise.js';
import type { MeasureDefinition } from './measure.js';

/** Any assignable definition: a measure, a check-in template or an exercise; told apart by `kind`. */
export type ActivityDefinition = MeasureDefinition | CheckInTemplate | ExerciseDefinition;
