/**
 * Story helpers for `<il-exercise-player>`: a player inside a provider holding a client whose
 * draft stands where the story wants (start, mid-way, at the end and finished). Used by the
 * player's and the packs' stories; not part of the public API.
 *
 * @module
 */
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Answers, ExerciseDefinition, Modality } from '@interlude/core';
import { getExercise, listExercises } from '@interlude/content';
import type { Interlude } from '@interlude/store';
import type { IlExercisePlayer } from '../../exercise-player/exercise-player.js';
import '../../exercise-player/define.js';
import '../../provider/define.js';
import { exerciseOutline } from './exercise-outline.js';
import { resumedClient, sampleRun } from './exercises.js';
import { testClient } from './test-client.js';

/** Where a story's run stands. */
export type RunState = 'start' | 'mid-way' | 'done' | { stepId: string; answers: Answers };

/** Loads the client for `state` (Storybook `loaders` run before the story renders). */
export async function clientFor(definition: ExerciseDefinition, state: RunState): Promise<Interlude> {
  if (state === 'start') return testClient();
  const run =
    state === 'mid-way' ? sampleRun(definition, 0.5) : state === 'done' ? sampleRun(definition, 1) : state;
  return resumedClient(definition, run.stepId, run.answers);
}

/** The player in a provider; `finish` submits the run as soon as it is read (the "done" state). */
export function player(
  definition: ExerciseDefinition,
  client: Interlude | undefined,
  options: { finish?: boolean } = {},
): TemplateResult {
  return html`<il-provider .client=${client}>
    <il-exercise-player
      .definition=${definition}
      ${ref((element) => {
        if (element && options.finish) void (element as IlExercisePlayer).finish();
      })}
    ></il-exercise-player>
  </il-provider>`;
}

/** A story of `definition` in `state`: its loader and render, ready to spread into a story object. */
export function runStory(definition: ExerciseDefinition, state: RunState) {
  return {
    loaders: [async () => ({ client: await clientFor(definition, state) })],
    render: (_args: unknown, { loaded }: { loaded: Record<string, unknown> }) =>
      player(definition, loaded['client'] as Interlude, { finish: state === 'done' }),
  };
}

/** The story of shipped exercise `id` in `state` (a pack page's start, mid-way and done). */
export function shippedStory(id: string, state: RunState) {
  const definition = getExercise(id);
  if (!definition) throw new Error(`no shipped exercise ${id}`);
  return runStory(definition, state);
}

/** A pack's read-through: every exercise of `modality` written out, with a player at its start page below. */
export function readThrough(modality: Modality) {
  return {
    render: () =>
      html`${listExercises(modality).map(
        (definition) =>
          html`${exerciseOutline(definition)}
            <il-provider .client=${testClient()}>
              <il-exercise-player heading-level="3" .definition=${definition}></il-exercise-player>
            </il-provider>
            <hr />`,
      )}`,
  };
}
