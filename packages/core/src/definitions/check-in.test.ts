// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
import { expect } from 'chai';
import fc from 'fast-check';
import {
  CHECK_IN_LIMIT_SECONDS,
  CHECK_IN_SECONDS,
  ValidationError,
  checkInWarnings,
  estimateCheckInSeconds,
  formatPath,
  parseCheckInTemplate,
} from '@interlude/core';

const slider = (id: string) => ({
  id,
  kind: 'slider',
  prompt: { en: 'How distressed do you feel?' },
  required: true,
  min: 0,
  max: 10,
  step: 1,
  anchors: { low: { en: 'Not at all' }, high: { en: 'Extremely' } },
  tracked: { direction: 'higher-is-worse', label: { en: 'Distress' } },
});

const valid = () => ({
  id: 'test-check-in',
  version: '1.0.0',
  kind: 'check-in',
  title: { en: 'Test' },
  modality: 'general',
  estimatedMinutes: 1,
  items: [
    slider('distress'),
    {
      id: 'mood',
      kind: 'mood',
      prompt: { en: 'Mood?' },
      required: false,
      points: 5,
      labels: [{ en: '1' }, { en: '2' }, { en: '3' }, { en: '4' }, { en: '5' }],
    },
    {
      id: 'where',
      kind: 'choice',
      prompt: { en: 'Where?' },
      required: false,
      multiple: true,
      options: [
        { id: 'home', label: { en: 'Home' } },
        { id: 'work', label: { en: 'Work' } },
      ],
    },
    { id: 'note', kind: 'short-text', prompt: { en: 'Anything to add?' }, required: false, isNote: true },
  ],
  feedback: {
    rules: [
      { when: { itemId: 'distress', op: 'gte', value: 8 }, message: { en: 'high' } },
      { when: { itemId: 'where', op: 'eq', value: 'work' }, message: { en: 'work' } },
    ],
    default: { en: 'thanks' },
  },
});

/** Parses `input` expecting a ValidationError, and returns its issue paths as `items[2].id`. */
function rejectedPaths(input: unknown): string[] {
  try {
    parseCheckInTemplate(input);
  } catch (error) {
    expect(error).to.be.instanceOf(ValidationError);
    return (error as ValidationError).issues.map((issue) => formatPath(issue.path));
  }
  return expect.fail('the template was accepted');
}

