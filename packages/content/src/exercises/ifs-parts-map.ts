/**
 * IFS parts map: name the parts you know, where each shows up in the body, how you feel
 * toward it, what it might need, and the role it seems to play. Written for Interlude in its
 * own words.
 *
 * @module
 */
import type { ExerciseDefinition } from '@interlude/core';
import { IFS_ATTRIBUTION } from './ifs-shared.js';

/** IFS parts map. */
export const ifsPartsMap: ExerciseDefinition = {
  kind: 'exercise',
  id: 'ifs-parts-map',
  version: '1.0.0',
  title: { en: 'A map of your parts' },
  description: { en: 'Draw a simple map of the parts you know: what each is like and what it might need.' },
  rationale: {
    en: 'Seeing your parts side by side can make inner conflicts easier to understand: often parts that clash are both trying to help. A map is also something you can keep adding to over time.',
  },
  modality: 'ifs',
  estimatedMinutes: 12,
  attribution: IFS_ATTRIBUTION,
  steps: [
    {
      id: 'intro',
      kind: 'text',
      title: { en: 'Your inner system' },
      body: {
        en: 'IFS sees the mind as made of many parts, each with its own feelings and intentions, and a core Self that can be calm and curious toward them.\n\nParts often fall into three groups:\n- **managers** try to keep things under control\n- **firefighters** rush in when pain breaks through\n- **exiles** carry old hurt or fear\n\nThese are rough guides. "Not sure" is always a fine answer.',
      },
    },
    {
      id: 'parts',
      kind: 'parts-map',
      title: { en: 'Map your parts' },
      prompt: { en: 'Add the parts you are aware of, one at a time. Give each a name that fits for you.' },
      bodyPrompt: { en: 'Where do you notice it in your body?' },
      feelingPrompt: { en: 'How do you feel toward it?' },
      needsPrompt: { en: 'What might it need?' },
      notePrompt: { en: 'What is it trying to do for you?' },
      maxParts: 8,
      required: true,
    },
    {
      id: 'relationships',
      kind: 'prompt',
      prompt: {
        en: 'Do any of these parts seem to clash, or to team up? What do you notice between them?',
      },
      maxLength: 600,
    },
    {
      id: 'self',
      kind: 'text',
      title: { en: 'Stepping back' },
      body: {
        en: 'Take a moment to look at the whole map. If you can, notice it from a place of curiosity, as if you were meeting these parts for the first time.',
      },
    },
    {
      id: 'summary',
      kind: 'reflection',
      title: { en: 'Your map' },
      quotes: ['parts', 'relationships'],
      template: { en: 'Parts on your map: {parts}\n\nBetween them: {relationships}' },
      prompt: { en: 'Which part would you like to get to know better with your clinician?' },
    },
  ],
};
