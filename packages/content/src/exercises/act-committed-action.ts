/**
 * ACT committed action: from a value to one small, concrete step, with a plan for when,
 * for what might get in the way, and for how willing the client is to have those feelings
 * and take the step anyway. Written for Interlude in its own words.
 *
 * @module
 */
import type { ExerciseDefinition } from '@interlude/core';
import { actAttribution } from './act-shared.js';

/** ACT values → committed-action plan. */
export const actCommittedAction: ExerciseDefinition = {
  kind: 'exercise',
  id: 'act-committed-action',
  version: '1.0.0',
  title: { en: 'One small step: a committed-action plan' },
  description: {
    en: 'Turn a value into one small step for this week, and plan for what might get in the way.',
  },
  rationale: {
    en: 'Values come alive in what we do. A step small enough to actually take, planned for a real moment, is more useful than a big intention, and planning for obstacles makes it easier to keep going when they show up.',
  },
  modality: 'act',
  estimatedMinutes: 8,
  attribution: actAttribution(),
  steps: [
    {
      id: 'intro',
      kind: 'text',
      title: { en: 'From a value to a step' },
      body: {
        en: 'A value is a direction, like heading west: you never arrive, but you can always take a step that way.\n\nIn this exercise you will:\n1. pick one value\n2. choose one small step toward it\n3. plan when, and what might get in the way\n\nSmall is good. A step you take beats a perfect plan you do not.',
      },
    },
    {
      id: 'value',
      kind: 'prompt',
      prompt: { en: 'Which value do you want to move toward this week? Describe it in your own words.' },
      placeholder: { en: 'e.g. being a caring friend' },
      maxLength: 300,
      required: true,
    },
    {
      id: 'step',
      kind: 'prompt',
      prompt: {
        en: 'What is one small, concrete step toward it? Something you could do in under an hour, that someone watching would see.',
      },
      placeholder: { en: 'e.g. send Amira a message asking how her week went' },
      maxLength: 300,
      required: true,
    },
    {
      id: 'when',
      kind: 'prompt',
      prompt: { en: 'When and where will you take it?' },
      placeholder: { en: 'e.g. Thursday evening, after dinner' },
      maxLength: 200,
    },
    {
      id: 'obstacles',
      kind: 'list-builder',
      prompt: {
        en: 'What might get in the way? Include thoughts ("it will be awkward"), feelings (tiredness, worry) and practical things.',
      },
      addLabel: { en: 'Add an obstacle' },
      entryLabel: { en: 'Obstacle' },
      min: 0,
      max: 6,
    },
    {
      id: 'if-then',
      kind: 'prompt',
      condition: { stepId: 'obstacles', op: 'answered' },
      prompt: { en: 'If one of those shows up, what could you do so you can still take the step?' },
      placeholder: { en: 'e.g. notice the worry, say "thanks, mind", and send the message anyway' },
      maxLength: 400,
    },
    {
      id: 'willingness',
      kind: 'rating',
      prompt: {
        en: 'How willing are you to have whatever thoughts and feelings come along, and take the step anyway?',
      },
      min: 0,
      max: 10,
      anchors: { low: { en: 'Not willing yet' }, high: { en: 'Completely willing' } },
    },
    {
      id: 'smaller',
      kind: 'prompt',
      condition: { stepId: 'willingness', op: 'lte', value: 4 },
      prompt: {
        en: 'That is useful to know. Is there an even smaller version of the step that you would be willing to take?',
      },
      maxLength: 300,
    },
    {
      id: 'plan',
      kind: 'reflection',
      title: { en: 'Your plan' },
      quotes: ['value', 'step', 'when', 'obstacles', 'smaller'],
      template: {
        en: 'Toward: {value}\n\nYour step: {step}\nWhen: {when}\n\nWhat might get in the way: {obstacles}\n\nA smaller version, if you need one: {smaller}',
      },
      prompt: { en: 'Anything you want to remember, or bring to your next session?' },
    },
  ],
};
