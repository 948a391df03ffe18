/**
 * IFS Self-energy reflection on the eight Cs (calm, curiosity, compassion, confidence,
 * courage, clarity, creativity, connectedness): where they were within reach this week.
 * Written for Interlude in its own words.
 *
 * @module
 */
import type { ExerciseDefinition } from '@interlude/core';
import { IFS_ATTRIBUTION } from './ifs-shared.js';

const c = (id: string, label: string, description: string) => ({
  id,
  label: { en: label },
  description: { en: description },
});

/** IFS Self-energy reflection on the 8 Cs. */
export const ifsSelfEnergy: ExerciseDefinition = {
  kind: 'exercise',
  id: 'ifs-self-energy',
  version: '1.0.0',
  title: { en: 'Self-energy: the eight Cs' },
  description: { en: 'Notice which qualities of Self were within reach this week, and what helped.' },
  rationale: {
    en: 'In IFS, Self is not something to earn: it is already there, even when parts crowd it out. Noticing when its qualities show up, however briefly, helps you find your way back to them.',
  },
  modality: 'ifs',
  estimatedMinutes: 8,
  attribution: IFS_ATTRIBUTION,
  steps: [
    {
      id: 'intro',
      kind: 'text',
      title: { en: 'Qualities of Self' },
      body: {
        en: 'IFS describes Self through eight qualities, the eight Cs: calm, curiosity, compassion, confidence, courage, clarity, creativity and connectedness.\n\nEveryone has access to them; parts sometimes stand in front of them. There is nothing to get right here, only noticing.',
      },
    },
    {
      id: 'sort',
      kind: 'card-sort',
      title: { en: 'This week' },
      prompt: { en: 'Sort the eight Cs by how much they were within reach for you this week.' },
      cards: [
        c('calm', 'Calm', 'a settled steadiness'),
        c('curiosity', 'Curiosity', 'wanting to understand, not judge'),
        c('compassion', 'Compassion', 'warmth toward yourself and others'),
        c('confidence', 'Confidence', 'trusting you can handle things'),
        c('courage', 'Courage', 'facing what is hard'),
        c('clarity', 'Clarity', 'seeing a situation as it is'),
        c('creativity', 'Creativity', 'finding fresh ways through'),
        c('connectedness', 'Connectedness', 'feeling part of something'),
      ],
      piles: [
        { id: 'often', label: { en: 'Often within reach' } },
        { id: 'sometimes', label: { en: 'Sometimes' } },
        { id: 'hard', label: { en: 'Hard to reach right now' } },
      ],
    },
    {
      id: 'moment',
      kind: 'prompt',
      prompt: {
        en: 'Think of a moment this week when one of these qualities was there, even briefly. What was happening?',
      },
      maxLength: 500,
    },
    {
      id: 'helped',
      kind: 'prompt',
      prompt: { en: 'What helped that quality come forward?' },
      placeholder: { en: 'e.g. a walk, a slow breath, talking to a friend' },
      maxLength: 400,
    },
    {
      id: 'in-the-way',
      kind: 'prompt',
      prompt: {
        en: 'For a quality that was hard to reach: is there a part that might be standing in front of it? What might it be worried about?',
      },
      maxLength: 500,
    },
    {
      id: 'summary',
      kind: 'reflection',
      title: { en: 'Looking back' },
      quotes: ['sort', 'moment', 'helped'],
      template: { en: '{sort}\n\nA moment of Self-energy: {moment}\nWhat helped: {helped}' },
      prompt: { en: 'Anything you want to bring to your next session?' },
    },
  ],
};
