/**
 * CBT activity monitoring diary: note what you did over a few days, with mood, pleasure and
 * mastery, to see how activity and mood are linked. Written for Interlude in its own words.
 *
 * @module
 */
import type { ExerciseDefinition } from '@interlude/core';
import { cbtAttribution, zeroToTen } from './cbt-shared.js';

/** CBT activity monitoring diary. */
export const cbtActivityDiary: ExerciseDefinition = {
  kind: 'exercise',
  id: 'cbt-activity-diary',
  version: '1.0.0',
  title: { en: 'Activity diary' },
  description: { en: 'Note what you do and how you feel over a few days, to see patterns between them.' },
  rationale: {
    en: 'Memory of a week tends to be coloured by how we feel now. Writing down what you did and how it felt, close to the time, shows which activities lift your mood and which ones drain it.',
  },
  modality: 'cbt',
  estimatedMinutes: 5,
  attribution: cbtAttribution(true),
  steps: [
    {
      id: 'intro',
      kind: 'text',
      title: { en: 'How the diary works' },
      body: {
        en: 'A few times a day, add what you were doing and rate your mood, how much you enjoyed it (pleasure) and how much of an achievement it felt (mastery).\n\nEverything counts, including resting, scrolling or staying in bed. There are no good or bad entries; the point is to notice.',
      },
    },
    {
      id: 'diary',
      kind: 'list-builder',
      title: { en: 'Your diary' },
      prompt: { en: 'Add an entry for each part of the day you want to record.' },
      addLabel: { en: 'Add an entry' },
      entryLabel: { en: 'What I was doing' },
      min: 1,
      max: 30,
      required: true,
      fields: [
        { id: 'day', kind: 'day', label: { en: 'Day' } },
        { id: 'time', kind: 'time', label: { en: 'Time' } },
        zeroToTen('mood', 'Mood', 'Very low', 'Very good'),
        zeroToTen('pleasure', 'Pleasure', 'None', 'The most'),
        zeroToTen('mastery', 'Mastery', 'None', 'The most'),
      ],
    },
    {
      id: 'lifted',
      kind: 'prompt',
      prompt: { en: 'Looking over your entries, which activities went with a better mood?' },
      maxLength: 500,
    },
    {
      id: 'drained',
      kind: 'prompt',
      prompt: { en: 'And which went with a lower mood?' },
      maxLength: 500,
    },
    {
      id: 'summary',
      kind: 'reflection',
      title: { en: 'Looking back' },
      quotes: ['lifted', 'drained'],
      template: { en: 'Better mood with: {lifted}\nLower mood with: {drained}' },
      prompt: { en: 'Is there one activity you would like to do a little more of next week?' },
    },
  ],
};
