// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
import { expect } from 'chai';
import fc from 'fast-check';
import {
  ValidationError,
  formatPath,
  parseExerciseDefinition,
  reflectionText,
  visibleSteps,
} from '@interlude/core';

type Step = Record<string, unknown> & { id: string };

const steps = (): Step[] => [
  { id: 'intro', kind: 'text', body: { en: 'Welcome.\n\nTake your time.' } },
  { id: 'breathe', kind: 'breathing', inhaleSeconds: 4, holdSeconds: 2, exhaleSeconds: 6, cycles: 3 },
  { id: 'listen', kind: 'audio', src: 'https://cdn.example.org/a.mp3', transcript: { en: 'Breathe in…' } },
  { id: 'pause', kind: 'timer', instructions: { en: 'Notice.' }, seconds: 60 },
  { id: 'situation', kind: 'prompt', prompt: { en: 'What happened?' } },
  {
    id: 'belief',
    kind: 'rating',
    prompt: { en: 'How much do you believe it?' },
    min: 0,
    max: 100,
    step: 10,
    anchors: { low: { en: 'Not at all' }, high: { en: 'Completely' } },
  },
  {
    id: 'feel',
    kind: 'choice',
    prompt: { en: 'How do you feel toward it?' },
    multiple: false,
    options: [
      { id: 'curious', label: { en: 'Curious' } },
      { id: 'blended', label: { en: 'Frustrated' } },
    ],
  },
  {
    id: 'unblend',
    kind: 'text',
    body: { en: 'Ask that part to step back.' },
    condition: { stepId: 'feel', op: 'eq', value: 'blended' },
  },
  {
    id: 'values',
    kind: 'card-sort',
    prompt: { en: 'Sort.' },
    cards: [
      { id: 'family', label: { en: 'Family' } },
      { id: 'health', label: { en: 'Health' } },
      { id: 'play', label: { en: 'Play' } },
    ],
    piles: [
      { id: 'very', label: { en: 'Very important' }, max: 2 },
      { id: 'less', label: { en: 'Less important' } },
    ],
  },
  { id: 'steps', kind: 'list-builder', prompt: { en: 'Small steps' }, min: 1, max: 3 },
  { id: 'parts', kind: 'parts-map', prompt: { en: 'Which parts?' }, maxParts: 5 },
  {
    id: 'high-belief',
    kind: 'prompt',
    prompt: { en: 'What makes it so convincing?' },
    condition: { stepId: 'belief', op: 'gte', value: 70 },
  },
  {
    id: 'summary',
    kind: 'reflection',
    quotes: ['situation', 'feel', 'values', 'steps', 'parts'],
    template: {
      en: 'When {situation}, you felt {feel}. Values: {values}. Steps: {steps}. Parts: {parts}.',
      de: 'Als {situation}: {feel}.',
    },
    prompt: { en: 'What do you notice?' },
  },
];

const valid = (stepList: Step[] = steps()) => ({
  id: 'test-exercise',
  version: '1.2.0',
  kind: 'exercise',
  title: { en: 'Test' },
  modality: 'ifs',
  estimatedMinutes: 10,
  steps: stepList,
  attribution: { approach: 'Internal Family Systems', credit: 'Schwartz (1995)' },
});

const anchors = { low: { en: 'None' }, high: { en: 'A lot' } };

function rejectedPaths(input: unknown): string[] {
  try {
    parseExerciseDefinition(input);
  } catch (error) {
    expect(error).to.be.instanceOf(ValidationError);
    return (error as ValidationError).issues.map((issue) => formatPath(issue.path));
  }
  return expect.fail('the exercise was accepted');
}

const at = (id: string, list: Step[]): Step => {
  const step = list.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`fixture has no step ${id}`);
  return step;
};

