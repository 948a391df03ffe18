// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
import { expect } from 'chai';
import {
  answerMeets,
  isAnswered,
  microFeedback,
  parseCheckInTemplate,
  type CheckInAnswers,
} from '@interlude/core';

const template = parseCheckInTemplate({
  id: 'feedback-test',
  version: '1.0.0',
  kind: 'check-in',
  title: { en: 'Test' },
  modality: 'general',
  estimatedMinutes: 1,
  items: [
    {
      id: 'mood',
      kind: 'mood',
      prompt: { en: 'Mood?' },
      required: true,
      points: 5,
      labels: [{ en: '1' }, { en: '2' }, { en: '3' }, { en: '4' }, { en: '5' }],
    },
    {
      id: 'distress',
      kind: 'slider',
      prompt: { en: 'Distress?' },
      required: false,
      min: 0,
      max: 10,
      step: 1,
      anchors: { low: { en: 'none' }, high: { en: 'extreme' } },
    },
    {
      id: 'helped',
      kind: 'choice',
      prompt: { en: 'What helped?' },
      required: false,
      multiple: true,
      options: [
        { id: 'walk', label: { en: 'A walk' } },
        { id: 'talk', label: { en: 'Talking' } },
      ],
    },
    { id: 'note', kind: 'short-text', prompt: { en: 'Note?' }, required: false, isNote: true },
  ],
  feedback: {
    rules: [
      {
        when: { itemId: 'distress', op: 'gte', value: 8 },
        message: { en: 'distress-high', de: 'belastung-hoch' },
      },
      { when: { itemId: 'mood', op: 'lte', value: 2 }, message: { en: 'mood-low' } },
      { when: { itemId: 'mood', op: 'eq', value: 5 }, message: { en: 'mood-top' } },
      { when: { itemId: 'helped', op: 'eq', value: 'walk' }, message: { en: 'walk' } },
      { when: { itemId: 'note', op: 'answered' }, message: { en: 'note' } },
    ],
    default: { en: 'default', de: 'standard' },
  },
});

describe('microFeedback', () => {
  const cases: [string, CheckInAnswers, string, string][] = [
    ['the first matching rule wins (distress before mood)', { mood: 1, distress: 9 }, 'en', 'distress-high'],
    ['gte includes its bound', { mood: 3, distress: 8 }, 'en', 'distress-high'],
    ['just under the bound falls through', { mood: 3, distress: 7 }, 'en', 'default'],
    ['lte includes its bound', { mood: 2, distress: 0 }, 'en', 'mood-low'],
    ['eq on a number', { mood: 5 }, 'en', 'mood-top'],
    ['eq on a multiple choice means "includes"', { mood: 3, helped: ['talk', 'walk'] }, 'en', 'walk'],
    ['eq on a choice not picked falls through', { mood: 3, helped: ['talk'] }, 'en', 'default'],
    ['answered on a note', { mood: 3, note: 'Slept badly' }, 'en', 'note'],
    ['a blank note is not an answer', { mood: 3, note: '   ' }, 'en', 'default'],
    ['skipped items match nothing', { mood: null, distress: undefined }, 'en', 'default'],
    ['no answers at all gives the default', {}, 'en', 'default'],
    ['the locale picks the translation', { distress: 10 }, 'de', 'belastung-hoch'],
    ['a regional locale falls back to its language', { distress: 10 }, 'de-AT', 'belastung-hoch'],
    ['a missing translation falls back to en', { mood: 1 }, 'de', 'mood-low'],
    ['the default is localized too', {}, 'de', 'standard'],
  ];
  for (const [name, answers, locale, expected] of cases) {
    it(name, () => {
      expect(microFeedback(template, answers, locale)).to.equal(expected);
    });
  }
});

describe('answerMeets', () => {
  const cases: [unknown, Parameters<typeof answerMeets>[1], boolean][] = [
    [0, { op: 'answered' }, true],
    [Number.NaN, { op: 'answered' }, false],
    ['7', { op: 'gte', value: 5 }, false], // text is never coerced to a number
    [5, { op: 'lte', value: 5 }, true],
    ['a', { op: 'eq', value: 'a' }, true],
    [[], { op: 'eq', value: 'a' }, false],
    [{ pile: ['x'] }, { op: 'answered' }, true],
    [{}, { op: 'answered' }, false],
  ];
  for (const [answer, comparison, expected] of cases) {
    it(`${JSON.stringify(answer) ?? String(answer)} ${JSON.stringify(comparison)} → ${String(expected)}`, () => {
      expect(answerMeets(answer, comparison)).to.equal(expected);
    });
  }

  it('treats zero as answered and blanks as not', () => {
    expect([0, '', ' ', null, undefined, [], 'x'].map(isAnswered)).to.deep.equal([
      true,
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
  });
});
