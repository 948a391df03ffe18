/**
 * The pure side of playing an exercise: which step is shown and what comes before and
 * after it (given the conditions), whether a step is answered, which required step is
 * still open, and where a breathing pacer or a guided timer is after some seconds. Time
 * is always passed in; nothing here reads a clock.
 *
 * @module
 */
import type { Answers } from '../model/submission.js';
import { listEntries, partsOf } from './exercise-answers.js';
import type { ExerciseDefinition, ExerciseStep } from './exercise.js';
import { visibleSteps } from './exercise-steps.js';
import { isAnswered } from './answer-tests.js';

type Step<K extends ExerciseStep['kind']> = Extract<ExerciseStep, { kind: K }>;

/** Where a run stands: the visible steps, the one shown and its neighbours. */
export interface StepPosition {
  /** The steps visible with the answers so far. */
  readonly steps: readonly ExerciseStep[];
  /** The position of `step` in `steps` (from 0). */
  readonly index: number;
  readonly step: ExerciseStep;
  readonly previous: ExerciseStep | undefined;
  readonly next: ExerciseStep | undefined;
}

/**
 * The step to show for `stepId` (e.g. resumed from a draft) and its neighbours. An unknown
 * or missing id shows the first step; a step that a changed answer has hidden shows the
 * nearest visible step before it, so the client never lands on something they cannot see.
 *
 * @example
 * ```ts
 * const { step, index, steps, next } = stepPosition(exercise, answers, draft.stepId);
 * ```
 */
export function stepPosition(
  definition: Pick<ExerciseDefinition, 'steps'>,
  answers: Answers,
  stepId: string | undefined,
): StepPosition {
  const steps = visibleSteps(definition, answers);
  let index = steps.findIndex((step) => step.id === stepId);
  if (index < 0) {
    const order = definition.steps.findIndex((step) => step.id === stepId);
    const before = steps.filter((step) => definition.steps.indexOf(step) < order);
    index = Math.max(0, before.length - 1);
  }
  return {
    steps,
    index,
    step: steps[index] as ExerciseStep,
    previous: steps[index - 1],
    next: steps[index + 1],
  };
}

/**
 * Whether the client gave `step` an answer worth keeping: text that is not blank, a
 * number, a choice, a card in a pile, a list entry or a named part.
 */
export function isStepAnswered(step: ExerciseStep, answer: unknown): boolean {
  switch (step.kind) {
    case 'card-sort':
      return typeof answer === 'object' && answer !== null && Object.values(answer).some(isAnswered);
    case 'list-builder':
      return listEntries(step, answer).some((entry) => isAnswered(entry['text']));
    case 'parts-map':
      return partsOf(answer).some((part) => isAnswered(part['name']));
    default:
      return isAnswered(answer);
  }
}

/** Whether `step` needs an answer before the run can be finished (`required` and unanswered). */
export function isStepMissing(step: ExerciseStep, answer: unknown): boolean {
  return 'required' in step && step.required === true && !isStepAnswered(step, answer);
}

/** The first visible required step that is still unanswered, or `undefined` when the run can be finished. */
export function firstMissingStep(
  definition: Pick<ExerciseDefinition, 'steps'>,
  answers: Answers,
): ExerciseStep | undefined {
  return visibleSteps(definition, answers).find((step) => isStepMissing(step, answers[step.id]));
}

/**
 * The answers to submit: those of the steps visible now. An answer to a step that a later
 * change hid (e.g. the unblending step after "how do you feel toward it" changed) is left out.
 */
export function submittedAnswers(definition: Pick<ExerciseDefinition, 'steps'>, answers: Answers): Answers {
  const shown = new Set(visibleSteps(definition, answers).map((step) => step.id));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => shown.has(id)));
}

/** Phases of a breath, in order; a zero-second hold is skipped. */
export const BREATHING_PHASES = ['inhale', 'hold', 'exhale', 'rest'] as const;

/** `'inhale' | 'hold' | 'exhale' | 'rest'` (rest: the hold after breathing out). */
export type BreathingPhaseName = (typeof BREATHING_PHASES)[number];

/** Where a breathing pacer is: the phase, the breath (from 1) and the whole seconds left in the phase. */
export type BreathingState =
  | {
      readonly done: false;
      readonly phase: BreathingPhaseName;
      readonly cycle: number;
      readonly secondsLeft: number;
      /** The phase's length in seconds, for an animation of that duration. */
      readonly phaseSeconds: number;
    }
  | { readonly done: true };

function phaseLengths(step: Step<'breathing'>): [BreathingPhaseName, number][] {
  const lengths: [BreathingPhaseName, number][] = [
    ['inhale', step.inhaleSeconds],
    ['hold', step.holdSeconds],
    ['exhale', step.exhaleSeconds],
    ['rest', step.holdAfterExhaleSeconds ?? 0],
  ];
  return lengths.filter(([, seconds]) => seconds > 0);
}

/** How long the whole pacer runs, in seconds. */
export function breathingSeconds(step: Step<'breathing'>): number {
  return phaseLengths(step).reduce((sum, [, seconds]) => sum + seconds, 0) * step.cycles;
}

/**
 * The pacer's state `elapsedSeconds` after it started (pauses excluded by the caller).
 *
 * @example
 * ```ts
 * breathingState({ inhaleSeconds: 4, holdSeconds: 0, exhaleSeconds: 6, cycles: 3, ... }, 5);
 * // { done: false, phase: 'exhale', cycle: 1, secondsLeft: 5, phaseSeconds: 6 }
 * ```
 */
export function breathingState(step: Step<'breathing'>, elapsedSeconds: number): BreathingState {
  const phases = phaseLengths(step);
  const cycleSeconds = phases.reduce((sum, [, seconds]) => sum + seconds, 0);
  const elapsed = Math.max(0, elapsedSeconds);
  if (elapsed >= cycleSeconds * step.cycles) return { done: true };
  let within = elapsed % cycleSeconds;
  for (const [phase, seconds] of phases) {
    if (within < seconds) {
      return {
        done: false,
        phase,
        cycle: Math.floor(elapsed / cycleSeconds) + 1,
        secondsLeft: Math.ceil(seconds - within),
        phaseSeconds: seconds,
      };
    }
    within -= seconds;
  }
  return { done: true }; // not reached: `within` is less than the cycle's length
}

/** The index of the timer's cue shown `elapsedSeconds` after the start, or -1 before the first. */
export function activeCueIndex(step: Step<'timer'>, elapsedSeconds: number): number {
  let active = -1;
  (step.cues ?? []).forEach((cue, index) => {
    if (cue.atSeconds <= elapsedSeconds) active = index;
  });
  return active;
}
