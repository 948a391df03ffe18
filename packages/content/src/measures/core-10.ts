/**
 * CORE-10, a short measure of psychological distress from the CORE system.
 *
 * Source: Barkham M, Bewick B, Mullin T, Gilbody S, Connell J, Cahill J, Mellor-Clark J, Richards D,
 * Unsworth G, Evans C. The CORE-10: a short measure of psychological distress for routine use in the
 * psychological therapies. Couns Psychother Res 2013;13(1):3–13 (bands, clinical cut-off 11, reliable
 * change 6 on the 0–40 scale). Licence: CC BY-ND (CORE System Trust): verbatim text only, no translation
 * by us; use the Trust's own translations. Check the wording against the Trust's current form before release.
 *
 * @module
 */
import type { MeasureDefinition } from '@interlude/core';
import { JACOBSON_TRUAX } from './phq-family.js';

const STATEMENTS = [
  'I have felt tense, anxious or nervous',
  'I have felt I have someone to turn to for support when needed',
  'I have felt able to cope when things go wrong',
  'Talking to people has felt too much for me',
  'I have felt panic or terror',
  'I made plans to end my life',
  'I have had difficulty getting to sleep or staying asleep',
  'I have felt despairing or hopeless',
  'I have felt unhappy',
  'Unwanted images or memories have been distressing me',
] as const;

/** Items 2 and 3 are worded positively, so they count 4 − value. */
const REVERSED = new Set([2, 3]);

const OPTIONS = ['Not at all', 'Only occasionally', 'Sometimes', 'Often', 'Most or all of the time'].map(
  (label, value) => ({
    value,
    label: { en: label },
  }),
);

/** The CORE-10 with its item 6 risk rule ("I made plans to end my life"). */
export const core10: MeasureDefinition = {
  kind: 'measure',
  id: 'core-10',
  version: '1.0.0',
  title: { en: 'CORE-10' },
  description: { en: 'Ten statements about how you have been over the last week.' },
  modality: 'general',
  estimatedMinutes: 3,
  instructions: {
    en: 'This form has 10 statements about how you have been OVER THE LAST WEEK. Please read each statement and think how often you felt that way last week. Then tick the box which is closest to this.',
  },
  items: STATEMENTS.map((text, index) => ({
    id: `core10-${index + 1}`,
    text: { en: text },
    options: OPTIONS,
    scored: true,
    ...(REVERSED.has(index + 1) ? { reverse: { max: 4 } } : {}),
  })),
  scoring: {
    method: 'sum',
    direction: 'higher-is-worse',
    bands: [
      { id: 'non-clinical', min: 0, max: 10, label: { en: 'Non-clinical' } },
      { id: 'mild', min: 11, max: 14, label: { en: 'Mild' } },
      { id: 'moderate', min: 15, max: 19, label: { en: 'Moderate' } },
      { id: 'moderate-to-severe', min: 20, max: 24, label: { en: 'Moderate to severe' } },
      { id: 'severe', min: 25, max: 40, label: { en: 'Severe' } },
    ],
    missingItems: {
      kind: 'prorate',
      maxMissing: 1,
      source: 'Barkham et al. 2013: with one item missing, total × 10 ÷ items answered.',
    },
    riskItems: [{ itemId: 'core10-6', threshold: 1 }],
    reliableChange: { threshold: 6, source: `Barkham et al. 2013. ${JACOBSON_TRUAX}` },
    caseness: { threshold: 11, caseWhen: 'at-or-above', source: 'Barkham et al. 2013.' },
  },
  // No LOINC codes: none could be verified for the CORE-10.
  source: {
    citation:
      'Barkham M, Bewick B, Mullin T, Gilbody S, Connell J, Cahill J, Mellor-Clark J, Richards D, Unsworth G, Evans C. The CORE-10: a short measure of psychological distress for routine use in the psychological therapies. Couns Psychother Res 2013;13(1):3–13.',
    url: 'https://doi.org/10.1080/14733145.2012.729069',
  },
  licence: {
    id: 'LicenseRef-CORE-System-Trust-CC-BY-ND',
    note: 'CORE System Trust licence (Creative Commons Attribution-NoDerivatives): may be reproduced, including in commercial software, only verbatim and with attribution; no translation or adaptation by Interlude or vendors (use the Trust’s own translations).',
    copyright: 'Copyright CORE System Trust: https://www.coresystemtrust.org.uk/copyright.pdf',
    commercialUse: 'free',
    translationAllowed: false,
    url: 'https://www.coresystemtrust.org.uk/',
  },
};
