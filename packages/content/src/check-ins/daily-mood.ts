/**
 * The default check-in: mood, distress and an optional note, in about 50 seconds.
 *
 * Written for Interlude. Feedback normalises and supports; it never scores, praises
 * streaks or shames. High distress gets a gentle pointer to the client's coping plan and
 * clinician — not a crisis protocol, which belongs to the risk items of outcome measures.
 *
 * @module
 */
import type { CheckInTemplate } from '@interlude/core';

/** Daily mood & distress check-in (English and German). */
export const dailyMood: CheckInTemplate = {
  kind: 'check-in',
  id: 'daily-mood',
  version: '1.0.0',
  title: { en: 'Daily check-in', de: 'Täglicher Check-in' },
  description: {
    en: 'How your mood and stress are today, in under a minute.',
    de: 'Wie es heute um Stimmung und Belastung steht – in weniger als einer Minute.',
  },
  modality: 'general',
  estimatedMinutes: 1,
  attribution: {
    approach: 'Self-monitoring of mood and distress',
    credit: 'Written for Interlude',
    note: 'Written for Interlude in its own words; not a validated measure (use the outcome measures for that). High distress points to the coping plan and the clinician; crisis handling belongs to the risk items of outcome measures.',
  },
  items: [
    {
      id: 'mood',
      kind: 'mood',
      prompt: { en: 'How is your mood right now?', de: 'Wie ist Ihre Stimmung gerade?' },
      required: true,
      points: 5,
      labels: [
        { en: 'Very low', de: 'Sehr gedrückt' },
        { en: 'Low', de: 'Eher gedrückt' },
        { en: 'Okay', de: 'Mittel' },
        { en: 'Good', de: 'Eher gut' },
        { en: 'Very good', de: 'Sehr gut' },
      ],
      tracked: { direction: 'higher-is-better', label: { en: 'Mood', de: 'Stimmung' } },
    },
    {
      id: 'distress',
      kind: 'slider',
      prompt: {
        en: 'How much distress do you feel right now?',
        de: 'Wie stark belastet fühlen Sie sich gerade?',
      },
      required: true,
      min: 0,
      max: 10,
      step: 1,
      anchors: {
        low: { en: 'None', de: 'Gar nicht' },
        high: { en: 'Extreme', de: 'Extrem' },
      },
      tracked: { direction: 'higher-is-worse', label: { en: 'Distress', de: 'Belastung' } },
    },
    {
      id: 'note',
      kind: 'short-text',
      prompt: {
        en: 'Anything you would like to remember or tell your clinician?',
        de: 'Möchten Sie etwas festhalten oder Ihrer Therapeutin bzw. Ihrem Therapeuten mitteilen?',
      },
      required: false,
      isNote: true,
      maxLength: 280,
    },
  ],
  feedback: {
    rules: [
      {
        when: { itemId: 'distress', op: 'gte', value: 8 },
        message: {
          en: 'That sounds like a lot to carry right now. This may be a good moment to open your coping plan, and you can let your clinician know how things are.',
          de: 'Das klingt nach sehr viel, was Sie gerade tragen. Vielleicht ist jetzt ein guter Moment für Ihren Bewältigungsplan – und Sie können Ihre Therapeutin bzw. Ihren Therapeuten wissen lassen, wie es Ihnen geht.',
        },
      },
      {
        when: { itemId: 'mood', op: 'lte', value: 2 },
        message: {
          en: 'Thank you for checking in on a hard day. Noticing how you feel is already a step. Be as kind to yourself today as you can.',
          de: 'Danke, dass Sie sich auch an einem schweren Tag die Zeit nehmen. Wahrzunehmen, wie es Ihnen geht, ist schon ein Schritt. Gehen Sie heute so freundlich mit sich um, wie es geht.',
        },
      },
      {
        when: { itemId: 'distress', op: 'gte', value: 5 },
        message: {
          en: 'Some stress today, thanks for noting it. A few slow breaths or something from your coping plan might help a little.',
          de: 'Heute ist einiges los – danke, dass Sie es festhalten. Ein paar ruhige Atemzüge oder etwas aus Ihrem Bewältigungsplan können ein wenig helfen.',
        },
      },
      {
        when: { itemId: 'mood', op: 'gte', value: 4 },
        message: {
          en: 'Good to hear there is some lightness today. What helped? It can be worth noticing.',
          de: 'Schön, dass es heute etwas leichter ist. Was hat geholfen? Es kann sich lohnen, darauf zu achten.',
        },
      },
    ],
    default: {
      en: 'Thanks for checking in. Each entry helps you and your clinician see how things move over time.',
      de: 'Danke für Ihren Check-in. Jeder Eintrag hilft Ihnen und Ihrer Therapeutin bzw. Ihrem Therapeuten zu sehen, wie sich die Dinge entwickeln.',
    },
  },
};
