/**
 * ACT-flavoured check-in on three processes of psychological flexibility: contact with the
 * present moment, values-consistent action and willingness (acceptance). Written for
 * Interlude in its own words after the ACT model of Hayes, Strosahl & Wilson; not a
 * validated measure — use the outcome measures for that.
 *
 * @module
 */
import type { CheckInTemplate } from '@interlude/core';

const scale = (low: string, high: string) => ({
  min: 0,
  max: 10,
  step: 1,
  anchors: { low: { en: low }, high: { en: high } },
});

/** ACT psychological-flexibility check-in. */
export const actFlexibility: CheckInTemplate = {
  kind: 'check-in',
  id: 'act-flexibility',
  version: '1.0.0',
  title: { en: 'Flexibility check-in' },
  description: {
    en: 'Three quick questions about being present, acting on what matters, and making room for what is hard.',
  },
  modality: 'act',
  estimatedMinutes: 1,
  attribution: {
    approach: 'Acceptance and Commitment Therapy (ACT)',
    credit:
      'Hayes, S. C., Strosahl, K. D., & Wilson, K. G. (2012). Acceptance and Commitment Therapy: The Process and Practice of Mindful Change (2nd ed.). Guilford Press.',
    note: 'Written for Interlude in its own words after the ACT model of psychological flexibility; not a validated measure (use the outcome measures for that).',
  },
  items: [
    {
      id: 'present',
      kind: 'slider',
      prompt: {
        en: 'Today, how much could you notice what was happening, rather than being caught up in your head?',
      },
      required: false,
      ...scale('Hardly at all', 'Very much'),
      tracked: { direction: 'higher-is-better', label: { en: 'Present moment' } },
    },
    {
      id: 'values',
      kind: 'slider',
      prompt: { en: 'How much did what you did today line up with what matters to you?' },
      required: false,
      ...scale('Not at all', 'Completely'),
      tracked: { direction: 'higher-is-better', label: { en: 'Values-consistent action' } },
    },
    {
      id: 'willingness',
      kind: 'slider',
      prompt: {
        en: 'When difficult thoughts or feelings showed up, how willing were you to make room for them?',
      },
      required: false,
      ...scale('Not willing', 'Fully willing'),
      tracked: { direction: 'higher-is-better', label: { en: 'Willingness' } },
    },
    {
      id: 'note',
      kind: 'short-text',
      prompt: { en: 'One small thing you did today that mattered to you (optional)' },
      required: false,
      isNote: true,
    },
  ],
  feedback: {
    rules: [
      {
        when: { itemId: 'values', op: 'gte', value: 7 },
        message: {
          en: 'You took steps toward what matters today. Those steps count, whatever else was going on.',
        },
      },
      {
        when: { itemId: 'willingness', op: 'lte', value: 3 },
        message: {
          en: 'Pushing hard feelings away is what minds do, especially on tough days. Noticing it is where willingness starts.',
        },
      },
      {
        when: { itemId: 'present', op: 'lte', value: 3 },
        message: {
          en: 'A busy mind today. Even one slow breath, noticing what you can see and hear, is a way back to now.',
        },
      },
    ],
    default: {
      en: 'Thanks for pausing to notice. Every check-in is a small act of paying attention to what matters.',
    },
  },
};
