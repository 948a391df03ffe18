/**
 * Pieces the PHQ and GAD instruments share: the frequency answers, the difficulty questions,
 * the licence finding, the copyright line, the forms and the LOINC item codes.
 *
 * @module
 */
import type { MeasureItem, MeasureLicence, ResponseOption } from '@interlude/core';

/** The copyright line that must accompany every PHQ/GAD instrument. */
export const PHQ_COPYRIGHT =
  'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.';

/** Licence finding for the PHQ and GAD family: free to reproduce, translate, display and distribute. */
export const PHQ_LICENCE: MeasureLicence = {
  id: 'LicenseRef-PHQ-Screeners',
  note: 'Free to reproduce, translate, display and distribute, including in commercial software, provided the copyright line is kept (PHQ Screeners, Pfizer).',
  copyright: PHQ_COPYRIGHT,
  commercialUse: 'free',
  translationAllowed: true,
  url: 'https://www.phqscreeners.com/',
};

/** "Not at all" … "Nearly every day", scored 0–3 (PHQ-9, PHQ-8, PHQ-2, GAD-7, GAD-2). */
export const FREQUENCY_OPTIONS: ResponseOption[] = [
  { value: 0, label: { en: 'Not at all' } },
  { value: 1, label: { en: 'Several days' } },
  { value: 2, label: { en: 'More than half the days' } },
  { value: 3, label: { en: 'Nearly every day' } },
];

/** A scored 0–3 frequency item. */
export function frequencyItem(id: string, text: string): MeasureItem {
  return { id, text: { en: text }, options: FREQUENCY_OPTIONS, scored: true };
}

/**
 * The functional-difficulty question that closes the PHQ-9 and GAD-7: recorded for the clinician,
 * never part of the total (Kroenke, Spitzer & Williams 2001).
 */
export function difficultyItem(id: string, text: string): MeasureItem {
  return {
    id,
    text: { en: text },
    options: [
      { value: 0, label: { en: 'Not difficult at all' } },
      { value: 1, label: { en: 'Somewhat difficult' } },
      { value: 2, label: { en: 'Very difficult' } },
      { value: 3, label: { en: 'Extremely difficult' } },
    ],
    scored: false,
  };
}

/** The PHQ depression items 1–9 in form order (PHQ-8 uses 1–8, PHQ-2 uses 1–2). */
export const PHQ_DEPRESSION_ITEMS = [
  'Little interest or pleasure in doing things',
  'Feeling down, depressed, or hopeless',
  'Trouble falling or staying asleep, or sleeping too much',
  'Feeling tired or having little energy',
  'Poor appetite or overeating',
  'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
  'Trouble concentrating on things, such as reading the newspaper or watching television',
  'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
  'Thoughts that you would be better off dead or of hurting yourself in some way',
] as const;

/** LOINC codes of PHQ items 1–9 (LOINC answer list LL358-3 terms, as used in the US Core PHQ-9 example). */
export const PHQ_ITEM_LOINC = [
  '44250-9',
  '44255-8',
  '44259-0',
  '44254-1',
  '44251-7',
  '44258-2',
  '44252-5',
  '44253-3',
  '44260-8',
] as const;

/**
 * The GAD anxiety items 1–7 in form order (GAD-2 and PHQ-4 use 1–2), as on the owner's GAD-7 form
 * (phqscreeners.com), which LOINC's item names and CamCOPS follow: "anxious or on edge" and "afraid as
 * if" without the commas of the 2006 paper's figure.
 */
export const GAD_ANXIETY_ITEMS = [
  'Feeling nervous, anxious or on edge',
  'Not being able to stop or control worrying',
  'Worrying too much about different things',
  'Trouble relaxing',
  'Being so restless that it is hard to sit still',
  'Becoming easily annoyed or irritable',
  'Feeling afraid as if something awful might happen',
] as const;

/**
 * LOINC codes of GAD-7 items 1–7, members of LOINC's GAD-7 panel 69737-5 (loinc.org: PHQ-SADS panel
 * 69729-2; answer list LL358-3).
 */
export const GAD_ITEM_LOINC = [
  '69725-0',
  '68509-9',
  '69733-4',
  '69734-2',
  '69735-9',
  '69689-8',
  '69736-7',
] as const;

/** Where LOINC's GAD item terms differ from the form; kept with every definition that uses them. */
export const GAD_ITEM_LOINC_NOTE =
  'GAD item codes: LOINC\'s recall periods differ in places from the form\'s "Over the last 2 weeks". 69689-8 is named "Becoming easily annoyed or irritable in last 4 weeks" (4 weeks, not 2); 68509-9 puts the period into the question ("Over the past 2 weeks have you not been able to stop or control worrying") and LOINC\'s copy of that item offers "More days than not" (LA18938-3) where the form says "More than half the days"; 69733-4, 69734-2, 69735-9 and 69736-7 are "in last 2 weeks", as on the form; the time aspect of 69725-0 ("Feeling nervous, anxious or on edge") could not be read from the LOINC copies consulted. The codes identify the items; the wording and answers shown are the form\'s.';

/** The stem of the PHQ depression instruments. */
export const PHQ_INSTRUCTIONS =
  'Over the last 2 weeks, how often have you been bothered by any of the following problems?';

/** The stem of the GAD anxiety instruments. */
export const GAD_INSTRUCTIONS =
  'Over the last 2 weeks, how often have you been bothered by the following problems?';

/** The PHQ-9 form's difficulty question (PHQ-8 uses the same). */
export const PHQ_DIFFICULTY_QUESTION =
  'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?';

/** The GAD-7 form's difficulty question: worded differently from the PHQ-9's. */
export const GAD_DIFFICULTY_QUESTION =
  'If you checked any problems, how difficult have they made it for you to do your work, take care of things at home, or get along with other people?';

/** The owner's forms the PHQ and GAD wording was checked against, item by item. */
export const PHQ_FORMS = {
  phq9: {
    citation: 'PHQ-9 form (English), PHQ Screeners, Pfizer Inc.',
    url: 'https://www.phqscreeners.com/',
  },
  gad7: {
    citation: 'GAD-7 form (English), PHQ Screeners, Pfizer Inc.',
    url: 'https://www.phqscreeners.com/',
  },
  phq15: {
    citation: 'PHQ-15 form (English), PHQ Screeners, Pfizer Inc.',
    url: 'https://www.phqscreeners.com/',
  },
  phq4: {
    citation: 'PHQ-4 form (English), PHQ Screeners, Pfizer Inc.',
    url: 'https://www.phqscreeners.com/',
  },
} as const;

/** How the PHQ and GAD wording was checked; kept with each of those definitions. */
export const PHQ_WORDING_CHECK =
  'Wording checked item by item against transcriptions of the PHQ Screeners forms (CamCOPS, University of Cambridge) and against LOINC’s item names; the PDF forms themselves could not be retrieved for this check.';

/** Jacobson & Truax's method, cited wherever a reliable-change threshold is used. */
export const JACOBSON_TRUAX =
  'Jacobson NS, Truax P. Clinical significance: a statistical approach to defining meaningful change in psychotherapy research. J Consult Clin Psychol 1991;59(1):12–19.';

/** Where the PHQ/GAD missing-item (proration) rules are given. */
export const PHQ_MANUAL =
  'Instruction Manual: Instructions for Patient Health Questionnaire (PHQ) and GAD-7 measures (Pfizer; phqscreeners.com).';
