/**
 * PHQ-15, the Patient Health Questionnaire's somatic symptom scale.
 *
 * Source: Kroenke K, Spitzer RL, Williams JBW. The PHQ-15: validity of a new measure for evaluating the
 * severity of somatic symptoms. Psychosom Med 2002;64(2):258–266 (each symptom 0–2, total 0–30; 5, 10
 * and 15 are the cut-offs for low, medium and high somatic symptom severity). Caseness ≥ 10: Körber S,
 * Frieser D, Steinbrecher N, Hiller W. J Psychosom Res 2011;71(3):142–147.
 *
 * @module
 */
import type { MeasureDefinition } from '@interlude/core';
import { PHQ_FORMS, PHQ_LICENCE, PHQ_WORDING_CHECK } from './phq-family.js';

/** The fifteen symptoms in form order (a–o). */
const SYMPTOMS = [
  'Stomach pain',
  'Back pain',
  'Pain in your arms, legs, or joints (knees, hips, etc.)',
  'Menstrual cramps or other problems with your periods (women only)',
  'Headaches',
  'Chest pain',
  'Dizziness',
  'Fainting spells',
  'Feeling your heart pound or race',
  'Shortness of breath',
  'Pain or problems during sexual intercourse',
  'Constipation, loose bowels, or diarrhea',
  'Nausea, gas, or indigestion',
  'Feeling tired or having low energy',
  'Trouble sleeping',
] as const;

const OPTIONS = ['Not bothered at all', 'Bothered a little', 'Bothered a lot'].map((label, value) => ({
  value,
  label: { en: label },
}));

/** The PHQ-15; item 4 ("women only") may be left out, and then the total is the sum of the other 14. */
export const phq15: MeasureDefinition = {
  kind: 'measure',
  id: 'phq-15',
  version: '1.0.0',
  title: { en: 'PHQ-15 (Patient Health Questionnaire, physical symptoms)' },
  description: { en: 'Fifteen physical symptoms and how much they bothered you over the past four weeks.' },
  modality: 'general',
  estimatedMinutes: 3,
  instructions: {
    en: 'During the past 4 weeks, how much have you been bothered by any of the following problems?',
  },
  items: SYMPTOMS.map((text, index) => ({
    id: `phq15-${index + 1}`,
    text: { en: text },
    options: OPTIONS,
    scored: true,
  })),
  scoring: {
    method: 'sum',
    direction: 'higher-is-worse',
    bands: [
      { id: 'minimal', min: 0, max: 4, label: { en: 'Minimal' } },
      { id: 'low', min: 5, max: 9, label: { en: 'Low' } },
      { id: 'medium', min: 10, max: 14, label: { en: 'Medium' } },
      { id: 'high', min: 15, max: 30, label: { en: 'High' } },
    ],
    missingItems: {
      kind: 'unscorable',
      notApplicableItemIds: ['phq15-4'],
      source:
        'The form asks item 4 of women only; unanswered, it is left out (for men the total runs 0–28, as CamCOPS scores it). No proration rule is published for the PHQ-15, so any other unanswered item makes the total unscorable.',
    },
    caseness: {
      threshold: 10,
      caseWhen: 'at-or-above',
      source:
        'Kroenke et al. 2002 (medium somatic symptom severity from 10); Körber et al. 2011, J Psychosom Res 71:142–147 (10 the optimal cut-off for a somatoform disorder).',
    },
  },
  loinc: { panel: '69728-4', total: '70273-8' },
  source: {
    citation:
      'Kroenke K, Spitzer RL, Williams JBW. The PHQ-15: validity of a new measure for evaluating the severity of somatic symptoms. Psychosom Med 2002;64(2):258–266.',
    url: 'https://doi.org/10.1097/00006842-200203000-00008',
    form: PHQ_FORMS.phq15,
    changes: 'The form prints item 4’s “women only” in capitals; it is shown here in lower case.',
    notes: [
      PHQ_WORDING_CHECK,
      'LOINC: panel 69728-4 “Patient Health Questionnaire 15 item (PHQ-15) [Reported]” and total 70273-8 (loinc.org). Item codes are left out: the somatic symptom codes (69671-6 …) are listed in LOINC’s PHQ-SADS panel 69729-2, but their membership and answer lists in panel 69728-4, and codes for items 14–15, could not be confirmed.',
      'No reliable-change threshold: none could be verified for the PHQ-15, so change is never classified.',
      'Not computed: the “three or more symptoms bothered a lot” indicator some studies use (Kroenke et al. 2010) is not one of the owner’s scoring rules here.',
      'Risk review: no item asks about self-harm. Chest pain, fainting spells and shortness of breath are physical symptoms for medical review, not a crisis response.',
    ],
  },
  licence: PHQ_LICENCE,
};
