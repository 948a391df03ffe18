/**
 * Exercise definitions and seeded clients for the player's tests and stories: one small
 * exercise per step kind, one with every kind, and a client whose draft already holds a
 * run at a given step (a "resumed" state). Not part of the public API.
 *
 * @module
 */
import type { AnswerValue, Answers, ExerciseDefinition, ExerciseStep } from '@interlude/core';
import { listAnswer, parseExerciseDefinition, partsAnswer, visibleSteps } from '@interlude/core';
import type { Interlude } from '@interlude/store';
import { testClient, type TestClientOptions } from './test-client.js';

const anchors = { low: { en: 'Not at all' }, high: { en: 'Completely' } };

/** One step of every kind, in the order a real exercise might use them. */
export function everyKindSteps(media: { audio: string; captions?: string }): ExerciseStep[] {
  return [
    {
      id: 'intro',
      kind: 'text',
      title: { en: 'Welcome' },
      body: {
        en: 'This exercise has **one step of every kind**.\n\nYou will:\n- write\n- rate\n- sort',
        de: 'Diese Übung hat **einen Schritt jeder Art**.',
      },
    },
    {
      id: 'situation',
      kind: 'prompt',
      prompt: { en: 'What happened?', de: 'Was ist passiert?' },
      placeholder: { en: 'e.g. the meeting ran late' },
      maxLength: 300,
      required: true,
    },
    {
      id: 'belief',
      kind: 'rating',
      prompt: { en: 'How much do you believe it?' },
      min: 0,
      max: 100,
      step: 10,
      anchors,
    },
    {
      id: 'feel',
      kind: 'choice',
      prompt: { en: 'How do you feel toward it?' },
      multiple: false,
      options: [
        { id: 'curious', label: { en: 'Curious' } },
        { id: 'reactive', label: { en: 'Frustrated' } },
      ],
      feedback: {
        curious: { en: 'Curiosity is a good place to start.' },
        reactive: { en: 'That frustration may be another part, and that is okay.' },
      },
    },
    {
      id: 'unblend',
      kind: 'text',
      title: { en: 'Stepping back' },
      condition: { stepId: 'feel', op: 'eq', value: 'reactive' },
      body: { en: 'See if the frustrated part would step back a little.' },
    },
    {
      id: 'values',
      kind: 'card-sort',
      prompt: { en: 'Sort these values.' },
      cards: [
        { id: 'family', label: { en: 'Family' } },
        { id: 'health', label: { en: 'Health' }, description: { en: 'looking after my body' } },
        { id: 'play', label: { en: 'Play' } },
      ],
      piles: [
        { id: 'very', label: { en: 'Very important' }, max: 1 },
        { id: 'less', label: { en: 'Less important' } },
      ],
    },
    {
      id: 'plan',
      kind: 'list-builder',
      prompt: { en: 'Plan a few activities.' },
      addLabel: { en: 'Add an activity' },
      entryLabel: { en: 'Activity' },
      min: 0,
      max: 4,
      fields: [
        { id: 'day', kind: 'day', label: { en: 'Day' } },
        { id: 'time', kind: 'time', label: { en: 'Time' } },
        { id: 'pleasure', kind: 'rating', label: { en: 'Pleasure' }, min: 0, max: 10, anchors },
      ],
    },
    { id: 'steps', kind: 'list-builder', prompt: { en: 'Small steps' }, min: 0, max: 3 },
    {
      id: 'pause',
      kind: 'timer',
      instructions: { en: 'Notice your breath.' },
      seconds: 30,
      cues: [
        { atSeconds: 0, text: { en: 'Settle in.' } },
        { atSeconds: 10, text: { en: 'Notice the breath.' } },
      ],
    },
    {
      id: 'listen',
      kind: 'audio',
      src: media.audio,
      transcript: { en: 'Notice your feet on the floor.\n\nLet your breath settle.' },
      ...(media.captions ? { captions: [{ src: media.captions, locale: 'en', label: 'English' }] } : {}),
    },
    {
      id: 'breathe',
      kind: 'breathing',
      instructions: { en: 'Follow the pacer, or breathe at your own pace.' },
      inhaleSeconds: 4,
      holdSeconds: 2,
      exhaleSeconds: 6,
      cycles: 3,
    },
    {
      id: 'parts',
      kind: 'parts-map',
      prompt: { en: 'Which parts do you notice?' },
      bodyPrompt: { en: 'Where in your body?' },
      needsPrompt: { en: 'What might it need?' },
      maxParts: 4,
    },
    {
      id: 'summary',
      kind: 'reflection',
      quotes: ['situation', 'values', 'plan', 'parts'],
      template: { en: 'When {situation}.\n\nValues: {values}\nPlan: {plan}\nParts: {parts}' },
      prompt: { en: 'What do you notice?' },
    },
  ];
}

