/**
 * ACT leaves on a stream: a guided defusion practice as a timer with timed guidance (so it
 * works without sound) and a short reflection. Written for Interlude in its own words; the
 * guidance is not a transcript of any published recording.
 *
 * @module
 */
import type { ExerciseDefinition } from '@interlude/core';
import { actAttribution } from './act-shared.js';

/** ACT leaves on a stream, as guided timed text. */
export const actLeavesOnAStream: ExerciseDefinition = {
  kind: 'exercise',
  id: 'act-leaves-on-a-stream',
  version: '1.0.0',
  title: { en: 'Leaves on a stream' },
  description: { en: 'A five-minute guided practice: let thoughts come and go, like leaves floating past.' },
  rationale: {
    en: 'Practising letting thoughts drift by, without holding on or pushing them away, makes it easier to notice when you are caught up in one and to gently step back, in everyday life too.',
  },
  modality: 'act',
  estimatedMinutes: 8,
  attribution: actAttribution(),
  steps: [
    {
      id: 'intro',
      kind: 'text',
      title: { en: 'Before you start' },
      body: {
        en: 'Find a place where you can sit for about five minutes. The guidance appears on screen as you go; you can read it with your eyes half open, or read it all first and then practise with your eyes closed.\n\nThere is no way to do this wrong. If you get caught up in a thought, noticing that **is** the practice.',
      },
    },
    {
      id: 'stream',
      kind: 'timer',
      title: { en: 'The stream' },
      instructions: { en: 'Start when you are ready. You can pause at any time.' },
      seconds: 300,
      cues: [
        {
          atSeconds: 0,
          text: { en: 'Settle into your seat. Let your breathing find its own pace.' },
        },
        {
          atSeconds: 20,
          text: {
            en: 'Imagine sitting beside a gently flowing stream. Leaves float by on the water, one after another.',
          },
        },
        {
          atSeconds: 50,
          text: {
            en: 'Whenever a thought comes, whether words, a picture or a worry, place it on a leaf and let it float away.',
          },
        },
        {
          atSeconds: 90,
          text: {
            en: 'Pleasant thoughts and painful ones all go on leaves. No need to make the stream go faster or slower.',
          },
        },
        {
          atSeconds: 140,
          text: {
            en: 'If you notice you have been carried off by a thought, that is normal. Gently come back to the bank and the next leaf.',
          },
        },
        {
          atSeconds: 200,
          text: {
            en: 'Thoughts like "this is not working" or "I am bored" can go on leaves too.',
          },
        },
        {
          atSeconds: 260,
          text: {
            en: 'Let the stream fade. Notice the seat beneath you and the sounds around you, and open your eyes when you are ready.',
          },
        },
      ],
    },
    {
      id: 'hooked',
      kind: 'choice',
      prompt: { en: 'What happened during the practice? Choose any that fit.' },
      multiple: true,
      options: [
        { id: 'floated', label: { en: 'Some thoughts floated past' } },
        { id: 'carried', label: { en: 'I got carried off by a thought, and came back' } },
        { id: 'stuck', label: { en: 'A thought would not go on a leaf' } },
        { id: 'few', label: { en: 'Hardly any thoughts came' } },
        { id: 'restless', label: { en: 'I felt restless or bored' } },
      ],
      feedback: {
        carried: {
          en: 'Getting carried off and coming back is exactly the skill this practice builds.',
        },
        stuck: {
          en: 'Some thoughts are sticky. Noticing "this one does not want to go" is a way of stepping back from it.',
        },
        restless: { en: 'Restlessness and boredom are experiences you can place on a leaf as well.' },
      },
    },
    {
      id: 'noticed',
      kind: 'prompt',
      prompt: { en: 'Which thought was the hardest to let float by?' },
      maxLength: 400,
    },
    {
      id: 'summary',
      kind: 'reflection',
      title: { en: 'Looking back' },
      quotes: ['hooked', 'noticed'],
      template: { en: 'During the practice: {hooked}\n\nThe stickiest thought: {noticed}' },
      prompt: { en: 'Anything you want to bring to your next session?' },
    },
  ],
};
