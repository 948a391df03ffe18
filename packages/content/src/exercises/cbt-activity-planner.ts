/**
 * CBT behavioural-activation planner: plan a few activities with day and time, predict how
 * much pleasure and mastery each will bring (0–10), then rate how it actually went. Written
 * for Interlude in its own words.
 *
 * @module
 */
import type { ExerciseDefinition } from '@interlude/core';
import { cbtAttribution, zeroToTen } from './cbt-shared.js';

/** CBT behavioural-activation planner with predicted and actual pleasure and mastery. */
export const cbtActivityPlanner: ExerciseDefinition = {
  kind: 'exercise',
  id: 'cbt-activity-planner',
  version: '1.0.0',
  title: { en: 'Activity planner' },
  description: {
    en: 'Plan a few activities for the week, guess how they will feel, then note how they actually went.',
  },
  rationale: {
    en: 'When mood is low, waiting to feel like doing things often means doing less, and doing less can lower mood further. Planning a few activities, and comparing how you expected them to feel with how they felt, is a practical way to turn that around.',
  },
  modality: 'cbt',
  estimatedMinutes: 10,
  attribution: cbtAttribution(true),
  steps: [
    {
      id: 'intro',
      kind: 'text',
      title: { en: 'Planning ahead' },
      body: {
        en: 'Choose a few activities for the coming days. A mix works well:\n- things you **enjoy**, or used to enjoy\n- things that give a sense of **achievement**, however small (mastery)\n- things that matter to you\n\nKeep them small and specific: "walk to the park on Tuesday at 5" rather than "exercise more".',
      },
    },
    {
      id: 'plan',
      kind: 'list-builder',
      title: { en: 'Your plan' },
      prompt: {
        en: 'Add each activity with a day and time, and guess how much pleasure and mastery it will bring (0 = none, 10 = the most). Leave "how it went" for later.',
      },
      addLabel: { en: 'Add an activity' },
      entryLabel: { en: 'Activity' },
      min: 1,
      max: 7,
      required: true,
      fields: [
        { id: 'day', kind: 'day', label: { en: 'Day' } },
        { id: 'time', kind: 'time', label: { en: 'Time' } },
        zeroToTen('pleasure-predicted', 'Pleasure I expect', 'None', 'The most'),
        zeroToTen('mastery-predicted', 'Mastery I expect', 'None', 'The most'),
        zeroToTen('pleasure-actual', 'Pleasure it gave (after)', 'None', 'The most'),
        zeroToTen('mastery-actual', 'Mastery it gave (after)', 'None', 'The most'),
      ],
    },
    {
      id: 'later',
      kind: 'text',
      title: { en: 'Come back after each activity' },
      body: {
        en: 'Your plan is saved on this device. After each activity, open this exercise again and add how much pleasure and mastery it actually gave. Doing an activity counts, whatever the ratings.',
      },
    },
    {
      id: 'compare',
      kind: 'prompt',
      prompt: {
        en: 'Once you have done some of them: how did the actual ratings compare with what you expected?',
      },
      maxLength: 600,
    },
    {
      id: 'summary',
      kind: 'reflection',
      title: { en: 'Looking back' },
      quotes: ['plan', 'compare'],
      template: { en: 'Your activities: {plan}\n\nWhat you noticed: {compare}' },
      prompt: { en: 'Anything you want to bring to your next session?' },
    },
  ],
};
