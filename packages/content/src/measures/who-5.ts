/**
 * WHO-5 Well-Being Index, with its official English wording.
 *
 * Sources: WHO Regional Office for Europe, Wellbeing measures in primary health care: the DepCare project
 * (1998); Topp CW, Østergaard SD, Søndergaard S, Bech P. The WHO-5 Well-Being Index: a systematic review of
 * the literature. Psychother Psychosom 2015;84(3):167–176 (raw × 4 = percentage; ≤ 50 % (raw ≤ 12) poor
 * wellbeing; ≤ 28 % likely depression; any item 0 or 1 → assess further; 10 percentage points = a
 * clinically meaningful change, which is not a Jacobson & Truax reliable-change index).
 *
 * Licence: free to use without permission, with the source named and changed wording marked (CORC; the
 * WHO-5 site of the Psychiatric Centre North Zealand; INSPQ). The CC BY-NC-SA 3.0 IGO terms shipped in
 * 1.0.0 could not be traced to any source and are withdrawn.
 *
 * @module
 */
import type { MeasureDefinition, MeasureLicence } from '@interlude/core';

/** Licence finding for the WHO-5. */
export const WHO5_LICENCE: MeasureLicence = {
  id: 'LicenseRef-WHO-5',
  note: 'Free of charge and no permission is needed to use it, commercial use included (CORC; the WHO-5 site of the Psychiatric Centre North Zealand, which publishes the form and its translations; INSPQ: “public domain, the source must be mentioned”). Name the source with the form and mark any change to its wording; prefer the published translations to new ones.',
  copyright:
    'WHO-Five Well-Being Index (WHO-5), 1998 version. Source: Psychiatric Research Unit, WHO Collaborating Centre in Mental Health, Mental Health Centre North Zealand, Hillerød, Denmark.',
  commercialUse: 'free',
  translationAllowed: true,
  url: 'https://www.corc.uk.net/outcome-experience-measures/the-world-health-organisation-five-well-being-index-who-5/',
};

/** The WHO-5 wording: stem, five statements and the six answers (highest first, as on the form). */
export const WHO5_TEXT = {
  instructions:
    'Please indicate for each of the five statements which is closest to how you have been feeling over the last two weeks. Notice that higher numbers mean better well-being.',
  items: [
    'I have felt cheerful and in good spirits',
    'I have felt calm and relaxed',
    'I have felt active and vigorous',
    'I woke up feeling fresh and rested',
    'My daily life has been filled with things that interest me',
  ],
  options: [
    { value: 5, label: 'All of the time' },
    { value: 4, label: 'Most of the time' },
    { value: 3, label: 'More than half of the time' },
    { value: 2, label: 'Less than half of the time' },
    { value: 1, label: 'Some of the time' },
    { value: 0, label: 'At no time' },
  ],
} as const;

/** The WHO-5 with its official wording and scoring. */
export const who5: MeasureDefinition = {
  kind: 'measure',
  id: 'who-5',
  version: '1.1.0',
  title: { en: 'WHO-5 Well-Being Index' },
  description: { en: 'Five statements about how you have been feeling over the last two weeks.' },
  modality: 'general',
  estimatedMinutes: 2,
  instructions: { en: WHO5_TEXT.instructions },
  items: WHO5_TEXT.items.map((text, index) => ({
    id: `who5-${index + 1}`,
    text: { en: text },
    // Highest first, as on the form; values are what is scored.
    options: WHO5_TEXT.options.map(({ value, label }) => ({ value, label: { en: label } })),
    scored: true,
  })),
  scoring: {
    method: 'sum',
    direction: 'higher-is-better',
    percentage: { multiplier: 4 },
    bands: [
      { id: 'poor-wellbeing', min: 0, max: 12, label: { en: 'Poor wellbeing' } },
      { id: 'above-cut-off', min: 13, max: 25, label: { en: 'Above the cut-off' } },
    ],
    missingItems: { kind: 'unscorable' },
    // 10 percentage points is 2.5 raw points; on whole raw totals that means a change of at least 3.
    meaningfulChange: {
      threshold: 3,
      source:
        'Topp et al. 2015: a change of 10 percentage points (2.5 raw points, so 3 on whole raw totals) is a clinically meaningful change. It is not a Jacobson & Truax reliable-change index.',
    },
    caseness: {
      threshold: 13,
      caseWhen: 'below',
      source: 'Topp et al. 2015: raw below 13 (≤ 50 %) indicates poor wellbeing.',
    },
    flags: [
      {
        kind: 'score',
        id: 'likelyDepression',
        of: 'percentage',
        comparison: 'at-most',
        value: 28,
        label: { en: 'Score of 28 % or less: likely depression, assess further' },
      },
      {
        kind: 'any-item',
        id: 'anyItemAnsweredZeroOrOne',
        comparison: 'at-most',
        value: 1,
        label: { en: 'An item answered 0 or 1: assess further' },
      },
    ],
  },
  source: {
    citation:
      'WHO Regional Office for Europe. Wellbeing measures in primary health care: the DepCare project. Copenhagen: WHO; 1998. Topp CW, Østergaard SD, Søndergaard S, Bech P. The WHO-5 Well-Being Index: a systematic review of the literature. Psychother Psychosom 2015;84(3):167–176.',
    url: 'https://doi.org/10.1159/000376585',
    form: {
      citation: 'WHO-5 Well-Being Index form (1998 version), English, Psychiatric Centre North Zealand',
      url: 'https://www.psykiatri-regionh.dk/who-5/who-5-questionnaires/',
    },
    changes:
      'Changed from the form: its worked example of ticking a numbered box on paper is left out. Statements, their order, the stem and the six answers are the form’s.',
    notes: [
      'Wording checked item by item against the answer labels CORC publishes and reproductions of the English form.',
      'No reliable-change index: none could be verified for the WHO-5; the 3-point threshold is a meaningful change and is reported as one (classifyChange: meaningful-improvement / meaningful-deterioration).',
      'No LOINC codes: none could be verified for the WHO-5 panel, total or items.',
      'Risk review: no item asks about self-harm; a low score is flagged for assessment (likelyDepression, anyItemAnsweredZeroOrOne), never as a risk answer.',
    ],
  },
  licence: WHO5_LICENCE,
};
