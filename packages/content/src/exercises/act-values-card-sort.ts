/**
 * ACT values card sort: sort life areas and qualities by how much they matter right now,
 * then pick one small step toward a top value. Written for Interlude in its own words;
 * the value words are everyday language, not a reproduction of a published card deck.
 *
 * @module
 */
import type { ExerciseDefinition } from '@interlude/core';

const card = (id: string, label: string) => ({ id, label: { en: label } });

/** ACT values card sort with a small committed action. */
export const actValuesCardSort: ExerciseDefinition = {
  kind: 'exercise',
  id: 'act-values-card-sort',
  version: '1.1.0',
  title: { en: 'What matters to you: a values sort' },
  description: {
    en: 'Sort values by how much they matter to you now, then choose one small step toward one of them.',
  },
  rationale: {
    en: 'Knowing what matters to you gives you a direction to turn toward, even on days when thoughts and feelings pull the other way. Small steps in that direction tend to make a week feel more like your own.',
  },
  modality: 'act',
  estimatedMinutes: 10,
  attribution: {
    approach: 'Acceptance and Commitment Therapy (ACT)',
    credit:
      'Hayes, S. C., Strosahl, K. D., & Wilson, K. G. (2012). Acceptance and Commitment Therapy: The Process and Practice of Mindful Change (2nd ed.). Guilford Press.',
    note: 'Written for Interlude in its own words; not a reproduction of a published worksheet or card deck.',
  },
  steps: [
    {
      id: 'intro',
      kind: 'text',
      body: {
        en: 'Values are the qualities you want to bring to your life: how you want to treat people, yourself and the world. They are not goals you finish; they are directions you can keep moving in.\n\nThere are no right answers here, and nothing is fixed. Sort by what matters to you now, not what you think should matter.',
      },
    },
    {
      id: 'sort',
      kind: 'card-sort',
      prompt: { en: 'Place each card in a pile. Keep the first pile small: choose at most five.' },
      required: true,
      cards: [
        card('family', 'Family'),
        card('friendship', 'Friendship'),
        card('partnership', 'Close relationship'),
        card('health', 'Looking after my body'),
        card('learning', 'Learning and growing'),
        card('work', 'Meaningful work'),
        card('creativity', 'Creativity'),
        card('nature', 'Being in nature'),
        card('honesty', 'Honesty'),
        card('kindness', 'Kindness'),
        card('courage', 'Courage'),
        card('adventure', 'Adventure'),
        card('community', 'Contributing to my community'),
        card('spirituality', 'Spirituality or faith'),
        card('play', 'Fun and play'),
        card('self-care', 'Caring for myself'),
      ],
      piles: [
        { id: 'very', label: { en: 'Very important to me' }, max: 5 },
        { id: 'somewhat', label: { en: 'Somewhat important' } },
        { id: 'not-now', label: { en: 'Not so important right now' } },
      ],
    },
    {
      id: 'chosen-value',
      kind: 'prompt',
      prompt: { en: 'Pick one value from your first pile. In your own words, what does it mean to you?' },
      maxLength: 500,
    },
    {
      id: 'lived',
      kind: 'rating',
      prompt: { en: 'Over the past week, how much have you lived by this value?' },
      min: 0,
      max: 10,
      anchors: { low: { en: 'Not at all' }, high: { en: 'Fully' } },
    },
    {
      id: 'small-step',
      kind: 'prompt',
      prompt: {
        en: 'Name one small, concrete thing you could do this week that moves you toward this value.',
      },
      placeholder: { en: 'e.g. call my sister on Sunday' },
      maxLength: 280,
    },
    {
      id: 'barriers',
      kind: 'list-builder',
      prompt: {
        en: 'Which thoughts or feelings might show up and get in the way? Naming them ahead of time makes them easier to notice.',
      },
      addLabel: { en: 'Add one' },
      min: 0,
      max: 5,
      condition: { stepId: 'small-step', op: 'answered' },
    },
    {
      id: 'willing',
      kind: 'rating',
      prompt: { en: 'How willing are you to make room for those and take the step anyway?' },
      min: 0,
      max: 10,
      anchors: { low: { en: 'Not willing' }, high: { en: 'Fully willing' } },
      condition: { stepId: 'small-step', op: 'answered' },
    },
    {
      id: 'summary',
      kind: 'reflection',
      quotes: ['sort', 'chosen-value', 'small-step'],
      template: {
        en: 'Your values: {sort}\n\nThe value you chose, in your words: {chosen-value}\n\nYour step this week: {small-step}',
      },
      prompt: { en: 'Anything you want to bring to your next session?' },
    },
  ],
};
