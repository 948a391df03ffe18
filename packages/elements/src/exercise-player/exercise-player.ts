import { LitElement, html, nothing, type PropertyValues } from 'lit';
import {
  isStepAnswered,
  isStepMissing,
  firstMissingStep,
  localizedText,
  stepPosition,
  submittedAnswers,
  type ActivityRef,
  type Assignment,
  type ExerciseDefinition,
  type ExerciseStep,
  type InterludeClient,
  type LocalizedText,
  type Occurrence,
  type ParseResult,
  type StepPosition,
} from '@interlude/core';
import { ActivityRunController, type DraftStatus } from '../shared/internal/activity-run.js';
import { ClientController } from '../shared/internal/client-controller.js';
import {
  configurationNotice,
  configurationNoticeStyles,
  notConfiguredNotice,
} from '../shared/internal/configuration-notice.js';
import { LiveAnnouncer } from '../shared/internal/announcer.js';
import { LocalizeController } from '../shared/internal/localize.js';
import { exercisePlayerStrings } from '../shared/locales/exercise-player.js';
import { ratingScaleStrings } from '../shared/locales/rating-scale.js';
import { PracticeClock } from '../shared/internal/practice-clock.js';
import { RovingTabindexController } from '../shared/internal/roving-tabindex.js';
import { SortableController, type SortEvent, type SortZone } from '../shared/internal/sortable.js';
import { IlStepChangeEvent } from '../shared/events/step-change.js';
import { sharedStyles } from '../shared/styles/shared.styles.js';
import { exercisePlayerStyles } from './exercise-player.styles.js';
import { choiceStep, promptStep, ratingStep, reflectionStep } from './steps/answers.js';
import { cardSortStep, cardSortZones, describeCardMove, moveCard } from './steps/card-sort.js';
import type { StepContext } from './steps/context.js';
import { describeListMove, listBuilderStep, listZones, moveListEntry } from './steps/list-builder.js';
import { partsMapStep } from './steps/parts-map.js';
import { audioStep, breathingStep, practiceAnnouncement, timerStep } from './steps/practice.js';
import { textStep } from './steps/text.js';

/** The step kinds whose heading is their prompt when they have no title. */
const PROMPTED = ['prompt', 'rating', 'choice', 'card-sort', 'list-builder', 'parts-map'] as const;

/** The heading of a step without a title or prompt, by kind. */
const KIND_HEADINGS = {
  text: 'playerHeadingText',
  timer: 'playerHeadingTimer',
  audio: 'playerHeadingAudio',
  breathing: 'playerHeadingBreathing',
  reflection: 'playerHeadingReflection',
} as const;

/** The "Saved on this device" line, by draft status (none while there is no draft). */
const DRAFT_TERMS: Partial<Record<DraftStatus, `playerDraft${'Saving' | 'Saved' | 'Failed'}`>> = {
  saving: 'playerDraftSaving',
  saved: 'playerDraftSaved',
  failed: 'playerDraftFailed',
};

/** What a sortable step gives the sortable controller. */
interface SortAdapter {
  zones(): SortZone[];
  move(item: string, zone: string, index: number): string | undefined;
  describe(event: SortEvent): string;
}

