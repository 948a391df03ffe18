/**
 * Drives `<il-exercise-player>` the way a keyboard-only person does (Tab, Space, Enter,
 * arrows, typing through real `sendKeys`), for the player's tests. Each step kind has one
 * way of answering it; `completeByKeyboard` plays a whole exercise with it.
 *
 * @module
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ExerciseDefinition, ExerciseStep } from '@interlude/core';
import { everyKindSteps, exerciseOf } from '../shared/testing/exercises.js';
import type { IlExercisePlayer } from './exercise-player.js';

/** The player's fixtures (a short WAV and its WebVTT captions), served beside the tests. */
export const FIXTURES = new URL('./test-fixtures/', import.meta.url);

/** One exercise with a step of every kind, its audio and captions from the fixtures. */
export const EVERY_KIND = exerciseOf(
  everyKindSteps({
    audio: new URL('guide.wav', FIXTURES).href,
    captions: new URL('guide.vtt', FIXTURES).href,
  }),
);

/** The focused element, looking inside shadow roots. */
export function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The element the player's own shadow root has focused. */
export function playerActive(player: IlExercisePlayer): Element | null {
  return player.shadowRoot!.activeElement;
}

export function part<E extends Element = HTMLElement>(player: IlExercisePlayer, selector: string): E {
  const found = player.shadowRoot!.querySelector<E>(selector);
  if (!found) throw new Error(`no ${selector} in the player`);
  return found;
}

export function text(player: IlExercisePlayer, selector: string): string {
  return part(player, selector).textContent!.replace(/\s+/g, ' ').trim();
}

export async function press(player: IlExercisePlayer, key: string): Promise<void> {
  await sendKeys({ press: key });
  await player.updateComplete;
}

export async function type(player: IlExercisePlayer, value: string): Promise<void> {
  await sendKeys({ type: value });
  await player.updateComplete;
}

/** Presses Tab until the player's focused element matches `selector` (as a person tabbing to it would). */
export async function tabTo(player: IlExercisePlayer, selector: string, limit = 80): Promise<Element> {
  for (let count = 0; count < limit; count++) {
    const active = playerActive(player);
    if (active?.matches(selector)) return active;
    await press(player, 'Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The step the player shows now. */
export function currentStep(player: IlExercisePlayer, definition: ExerciseDefinition): ExerciseStep {
  const id = part(player, '[part="step"]').dataset['step'];
  return definition.steps.find((step) => step.id === id)!;
}

/** Answers the step shown now by keyboard only; focus starts on its heading. */
export async function answerByKeyboard(player: IlExercisePlayer, step: ExerciseStep): Promise<void> {
  switch (step.kind) {
    case 'text':
    case 'audio':
      return;
    case 'timer':
    case 'breathing':
      await tabTo(player, '.practice-button.start');
      await press(player, 'Enter');
      await tabTo(player, '.practice-button.pause', 3);
      await press(player, 'Enter');
      await tabTo(player, '.practice-button.resume', 3);
      return;
    case 'prompt':
      await tabTo(player, '#answer');
      await type(player, 'Typed by keyboard');
      return;
    case 'rating':
      await tabTo(player, '.rating input');
      await press(player, 'ArrowRight');
      return;
    case 'choice':
      await tabTo(player, '.choice input');
      await press(player, ' ');
      return;
    case 'card-sort':
      await tabTo(player, '.card');
      await press(player, ' ');
      await press(player, player.matches(':dir(rtl)') ? 'ArrowLeft' : 'ArrowRight');
      await press(player, ' ');
      return;
    case 'list-builder':
      await tabTo(player, '.add');
      await press(player, 'Enter');
      expect(playerActive(player)?.classList.contains('entry-text')).to.equal(true);
      await type(player, 'A keyboard entry');
      return;
    case 'parts-map':
      await tabTo(player, '.add');
      await press(player, 'Enter');
      await type(player, 'The planner');
      await press(player, 'Tab');
      await press(player, ' ');
      return;
    case 'reflection':
      if (step.prompt) {
        await tabTo(player, '#answer');
        await type(player, 'A reflection');
      }
      return;
  }
}

/** Tabs to Next (or Finish) and presses Enter. */
export async function next(player: IlExercisePlayer): Promise<void> {
  await tabTo(player, '[part~="next"]');
  await press(player, 'Enter');
}

/**
 * Plays `definition` from its start page to the end by keyboard only, calling `eachStep`
 * on every step shown (e.g. for axe). Returns the ids of the steps it went through.
 */
export async function completeByKeyboard(
  player: IlExercisePlayer,
  definition: ExerciseDefinition,
  eachStep: (step: ExerciseStep) => Promise<void> = async () => undefined,
): Promise<string[]> {
  await tabTo(player, '[part="start"]');
  await press(player, 'Enter');
  const seen: string[] = [];
  for (let guard = 0; guard < definition.steps.length; guard++) {
    const step = currentStep(player, definition);
    seen.push(step.id);
    expect(playerActive(player)?.id, `focus on the heading of ${step.id}`).to.equal('step-heading');
    await answerByKeyboard(player, step);
    await eachStep(step);
    await next(player);
    if (player.shadowRoot!.querySelector('#done-heading')) return seen;
  }
  throw new Error('the exercise never finished');
}

/** axe on the player, once running transitions (a chosen option fading in) have settled. */
export async function expectAccessible(player: IlExercisePlayer): Promise<void> {
  await player.updateComplete;
  const roots: (Document | ShadowRoot)[] = [document];
  const visit = (root: ShadowRoot) => {
    roots.push(root);
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
  };
  visit(player.shadowRoot!);
  const finite = roots
    .flatMap((root) => root.getAnimations())
    .filter((animation) => Number.isFinite(animation.effect?.getComputedTiming().endTime ?? Infinity));
  await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  await expect(player).to.be.accessible();
}

/** Waits (polling) until `condition` holds; for effects the element does not await for us. */
export async function until(condition: () => boolean, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > 5000) throw new Error(`${what} not met in time`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
