/**
 * CBT psychoeducation: the cycle between low mood and doing less, in short readings with a
 * gentle quiz whose feedback explains and never marks or scores. Written for Interlude in its
 * own words; it describes a common pattern and makes no diagnosis.
 *
 * @module
 */
import type { ExerciseDefinition } from '@interlude/core';
import { cbtAttribution } from './cbt-shared.js';

/** CBT psychoeducation module with a short quiz: the low-mood cycle. */
export const cbtMoodCycle: ExerciseDefinition = {
  kind: 'exercise',
  id: 'cbt-mood-cycle',
  version: '1.0.0',
  title: { en: 'Understanding the low-mood cycle' },
  description: {
    en: 'A short read about how mood and activity affect each other, with a few questions to think about.',
  },
  rationale: {
    en: 'Understanding how low mood and doing less can keep each other going makes the cycle easier to spot in your own week, and shows where small changes can help.',
  },
  modality: 'cbt',
  estimatedMinutes: 7,
  attribution: cbtAttribution(true),
  steps: [
    {
      id: 'cycle',
      kind: 'text',
      title: { en: 'The cycle' },
      body: {
        en: 'When mood drops, energy and motivation often drop with it. It makes sense to do less: to cancel plans, stay in, put things off.\n\nIn the short term that can bring relief. Over time, though, doing less tends to mean:\n- fewer moments of enjoyment or achievement\n- more time for worrying or going over things\n- tasks piling up\n\nAnd that can lower mood further. Round and round it goes.',
      },
    },
    {
      id: 'q-motivation',
      kind: 'choice',
      title: { en: 'A question to think about' },
      prompt: { en: 'When mood is low, what usually comes first: motivation or action?' },
      multiple: false,
      options: [
        { id: 'motivation', label: { en: 'Motivation: you need to feel like it first' } },
        { id: 'action', label: { en: 'Action: doing something can bring motivation with it' } },
        { id: 'unsure', label: { en: 'I am not sure' } },
      ],
      feedback: {
        motivation: {
          en: 'That is how it often feels, and many people wait for motivation. When mood is low, though, it tends to follow action: starting small often comes first, and the wish to continue comes after.',
        },
        action: {
          en: 'Yes: when mood is low, motivation often follows action rather than leading it. That is why small, planned steps can help.',
        },
        unsure: {
          en: 'Fair enough. Many people find that when mood is low, motivation tends to follow action: starting small comes first.',
        },
      },
    },
    {
      id: 'breaking',
      kind: 'text',
      title: { en: 'Where the cycle can turn' },
      body: {
        en: 'Because the cycle runs both ways, it can also turn the other way. Small, planned activities, especially ones that bring a bit of pleasure or a sense of achievement, can lift mood a little, which makes the next step a little easier.\n\nThe aim is not to feel great straight away. It is to act according to a plan rather than according to the mood of the moment.',
      },
    },
    {
      id: 'q-size',
      kind: 'choice',
      prompt: { en: 'Which first step is most likely to get the cycle turning?' },
      multiple: false,
      options: [
        { id: 'big', label: { en: 'Clearing the whole backlog this weekend' } },
        { id: 'small', label: { en: 'Ten minutes of one task, at a set time' } },
        { id: 'wait', label: { en: 'Waiting until I feel better' } },
      ],
      feedback: {
        big: {
          en: 'Wanting to catch up makes sense. Big goals can feel overwhelming when energy is low, though; a small, set step is more likely to happen and to build from.',
        },
        small: {
          en: 'Small and specific tends to work best: it is easier to start, and each step you take counts.',
        },
        wait: {
          en: 'Waiting is understandable, and rest matters. If the cycle is at work, though, feeling better may come after a small step rather than before.',
        },
      },
    },
    {
      id: 'own-cycle',
      kind: 'prompt',
      prompt: {
        en: 'Where, if anywhere, do you notice this cycle in your own week? What have you been doing less of?',
      },
      maxLength: 600,
    },
    {
      id: 'first-step',
      kind: 'prompt',
      prompt: { en: 'What is one small activity you could plan for the next few days?' },
      placeholder: { en: 'e.g. a ten-minute walk after lunch on Wednesday' },
      maxLength: 300,
    },
    {
      id: 'summary',
      kind: 'reflection',
      title: { en: 'Looking back' },
      quotes: ['own-cycle', 'first-step'],
      template: { en: 'The cycle in your week: {own-cycle}\n\nA first small step: {first-step}' },
      prompt: { en: 'Any questions about this you want to bring to your next session?' },
    },
  ],
};
