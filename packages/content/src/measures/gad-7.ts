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
  GAD_ANXIETY_ITEMS,
  GAD_DIFFICULTY_QUESTION,
  GAD_INSTRUCTIONS,
  GAD_ITEM_LOINC,
  GAD_ITEM_LOINC_NOTE,
  JACOBSON_TRUAX,
  PHQ_LICENCE,
  PHQ_FORMS,
  PHQ_MANUAL,
  PHQ_WORDING_CHECK,
  difficultyItem,
  frequencyItem,
} from './phq-family.js';

/** The GAD-7; its difficulty question is a supplementary (unscored) item. */
export const gad7: MeasureDefinition = {
  kind: 'measure',
  id: 'gad-7',
  version: '1.1.0',
  title: { en: 'GAD-7 (Generalized Anxiety Disorder scale)' },
  description: { en: 'Seven questions about anxiety over the last two weeks.' },
  modality: 'general',
  estimatedMinutes: 2,
  instructions: { en: GAD_INSTRUCTIONS },
  items: GAD_ANXIETY_ITEMS.map((text, index) => frequencyItem(`gad7-${index + 1}`, text)),
  supplementaryItems: [difficultyItem('gad7-difficulty', GAD_DIFFICULTY_QUESTION)],
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
  loinc: {
    panel: '69737-5',
    total: '70274-6',
    items: Object.fromEntries(GAD_ITEM_LOINC.map((code, index) => [`gad7-${index + 1}`, code])),
  },
  source: {
    citation:
      'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med 2006;166(10):1092–1097.',
    url: 'https://doi.org/10.1001/archinte.166.10.1092',
    form: PHQ_FORMS.gad7,
    notes: [
      PHQ_WORDING_CHECK,
      'Version 1.1.0 corrects the difficulty question, which had reused the PHQ-9’s wording ("If you checked off any problems, how difficult have these problems made it …"), and items 1 and 7, which had the commas of the 2006 paper’s figure rather than the form’s. The difficulty wording follows a reproduction of the form that carries its PRIME-MD footer.',
      GAD_ITEM_LOINC_NOTE,
      'The difficulty question carries no code here: LOINC 69722-7 ("How difficult have these made it …") could not be confirmed as a member of panel 69737-5.',
    ],
  },
  licence: PHQ_LICENCE,
};
