// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
import { expect } from 'chai';
import {
  activeCueIndex,
  breathingSeconds,
  breathingState,
  firstMissingStep,
  isStepAnswered,
  parseExerciseDefinition,
  stepPosition,
  submittedAnswers,
  type ExerciseStep,
} from '@interlude/core';

const definition = parseExerciseDefinition({
  kind: 'exercise',
  id: 'run-test',
  version: '1.0.0',
  title: { en: 'Test' },
  modality: 'ifs',
  estimatedMinutes: 5,
  steps: [
    { id: 'intro', kind: 'text', body: { en: 'Hello' } },
    {
      id: 'feel',
      kind: 'choice',
      prompt: { en: 'Feel?' },
      multiple: false,
      required: true,
      options: [
        { id: 'calm', label: { en: 'Calm' } },
        { id: 'reactive', label: { en: 'Reactive' } },
      ],
    },
    {
      id: 'unblend',
      kind: 'prompt',
      prompt: { en: 'Ask it to step back' },
      condition: { stepId: 'feel', op: 'eq', value: 'reactive' },
      required: true,
    },
    { id: 'parts', kind: 'parts-map', prompt: { en: 'Parts' }, maxParts: 3 },
    {
      id: 'breathe',
      kind: 'breathing',
      inhaleSeconds: 4,
      holdSeconds: 0,
      exhaleSeconds: 6,
      holdAfterExhaleSeconds: 2,
      cycles: 2,
    },
    {
      id: 'stream',
      kind: 'timer',
      instructions: { en: 'Leaves' },
      seconds: 60,
      cues: [
        { atSeconds: 5, text: { en: 'Picture a stream.' } },
        { atSeconds: 20, text: { en: 'Place a thought on a leaf.' } },
      ],
    },
  ],
});
const step = <K extends ExerciseStep['kind']>(id: string) =>
  definition.steps.find((candidate) => candidate.id === id) as Extract<ExerciseStep, { kind: K }>;

describe('stepPosition', () => {
  it('starts at the first step and knows its neighbours', () => {
    const position = stepPosition(definition, {}, undefined);
    expect(position.step.id).to.equal('intro');
    expect(position.previous).to.equal(undefined);
    expect(position.next?.id).to.equal('feel');
    expect(position.steps.map((s) => s.id)).not.to.include('unblend');
  });

  it('counts a conditional step once its condition holds', () => {
    const position = stepPosition(definition, { feel: 'reactive' }, 'feel');
    expect(position.next?.id).to.equal('unblend');
    expect(position.steps).to.have.length(6);
    expect(stepPosition(definition, { feel: 'calm' }, 'feel').steps).to.have.length(5);
  });

  it('shows the nearest earlier visible step when the resumed step is hidden now', () => {
    const position = stepPosition(definition, { feel: 'calm' }, 'unblend');
    expect(position.step.id).to.equal('feel');
    expect(stepPosition(definition, {}, 'no-such-step').step.id).to.equal('intro');
  });
});

describe('answers and required steps', () => {
  it('counts only real answers', () => {
    expect(isStepAnswered(step('parts'), { name: ['  '], role: ['manager'] })).to.equal(false);
    expect(isStepAnswered(step('parts'), { name: ['Critic'], role: [''] })).to.equal(true);
    expect(isStepAnswered(step('feel'), 'calm')).to.equal(true);
    expect(isStepAnswered(step('feel'), undefined)).to.equal(false);
  });

  it('finds the first required visible step still open', () => {
    expect(firstMissingStep(definition, {})?.id).to.equal('feel');
    expect(firstMissingStep(definition, { feel: 'calm' })).to.equal(undefined);
    expect(firstMissingStep(definition, { feel: 'reactive' })?.id).to.equal('unblend');
  });

  it('submits only the answers of visible steps', () => {
    expect(submittedAnswers(definition, { feel: 'calm', unblend: 'stale' })).to.deep.equal({ feel: 'calm' });
  });
});

describe('breathing pacer', () => {
  const breathe = step<'breathing'>('breathe');

  it('runs inhale, exhale and the rest after it, skipping a zero hold', () => {
    expect(breathingSeconds(breathe)).to.equal(24);
    expect(breathingState(breathe, 0)).to.deep.equal({
      done: false,
      phase: 'inhale',
      cycle: 1,
      secondsLeft: 4,
      phaseSeconds: 4,
    });
    expect(breathingState(breathe, 4.5)).to.deep.include({ phase: 'exhale', secondsLeft: 6 });
    expect(breathingState(breathe, 11)).to.deep.include({ phase: 'rest', cycle: 1, secondsLeft: 1 });
    expect(breathingState(breathe, 12)).to.deep.include({ phase: 'inhale', cycle: 2 });
    expect(breathingState(breathe, 24)).to.deep.equal({ done: true });
    expect(breathingState(breathe, -3)).to.deep.include({ phase: 'inhale', cycle: 1 });
  });
});

describe('timed cues', () => {
  it('shows each cue from its second until the next', () => {
    const stream = step<'timer'>('stream');
    expect(activeCueIndex(stream, 0)).to.equal(-1);
    expect(activeCueIndex(stream, 5)).to.equal(0);
    expect(activeCueIndex(stream, 19.9)).to.equal(0);
    expect(activeCueIndex(stream, 59)).to.equal(1);
  });
});
