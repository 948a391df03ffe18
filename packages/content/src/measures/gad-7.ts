/**
 * GAD-7, the Generalized Anxiety Disorder scale.
 *
 * Source: Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety
 * disorder: the GAD-7. Arch Intern Med 2006;166(10):1092–1097. Reliable change ≥ 4 and caseness ≥ 8: the
 * IAPT (NHS Talking Therapies) convention (IAPT Manual, NCCMH); method: Jacobson & Truax 1991.
 *
 * @module
 */
import type { MeasureDefinition } from '@interlude/core';
import {
  DIFFICULTY_QUESTION,
  GAD_ANXIETY_ITEMS,
  GAD_INSTRUCTIONS,
  JACOBSON_TRUAX,
  PHQ_LICENCE,
  PHQ_MANUAL,
  difficultyItem,
  frequencyItem,
} from './phq-family.js';

/** The GAD-7; its difficulty question is a supplementary (unscored) item. */
export const gad7: MeasureDefinition = {
  kind: 'measure',
  id: 'gad-7',
  version: '1.0.0',
  title: { en: 'GAD-7 (Generalized Anxiety Disorder scale)' },
  description: { en: 'Seven questions about anxiety over the last two weeks.' },
  modality: 'general',
  estimatedMinutes: 2,
  instructions: { en: GAD_INSTRUCTIONS },
  items: GAD_ANXIETY_ITEMS.map((text, index) => frequencyItem(`gad7-${index + 1}`, text)),
  supplementaryItems: [difficultyItem('gad7-difficulty', DIFFICULTY_QUESTION)],
  scoring: {
    method: 'sum',
    direction: 'higher-is-worse',
    bands: [
      { id: 'minimal', min: 0, max: 4, label: { en: 'Minimal' } },
      { id: 'mild', min: 5, max: 9, label: { en: 'Mild' } },
      { id: 'moderate', min: 10, max: 14, label: { en: 'Moderate' } },
      { id: 'severe', min: 15, max: 21, label: { en: 'Severe' } },
    ],
    missingItems: { kind: 'prorate', maxMissing: 1, source: PHQ_MANUAL },
    reliableChange: { threshold: 4, source: `IAPT Manual (NCCMH). ${JACOBSON_TRUAX}` },
    caseness: { threshold: 8, caseWhen: 'at-or-above', source: 'IAPT Manual (NCCMH).' },
  },
  // Per-item codes are left out: the GAD-7 item codes could not be verified against LOINC here.
  loinc: { panel: '69737-5', total: '70274-6' },
  source: {
    citation:
      'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med 2006;166(10):1092–1097.',
    url: 'https://doi.org/10.1001/archinte.166.10.1092',
  },
  licence: PHQ_LICENCE,
};
