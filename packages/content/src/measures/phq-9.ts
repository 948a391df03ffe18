/**
 * PHQ-9, the Patient Health Questionnaire depression scale.
 *
 * Source: Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure.
 * J Gen Intern Med 2001;16(9):606–613. Reliable change ≥ 6 and caseness ≥ 10: the IAPT (NHS Talking
 * Therapies) convention, see McMillan D, Gilbody S, Richards D. J Affect Disord 2010;127:122–129 and the
 * IAPT Manual (NCCMH); method: Jacobson & Truax 1991.
 *
 * @module
 */
import type { MeasureDefinition } from '@interlude/core';
import {
  JACOBSON_TRUAX,
  PHQ_DIFFICULTY_QUESTION,
  PHQ_FORMS,
  PHQ_WORDING_CHECK,
  PHQ_DEPRESSION_ITEMS,
  PHQ_INSTRUCTIONS,
  PHQ_ITEM_LOINC,
  PHQ_LICENCE,
  PHQ_MANUAL,
  difficultyItem,
  frequencyItem,
} from './phq-family.js';

/** Bands of the PHQ-9 (Kroenke et al. 2001, table 3); PHQ-8 shares all but the top. */
export const PHQ_SEVERITY_BANDS = [
  { id: 'none-minimal', min: 0, max: 4, label: { en: 'None–minimal' } },
  { id: 'mild', min: 5, max: 9, label: { en: 'Mild' } },
  { id: 'moderate', min: 10, max: 14, label: { en: 'Moderate' } },
  { id: 'moderately-severe', min: 15, max: 19, label: { en: 'Moderately severe' } },
] as const;

/** The PHQ-9 with its item 9 risk rule; the difficulty question is a supplementary (unscored) item. */
export const phq9: MeasureDefinition = {
  kind: 'measure',
  id: 'phq-9',
  version: '1.0.0',
  title: { en: 'PHQ-9 (Patient Health Questionnaire)' },
  description: { en: 'Nine questions about depression over the last two weeks.' },
  modality: 'general',
  estimatedMinutes: 3,
  instructions: { en: PHQ_INSTRUCTIONS },
  items: PHQ_DEPRESSION_ITEMS.map((text, index) => frequencyItem(`phq9-${index + 1}`, text)),
  supplementaryItems: [difficultyItem('phq9-difficulty', PHQ_DIFFICULTY_QUESTION)],
  scoring: {
    method: 'sum',
    direction: 'higher-is-worse',
    bands: [...PHQ_SEVERITY_BANDS, { id: 'severe', min: 20, max: 27, label: { en: 'Severe' } }],
    missingItems: { kind: 'prorate', maxMissing: 2, source: PHQ_MANUAL },
    // Item 9 (thoughts of being better off dead or of self-harm): any answer above "Not at all" needs follow-up.
    riskItems: [{ itemId: 'phq9-9', threshold: 1 }],
    reliableChange: {
      threshold: 6,
      source: `IAPT Manual (NCCMH); McMillan, Gilbody & Richards 2010, J Affect Disord 127:122–129. ${JACOBSON_TRUAX}`,
    },
    caseness: {
      threshold: 10,
      caseWhen: 'at-or-above',
      source: 'Kroenke, Spitzer & Williams 2001; IAPT Manual (NCCMH).',
    },
  },
  loinc: {
    panel: '44249-1',
    total: '44261-6',
    items: Object.fromEntries(PHQ_ITEM_LOINC.map((code, index) => [`phq9-${index + 1}`, code])),
  },
  source: {
    citation:
      'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med 2001;16(9):606–613.',
    url: 'https://doi.org/10.1046/j.1525-1497.2001.016009606.x',
    form: PHQ_FORMS.phq9,
    notes: [
      PHQ_WORDING_CHECK,
      'LOINC item codes 44250-9 … 44260-8 are the items of panel 44249-1, each "in last 2 weeks", as on the form. The difficulty question carries no code here: no LOINC term for it could be confirmed as a member of panel 44249-1.',
    ],
  },
  licence: PHQ_LICENCE,
};
