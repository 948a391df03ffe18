/**
 * ACT present-moment practice, "dropping anchor": acknowledge what is here, come back into
 * the body, engage with the room. Written for Interlude in its own words after Russ
 * Harris's description; not a reproduction of his script.
 *
 * @module
 */
import type { ExerciseDefinition } from '@interlude/core';
import { actAttribution } from './act-shared.js';

/** ACT dropping anchor: a three-minute grounding practice. */
export const actDroppingAnchor: ExerciseDefinition = {
  kind: 'exercise',
  id: 'act-dropping-anchor',
  version: '1.0.0',
  title: { en: 'Dropping anchor' },
  description: { en: 'A three-minute practice to steady yourself when emotions run high.' },
  rationale: {
    en: 'When a storm of thoughts and feelings hits, an anchor does not stop the storm; it holds you steady until it passes. Practising when things are calm makes it easier to use when they are not.',
  },
  modality: 'act',
  estimatedMinutes: 4,
  attribution: actAttribution('Harris, R. (2019). ACT Made Simple (2nd ed.). New Harbinger.'),
  steps: [
    {
      id: 'before',
      kind: 'rating',
      prompt: { en: 'How caught up in thoughts and feelings are you right now?' },
      min: 0,
      max: 10,
      anchors: { low: { en: 'Not at all' }, high: { en: 'Completely swept away' } },
    },
    {
      id: 'anchor',
      kind: 'timer',
      title: { en: 'Drop anchor' },
      instructions: { en: 'Follow the guidance at your own pace; you can pause or stop whenever you like.' },
      seconds: 180,
      cues: [
        {
          atSeconds: 0,
          text: {
            en: 'Acknowledge what is here: silently name the thoughts and feelings you notice. "Here is worry." "Here is tiredness."',
          },
        },
        {
          atSeconds: 40,
          text: {
            en: 'Come back into your body: press your feet into the floor, straighten your back, press your fingertips together.',
          },
        },
        {
          atSeconds: 80,
          text: {
            en: 'Notice both: the thoughts and feelings, and your body around them, which you can move and control.',
          },
        },
        {
          atSeconds: 110,
          text: {
            en: 'Engage with the world: look around and name five things you can see, then three things you can hear.',
          },
        },
        {
          atSeconds: 150,
          text: {
            en: 'Notice where you are and what you are doing. The feelings may still be here, and so are you.',
          },
        },
      ],
    },
    {
      id: 'after',
      kind: 'rating',
      prompt: { en: 'And now, how caught up are you?' },
      min: 0,
      max: 10,
      anchors: { low: { en: 'Not at all' }, high: { en: 'Completely swept away' } },
    },
    {
      id: 'noticed',
      kind: 'prompt',
      prompt: { en: 'What did you notice in the room, or in your body?' },
      maxLength: 400,
    },
    {
      id: 'summary',
      kind: 'reflection',
      title: { en: 'Looking back' },
      quotes: ['noticed'],
      template: {
        en: 'What you noticed: {noticed}\n\nWhether or not the storm eased, you practised staying steady in it. That counts.',
      },
      prompt: { en: 'When might dropping anchor help you this week?' },
    },
  ],
};