/** An exercise with the given steps (validated, so a broken fixture fails loudly). */
export function exerciseOf(steps: ExerciseStep[], id = 'test-every-kind'): ExerciseDefinition {
  return parseExerciseDefinition({
    kind: 'exercise',
    id,
    version: '1.0.0',
    title: { en: 'Every step kind', de: 'Jede Art von Schritt', ar: 'كل أنواع الخطوات' },
    description: { en: 'A test exercise with one step of each kind.' },
    rationale: { en: 'So every step kind can be seen and tried in one place.' },
    modality: 'general',
    estimatedMinutes: 12,
    attribution: {
      approach: 'Interlude test content',
      credit: 'Interlude (2026)',
      note: 'Written for tests.',
    },
    steps,
  });
}

/**
 * A test client whose draft of `definition` (run without an assignment) stands at `stepId`
 * with `answers`, as if the person had left the page there.
 */
export async function resumedClient(
  definition: ExerciseDefinition,
  stepId: string,
  answers: Answers,
  options: TestClientOptions = {},
): Promise<Interlude> {
  const client = testClient(options);
  await client.drafts.update(
    { activity: { kind: 'exercise', id: definition.id } },
    {
      activity: { kind: 'exercise', id: definition.id, version: definition.version },
      answers,
      stepId,
      startedAt: client.now(),
    },
  );
  await client.drafts.flush();
  return client;
}

/** A plausible answer to `step`, as a client might give it (for "mid-way" and "done" stories). */
export function sampleAnswer(step: ExerciseStep): AnswerValue | undefined {
  switch (step.kind) {
    case 'prompt':
      return 'Something I wrote here, in my own words.';
    case 'rating':
      return step.min + Math.round((step.max - step.min) / (2 * (step.step ?? 1))) * (step.step ?? 1);
    case 'choice':
      return step.multiple ? step.options.slice(0, 2).map((option) => option.id) : step.options[0]!.id;
    case 'card-sort': {
      const piles: Record<string, string[]> = {};
      step.cards.slice(0, Math.ceil(step.cards.length / 2)).forEach((card, index) => {
        const pile = step.piles[index % step.piles.length]!;
        const cards = (piles[pile.id] ??= []);
        if (pile.max === undefined || cards.length < pile.max) cards.push(card.id);
      });
      return piles;
    }
    case 'list-builder': {
      const fields = Object.fromEntries(
        (step.fields ?? []).map((field) => [
          field.id,
          field.kind === 'day'
            ? 'tue'
            : field.kind === 'time'
              ? '17:30'
              : field.kind === 'rating'
                ? String(field.min + 3)
                : '',
        ]),
      );
      return listAnswer(step, [
        { ...fields, text: 'A walk in the park' },
        { ...fields, text: 'Call a friend' },
      ]);
    }
    case 'parts-map':
      return partsAnswer([
        {
          name: 'The planner',
          role: 'manager',
          body: 'shoulders',
          feeling: 'curious',
          needs: 'a rest',
          note: '',
        },
        {
          name: 'The one who wants to hide',
          role: 'firefighter',
          body: '',
          feeling: '',
          needs: '',
          note: '',
        },
      ]);
    case 'reflection':
      return step.prompt ? 'I want to talk about this next time.' : undefined;
    default:
      return undefined;
  }
}

/**
 * A run of `definition` as far as `fraction` of its steps (0.5: mid-way, 1: at the last step),
 * with sample answers to the steps before, following the conditions as a client would.
 */
export function sampleRun(
  definition: ExerciseDefinition,
  fraction: number,
): { stepId: string; answers: Answers } {
  const answers: Answers = {};
  let steps = visibleSteps(definition, answers);
  const stop = Math.min(steps.length - 1, Math.round((steps.length - 1) * fraction));
  for (let index = 0; index < stop; index++) {
    const step = steps[index]!;
    const answer = sampleAnswer(step);
    if (answer !== undefined) answers[step.id] = answer;
    steps = visibleSteps(definition, answers);
  }
  const last = steps[Math.min(stop, steps.length - 1)]!;
  if (fraction >= 1) {
    const answer = sampleAnswer(last);
    if (answer !== undefined) answers[last.id] = answer;
  }
  return { stepId: last.id, answers };
}
