/**
 * IFS parts map and unblending: notice the parts that are around, name them, pick one,
 * check how you feel toward it and, if another part is blended, ask it to step back.
 * Written for Interlude in its own words.
 *
 * @module
 */
import type { ExerciseDefinition } from '@interlude/core';

/** IFS parts map with a gentle unblending practice. */
export const ifsUnblending: ExerciseDefinition = {
  kind: 'exercise',
  id: 'ifs-unblending',
  version: '1.1.0',
  title: { en: 'Getting to know a part' },
  description: {
    en: 'Map the parts that are active for you, then spend a few minutes getting to know one of them.',
  },
  rationale: {
    en: 'When a part takes over, it can feel like that part is all of you. Noticing it, and asking it to give you a little room, lets you get to know it with curiosity instead of being carried by it.',
  },
  modality: 'ifs',
  estimatedMinutes: 10,
  attribution: {
    approach: 'Internal Family Systems (IFS)',
    credit:
      'Schwartz, R. C. (1995). Internal Family Systems Therapy. Guilford Press; Schwartz, R. C., & Sweezy, M. (2020), 2nd ed.',
    note: 'Written for Interlude in its own words; not a reproduction of a published exercise. Best used with an IFS-informed clinician.',
  },
  steps: [
    {
      id: 'intro',
      kind: 'text',
      body: {
        en: 'We all have parts: a part that plans, a part that criticises, a part that wants to escape, a part that still carries old hurt. Each part is trying to help in its own way.\n\nThis exercise is about noticing and getting curious, not about changing anything. If it becomes too much, you can stop at any time and come back to it with your clinician.',
      },
    },
    {
      id: 'settle',
      kind: 'breathing',
      instructions: {
        en: 'First, settle in. Follow the pacer for a few easy breaths, or breathe at your own pace.',
      },
      inhaleSeconds: 4,
      holdSeconds: 0,
      exhaleSeconds: 6,
      cycles: 4,
    },
    {
      id: 'parts',
      kind: 'parts-map',
      prompt: {
        en: 'Which parts do you notice around a recent situation? Give each a name that fits, and choose the role it seems to play: a manager tries to keep things under control, a firefighter rushes in to put out pain, an exile carries hurt. Not sure is fine too.',
      },
      notePrompt: { en: 'What is this part trying to do for you?' },
      maxParts: 6,
      required: true,
    },
    {
      id: 'focus',
      kind: 'prompt',
      prompt: {
        en: 'Choose one part to get to know. Where do you notice it: in your body, as an image, as a voice?',
      },
      maxLength: 500,
    },
    {
      id: 'feel-toward',
      kind: 'choice',
      prompt: { en: 'How do you feel toward this part right now?' },
      multiple: false,
      options: [
        { id: 'curious', label: { en: 'Curious or open' } },
        { id: 'calm', label: { en: 'Calm' } },
        { id: 'compassionate', label: { en: 'Warm or compassionate' } },
        { id: 'reactive', label: { en: 'Annoyed, afraid or wanting it gone' } },
        { id: 'unsure', label: { en: 'Not sure' } },
      ],
    },
    {
      id: 'unblend',
      kind: 'text',
      condition: { stepId: 'feel-toward', op: 'eq', value: 'reactive' },
      body: {
        en: 'That reaction is probably another part, and that is okay. See if that part would be willing to step back a little, just for a few minutes, so you can get to know the first one. If it will not, that is fine: get curious about it instead.',
      },
    },
    {
      id: 'pause',
      kind: 'timer',
      instructions: { en: 'Stay with the part for a minute. Just notice it, without trying to change it.' },
      seconds: 60,
    },
    {
      id: 'message',
      kind: 'prompt',
      prompt: { en: 'If the part could tell you one thing, what would it want you to know?' },
      maxLength: 500,
    },
    {
      id: 'summary',
      kind: 'reflection',
      quotes: ['parts', 'message'],
      template: { en: 'The parts you noticed: {parts}\n\nWhat one of them wanted you to know: {message}' },
      prompt: { en: 'What do you want to thank this part for, or bring to your next session?' },
    },
  ],
};
