/**
 * The measure catalogue: every shipped measure definition, looked up by id.
 *
 * Not shipped, on purpose: the Outcome Rating Scale (ORS) and Session Rating Scale (SRS) of Miller &
 * Duncan. Their licence forbids redistribution in software, so `getMeasure('ors')` and
 * `getMeasure('srs')` find nothing; vendors licensed to use them must author their own definitions.
 *
 * @module
 */
import type { MeasureDefinition } from '@interlude/core';
import { core10 } from './core-10.js';
import { gad2 } from './gad-2.js';
import { gad7 } from './gad-7.js';
import { phq2 } from './phq-2.js';
import { phq8 } from './phq-8.js';
import { pcl5 } from './pcl-5.js';
import { phq15 } from './phq-15.js';
import { phq4 } from './phq-4.js';
import { phq9 } from './phq-9.js';
import { who5 } from './who-5.js';

export { core10, gad2, gad7, pcl5, phq15, phq2, phq4, phq8, phq9, who5 };
export { WHO5_LICENCE, WHO5_TEXT } from './who-5.js';
export { PHQ_COPYRIGHT, PHQ_LICENCE } from './phq-family.js';

/** Ids of the shipped measures, in catalogue order. */
export const MEASURE_IDS = [
  'phq-9',
  'phq-8',
  'phq-2',
  'gad-7',
  'gad-2',
  'phq-4',
  'phq-15',
  'pcl-5',
  'who-5',
  'core-10',
] as const;

/** The id of a shipped measure. */
export type MeasureId = (typeof MEASURE_IDS)[number];

const CATALOGUE: readonly MeasureDefinition[] = [
  phq9,
  phq8,
  phq2,
  gad7,
  gad2,
  phq4,
  phq15,
  pcl5,
  who5,
  core10,
];

/**
 * The shipped definition with this id, or `undefined` when there is none (unknown ids, and measures
 * deliberately not shipped such as `'ors'` and `'srs'`). Does not throw. Treat the returned definition as
 * read-only: it is shared. Before offering one, ask `checkLicence(definition, client.licensing)`
 * (`@interlude/core`): CORE-10 is non-commercial unless the vendor holds the Trust's permission.
 *
 * @example
 * ```ts
 * const phq9 = getMeasure('phq-9');
 * if (phq9) scoreMeasure(phq9, answers);
 * getMeasure('ors'); // undefined
 * ```
 */
export function getMeasure(id: string): MeasureDefinition | undefined {
  return CATALOGUE.find((definition) => definition.id === id);
}

/**
 * Every shipped measure definition, in catalogue order (a new array each call; the definitions are shared).
 *
 * @example
 * ```ts
 * const offered = licensedDefinitions(listMeasures(), client.licensing); // @interlude/core
 * ```
 */
export function listMeasures(): MeasureDefinition[] {
  return [...CATALOGUE];
}
