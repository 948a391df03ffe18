/**
 * IFS parts check-in: a guided look back over the week at which parts were active, when, and
 * what they might have wanted. Written for Interlude in its own words. (The shorter daily
 * check-in template `ifs-parts-check-in` lives with the check-ins.)
 *
 * @module
 */
import type { ExerciseDefinition } from '@interlude/core';
import { IFS_ATTRIBUTION } from './ifs-shared.js';

/** IFS guided weekly parts check-in. */
export const ifsPartsWeek: ExerciseDefinition = {
  kind: 'exercise',
  id: 'ifs-parts-week',
  version: '1.0.0',
  title: { en: 'Parts check-in: who showed up this week' },
  description: { en: 'Look back at the week and notice which parts were active, and when.' },
  rationale: {
    en: 'Noticing parts as they show up, with curiosity rather than judgement, is the first step in getting to know them. Bringing what you noticed to your session gives you and your clinician a place to start.',
  },
  modality: 'ifs',
  estimatedMinutes: 5,
  attribution: IFS_ATTRIBUTION,
  steps: [
    {
      id: 'intro',
      kind: 'text',
      title: { en: 'Looking back with curiosity' },
      body: {
        en: 'Take a breath and think back over the past few days. There is nothing to fix here: you are just noticing which parts of you were around.',
      },
    },
    {
      id: 'active',
      kind: 'choice',
      prompt: { en: 'Which parts did you notice this week? Choose any that fit.' },
      multiple: true,
      required: true,
      options: [
        { id: 'planner', label: { en: 'A planning or controlling part' } },
        { id: 'critic', label: { en: 'A critical part' } },
        { id: 'pleaser', label: { en: 'A part that tries to keep others happy' } },
        { id: 'worrier', label: { en: 'A worried part' } },
        { id: 'escape', label: { en: 'A part that wanted to escape or numb out' } },
        { id: 'angry', label: { en: 'An angry or protective part' } },
        { id: 'young', label: { en: 'A young or hurting part' } },
        { id: 'other', label: { en: 'Another part' } },
      ],
    },
    {
      id: 'loudest',
      kind: 'prompt',
      prompt: { en: 'Which part was loudest? When did it show up, and what was happening?' },
      maxLength: 500,
    },
    {
      id: 'intensity',
      kind: 'rating',
      prompt: { en: 'How strongly did that part take over?' },
      min: 0,
      max: 10,
      anchors: { low: { en: 'It stayed in the background' }, high: { en: 'It ran the show' } },
    },
    {
      id: 'wanted',
      kind: 'prompt',
      prompt: { en: 'What do you imagine that part was trying to do for you?' },
      placeholder: { en: 'e.g. keep me from being embarrassed' },
      maxLength: 400,
    },
    {
      id: 'toward',
      kind: 'choice',
      prompt: { en: 'Looking at that part now, how do you feel toward it?' },
      multiple: false,
      options: [
        { id: 'curious', label: { en: 'Curious' } },
        { id: 'warm', label: { en: 'Warm or grateful' } },
        { id: 'neutral', label: { en: 'Neutral' } },
        { id: 'frustrated', label: { en: 'Frustrated or wanting it gone' } },
        { id: 'unsure', label: { en: 'Not sure' } },
      ],
      feedback: {
        frustrated: {
          en: 'That frustration may be another part, one that has its own reasons. You could note it for your session too.',
        },
      },
    },
    {
      id: 'summary',
      kind: 'reflection',
      title: { en: 'This week' },
      quotes: ['active', 'loudest', 'wanted'],
      template: {
        en: 'Parts you noticed: {active}\n\nThe loudest one: {loudest}\nWhat it may have wanted: {wanted}',
      },
      prompt: { en: 'Anything you want to bring to your next session?' },
    },
  ],
};
