/**
 * PCL-5, the PTSD Checklist for DSM-5 (standard form, past month).
 *
 * Sources: Weathers FW, Litz BT, Keane TM, Palmieri PA, Marx BP, Schnurr PP. The PTSD Checklist for DSM-5
 * (PCL-5). National Center for PTSD, 2013; Blevins CA, Weathers FW, Davis MT, Witte TK, Domino JL.
 * J Trauma Stress 2015;28(6):489–498; Bovin MJ et al. Psychol Assess 2016;28(11):1379–1391 (cut-points
 * 31–33). The National Center for PTSD's PCL-5 page: 20 items 0–4, total 0–80; 5 points the minimum
 * for response (reliable change) and 10 points for clinically meaningful improvement.
 *
 * Risk review: the PCL-5 has no suicide or self-harm item, so it has no risk items and never raises
 * the crisis path by itself; screen for suicide risk separately.
 *
 * @module
 */
import type { MeasureDefinition } from '@interlude/core';

/** The twenty problems in form order. */
const PROBLEMS = [
  'Repeated, disturbing, and unwanted memories of the stressful experience?',
  'Repeated, disturbing dreams of the stressful experience?',
  'Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)?',
  'Feeling very upset when something reminded you of the stressful experience?',
  'Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)?',
  'Avoiding memories, thoughts, or feelings related to the stressful experience?',
  'Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects, or situations)?',
  'Trouble remembering important parts of the stressful experience?',
  'Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)?',
  'Blaming yourself or someone else for the stressful experience or what happened after it?',
  'Having strong negative feelings such as fear, horror, anger, guilt, or shame?',
  'Loss of interest in activities that you used to enjoy?',
  'Feeling distant or cut off from other people?',
  'Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)?',
  'Irritable behavior, angry outbursts, or acting aggressively?',
  'Taking too many risks or doing things that could cause you harm?',
  'Being “superalert” or watchful or on guard?',
  'Feeling jumpy or easily startled?',
  'Having difficulty concentrating?',
  'Trouble falling or staying asleep?',
] as const;

const OPTIONS = ['Not at all', 'A little bit', 'Moderately', 'Quite a bit', 'Extremely'].map(
  (label, value) => ({
    value,
    label: { en: label },
  }),
);

const NCPTSD = 'National Center for PTSD, PTSD Checklist for DSM-5 (PCL-5) page (ptsd.va.gov)';

