/**
 * CORE-10, a short measure of psychological distress from the CORE system.
 *
 * Source: Barkham M, Bewick B, Mullin T, Gilbody S, Connell J, Cahill J, Mellor-Clark J, Richards D,
 * Unsworth G, Evans C. The CORE-10: a short measure of psychological distress for routine use in the
 * psychological therapies. Couns Psychother Res 2013;13(1):3–13 (bands, clinical cut-off 11, reliable
 * change 6 on the 0–40 scale).
 *
 * Licence: the CORE System Trust's copyright and licensing page puts every CORE measure under
 * CC BY-NC-ND 4.0 (non-commercial, no derivatives; the CC BY-ND 4.0 terms of 2015 are superseded), and
 * the copyright line must be visible to the end user with the form. Commercial use therefore needs the
 * Trust's permission: `checkLicence` refuses CORE-10 for a commercial vendor without one.
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
  version: '1.0.1',
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
  source: {
    citation:
      'Barkham M, Bewick B, Mullin T, Gilbody S, Connell J, Cahill J, Mellor-Clark J, Richards D, Unsworth G, Evans C. The CORE-10: a short measure of psychological distress for routine use in the psychological therapies. Couns Psychother Res 2013;13(1):3–13.',
    url: 'https://doi.org/10.1080/14733145.2012.729069',
    form: {
      citation: 'CORE-10 form (English), CORE System Trust',
      url: 'https://www.coresystemtrust.org.uk/',
    },
    changes:
      'Items, their order and the five answers are the form’s, unchanged. Left out, as the Trust allows in software: the demographic and “office use” boxes and the scoring instructions; also the “IMPORTANT – PLEASE READ THIS FIRST” heading and the paper-only instruction about pen and ticking inside the boxes.',
    notes: [
      'Wording checked item by item against the CORE-10 form as transcribed by CamCOPS (University of Cambridge) and reproduced by SoftOutcomes (softoutcomes.org).',
      'No LOINC codes: none could be verified for the CORE-10 panel, total or items.',
      'Risk review: item 6 ("I made plans to end my life") is the risk item; any answer above "Not at all" reaches the client as crisis resources and the clinician as an urgent flag.',
    ],
  },
  licence: {
    id: 'CC-BY-NC-ND-4.0',
    note: 'CORE System Trust: all CORE instruments are licensed CC BY-NC-ND 4.0 (Attribution-NonCommercial-NoDerivatives). Non-commercial use is free; the text must not be changed (no translation or adaptation by Interlude or vendors; use the Trust’s own translations); the Trust’s copyright line must be visible to the end user with the form. Commercial use needs the Trust’s permission (the Trust’s 2025 note to services: no one may profit from reselling the instrument in software). The CC BY-ND 4.0 terms of 2015 are superseded.',
    copyright: '© CORE System Trust: https://www.coresystemtrust.org.uk/copyright.pdf',
    commercialUse: 'permission-required',
    translationAllowed: false,
    url: 'https://www.coresystemtrust.org.uk/home/copyright-licensing/',
  },
};
