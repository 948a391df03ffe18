/**
 * CBT-flavoured check-in: a pocket thought record (situation, thought, feeling intensity,
 * what you did). Written for Interlude in its own words after the cognitive model of
 * Aaron T. Beck; the full record with evidence and a balanced thought is the
 * `cbt-thought-record` exercise.
 *
 * @module
 */
import type { CheckInTemplate } from '@interlude/core';

/** CBT thought-record-lite check-in. */
export const cbtThoughtRecordLite: CheckInTemplate = {
  kind: 'check-in',
  id: 'cbt-thought-record-lite',
  version: '1.0.0',
  title: { en: 'Quick thought record' },
  description: {
    en: 'Catch one moment: what happened, what went through your mind, how strong the feeling was, what you did.',
  },
  modality: 'cbt',
  attribution: {
    approach: 'Cognitive Behavioural Therapy (CBT)',
    credit:
      'Beck, A. T., Rush, A. J., Shaw, B. F., & Emery, G. (1979). Cognitive Therapy of Depression. Guilford Press.',
    note: 'Written for Interlude in its own words after the cognitive model of Aaron T. Beck; not a reproduction of a published worksheet. The full record is the cbt-thought-record exercise.',
  },
  estimatedMinutes: 2,
  items: [
    {
      id: 'situation',
      kind: 'short-text',
      prompt: { en: 'What happened? (where, when, who)' },
      required: false,
      maxLength: 200,
    },
    {
      id: 'thought',
      kind: 'short-text',
      prompt: { en: 'What went through your mind?' },
      required: false,
      maxLength: 200,
      isNote: true,
    },
    {
      id: 'intensity',
      kind: 'slider',
      prompt: { en: 'How strong was the feeling?' },
      required: false,
      min: 0,
      max: 10,
      step: 1,
      anchors: { low: { en: 'Barely there' }, high: { en: 'As strong as it gets' } },
      tracked: { direction: 'higher-is-worse', label: { en: 'Feeling intensity' } },
    },
    {
      id: 'behaviour',
      kind: 'choice',
      prompt: { en: 'What did you do?' },
      required: false,
      multiple: false,
      options: [
        { id: 'faced', label: { en: 'Stayed with it or faced it' } },
        { id: 'avoided', label: { en: 'Avoided or left' } },
        { id: 'withdrew', label: { en: 'Withdrew from people' } },
        { id: 'other', label: { en: 'Something else' } },
      ],
    },
  ],
  feedback: {
    rules: [
      {
        when: { itemId: 'intensity', op: 'gte', value: 8 },
        message: {
          en: 'That was a strong feeling. Writing it down already creates a little distance. If it stays this strong, your coping plan and your clinician are there for you.',
        },
      },
      {
        when: { itemId: 'behaviour', op: 'eq', value: 'avoided' },
        message: {
          en: 'Avoiding makes sense in the moment; it brings quick relief. Noticing it is useful information to look at together in session.',
        },
      },
      {
        when: { itemId: 'thought', op: 'answered' },
        message: {
          en: 'You caught a thought. Thoughts are not facts; they are worth a second look, and you can do that in your next session.',
        },
      },
    ],
    default: { en: 'Thanks for recording this moment. Small records like this make patterns easier to see.' },
  },
};
