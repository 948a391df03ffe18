/**
 * IFS-flavoured check-in: which parts were active and how much Self-energy (calm,
 * curiosity, compassion) was around. Written for Interlude in its own words after the
 * Internal Family Systems model of Richard Schwartz.
 *
 * @module
 */
import type { CheckInTemplate } from '@interlude/core';

/** IFS parts check-in. */
export const ifsPartsCheckIn: CheckInTemplate = {
  kind: 'check-in',
  id: 'ifs-parts-check-in',
  version: '1.0.0',
  title: { en: 'Parts check-in' },
  description: { en: 'Notice which parts were around today, and how much of your calm, curious Self.' },
  modality: 'ifs',
  estimatedMinutes: 1,
  attribution: {
    approach: 'Internal Family Systems (IFS)',
    credit:
      'Schwartz, R. C. (1995). Internal Family Systems Therapy. Guilford Press; Schwartz, R. C., & Sweezy, M. (2020), 2nd ed.',
    note: 'Written for Interlude in its own words after the IFS model of Richard Schwartz; not a reproduction of a published exercise.',
  },
  items: [
    {
      id: 'parts',
      kind: 'choice',
      prompt: { en: 'Which parts were most active today?' },
      required: false,
      multiple: true,
      options: [
        { id: 'planner', label: { en: 'A planning or controlling part' } },
        { id: 'critic', label: { en: 'An inner critic' } },
        { id: 'numbing', label: { en: 'A part that numbs or distracts' } },
        { id: 'hurt', label: { en: 'A hurt or young part' } },
        { id: 'other', label: { en: 'Another part' } },
      ],
    },
    {
      id: 'self-energy',
      kind: 'slider',
      prompt: { en: 'How much calm, curiosity or compassion could you find toward your parts today?' },
      required: false,
      min: 0,
      max: 10,
      step: 1,
      anchors: { low: { en: 'Hardly any' }, high: { en: 'A lot' } },
      tracked: { direction: 'higher-is-better', label: { en: 'Self-energy' } },
    },
    {
      id: 'note',
      kind: 'short-text',
      prompt: { en: 'Anything a part wanted you to know? (optional)' },
      required: false,
      isNote: true,
    },
  ],
  feedback: {
    rules: [
      {
        when: { itemId: 'parts', op: 'eq', value: 'hurt' },
        message: {
          en: 'A hurt part was close today. You do not have to fix anything now; noticing it with some care is enough. You can bring it to your next session.',
        },
      },
      {
        when: { itemId: 'self-energy', op: 'lte', value: 3 },
        message: {
          en: 'It can be hard to find calm when parts are busy. They usually have good reasons for what they do. Thanks for noticing them.',
        },
      },
      {
        when: { itemId: 'self-energy', op: 'gte', value: 7 },
        message: { en: 'There was room for curiosity and care today. Parts tend to notice that.' },
      },
    ],
    default: { en: 'Thanks for checking in with your parts. Every part is welcome here.' },
  },
};
