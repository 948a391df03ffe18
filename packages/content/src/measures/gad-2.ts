/**
 * GAD-2: the first two GAD-7 items, an anxiety screener.
 *
 * Source: Kroenke K, Spitzer RL, Williams JBW, Monahan PO, Löwe B. Anxiety disorders in primary care:
 * prevalence, impairment, comorbidity, and detection. Ann Intern Med 2007;146(5):317–325. Cut-off ≥ 3.
 *
 * @module
 */
import type { MeasureDefinition } from '@interlude/core';
import { GAD_ANXIETY_ITEMS, GAD_INSTRUCTIONS, PHQ_LICENCE, frequencyItem } from './phq-family.js';

/** The GAD-2 screener: negative 0–2, positive 3–6; any missing item makes it unscorable. */
export const gad2: MeasureDefinition = {
  kind: 'measure',
  id: 'gad-2',
  version: '1.0.0',
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
  // No LOINC codes: no GAD-2 panel or total code could be verified. 70273-8, sometimes quoted for the
  // GAD-2 total, is the PHQ-15 total score; 69725-0 is not a verified GAD-2 panel code. Better none than a wrong one.
  source: {
    citation:
      'Kroenke K, Spitzer RL, Williams JBW, Monahan PO, Löwe B. Anxiety disorders in primary care: prevalence, impairment, comorbidity, and detection. Ann Intern Med 2007;146(5):317–325.',
  },
  licence: PHQ_LICENCE,
};
