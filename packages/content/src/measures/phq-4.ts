/**
 * PHQ-4: the GAD-2 and PHQ-2 together, an ultra-brief screen for anxiety and depression.
 *
 * Sources: Kroenke K, Spitzer RL, Williams JBW, Löwe B. An ultra-brief screening scale for anxiety and
 * depression: the PHQ-4. Psychosomatics 2009;50(6):613–621 (total 0–12: none 0–2, mild 3–5, moderate
 * 6–8, severe 9–12; anxiety subscale items 1–2 and depression subscale items 3–4, each positive at ≥ 3);
 * Löwe B et al. A 4-item measure of depression and anxiety: validation and standardization of the PHQ-4
 * in the general population. J Affect Disord 2010;122(1–2):86–95.
 *
 * @module
 */
import type { MeasureDefinition } from '@interlude/core';
import {
  FREQUENCY_OPTIONS,
  GAD_ANXIETY_ITEMS,
  GAD_INSTRUCTIONS,
  GAD_ITEM_LOINC,
  GAD_ITEM_LOINC_NOTE,
  PHQ_DEPRESSION_ITEMS,
  PHQ_FORMS,
  PHQ_ITEM_LOINC,
  PHQ_LICENCE,
  PHQ_WORDING_CHECK,
} from './phq-family.js';

/** The form's order: the two anxiety items, then the two depression items. */
const ITEMS = [GAD_ANXIETY_ITEMS[0], GAD_ANXIETY_ITEMS[1], PHQ_DEPRESSION_ITEMS[0], PHQ_DEPRESSION_ITEMS[1]];
const CODES = [GAD_ITEM_LOINC[0], GAD_ITEM_LOINC[1], PHQ_ITEM_LOINC[0], PHQ_ITEM_LOINC[1]];

/** The PHQ-4 with its two subscale screens as flags. */
export const phq4: MeasureDefinition = {
  kind: 'measure',
  id: 'phq-4',
  version: '1.0.0',
  title: { en: 'PHQ-4 (Patient Health Questionnaire for Depression and Anxiety, 4 items)' },
  description: { en: 'Four questions that screen for anxiety and depression.' },
  modality: 'general',
  estimatedMinutes: 1,
  instructions: { en: GAD_INSTRUCTIONS },
  items: ITEMS.map((text, index) => ({
    id: `phq4-${index + 1}`,
    text: { en: text },
    options: FREQUENCY_OPTIONS,
    scored: true,
  })),
  scoring: {
    method: 'sum',
    direction: 'higher-is-worse',
    bands: [
      { id: 'none', min: 0, max: 2, label: { en: 'None' } },
      { id: 'mild', min: 3, max: 5, label: { en: 'Mild' } },
      { id: 'moderate', min: 6, max: 8, label: { en: 'Moderate' } },
      { id: 'severe', min: 9, max: 12, label: { en: 'Severe' } },
    ],
    // Each subscale is two items: a missing answer leaves a screen unknown, as for the PHQ-2 and GAD-2.
    missingItems: {
      kind: 'unscorable',
      source: 'No proration rule is published for the PHQ-4; any unanswered item makes it unscorable.',
    },
    flags: [
      {
        kind: 'subscale',
        id: 'anxietyScreenPositive',
        itemIds: ['phq4-1', 'phq4-2'],
        comparison: 'at-least',
        value: 3,
        label: { en: 'Anxiety subscale (GAD-2) 3 or more: positive screen, assess further' },
      },
      {
        kind: 'subscale',
        id: 'depressionScreenPositive',
        itemIds: ['phq4-3', 'phq4-4'],
        comparison: 'at-least',
        value: 3,
        label: { en: 'Depression subscale (PHQ-2) 3 or more: positive screen, assess further' },
      },
    ],
  },
  loinc: {
    panel: '69724-3',
    total: '70272-0',
    items: Object.fromEntries(CODES.map((code, index) => [`phq4-${index + 1}`, code])),
  },
  source: {
    citation:
      'Kroenke K, Spitzer RL, Williams JBW, Löwe B. An ultra-brief screening scale for anxiety and depression: the PHQ-4. Psychosomatics 2009;50(6):613–621. Löwe B, Wahl I, Rose M, Spitzer C, Glaesmer H, Wingenfeld K, Schneider A, Brähler E. A 4-item measure of depression and anxiety: validation and standardization of the Patient Health Questionnaire-4 (PHQ-4) in the general population. J Affect Disord 2010;122(1–2):86–95.',
    url: 'https://doi.org/10.1176/appi.psy.50.6.613',
    form: PHQ_FORMS.phq4,
    changes: 'The PHQ-4’s items are GAD-7 items 1–2 and PHQ-9 items 1–2, worded as on those forms.',
    notes: [
      PHQ_WORDING_CHECK,
      'LOINC: panel 69724-3 holds items 69725-0, 68509-9, 44250-9 and 44255-8 in this order (LOINC’s own Questionnaire loinc.org/q/69724-3); total 70272-0.',
      GAD_ITEM_LOINC_NOTE,
      'No caseness cut-off on the total: the published screens are per subscale (3 or more), carried as the flags anxietyScreenPositive and depressionScreenPositive.',
      'No reliable-change threshold: none is published for the PHQ-4, so change is never classified.',
      'Risk review: no item asks about self-harm. Follow a positive depression screen with the PHQ-9, whose item 9 does.',
    ],
  },
  licence: PHQ_LICENCE,
};