describe('parseExerciseDefinition', () => {
  it('accepts every step kind and keeps the definition intact', () => {
    const definition = parseExerciseDefinition(valid());
    expect(definition).to.deep.equal(valid());
    expect(new Set(definition.steps.map((step) => step.kind)).size).to.equal(11);
  });

  const malformed: [string, (list: Step[]) => Step[], string[]][] = [
    [
      'a duplicate step id',
      (list) => [...list, { id: 'intro', kind: 'text', body: { en: 'Again' } }],
      ['steps[13].id'],
    ],
    [
      'a reflection quoting a later step',
      (list) => [at('summary', list), ...list.filter((step) => step.id !== 'summary')],
      [
        'steps[0].quotes[0]',
        'steps[0].quotes[1]',
        'steps[0].quotes[2]',
        'steps[0].quotes[3]',
        'steps[0].quotes[4]',
      ],
    ],
    [
      'a reflection quoting an unknown step',
      (list) => (
        Object.assign(at('summary', list), {
          quotes: ['situation', 'feel', 'values', 'steps', 'parts', 'nope'],
        }),
        list
      ),
      ['steps[12].quotes[5]'],
    ],
    [
      'a reflection quoting a step without an answer',
      (list) => (
        Object.assign(at('summary', list), {
          quotes: ['situation', 'feel', 'values', 'steps', 'parts', 'intro'],
        }),
        list
      ),
      ['steps[12].quotes[5]'],
    ],
    [
      'a reflection placeholder missing from quotes',
      (list) => (Object.assign(at('summary', list), { template: { en: '{situation} {belief}' } }), list),
      ['steps[12].template.en'],
    ],
    [
      'a condition on a later step',
      (list) => (
        Object.assign(at('unblend', list), { condition: { stepId: 'parts', op: 'answered' } }),
        list
      ),
      ['steps[7].condition.stepId'],
    ],
    [
      'a condition on the step itself',
      (list) => (
        Object.assign(at('high-belief', list), { condition: { stepId: 'high-belief', op: 'answered' } }),
        list
      ),
      ['steps[11].condition.stepId'],
    ],
    [
      'a condition on an unknown step',
      (list) => (
        Object.assign(at('unblend', list), { condition: { stepId: 'ghost', op: 'answered' } }),
        list
      ),
      ['steps[7].condition.stepId'],
    ],
    [
      'gte on a choice step',
      (list) => (
        Object.assign(at('unblend', list), { condition: { stepId: 'feel', op: 'gte', value: 1 } }),
        list
      ),
      ['steps[7].condition.op'],
    ],
    [
      'eq on an option that does not exist',
      (list) => (
        Object.assign(at('unblend', list), { condition: { stepId: 'feel', op: 'eq', value: 'angry' } }),
        list
      ),
      ['steps[7].condition.op'],
    ],
    [
      'audio without a transcript',
      (list) => (delete at('listen', list)['transcript'], list),
      ['steps[2].transcript'],
    ],
    [
      'audio with a javascript: URL',
      (list) => (Object.assign(at('listen', list), { src: 'javascript:alert(1)' }), list),
      ['steps[2].src'],
    ],
    [
      'quiz feedback for an option the step does not have',
      (list) => (Object.assign(at('feel', list), { feedback: { angry: { en: 'Hm.' } } }), list),
      ['steps[6].feedback.angry'],
    ],
    [
      'timer cues out of order or past the end',
      (list) => (
        Object.assign(at('pause', list), {
          cues: [
            { atSeconds: 10, text: { en: 'a' } },
            { atSeconds: 5, text: { en: 'b' } },
            { atSeconds: 60, text: { en: 'c' } },
          ],
        }),
        list
      ),
      ['steps[3].cues[1].atSeconds', 'steps[3].cues[2].atSeconds'],
    ],
    [
      'captions with a javascript: URL',
      (list) => (
        Object.assign(at('listen', list), { captions: [{ src: 'javascript:alert(1)', locale: 'en' }] }),
        list
      ),
      ['steps[2].captions[0].src'],
    ],
    [
      'a list field named text, and a duplicate field',
      (list) => (
        Object.assign(at('steps', list), {
          fields: [
            { id: 'text', kind: 'time', label: { en: 'When' } },
            { id: 'day', kind: 'day', label: { en: 'Day' } },
            { id: 'day', kind: 'day', label: { en: 'Day again' } },
          ],
        }),
        list
      ),
      ['steps[9].fields[0].id', 'steps[9].fields[2].id'],
    ],
    [
      'a rating field with more than 21 values',
      (list) => (
        Object.assign(at('steps', list), {
          fields: [{ id: 'pleasure', kind: 'rating', label: { en: 'Pleasure' }, min: 0, max: 100, anchors }],
        }),
        list
      ),
      ['steps[9].fields[0].max'],
    ],
    [
      'an unknown step kind',
      (list) => (Object.assign(at('intro', list), { kind: 'video' }), list),
      ['steps[0].kind'],
    ],
    [
      'a rating with min ≥ max',
      (list) => (Object.assign(at('belief', list), { min: 100 }), list),
      ['steps[5].max'],
    ],
    [
      'a list-builder with min > max',
      (list) => (Object.assign(at('steps', list), { min: 4 }), list),
      ['steps[9].max'],
    ],
    [
      'a card sort with a duplicate card',
      (list) => ((at('values', list)['cards'] as unknown[]).push({ id: 'play', label: { en: 'Fun' } }), list),
      ['steps[8].cards[3].id'],
    ],
    [
      'a breathing pacer with no cycles',
      (list) => (Object.assign(at('breathe', list), { cycles: 0 }), list),
      ['steps[1].cycles'],
    ],
    [
      'a step id with spaces',
      (list) => (Object.assign(at('pause', list), { id: 'a pause' }), list),
      ['steps[3].id'],
    ],
    ['no steps', () => [], ['steps']],
  ];
  for (const [name, mutate, paths] of malformed) {
    it(`rejects ${name} at ${paths.join(', ')}`, () => {
      expect(rejectedPaths(valid(mutate(steps())))).to.deep.equal(paths);
    });
  }

  it('accepts the optional parts of every step kind, so old definitions stay valid without them', () => {
    const list = steps();
    Object.assign(at('feel', list), { feedback: { curious: { en: 'Curiosity is a good sign.' } } });
    Object.assign(at('pause', list), {
      cues: [
        { atSeconds: 0, text: { en: 'Settle.' } },
        { atSeconds: 30, text: { en: 'Notice.' } },
      ],
    });
    Object.assign(at('listen', list), {
      captions: [{ src: 'https://cdn.example.org/a.vtt', locale: 'en', label: 'English' }],
    });
    Object.assign(at('steps', list), {
      entryLabel: { en: 'Activity' },
      fields: [
        { id: 'day', kind: 'day', label: { en: 'Day' } },
        { id: 'time', kind: 'time', label: { en: 'Time' } },
        { id: 'pleasure', kind: 'rating', label: { en: 'Pleasure' }, min: 0, max: 10, anchors },
        { id: 'note', kind: 'text', label: { en: 'Note' }, maxLength: 200 },
      ],
    });
    Object.assign(at('parts', list), {
      bodyPrompt: { en: 'Where in your body?' },
      feelingPrompt: { en: 'How do you feel toward it?' },
      needsPrompt: { en: 'What does it need?' },
    });
    expect(parseExerciseDefinition(valid(list))).to.deep.equal(valid(list));
  });

  it('throws only ValidationError on arbitrary input (fuzz)', () => {
    const base = valid();
    const stepMutated = fc
      .tuple(
        fc.nat(base.steps.length - 1),
        fc.constantFrom(
          'kind',
          'id',
          'condition',
          'quotes',
          'template',
          'options',
          'cards',
          'piles',
          'min',
          'max',
          'src',
          'feedback',
          'cues',
          'captions',
          'fields',
        ),
        fc.anything(),
      )
      .map(([index, key, value]) => ({
        ...base,
        steps: base.steps.map((step, position) => (position === index ? { ...step, [key]: value } : step)),
      }));
    const shuffled = fc.shuffledSubarray(base.steps).map((list) => ({ ...base, steps: list }));
    fc.assert(
      fc.property(fc.oneof(fc.anything(), stepMutated, shuffled), (input) => {
        try {
          parseExerciseDefinition(input);
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('visibleSteps', () => {
  const definition = parseExerciseDefinition(valid());
  const ids = (answers: Record<string, unknown>) => visibleSteps(definition, answers).map((step) => step.id);

  it('hides conditional steps until their condition holds', () => {
    expect(ids({})).not.to.include.members(['unblend']);
    expect(ids({})).not.to.include('high-belief');
    expect(ids({ feel: 'blended', belief: 70 })).to.include.members(['unblend', 'high-belief']);
    expect(ids({ feel: 'curious', belief: 60 })).not.to.include.members(['unblend']);
  });

  it('keeps unconditional steps in order', () => {
    expect(ids({})).to.deep.equal(
      steps()
        .filter((step) => !step['condition'])
        .map((step) => step.id),
    );
  });

  it('hides a step whose condition looks at a hidden step, whatever stale answer it holds', () => {
    const chained = parseExerciseDefinition(
      valid([
        ...steps().slice(0, 12),
        {
          id: 'deeper',
          kind: 'prompt',
          prompt: { en: '…' },
          condition: { stepId: 'high-belief', op: 'answered' },
        },
      ]),
    );
    const shown = visibleSteps(chained, { belief: 10, 'high-belief': 'left over from before' }).map(
      (step) => step.id,
    );
    expect(shown).not.to.include('deeper');
  });
});

describe('reflectionText', () => {
  const definition = parseExerciseDefinition(valid());

  it('quotes answers as plain text, with labels for ids', () => {
    const text = reflectionText(
      definition,
      'summary',
      {
        situation: 'the meeting ran late',
        feel: 'blended',
        values: { very: ['family', 'play'], less: ['health'] },
        steps: ['call Sam', 'walk'],
        parts: [
          { name: 'The planner', role: 'manager' },
          { name: 'Little one', role: 'exile' },
        ],
      },
      'en',
    );
    expect(text).to.equal(
      'When the meeting ran late, you felt Frustrated. Values: Very important: Family, Play; Less important: Health. ' +
        'Steps: call Sam, walk. Parts: The planner, Little one.',
    );
  });

  it('quotes a parts map and a list with fields by their names and texts', () => {
    const list = steps();
    Object.assign(at('steps', list), { fields: [{ id: 'day', kind: 'day', label: { en: 'Day' } }] });
    const withFields = parseExerciseDefinition(valid(list));
    const text = reflectionText(
      withFields,
      'summary',
      {
        steps: { text: ['walk', ' ', 'call Sam'], day: ['mon', '', 'tue'] },
        parts: { name: ['The planner', '', 'Little one'], role: ['manager', 'exile', 'exile'] },
      },
      'en',
    );
    expect(text).to.include('Steps: walk, call Sam.');
    expect(text).to.include('Parts: The planner, Little one.');
  });

  it('marks unanswered quotes and uses the locale', () => {
    expect(reflectionText(definition, 'summary', { feel: 'curious' }, 'de')).to.equal('Als …: Curious.');
  });

  it('keeps markup as inert text', () => {
    expect(reflectionText(definition, 'summary', { situation: '<b>x</b>' }, 'de')).to.equal(
      'Als <b>x</b>: ….',
    );
  });

  it('returns an empty string for a step that is not a reflection', () => {
    expect(reflectionText(definition, 'intro', {}, 'en')).to.equal('');
  });
});
