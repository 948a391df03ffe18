/**
 * PHQ-2: the first two PHQ-9 items, a depression screener.
 *
 * Source: Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2: validity of a two-item
 * depression screener. Med Care 2003;41(11):1284–1292. Cut-off ≥ 3 (positive screen) from the same paper.
 *
 * @module
 */
import type { MeasureDefinition } from '@interlude/core';
import {
  PHQ_DEPRESSION_ITEMS,
  PHQ_FORMS,
  PHQ_INSTRUCTIONS,
  PHQ_WORDING_CHECK,
  PHQ_ITEM_LOINC,
  PHQ_LICENCE,
  frequencyItem,
} from './phq-family.js';

/** The PHQ-2 screener: negative 0–2, positive 3–6; any missing item makes it unscorable. */
export const phq2: MeasureDefinition = {
  kind: 'measure',
  id: 'phq-2',
  version: '1.0.0',
  title: { en: 'PHQ-2 (Patient Health Questionnaire, 2 items)' },
  description: { en: 'Two questions that screen for depression.' },
  modality: 'general',
  estimatedMinutes: 1,
  instructions: { en: PHQ_INSTRUCTIONS },
  items: PHQ_DEPRESSION_ITEMS.slice(0, 2).map((text, index) => frequencyItem(`phq2-${index + 1}`, text)),
  scoring: {
    method: 'sum',
    direction: 'higher-is-worse',
    bands: [
      { id: 'negative', min: 0, max: 2, label: { en: 'Negative screen' } },
      { id: 'positive', min: 3, max: 6, label: { en: 'Positive screen' } },
    ],
    // Two items cannot be prorated meaningfully: one missing answer leaves half the screen unknown.
    missingItems: { kind: 'unscorable' },
    caseness: {
      threshold: 3,
      caseWhen: 'at-or-above',
      source: 'Kroenke, Spitzer & Williams 2003, Med Care 41:1284–1292.',
    },
  },
  loinc: {
    panel: '55757-9',
    total: '55758-7',
    items: { 'phq2-1': PHQ_ITEM_LOINC[0], 'phq2-2': PHQ_ITEM_LOINC[1] },
  },
  source: {
    citation:
      'Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2: validity of a two-item depression screener. Med Care 2003;41(11):1284–1292.',
    form: PHQ_FORMS.phq9,
    changes: 'The PHQ-2 is items 1–2 of the PHQ-9 form, with its stem and answers.',
    notes: [
      PHQ_WORDING_CHECK,
      'LOINC panel 55757-9 holds items 44250-9 and 44255-8 and total 55758-7 (loinc.org).',
      'No reliable-change threshold: a two-item screener has none published, so change is never classified.',
    ],
  },
  licence: PHQ_LICENCE,
};
