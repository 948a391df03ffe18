/**
 * What every step view gets from the player: the step, its answer, a way to change it, the
 * element's strings, and the definition's text in the element's language. Step views are
 * plain functions returning templates; state that outlives a render (a held card, a running
 * clock) lives in the player's controllers.
 *
 * @module
 */
import type { AnswerValue, Answers, ExerciseDefinition, ExerciseStep, LocalizedText } from '@interlude/core';
import type { Localizer } from '../../shared/internal/localize.js';
import type { ExercisePlayerStrings } from '../../shared/locales/exercise-player.js';
import type { RatingScaleStrings } from '../../shared/locales/rating-scale.js';

/** The context one step view renders with. */
export interface StepContext<S extends ExerciseStep = ExerciseStep> {
  readonly definition: ExerciseDefinition;
  readonly step: S;
  /** This step's answer so far (as resumed or last set). */
  readonly answer: unknown;
  readonly answers: Readonly<Answers>;
  readonly localize: Localizer<ExercisePlayerStrings & RatingScaleStrings>;
  /** The id of the text that names this step's answer: its heading, or the prompt under a titled heading. */
  readonly labelId: string;
  /** The `aria-level` of headings inside the step (piles, the parts map's regions): one below the step's. */
  readonly subheadingLevel: number;
  /** Whether the person tried to go on with this required step unanswered (the error has id `step-error`). */
  readonly invalid: boolean;
  /** The definition's text in the element's language. */
  text(text: LocalizedText): string;
  /** Records the person's answer to this step (`undefined` clears it). */
  set(value: AnswerValue | undefined): void;
  /** Speaks a short message through the player's live region. */
  announce(message: string): void;
  /** Moves focus to the element matching `selector` once the next render is done. */
  focusAfterRender(selector: string): void;
}

/** A step view of one kind. */
export type StepView<K extends ExerciseStep['kind']> = (
  context: StepContext<Extract<ExerciseStep, { kind: K }>>,
) => unknown;
