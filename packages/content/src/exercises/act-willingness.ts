/**
 * ACT acceptance / willingness check: notice a struggle with a difficult feeling, what the
 * struggle costs, and practise dropping it for a minute. Written for Interlude in its own
 * words; the tug-of-war image is told afresh, not quoted.
 *
 * @module
 */
import type { ExerciseDefinition } from '@interlude/core';
import { actAttribution } from './act-shared.js';

/** ACT acceptance: dropping the struggle with a difficult feeling. */
export const actWillingness: ExerciseDefinition = {
  kind: 'exercise',
  id: 'act-willingness',
  version: '1.0.0',
  title: { en: 'Dropping the struggle' },
  description: {
    en: 'Look at how you have been fighting a hard feeling, and try making room for it instead.',
  },
  rationale: {
    en: 'Fighting a painful feeling often takes a lot of energy and can make it loom larger. Making room for it, without liking it, can free that energy for what matters to you.',
  },
  modality: 'act',
  estimatedMinutes: 7,
  attribution: actAttribution(),
  steps: [
    {
      id: 'feeling',
      kind: 'prompt',
      title: { en: 'The feeling' },
      prompt: {
        en: 'Which feeling, urge or body sensation have you been struggling with lately? Describe it briefly.',
      },
      placeholder: { en: 'e.g. a tight, anxious feeling before meetings' },
      maxLength: 300,
      required: true,
    },
    {
      id: 'tactics',
      kind: 'choice',
      prompt: { en: 'What have you tried to get rid of it? Choose any that fit; they all make sense.' },
      multiple: true,
      options: [
        { id: 'avoid', label: { en: 'Avoiding situations that bring it on' } },
        { id: 'distract', label: { en: 'Keeping busy or distracted' } },
        { id: 'argue', label: { en: 'Arguing with it or reassuring myself' } },
        { id: 'push', label: { en: 'Pushing it down or ignoring it' } },
        { id: 'numb', label: { en: 'Numbing it (food, alcohol, screens, …)' } },
        { id: 'other', label: { en: 'Something else' } },
      ],
    },
    {
      id: 'cost',
      kind: 'prompt',
      prompt: {
        en: 'In the long run, what has the struggle cost you? What have you missed out on, or put off?',
      },
      maxLength: 500,
    },
    {
      id: 'effort',
      kind: 'rating',
      prompt: { en: 'How much of your energy goes into fighting this feeling?' },
      min: 0,
      max: 10,
      anchors: { low: { en: 'Very little' }, high: { en: 'Nearly all of it' } },
    },
    {
      id: 'rope',
      kind: 'text',
      title: { en: 'Dropping the rope' },
      body: {
        en: 'Picture a tug-of-war with the feeling across a pit. The harder you pull, the harder it pulls back. You cannot win, but you can **drop the rope**.\n\nThe feeling may still be there. Your hands are free, though, to do something that matters.',
      },
    },
    {
      id: 'room',
      kind: 'timer',
      title: { en: 'Making room' },
      instructions: { en: 'For one minute, practise letting the feeling be there.' },
      seconds: 60,
      cues: [
        { atSeconds: 0, text: { en: 'Notice where the feeling sits in your body.' } },
        { atSeconds: 15, text: { en: 'Breathe gently into and around that place.' } },
        {
          atSeconds: 30,
          text: { en: 'See if you can loosen around it, just a little, as if making space.' },
        },
        { atSeconds: 45, text: { en: 'You do not have to like it. Just allow it to be here for now.' } },
      ],
    },
    {
      id: 'willingness',
      kind: 'rating',
      prompt: {
        en: 'If it meant doing something that matters to you, how willing would you be to have this feeling come along?',
      },
      min: 0,
      max: 10,
      anchors: { low: { en: 'Not willing yet' }, high: { en: 'Completely willing' } },
    },
    {
      id: 'matters',
      kind: 'prompt',
      prompt: { en: 'What would you do this week, with your hands free?' },
      maxLength: 300,
    },
    {
      id: 'summary',
      kind: 'reflection',
      title: { en: 'Looking back' },
      quotes: ['feeling', 'tactics', 'matters'],
      template: {
        en: 'The feeling: {feeling}\nWhat you have tried: {tactics}\n\nWhat you would do with your hands free: {matters}',
      },
      prompt: { en: 'Anything you want to bring to your next session?' },
    },
  ],
};
