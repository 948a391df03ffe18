/**
 * WHO-5 Well-Being Index: scoring only. Its item text is CC BY-NC-SA 3.0 IGO (non-commercial), so this
 * definition carries neutral placeholders ("WHO-5 item 1", answers "0"–"5"); the official wording lives
 * only in `./who-5.text.ts` and is applied by `who5WithText()` when a vendor opts in and states its use.
 * Scoring, item ids and version are identical in both, so scores from either are comparable.
 *
 * Sources: WHO Regional Office for Europe, Wellbeing measures in primary health care: the DepCare project
 * (1998); Topp CW, Østergaard SD, Søndergaard S, Bech P. The WHO-5 Well-Being Index: a systematic review of
 * the literature. Psychother Psychosom 2015;84(3):167–176 (raw × 4 = percentage; ≤ 50 % (raw ≤ 12) poor
 * wellbeing; ≤ 28 % likely depression; any item 0 or 1 → assess further; 10 percentage points = meaningful change).
 *
 * @module
 */
import type { MeasureDefinition, MeasureLicence } from '@interlude/core';
import { JACOBSON_TRUAX } from './phq-family.js';

/** Licence finding for the WHO-5 text, shared by the placeholder definition and the text module. */
export const WHO5_LICENCE: MeasureLicence = {
  id: 'CC-BY-NC-SA-3.0-IGO',
  note: 'The WHO-5 text is licensed CC BY-NC-SA 3.0 IGO: free for non-commercial use with attribution and share-alike; commercial use needs permission. The scoring rules are shipped here with neutral placeholder text; the official wording is only in who-5.text.ts, applied by who5WithText() on explicit opt-in.',
  copyright:
    'World Health Organization-Five Well-Being Index (WHO-5) © World Health Organization. Licence: CC BY-NC-SA 3.0 IGO.',
  commercialUse: 'permission-required',
  translationAllowed: true,
  url: 'https://creativecommons.org/licenses/by-nc-sa/3.0/igo/',
};

/** The WHO-5 scoring definition with placeholder text (see the module note). */
export const who5: MeasureDefinition = {
  kind: 'measure',
  id: 'who-5',
  version: '1.0.0',
  title: { en: 'WHO-5 Well-Being Index' },
  modality: 'general',
  estimatedMinutes: 2,
  items: [1, 2, 3, 4, 5].map((number) => ({
    id: `who5-${number}`,
    text: { en: `WHO-5 item ${number}` },
    // Highest first, as on the form; values are what is scored.
    options: [5, 4, 3, 2, 1, 0].map((value) => ({ value, label: { en: String(value) } })),
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
    reliableChange: { threshold: 3, source: `Topp et al. 2015 (10 percentage points). ${JACOBSON_TRUAX}` },
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
  // No LOINC codes: none could be verified for the WHO-5 panel or total.
  source: {
    citation:
      'WHO Regional Office for Europe. Wellbeing measures in primary health care: the DepCare project. Copenhagen: WHO; 1998. Topp CW, Østergaard SD, Søndergaard S, Bech P. The WHO-5 Well-Being Index: a systematic review of the literature. Psychother Psychosom 2015;84(3):167–176.',
    url: 'https://doi.org/10.1159/000376585',
  },
  licence: WHO5_LICENCE,
};