describe('parseCheckInTemplate', () => {
  it('accepts a template with every item kind and keeps it intact', () => {
    const template = parseCheckInTemplate(valid());
    expect(template).to.deep.equal(valid());
    expect(template.items.map((item) => item.kind)).to.deep.equal(['slider', 'mood', 'choice', 'short-text']);
  });

  it('rejects six items at items', () => {
    const input = valid();
    input.items = [1, 2, 3, 4, 5, 6].map((n) => slider(`s${n}`));
    input.feedback.rules = [];
    expect(rejectedPaths(input)).to.deep.equal(['items']);
  });

  it('rejects no items at items', () => {
    const input = valid();
    // Rules pointing at items that are gone are reported too, so drop them to isolate the count.
    expect(rejectedPaths({ ...input, items: [], feedback: { ...input.feedback, rules: [] } })).to.deep.equal([
      'items',
    ]);
  });

  it('rejects a duplicate item id at the repeat', () => {
    const input = valid();
    input.items.push(slider('distress'));
    expect(rejectedPaths(input)).to.deep.equal(['items[4].id']);
  });

  const malformed: [string, (input: ReturnType<typeof valid>) => void, string[]][] = [
    ['an unknown item kind', (t) => Object.assign(t.items[0]!, { kind: 'essay' }), ['items[0].kind']],
    ['a slider with min ≥ max', (t) => Object.assign(t.items[0]!, { min: 10, max: 10 }), ['items[0].max']],
    [
      'a slider step that does not divide the range',
      (t) => Object.assign(t.items[0]!, { step: 3 }),
      ['items[0].step'],
    ],
    ['a mood scale of 6 points', (t) => Object.assign(t.items[1]!, { points: 6 }), ['items[1].points']],
    [
      'a mood scale missing a label',
      (t) => (t.items[1] as { labels: unknown[] }).labels.pop(),
      ['items[1].labels'],
    ],
    [
      'a duplicate option id',
      (t) => (t.items[2] as { options: unknown[] }).options.push({ id: 'home', label: { en: 'Again' } }),
      ['items[2].options[2].id'],
    ],
    [
      'a short text longer than 280',
      (t) => Object.assign(t.items[3]!, { maxLength: 281 }),
      ['items[3].maxLength'],
    ],
    [
      'a prompt without English',
      (t) => Object.assign(t.items[0]!, { prompt: { de: 'Belastung?' } }),
      ['items[0].prompt'],
    ],
    [
      'a tracked direction that does not exist',
      (t) => Object.assign(t.items[0]!, { tracked: { direction: 'up', label: { en: 'x' } } }),
      ['items[0].tracked.direction'],
    ],
    [
      'a rule on an unknown item',
      (t) => Object.assign(t.feedback.rules[0]!.when, { itemId: 'nope' }),
      ['feedback.rules[0].when.itemId'],
    ],
    [
      'gte on a choice item',
      (t) => Object.assign(t.feedback.rules[0]!.when, { itemId: 'where' }),
      ['feedback.rules[0].when.op'],
    ],
    [
      'eq on an option that does not exist',
      (t) => Object.assign(t.feedback.rules[1]!.when, { value: 'gym' }),
      ['feedback.rules[1].when.value'],
    ],
    [
      'eq on a short-text item',
      (t) => Object.assign(t.feedback.rules[1]!.when, { itemId: 'note' }),
      ['feedback.rules[1].when.op'],
    ],
    [
      'an unknown op',
      (t) => Object.assign(t.feedback.rules[0]!.when, { op: 'gt' }),
      ['feedback.rules[0].when.op'],
    ],
    ['no default message', (t) => Object.assign(t.feedback, { default: undefined }), ['feedback.default']],
    ['a wrong kind', (t) => Object.assign(t, { kind: 'exercise' }), ['kind']],
  ];
  for (const [name, mutate, paths] of malformed) {
    it(`rejects ${name} at ${paths.join(', ')}`, () => {
      const input = valid();
      mutate(input);
      expect(rejectedPaths(input)).to.deep.equal(paths);
    });
  }

  it('never echoes a rejected value in the message', () => {
    const input = valid();
    Object.assign(input.items[3]!, { maxLength: 'I feel awful about my boss' });
    try {
      parseCheckInTemplate(input);
      expect.fail('accepted');
    } catch (error) {
      expect((error as Error).message).not.to.include('boss');
    }
  });

  it('throws only ValidationError on arbitrary input (fuzz)', () => {
    const template = valid();
    const mutated = fc
      .tuple(fc.constantFrom('items', 'feedback', 'title', 'version', 'kind', 'id'), fc.anything())
      .map(([key, value]) => ({ ...template, [key]: value }));
    const itemMutated = fc
      .tuple(
        fc.nat(3),
        fc.constantFrom('kind', 'min', 'max', 'step', 'points', 'labels', 'options', 'id'),
        fc.anything(),
      )
      .map(([index, key, value]) => ({
        ...template,
        items: template.items.map((item, at) => (at === index ? { ...item, [key]: value } : item)),
      }));
    fc.assert(
      fc.property(fc.oneof(fc.anything(), mutated, itemMutated), (input) => {
        try {
          parseCheckInTemplate(input);
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('estimateCheckInSeconds and checkInWarnings', () => {
  it('adds the documented seconds per item kind', () => {
    const expected =
      CHECK_IN_SECONDS.overhead +
      CHECK_IN_SECONDS.slider +
      CHECK_IN_SECONDS.mood +
      CHECK_IN_SECONDS.choice +
      2 * CHECK_IN_SECONDS.perChoiceOption +
      CHECK_IN_SECONDS['short-text'];
    expect(estimateCheckInSeconds(parseCheckInTemplate(valid()))).to.equal(expected);
  });

  it('warns, without rejecting, when a template is estimated past 90 s', () => {
    const input = valid();
    input.items = ['a', 'b', 'c', 'd', 'e'].map((id) => ({
      id,
      kind: 'short-text',
      prompt: { en: 'Why?' },
      required: false,
      isNote: false,
    }));
    input.feedback.rules = [];
    const template = parseCheckInTemplate(input);
    const seconds = estimateCheckInSeconds(template);
    expect(seconds).to.be.greaterThan(CHECK_IN_LIMIT_SECONDS);
    expect(checkInWarnings(template)).to.deep.equal([
      { code: 'too-long', estimatedSeconds: seconds, limitSeconds: 90 },
    ]);
  });

  it('gives no warning at or under 90 s', () => {
    expect(checkInWarnings(parseCheckInTemplate(valid()))).to.deep.equal([]);
  });
});
