/**
 * PHQ-8: the PHQ-9 without item 9, for settings where the self-harm question cannot be followed up.
 *
 * Source: Kroenke K, Strine TW, Spitzer RL, Williams JBW, Berry JT, Mokdad AH. The PHQ-8 as a measure of
 * current depression in the general population. J Affect Disord 2009;114(1–3):163–173.
 * No reliable-change threshold is published for the PHQ-8, so none is set (change stays "unknown").
 *
 * @module
 */
import type { MeasureDefinition } from '@interlude/core';
import { PHQ_SEVERITY_BANDS } from './phq-9.js';
import {
  PHQ_DEPRESSION_ITEMS,
  PHQ_DIFFICULTY_QUESTION,
  PHQ_FORMS,
  PHQ_WORDING_CHECK,
  PHQ_INSTRUCTIONS,
  PHQ_LICENCE,
  PHQ_MANUAL,
  difficultyItem,
  frequencyItem,
} from './phq-family.js';

/** The PHQ-8: PHQ-9 items 1–8, PHQ-9 bands with severe = 20–24, no risk item. */
export const phq8: MeasureDefinition = {
  kind: 'measure',
  id: 'phq-8',
  version: '1.0.0',
  title: { en: 'PHQ-8 (Patient Health Questionnaire, 8 items)' },
  description: { en: 'Eight questions about depression over the last two weeks.' },
  modality: 'general',
  estimatedMinutes: 3,
  instructions: { en: PHQ_INSTRUCTIONS },
  items: PHQ_DEPRESSION_ITEMS.slice(0, 8).map((text, index) => frequencyItem(`phq8-${index + 1}`, text)),
  supplementaryItems: [difficultyItem('phq8-difficulty', PHQ_DIFFICULTY_QUESTION)],
  scoring: {
    method: 'sum',
    direction: 'higher-is-worse',
    bands: [...PHQ_SEVERITY_BANDS, { id: 'severe', min: 20, max: 24, label: { en: 'Severe' } }],
    missingItems: {
      kind: 'prorate',
      maxMissing: 2,
      source: `As the PHQ-9 (mean of answered × 8). ${PHQ_MANUAL}`,
    },
    caseness: {
      threshold: 10,
      caseWhen: 'at-or-above',
      source: 'Kroenke et al. 2009, J Affect Disord 114:163–173.',
    },
  },
  source: {
    citation:
      'Kroenke K, Strine TW, Spitzer RL, Williams JBW, Berry JT, Mokdad AH. The PHQ-8 as a measure of current depression in the general population. J Affect Disord 2009;114(1–3):163–173.',
    form: PHQ_FORMS.phq9,
    changes: 'The PHQ-8 is the PHQ-9 form without item 9; items 1–8, stem and answers are the PHQ-9’s.',
    notes: [
      PHQ_WORDING_CHECK,
      'No LOINC codes: candidates for a PHQ-8 panel and total could not be verified, so none are given.',
      'No reliable-change threshold: none is published for the PHQ-8, so change is never classified.',
    ],
  },
  licence: PHQ_LICENCE,
};