/**
 * Plays one exercise step by step: text (with its small formatting), free-text prompts,
 * ratings, choices with gentle quiz feedback, card sorts (drag, or keyboard with live
 * announcements), list builders (add, edit, reorder, remove; with per-entry fields), timers
 * with timed guidance, guided audio with transcript and captions, a breathing pacer, an IFS
 * parts map (a form and a map) and reflections that quote earlier answers. Conditional steps
 * appear when their condition holds.
 *
 * A start page gives the rationale, the minutes and the attribution; then Back and Next move
 * through the visible steps, focus goes to each new step's heading, optional steps can be
 * skipped, and a required one says so before the run can be finished. Every change is kept
 * as a draft on the device, so a reload resumes at the same step with the same answers.
 * Finishing saves a submission through the client (it syncs later when offline).
 *
 * Nothing is locked: any exercise can be opened at any time, in any order. Definition text
 * and answers are always rendered as text, never HTML.
 *
 * @summary Plays an ACT, IFS or CBT exercise (or any `ExerciseDefinition`) and saves it.
 * @tag il-exercise-player
 *
 * @fires {IlStepChangeEvent} il-step-change - The person moved to another step (start, next, back), or the run resumed at one. Bubbles, composed.
 * @fires {IlAnswerChangeEvent} il-answer-change - The person changed a step's answer. Bubbles, composed.
 * @fires {IlDraftSavedEvent} il-draft-saved - The answers and step so far are committed on the device. Bubbles, composed.
 * @fires {IlSubmitEvent} il-submit - The finished run was saved on the device as a submission. Bubbles, composed.
 *
 * @attr {number} heading-level - The level of the exercise's title heading (2 by default); each step's heading is one below.
 *
 * @csspart base - The whole player.
 * @csspart title - The exercise's title.
 * @csspart progress - The "Step 2 of 8" line and bar.
 * @csspart step - The current step.
 * @csspart step-heading - The current step's heading (focused on next and back).
 * @csspart navigation - The Back and Next buttons.
 * @csspart next - The Next, Skip or Finish button.
 * @csspart back - The Back button.
 * @csspart start - The start button.
 * @csspart text-answer - A free-text answer.
 * @csspart choices - The options of a choice step.
 * @csspart choice - One option.
 * @csspart feedback - The feedback shown under a choice.
 * @csspart card-sort - The piles of a card sort.
 * @csspart pile - One pile.
 * @csspart card - One card.
 * @csspart list - The entries of a list builder.
 * @csspart entry - One entry.
 * @csspart add - A list's or parts map's add button.
 * @csspart parts - The parts of a parts map (the form).
 * @csspart part - One part's fieldset.
 * @csspart parts-map-visual - The map of parts around Self.
 * @csspart timer - A timer's time, bar and buttons.
 * @csspart cue - A timer's current guidance.
 * @csspart transcript - A timer's or recording's full guidance.
 * @csspart audio - The audio element.
 * @csspart caption - The current caption of a recording.
 * @csspart pacer - The breathing pacer.
 * @csspart reflection - The quoted answers of a reflection.
 * @csspart draft-status - The "Saved on this device" line.
 * @csspart announcer - The visually hidden live region.
 * @csspart rating-group - The options of a rating (a radio group).
 * @csspart rating-option - One option of a rating.
 * @csspart rating-checked - The chosen option of a rating (with `rating-option`).
 * @csspart configuration-notice - Shown instead of the player when it has no client or an invalid definition.
 *
 * @cssprop [--il-exercise-player-max-width=44rem] - The widest the player grows.
 * @cssprop [--il-exercise-player-gap=var(--il-space-4, 1rem)] - Space between its blocks.
 * @cssprop [--il-exercise-player-card-surface=var(--il-color-surface, Canvas)] - Background of cards, piles and entries.
 * @cssprop [--il-exercise-player-pacer-color=var(--il-color-accent, #1a5fb4)] - The breathing pacer's circle.
 *
 * @example
 * ```html
 * <il-provider id="interlude">
 *   <il-exercise-player></il-exercise-player>
 * </il-provider>
 * <script type="module">
 *   import { getExercise } from '@interlude/content';
 *   document.querySelector('il-exercise-player').definition = getExercise('act-defusion');
 * </script>
 * ```
 */
export class IlExercisePlayer extends LitElement {
  /** @internal */
  static override styles = [sharedStyles, configurationNoticeStyles, exercisePlayerStyles];