/** The PCL-5; no risk items (see the module note). */
export const pcl5: MeasureDefinition = {
  kind: 'measure',
  id: 'pcl-5',
  version: '1.0.0',
  title: { en: 'PCL-5 (PTSD Checklist for DSM-5)' },
  description: {
    en: 'Twenty problems people sometimes have after a very stressful experience, over the past month.',
  },
  modality: 'general',
  estimatedMinutes: 8,
  instructions: {
    en: 'Below is a list of problems that people sometimes have in response to a very stressful experience. Please read each problem carefully and then select one of the options to indicate how much you have been bothered by that problem in the past month. In the past month, how much were you bothered by:',
  },
  items: PROBLEMS.map((text, index) => ({
    id: `pcl5-${index + 1}`,
    text: { en: text },
    options: OPTIONS,
    scored: true,
  })),
  scoring: {
    method: 'sum',
    direction: 'higher-is-worse',
    // No empirically derived severity ranges exist for the PCL-5; the only published split is the cut-point.
    bands: [
      { id: 'below-cut-off', min: 0, max: 32, label: { en: 'Below the cut-off' } },
      {
        id: 'probable-ptsd',
        min: 33,
        max: 80,
        label: { en: 'At or above the cut-off: provisional PTSD, confirm by clinical interview' },
      },
    ],
    missingItems: {
      kind: 'unscorable',
      source: 'No proration rule is published for the PCL-5; any unanswered item makes the total unscorable.',
    },
    // Explicitly none: the PCL-5 has no suicide or self-harm item.
    riskItems: [],
    reliableChange: {
      threshold: 5,
      source: `${NCPTSD}: a 5-point change is the minimum threshold for response (reliable change, i.e. not due to chance), taken from evidence on the PCL for DSM-IV (5–10 points); not a Jacobson & Truax index computed for the PCL-5.`,
    },
    meaningfulChange: {
      threshold: 10,
      source: `${NCPTSD}: a 10-point change is the minimum threshold for clinically meaningful improvement (10–20 points on the PCL for DSM-IV).`,
    },
    caseness: {
      threshold: 33,
      caseWhen: 'at-or-above',
      source: `${NCPTSD}; Bovin et al. 2016, Psychol Assess 28:1379–1391: cut-points of 31–33 indicate probable PTSD; 33, the upper end, is used here.`,
    },
    flags: [
      {
        // A single-item "subscale": item 16 endorsed as a symptom (rated 2, Moderately, or more).
        kind: 'subscale',
        id: 'recklessBehaviourEndorsed',
        itemIds: ['pcl5-16'],
        comparison: 'at-least',
        value: 2,
        label: {
          en: 'Item 16 (taking risks or doing things that could cause harm) rated Moderately or more: ask about it',
        },
      },
    ],
  },
  loinc: { panel: '101697-1', total: '101698-9' },
  source: {
    citation:
      'Weathers FW, Litz BT, Keane TM, Palmieri PA, Marx BP, Schnurr PP. The PTSD Checklist for DSM-5 (PCL-5). National Center for PTSD; 2013. Blevins CA, Weathers FW, Davis MT, Witte TK, Domino JL. The Posttraumatic Stress Disorder Checklist for DSM-5 (PCL-5): development and initial psychometric evaluation. J Trauma Stress 2015;28(6):489–498. Bovin MJ, Marx BP, Weathers FW, et al. Psychometric properties of the PTSD Checklist for DSM-5 (PCL-5) in veterans. Psychol Assess 2016;28(11):1379–1391.',
    url: 'https://www.ptsd.va.gov/professional/assessment/adult-sr/ptsd-checklist.asp',
    form: {
      citation: 'PCL-5 standard form, past month (version 8/14/2013), National Center for PTSD',
      url: 'https://www.ptsd.va.gov/professional/assessment/adult-sr/ptsd-checklist.asp',
    },
    changes:
      'The paper form asks to “circle one of the numbers to the right”; here the instruction reads “select one of the options”, as in the National Center for PTSD’s fillable form. The stem and the twenty problems are the form’s.',
    notes: [
      'Wording checked item by item against CamCOPS’s transcription (University of Cambridge) and the National Center for PTSD’s fillable form.',
      'Risk review: the PCL-5 has no suicide or self-harm item, so no answer raises the crisis path; screen for suicide risk separately (e.g. PHQ-9 item 9, CORE-10 item 6). Item 16 asks about reckless or self-destructive behaviour (DSM-5 E2), not suicide; rated Moderately or more it sets the flag recklessBehaviourEndorsed for the clinician.',
      'Not computed: the DSM-5 provisional-diagnosis rule (items rated 2 or more in clusters B ≥ 1, C ≥ 1, D ≥ 2, E ≥ 2) and cluster severity scores; the total cut-point is used.',
      'LOINC: panel 101697-1 and total 101698-9, both with a one-month time aspect, as on the form (loinc.org; LOINC names the panel “civilian version”). Item codes are left out: none could be verified.',
      'Only the standard form is shipped: the versions with the Life Events Checklist or a Criterion A section are not.',
    ],
  },
  licence: {
    id: 'LicenseRef-PCL-5-Public-Domain',
    note: 'Developed by staff of the US Department of Veterans Affairs National Center for PTSD; a US government work in the public domain, not copyrighted. Free to use, commercial use included; keep the form’s reference line.',
    copyright:
      'PCL-5 (8/14/2013) Weathers, Litz, Keane, Palmieri, Marx, & Schnurr — National Center for PTSD',
    commercialUse: 'free',
    translationAllowed: true,
    url: 'https://www.ptsd.va.gov/professional/assessment/adult-sr/ptsd-checklist.asp',
  },
};
