// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
import { expect } from 'chai';
import {
  cardSortPiles,
  listAnswer,
  listEntries,
  moveEntry,
  parseExerciseDefinition,
  partsAnswer,
  partsOf,
  pileOf,
  placeCard,
  tableAnswer,
  tableRows,
  unsortedCards,
  type ExerciseStep,
} from '@interlude/core';

const definition = parseExerciseDefinition({
  kind: 'exercise',
  id: 'answers-test',
  version: '1.0.0',
  title: { en: 'Test' },
  modality: 'general',
  estimatedMinutes: 5,
  steps: [
    {
      id: 'sort',
      kind: 'card-sort',
      prompt: { en: 'Sort' },
      cards: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: { en: id.toUpperCase() } })),
      piles: [
        { id: 'very', label: { en: 'Very' }, max: 2 },
        { id: 'less', label: { en: 'Less' } },
      ],
    },
    { id: 'plain', kind: 'list-builder', prompt: { en: 'List' }, min: 0, max: 5 },
    {
      id: 'plan',
      kind: 'list-builder',
      prompt: { en: 'Plan' },
      min: 0,
      max: 5,
      fields: [{ id: 'day', kind: 'day', label: { en: 'Day' } }],
    },
  ],
});
const step = <K extends ExerciseStep['kind']>(id: string) =>
  definition.steps.find((candidate) => candidate.id === id) as Extract<ExerciseStep, { kind: K }>;
const sort = step<'card-sort'>('sort');

describe('table answers', () => {
  it('reads columns as rows, padding short and non-text columns with empty strings', () => {
    expect(
      tableRows({ name: ['Critic', 'Planner'], role: ['manager', 3] }, ['name', 'role', 'note']),
    ).to.deep.equal([
      { name: 'Critic', role: 'manager', note: '' },
      { name: 'Planner', role: '', note: '' },
    ]);
    expect(tableRows('not a table', ['name'])).to.deep.equal([]);
  });

  it('writes rows back as one list per column, and no rows as no answer', () => {
    expect(
      tableAnswer([{ name: 'Critic' }, { name: 'Planner', role: 'manager' }], ['name', 'role']),
    ).to.deep.equal({
      name: ['Critic', 'Planner'],
      role: ['', 'manager'],
    });
    expect(tableAnswer([], ['name'])).to.equal(undefined);
  });

  it('keeps a list without fields a plain list, and one with fields a table', () => {
    const plain = step<'list-builder'>('plain');
    const plan = step<'list-builder'>('plan');
    expect(listAnswer(plain, [{ text: 'walk' }, { text: 'call' }])).to.deep.equal(['walk', 'call']);
    expect(listEntries(plain, ['walk'])).to.deep.equal([{ text: 'walk' }]);
    const table = listAnswer(plan, [{ text: 'walk', day: 'mon' }]);
    expect(table).to.deep.equal({ text: ['walk'], day: ['mon'] });
    expect(listEntries(plan, table)).to.deep.equal([{ text: 'walk', day: 'mon' }]);
    expect(listAnswer(plan, [])).to.equal(undefined);
  });

  it('round-trips parts through the parts-map columns', () => {
    const parts = [{ name: 'Critic', role: 'manager', body: 'jaw', feeling: '', needs: 'rest', note: '' }];
    expect(partsOf(partsAnswer(parts))).to.deep.equal(parts);
    expect(Object.keys(partsAnswer(parts)!)).to.deep.equal([
      'name',
      'role',
      'body',
      'feeling',
      'needs',
      'note',
    ]);
  });

  it('moves a list entry, clamping the target', () => {
    expect(moveEntry(['a', 'b', 'c'], 0, 2)).to.deep.equal(['b', 'c', 'a']);
    expect(moveEntry(['a', 'b', 'c'], 2, -4)).to.deep.equal(['c', 'a', 'b']);
    expect(moveEntry(['a', 'b'], 5, 0)).to.deep.equal(['a', 'b']);
  });
});

describe('card sort answers', () => {
  it('places a card, moves it between piles and back to unsorted', () => {
    const first = placeCard(sort, undefined, 'a', 'very');
    expect(first).to.deep.equal({ ok: true, answer: { very: ['a'] } });
    const second = placeCard(sort, first.ok ? first.answer : undefined, 'b', 'very', 0);
    expect(second).to.deep.equal({ ok: true, answer: { very: ['b', 'a'] } });
    const moved = placeCard(sort, second.ok ? second.answer : undefined, 'a', 'less');
    expect(moved).to.deep.equal({ ok: true, answer: { very: ['b'], less: ['a'] } });
    const back = placeCard(sort, moved.ok ? moved.answer : undefined, 'b', undefined);
    expect(back).to.deep.equal({ ok: true, answer: { less: ['a'] } });
    expect(placeCard(sort, { less: ['a'] }, 'a', undefined)).to.deep.equal({ ok: true, answer: undefined });
  });

  it('refuses a full pile and unknown cards or piles, leaving the answer as it was', () => {
    const full = { very: ['a', 'b'] };
    expect(placeCard(sort, full, 'c', 'very')).to.deep.equal({ ok: false, problem: 'pile-full' });
    expect(placeCard(sort, full, 'a', 'very', 1)).to.deep.equal({ ok: true, answer: { very: ['b', 'a'] } });
    expect(placeCard(sort, full, 'zzz', 'less')).to.deep.equal({ ok: false, problem: 'unknown' });
    expect(placeCard(sort, full, 'c', 'nope')).to.deep.equal({ ok: false, problem: 'unknown' });
    expect(full).to.deep.equal({ very: ['a', 'b'] });
  });

  it('cleans a stored answer: unknown piles and cards dropped, each card once', () => {
    const messy = { very: ['a', 'a', 'x', 7], ghost: ['b'], less: ['a', 'c'] };
    expect(cardSortPiles(sort, messy)).to.deep.equal({ very: ['a'], less: ['c'] });
    expect(unsortedCards(sort, messy)).to.deep.equal(['b', 'd']);
    expect(pileOf(sort, messy, 'c')).to.equal('less');
    expect(pileOf(sort, messy, 'b')).to.equal(undefined);
  });
});