  /**
   * @internal Declared here rather than by decorators: the entry then needs no decorator
   * helpers (every byte counts in the player's size budget).
   */
  static override properties = {
    client: { attribute: false },
    definition: { attribute: false },
    assignment: { attribute: false },
    occurrence: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** The client to save through; by default the nearest `<il-provider>`'s. */
  declare client: InterludeClient | undefined;

  /** The exercise to play. Validated: an invalid one shows a notice naming the problem's path. */
  declare definition: ExerciseDefinition | undefined;

  /** The assignment this run fulfils (its draft and submission belong to it). */
  declare assignment: Assignment | undefined;

  /** The occurrence of the assignment this run fulfils (only its `id` is read). */
  declare occurrence: Pick<Occurrence, 'id'> | undefined;

  /** The level of the exercise's title heading (2 by default); each step's heading is one below. */
  headingLevel = 2;

  readonly #localize = new LocalizeController(this, exercisePlayerStrings, ratingScaleStrings);
  readonly #clients = new ClientController(this);
  readonly #run = new ActivityRunController(this, this.#clients, {
    activity: () => this.#activity(),
    assignment: () => this.assignment,
    occurrenceId: () => this.occurrence?.id,
  });
  readonly #announcer = new LiveAnnouncer(this);
  readonly #clock = new PracticeClock(this);
  readonly #roving = new RovingTabindexController(this, {
    groups: () =>
      [...this.renderRoot.querySelectorAll<HTMLElement>('.piles [data-zone]')].map((zone) => [
        ...zone.querySelectorAll<HTMLElement>('[data-key]'),
      ]),
    isRtl: () => this.#localize.isRtl,
  });
  readonly #sortable = new SortableController(this, {
    zones: () => this.#sortAdapter()?.zones() ?? [],
    move: (item, zone, index) => this.#sortAdapter()?.move(item, zone, index),
    announce: (event) => {
      const message = this.#sortAdapter()?.describe(event);
      if (message) this.#announcer.announce(message);
    },
    isRtl: () => this.#localize.isRtl,
  });

  #parsed: { input: unknown; result: ParseResult<ExerciseDefinition> } | undefined;
  #finishing: Promise<unknown> = Promise.resolve();
  /** The step whose missing answer is being pointed out. */
  #invalidStep: string | undefined;
  #focusSelector: string | undefined;
  #lastAnnouncement: string | undefined;
  #lastStatus = '';
  /** Whether the person moved since the run resumed (the "welcome back" line is for the first step only). */
  #navigated = false;
  #caption = '';

  /**
   * Finishes the run as the Finish button does, once the draft has been read: shows the first
   * required step still unanswered and resolves `false`, or saves the submission and resolves
   * `true`. Rejects when the store refuses it (the answers stay).
   */
  async finish(): Promise<boolean> {
    const finishing = this.#settled().then(async () => {
      const parsed = this.#definition();
      if (!parsed?.ok || this.#run.status !== 'ready') return false;
      const missing = firstMissingStep(parsed.value, this.#run.answers);
      if (missing) {
        this.#go(parsed.value, missing.id);
        this.#invalidStep = missing.id;
        return false;
      }
      await this.#submit(parsed.value);
      return true;
    });
    this.#finishing = finishing.catch(() => undefined);
    return finishing;
  }

  /** @internal Also waits for the draft to be read, for a save in flight, and the render after. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const settled = await this.#settled();
    await this.#finishing;
    return (await super.getUpdateComplete()) && settled;
  }

  /** The first render done, the draft read (or a save finished), and the render after that. */
  async #settled(): Promise<boolean> {
    const first = await super.getUpdateComplete();
    await this.#run.pending;
    return (await super.getUpdateComplete()) && first;
  }

  /**
   * The definition checked by the client (core's schema travels with the client, not this
   * element), or why it is not valid; `undefined` when there is none or no client to check it.
   */
  #definition(): ParseResult<ExerciseDefinition> | undefined {
    const client = this.#clients.store;
    if (this.definition === undefined || !client) return undefined;
    if (this.#parsed?.input !== this.definition) {
      this.#parsed = {
        input: this.definition,
        result: client.definitions.validate('exercise', this.definition, 'exercise definition'),
      };
    }
    return this.#parsed.result;
  }

  #activity(): ActivityRef | undefined {
    const parsed = this.#definition();
    return parsed?.ok ? { kind: 'exercise', id: parsed.value.id, version: parsed.value.version } : undefined;
  }

  #text = (text: LocalizedText): string => localizedText(text, this.#localize.lang);

  protected override render() {
    const localize = this.#localize;
    if (!this.#clients.store) return notConfiguredNotice(localize);
    const parsed = this.#definition();
    if (!parsed?.ok) {
      return configurationNotice(
        localize,
        localize.term('playerInvalidTitle'),
        localize.term('playerInvalidBody', parsed ? parsed.error.message : 'definition: expected object'),
      );
    }
    const definition = parsed.value;
    const status = this.#run.status;
    let body: unknown;
    if (status === 'idle' || status === 'resuming') {
      body = html`<p class="hint" role="status">${localize.term('playerLoading')}</p>`;
    } else if (status === 'submitted') {
      body = this.#renderDone(definition);
    } else if (this.#run.stepId === undefined) {
      body = this.#renderStart(definition);
    } else {
      body = this.#renderStep(definition);
    }
    return html`<article part="base" class="base" dir=${localize.dir} aria-labelledby="title">
      <div part="title" id="title" class="title" role="heading" aria-level=${this.headingLevel}>
        ${this.#text(definition.title)}
      </div>
      ${body} ${this.#announcer.render()}
    </article>`;
  }

  #renderStart(definition: ExerciseDefinition) {
    const localize = this.#localize;
    return html`<div class="start">
      ${definition.description ? html`<p class="description">${this.#text(definition.description)}</p>` : nothing}
      ${
        definition.rationale
          ? html`<section class="rationale" aria-labelledby="why">
              <div id="why" class="subheading" role="heading" aria-level=${this.headingLevel + 1}>
                ${localize.term('playerWhy')}
              </div>
              <p>${this.#text(definition.rationale)}</p>
            </section>`
          : nothing
      }
      <p class="hint">${localize.term('playerMinutes', definition.estimatedMinutes)}</p>
      <div class="actions">
        <button type="button" part="start" class="primary" @click=${() => this.#start(definition)}>
          ${localize.term('playerStart')}
        </button>
      </div>
      ${this.#renderAttribution(definition)}
    </div>`;
  }

  #renderAttribution(definition: ExerciseDefinition) {
    const attribution = definition.attribution;
    if (!attribution) return nothing;
    return html`<footer class="attribution">
      <p>${this.#localize.term('playerBasedOn', attribution.approach)}</p>
      <p><cite>${attribution.credit}</cite></p>
      ${attribution.note ? html`<p>${attribution.note}</p>` : nothing}
    </footer>`;
  }

  #renderStep(definition: ExerciseDefinition) {
    const localize = this.#localize;
    const answers = this.#run.answers;
    const position = stepPosition(definition, answers, this.#run.stepId);
    const { step } = position;
    const context = this.#context(definition, step);
    const answer = answers[step.id];
    const heading = this.#heading(step);
    const hasPromptBelow = step.title !== undefined && 'prompt' in step && step.kind !== 'reflection';
    const takesAnswer = (PROMPTED as readonly string[]).includes(step.kind);
    const optional = takesAnswer && (step as { required?: boolean }).required !== true;
    const missing = context.invalid;
    const isLast = position.next === undefined;
    const submitting = this.#run.status === 'submitting';
    const nextLabel = isLast
      ? localize.term('playerFinish')
      : optional && !isStepAnswered(step, answer)
        ? localize.term('playerSkip')
        : localize.term('playerNext');
    return html`<div part="progress" class="progress">
        <span id="progress-label"
          >${localize.term('playerProgress', position.index + 1, position.steps.length)}</span
        >
        <progress
          aria-labelledby="progress-label"
          max=${position.steps.length}
          .value=${position.index + 1}
        ></progress>
      </div>
      ${
        this.#run.resumed && !this.#navigated && position.index > 0
          ? html`<p class="hint resumed">${localize.term('playerResumed')}</p>`
          : nothing
      }
      <section part="step" class="step step-${step.kind}" data-step=${step.id} aria-labelledby="step-heading">
        <div
          part="step-heading"
          id="step-heading"
          class="step-heading"
          role="heading"
          aria-level=${this.headingLevel + 1}
          tabindex="-1"
        >
          ${heading}
        </div>
        ${optional ? html`<p class="optional">${localize.term('playerOptional')}</p>` : nothing}
        ${
          hasPromptBelow
            ? html`<p id="prompt" class="prompt">
                ${this.#text((step as { prompt: LocalizedText }).prompt)}
              </p>`
            : nothing
        }
        ${this.#renderStepBody(context)}
        ${missing ? html`<p id="step-error" class="error" role="alert">${localize.term('playerRequired')}</p>` : nothing}
      </section>
      <div part="navigation" class="navigation">
        ${
          position.previous
            ? html`<button
                type="button"
                part="back"
                class="back"
                ?disabled=${submitting}
                @click=${() => this.#go(definition, position.previous!.id)}
              >
                ${localize.term('playerBack')}
              </button>`
            : nothing
        }
        <button
          type="button"
          part="next"
          class="next primary"
          ?disabled=${submitting}
          @click=${() => this.#next(definition)}
        >
          ${submitting ? localize.term('playerSaving') : nextLabel}
        </button>
      </div>
      ${
        this.#run.error && this.#run.status === 'ready' && this.#run.draftStatus !== 'failed'
          ? html`<p class="error" role="alert">${localize.term('playerSubmitFailed')}</p>`
          : nothing
      }
      <p part="draft-status" class="draft-status">${this.#draftText()}</p>`;
  }

  #draftText(): string {
    const key = DRAFT_TERMS[this.#run.draftStatus];
    return key ? this.#localize.term(key) : '';
  }

  #heading(step: ExerciseStep): string {
    if (step.title) return this.#text(step.title);
    if ((PROMPTED as readonly string[]).includes(step.kind)) {
      return this.#text((step as { prompt: LocalizedText }).prompt);
    }
    return this.#localize.term(KIND_HEADINGS[step.kind as keyof typeof KIND_HEADINGS]);
  }

  #renderStepBody(context: StepContext) {
    switch (context.step.kind) {
      case 'text':
        return textStep(context as StepContext<typeof context.step>);
      case 'prompt':
        return promptStep(context as StepContext<typeof context.step>);
      case 'rating':
        return ratingStep(context as StepContext<typeof context.step>);
      case 'choice':
        return choiceStep(context as StepContext<typeof context.step>);
      case 'card-sort':
        return cardSortStep(context as StepContext<typeof context.step>, this.#sortable, this.#roving);
      case 'list-builder':
        return listBuilderStep(context as StepContext<typeof context.step>, this.#sortable);
      case 'parts-map':
        return partsMapStep(context as StepContext<typeof context.step>);
      case 'timer':
        return timerStep(context as StepContext<typeof context.step>, this.#clock);
      case 'audio':
        return audioStep(context as StepContext<typeof context.step>, this.#caption, this.#onCueChange);
      case 'breathing':
        return breathingStep(context as StepContext<typeof context.step>, this.#clock);
      case 'reflection':
        return reflectionStep(context as StepContext<typeof context.step>);
    }
  }

  #renderDone(definition: ExerciseDefinition) {
    const localize = this.#localize;
    return html`<div class="done">
      <div
        id="done-heading"
        class="step-heading"
        role="heading"
        aria-level=${this.headingLevel + 1}
        tabindex="-1"
      >
        ${localize.term('playerDoneTitle')}
      </div>
      <p>${localize.term('playerDoneBody')}</p>
      <div class="actions">
        <button type="button" class="again" @click=${() => void this.#run.restart()}>
          ${localize.term('playerAgain')}
        </button>
      </div>
      ${this.#renderAttribution(definition)}
    </div>`;
  }

  #context(definition: ExerciseDefinition, step: ExerciseStep): StepContext {
    const answers = this.#run.answers;
    const answer = answers[step.id];
    return {
      definition,
      step,
      answer,
      answers,
      localize: this.#localize,
      subheadingLevel: this.headingLevel + 2,
      labelId:
        step.title !== undefined && 'prompt' in step && step.kind !== 'reflection'
          ? 'prompt'
          : 'step-heading',
      invalid: this.#invalidStep === step.id && isStepMissing(step, answer),
      text: this.#text,
      set: (value) => this.#run.setAnswer(step.id, value),
      announce: (message) => this.#announcer.announce(message),
      focusAfterRender: (selector) => {
        this.#focusSelector = selector;
      },
    };
  }

  /** The card sort or list the sortable controller moves things in, for the step shown now. */
  #sortAdapter(): SortAdapter | undefined {
    const parsed = this.#definition();
    if (!parsed?.ok || this.#run.stepId === undefined) return undefined;
    const { step } = stepPosition(parsed.value, this.#run.answers, this.#run.stepId);
    const context = () => this.#context(parsed.value, step) as StepContext<never>;
    if (step.kind === 'card-sort') {
      return {
        zones: () => cardSortZones(step, this.#run.answers[step.id]),
        move: (item, zone, index) => moveCard(context(), item, zone, index),
        describe: (event) => describeCardMove(context(), event),
      };
    }
    if (step.kind === 'list-builder') {
      return {
        zones: () => listZones(context()),
        move: (item, zone, index) => moveListEntry(context(), item, zone, index),
        describe: (event) => describeListMove(context(), event),
      };
    }
    return undefined;
  }

  #start(definition: ExerciseDefinition): void {
    const first = stepPosition(definition, this.#run.answers, undefined).step;
    this.#go(definition, first.id);
  }

  /** Shows `stepId`: saved as the draft's step, announced by event, its heading focused. */
  #go(definition: ExerciseDefinition, stepId: string): void {
    this.#clock.reset();
    this.#sortable.cancel();
    this.#navigated = true;
    this.#invalidStep = undefined;
    this.#caption = '';
    this.#lastAnnouncement = undefined;
    this.#run.setStep(stepId);
    this.#focusSelector = '#step-heading';
    this.#fireStepChange(definition);
  }

  #next(definition: ExerciseDefinition): void {
    const answers = this.#run.answers;
    const position = stepPosition(definition, answers, this.#run.stepId);
    if (isStepMissing(position.step, answers[position.step.id])) {
      this.#invalidStep = position.step.id;
      this.requestUpdate();
      return;
    }
    if (position.next) {
      this.#go(definition, position.next.id);
      return;
    }
    this.finish().catch(() => undefined); // a refusal is shown in the player
  }

  async #submit(definition: ExerciseDefinition): Promise<void> {
    this.#clock.reset();
    this.#focusSelector = '#done-heading';
    try {
      await this.#run.submit({ answers: submittedAnswers(definition, this.#run.answers) });
    } catch (error) {
      this.#focusSelector = undefined; // the error is shown; focus stays on Finish
      throw error;
    }
  }

  #fireStepChange(definition: ExerciseDefinition): void {
    fireStepChange(this, stepPosition(definition, this.#run.answers, this.#run.stepId));
  }

  readonly #onCueChange = (event: Event): void => {
    const cues = (event.target as HTMLTrackElement).track.activeCues;
    // Cue text may carry WebVTT tags (<v Speaker>, <i>): shown as plain text without them.
    this.#caption = [...(cues ?? [])].map((cue) => (cue as VTTCue).text.replace(/<[^>]*>/g, '')).join('\n');
    this.requestUpdate();
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A timer's new cue or a pacer's new phase is said once, as the clock reaches it.
    const parsed = this.#definition();
    if (parsed?.ok && this.#run.stepId !== undefined && this.#run.status === 'ready') {
      const { step } = stepPosition(parsed.value, this.#run.answers, this.#run.stepId);
      const message = practiceAnnouncement(step, this.#clock, this.#localize);
      if (message !== undefined && message !== this.#lastAnnouncement) {
        this.#lastAnnouncement = message;
        this.#announcer.announce(message);
      }
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const status = this.#run.status;
    const parsed = this.#definition();
    if (status !== this.#lastStatus) {
      // A run that resumed at a step says so, as a move to that step would.
      if (this.#lastStatus === 'resuming' && status === 'ready' && this.#run.stepId && parsed?.ok) {
        this.#fireStepChange(parsed.value);
      }
      this.#lastStatus = status;
    }
    for (const track of this.renderRoot.querySelectorAll('track')) {
      if (track.track.mode === 'disabled') track.track.mode = 'hidden';
    }
    const selector = this.#focusSelector;
    if (selector) {
      const target = this.renderRoot.querySelector<HTMLElement>(selector);
      if (target) {
        this.#focusSelector = undefined;
        target.focus();
      }
    }
  }
}

/** Outside the class, so the manifest lists the event once, from `@fires`, with its name. */
function fireStepChange(host: HTMLElement, position: StepPosition): void {
  host.dispatchEvent(
    new IlStepChangeEvent({ stepId: position.step.id, index: position.index, count: position.steps.length }),
  );
}
