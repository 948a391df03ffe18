/**
 * GAD-2: the first two GAD-7 items, an anxiety screener.
 *
 * Source: Kroenke K, Spitzer RL, Williams JBW, Monahan PO, Löwe B. Anxiety disorders in primary care:
 * prevalence, impairment, comorbidity, and detection. Ann Intern Med 2007;146(5):317–325. Cut-off ≥ 3.
 *
 * @module
 */
import type { MeasureDefinition } from '@interlude/core';
import {
  GAD_ANXIETY_ITEMS,
  GAD_INSTRUCTIONS,
  GAD_ITEM_LOINC,
  GAD_ITEM_LOINC_NOTE,
  PHQ_FORMS,
  PHQ_LICENCE,
  PHQ_WORDING_CHECK,
  frequencyItem,
} from './phq-family.js';

/** The GAD-2 screener: negative 0–2, positive 3–6; any missing item makes it unscorable. */
export const gad2: MeasureDefinition = {
  kind: 'measure',
  id: 'gad-2',
  version: '1.1.0',
  title: { en: 'GAD-2 (Generalized Anxiety Disorder, 2 items)' },
  description: { en: 'Two questions that screen for anxiety.' },
  modality: 'general',
  estimatedMinutes: 1,
  instructions: { en: GAD_INSTRUCTIONS },
  items: GAD_ANXIETY_ITEMS.slice(0, 2).map((text, index) => frequencyItem(`gad2-${index + 1}`, text)),
  scoring: {
    method: 'sum',
    direction: 'higher-is-worse',
    bands: [
      { id: 'negative', min: 0, max: 2, label: { en: 'Negative screen' } },
      { id: 'positive', min: 3, max: 6, label: { en: 'Positive screen' } },
    ],
    missingItems: { kind: 'unscorable' },
    caseness: {
      threshold: 3,
      caseWhen: 'at-or-above',
      source: 'Kroenke et al. 2007, Ann Intern Med 146:317–325.',
    },
  },
  loinc: { items: { 'gad2-1': GAD_ITEM_LOINC[0], 'gad2-2': GAD_ITEM_LOINC[1] } },
  source: {
    citation:
      'Kroenke K, Spitzer RL, Williams JBW, Monahan PO, Löwe B. Anxiety disorders in primary care: prevalence, impairment, comorbidity, and detection. Ann Intern Med 2007;146(5):317–325.',
    form: PHQ_FORMS.gad7,
    changes:
      'The GAD-2 is items 1–2 of the GAD-7 form, with its stem and answers. Version 1.1.0 takes item 1’s wording from the form ("anxious or on edge").',
    notes: [
      PHQ_WORDING_CHECK,
      'No panel or total code: no GAD-2 panel or total could be verified in LOINC. 70273-8, sometimes quoted for the GAD-2 total, is the PHQ-15 total score, and 69725-0 is the code of the item "Feeling nervous, anxious or on edge", not of a GAD-2 panel. The item codes are the GAD-7 panel’s.',
      GAD_ITEM_LOINC_NOTE,
      'No reliable-change threshold: none is published for the GAD-2, so change is never classified.',
    ],
  },
  licence: PHQ_LICENCE,
};
