/**
 * CBT thought record: situation, automatic thought, feelings, evidence on both sides, a
 * more balanced thought and a re-rating. Written for Interlude in its own words.
 *
 * @module
 */
import type { ExerciseDefinition } from '@interlude/core';

const percent = { min: 0, max: 100, step: 10 };

/** CBT thought record with evidence and a balanced alternative thought. */
export const cbtThoughtRecord: ExerciseDefinition = {
  kind: 'exercise',
  id: 'cbt-thought-record',
  version: '1.1.0',
  title: { en: 'Thought record' },
  description: {
    en: 'Slow down one upsetting moment: what you thought, how you felt, and whether there is another way to see it.',
  },
  rationale: {
    en: 'Writing a moment down slows it. Looking at a thought on paper, next to the facts, often makes room for a view that is kinder and more accurate, and that can soften the feeling that came with it.',
  },
  modality: 'cbt',
  estimatedMinutes: 10,
  attribution: {
    approach: 'Cognitive Behavioural Therapy (CBT)',
    credit:
      'Beck, A. T., Rush, A. J., Shaw, B. F., & Emery, G. (1979). Cognitive Therapy of Depression. Guilford Press.',
    note: 'Written for Interlude in its own words; not a reproduction of a published worksheet.',
  },
  steps: [
    {
      id: 'intro',
      kind: 'text',
      body: {
        en: 'How we feel is shaped by how we read a situation. Thoughts that pop up automatically can feel like facts even when they are not.\n\nThink of one recent moment when your mood dropped or you felt upset.',
      },
    },
    {
      id: 'situation',
      kind: 'prompt',
      prompt: { en: 'What was happening? Where were you, who was there, when was it?' },
      maxLength: 500,
      required: true,
    },
    {
      id: 'thought',
      kind: 'prompt',
      prompt: { en: 'What went through your mind just then?' },
      maxLength: 500,
      required: true,
    },
    {
      id: 'belief-before',
      kind: 'rating',
      prompt: { en: 'How much did you believe that thought at the time?' },
      ...percent,
      anchors: { low: { en: '0% — not at all' }, high: { en: '100% — completely' } },
    },
    {
      id: 'feelings',
      kind: 'choice',
      prompt: { en: 'What did you feel?' },
      multiple: true,
      options: [
        { id: 'sad', label: { en: 'Sad or low' } },
        { id: 'anxious', label: { en: 'Anxious or worried' } },
        { id: 'angry', label: { en: 'Angry or irritated' } },
        { id: 'ashamed', label: { en: 'Ashamed or embarrassed' } },
        { id: 'guilty', label: { en: 'Guilty' } },
        { id: 'other', label: { en: 'Something else' } },
      ],
    },
    {
      id: 'intensity-before',
      kind: 'rating',
      prompt: { en: 'How strong was the feeling?' },
      ...percent,
      anchors: { low: { en: 'Barely there' }, high: { en: 'As strong as it gets' } },
    },
    {
      id: 'evidence-for',
      kind: 'list-builder',
      prompt: { en: 'What facts support the thought? (facts, not interpretations)' },
      addLabel: { en: 'Add a fact' },
      min: 0,
      max: 6,
    },
    {
      id: 'evidence-against',
      kind: 'list-builder',
      prompt: { en: 'What facts do not fit the thought, or show another side?' },
      addLabel: { en: 'Add a fact' },
      min: 0,
      max: 6,
    },
    {
      id: 'balanced',
      kind: 'prompt',
      prompt: {
        en: 'Taking all of it into account, what is a more balanced way to see the situation? What would you say to a friend who had this thought?',
      },
      maxLength: 500,
    },
    {
      id: 'belief-after',
      kind: 'rating',
      prompt: { en: 'Now, how much do you believe the original thought?' },
      ...percent,
      anchors: { low: { en: '0% — not at all' }, high: { en: '100% — completely' } },
      condition: { stepId: 'balanced', op: 'answered' },
    },
    {
      id: 'intensity-after',
      kind: 'rating',
      prompt: { en: 'And how strong is the feeling now?' },
      ...percent,
      anchors: { low: { en: 'Barely there' }, high: { en: 'As strong as it gets' } },
      condition: { stepId: 'balanced', op: 'answered' },
    },
    {
      id: 'summary',
      kind: 'reflection',
      quotes: ['situation', 'thought', 'balanced'],
      template: {
        en: 'When {situation}, the thought was: {thought}\n\nA more balanced view: {balanced}',
      },
      prompt: {
        en: 'If the feeling did not shift much, that is useful to know too. Anything to bring to your next session?',
      },
    },
  ],
};
