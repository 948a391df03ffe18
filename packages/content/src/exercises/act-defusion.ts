/**
 * ACT cognitive defusion: hold a sticky thought at a little distance by putting "I'm having
 * the thought that…" in front of it and by naming the story it belongs to. Written for
 * Interlude in its own words.
 *
 * @module
 */
import type { ExerciseDefinition } from '@interlude/core';
import { actAttribution } from './act-shared.js';

/** ACT cognitive defusion: "I'm having the thought that…" and naming the story. */
export const actDefusion: ExerciseDefinition = {
  kind: 'exercise',
  id: 'act-defusion',
  version: '1.0.0',
  title: { en: 'Unhooking from a sticky thought' },
  description: { en: 'Take one thought that keeps pulling at you and practise seeing it as a thought.' },
  rationale: {
    en: 'Minds produce thoughts all day, and some of them grab hold. You do not have to argue with a thought or win against it: noticing it as a thought can loosen its grip, so it has less say over what you do.',
  },
  modality: 'act',
  estimatedMinutes: 6,
  attribution: actAttribution(),
  steps: [
    {
      id: 'intro',
      kind: 'text',
      title: { en: 'Thoughts are thoughts' },
      body: {
        en: 'Some thoughts feel like the plain truth: "I will mess this up", "Nobody cares". When we are hooked by a thought, it is as if we are looking **through** it, like tinted glasses.\n\nThis practice is not about deciding whether the thought is true. It is about stepping back far enough to see it.',
      },
    },
    {
      id: 'thought',
      kind: 'prompt',
      prompt: { en: 'Write down a thought that has been hooking you lately, as it shows up in your head.' },
      placeholder: { en: 'e.g. I am not good enough' },
      maxLength: 300,
      required: true,
    },
    {
      id: 'grip-before',
      kind: 'rating',
      prompt: { en: 'Right now, how strongly does this thought grab you?' },
      min: 0,
      max: 10,
      anchors: { low: { en: 'Hardly at all' }, high: { en: 'Completely' } },
    },
    {
      id: 'having',
      kind: 'reflection',
      title: { en: 'Add a few words in front' },
      quotes: ['thought'],
      template: {
        en: 'Read this slowly, silently or out loud:\n\nI am having the thought that {thought}\n\nNow once more:\n\nI notice I am having the thought that {thought}',
      },
    },
    {
      id: 'story',
      kind: 'prompt',
      prompt: {
        en: 'If this thought were part of a familiar story your mind tells, what would you call the story? Keep it light, like a film title.',
      },
      placeholder: { en: 'e.g. the "not good enough" story' },
      maxLength: 120,
    },
    {
      id: 'named',
      kind: 'reflection',
      condition: { stepId: 'story', op: 'answered' },
      title: { en: 'Name it when it shows up' },
      quotes: ['story'],
      template: {
        en: 'Next time the thought arrives, you might simply notice: "Ah, there is {story} again." No need to push it away; just recognise it.',
      },
    },
    {
      id: 'grip-after',
      kind: 'rating',
      prompt: { en: 'And now, how strongly does the thought grab you?' },
      min: 0,
      max: 10,
      anchors: { low: { en: 'Hardly at all' }, high: { en: 'Completely' } },
    },
    {
      id: 'noticed',
      kind: 'choice',
      prompt: { en: 'What did you notice? Choose any that fit.' },
      multiple: true,
      options: [
        { id: 'distance', label: { en: 'A little more distance from the thought' } },
        { id: 'same', label: { en: 'Not much changed' } },
        { id: 'lighter', label: { en: 'It felt lighter, or even a bit funny' } },
        { id: 'stronger', label: { en: 'The thought got louder for a while' } },
        { id: 'unsure', label: { en: 'Hard to say' } },
      ],
      feedback: {
        same: {
          en: 'That is common, especially at first. Defusion is a skill that builds with practice, not a switch.',
        },
        stronger: {
          en: 'Minds sometimes push back when we look at them. Noticing that is itself a step back from the thought.',
        },
      },
    },
    {
      id: 'summary',
      kind: 'reflection',
      title: { en: 'Looking back' },
      quotes: ['thought', 'story', 'noticed'],
      template: {
        en: 'The thought: {thought}\nIts story: {story}\nWhat you noticed: {noticed}',
      },
      prompt: { en: 'Where might this thought show up this week, and what could you do then?' },
    },
  ],
};
