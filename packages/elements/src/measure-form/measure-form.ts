import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  checkLicence,
  localizedText,
  measureTotalRange,
  type Assignment,
  type CrisisResourceSet,
  type InterludeClient,
  type MeasureDefinition,
  type MeasureItem,
  type Occurrence,
  type ParseResult,
} from '@interlude/core';
import '../crisis-resources/register.js';
import type { Interlude } from '@interlude/store';
import { IlCrisisShownEvent } from '../shared/events/crisis-shown.js';
import { ActivityRunController } from '../shared/internal/activity-run.js';
import { ClientController } from '../shared/internal/client-controller.js';
import {
  configurationNotice,
  configurationNoticeStyles,
  notConfiguredNotice,
} from '../shared/internal/configuration-notice.js';
import { CrisisController } from '../shared/internal/crisis-controller.js';
import { LocalizeController } from '../shared/internal/localize.js';
import { runStrings } from '../shared/locales/run.js';
import { measureFormStrings } from '../shared/locales/measure-form.js';
import { crisisStrings } from '../shared/locales/crisis.js';
import { draftLine, invalidDefinitionNotice, resumedNotice, runStyles } from '../shared/internal/run-view.js';
import { SyncStatusController } from '../shared/internal/sync-status.js';
import { sharedStyles } from '../shared/styles/shared.styles.js';
import { optionStyles } from '../shared/styles/option.styles.js';
import { measureFormStyles } from './measure-form.styles.js';
import { MEASURE_FORM_HEADING_LEVELS, type MeasureFormHeadingLevel } from './measure-form.types.js';

/** The risk item answered at or above its threshold first in form order, if any. */
function endorsedRisk(
  definition: MeasureDefinition,
  answers: Readonly<Record<string, unknown>>,
): { itemId: string; value: number } | undefined {
  for (const item of definition.items) {
    const rule = definition.scoring.riskItems?.find((risk) => risk.itemId === item.id);
    const value = answers[item.id];
    if (rule && typeof value === 'number' && value >= rule.threshold) return { itemId: item.id, value };
  }
  return undefined;
}

/**
 * An outcome questionnaire (PHQ-9, GAD-7, …) from its `MeasureDefinition`: the instrument's exact
 * wording, recall period and response options, every item a radio group of native radio buttons
 * (the WAI-ARIA APG pattern: one tab stop, arrow keys move and choose, flipped right to left), all
 * on one page. Every answer is kept as a draft on the device and comes back after a reload. On
 * submit it enforces the instrument's missing-item rule (focus moves to the first unanswered
 * question, with a message), then saves through `client.submissions.save(…, { definition })`,
 * so the score and any flags come from core. The score is shown to the client only with
 * `show-score`.
 *
 * **Crisis path.** The moment a risk item is endorsed (PHQ-9 item 9 above "Not at all", or any
 * item the definition lists under `scoring.riskItems`), before any submit, the form shows crisis
 * resources right below that question — a region named "You don't have to face this alone",
 * announced to screen readers — and fires `il-crisis-shown`. The panel stays for the rest of the
 * run, even if the answer is changed. The saved submission raises the clinician's urgent flag.
 *
 * Without a client it shows the configuration notice; an invalid `definition` shows which path is
 * wrong; an instrument the vendor's declared `licensing` (on `createInterlude`) does not allow is
 * refused with a message naming its licence (core's `checkLicence`). Every text of the definition is rendered as text, never as HTML.
 *
 * @summary A questionnaire with drafts, the instrument's scoring and a crisis path.
 * @tag il-measure-form
 *
 * @slot crisis - Your own crisis content, shown in the crisis panel instead of the resources list.
 *
 * @fires {IlAnswerChangeEvent} il-answer-change - The person changed an answer.
 * @fires {IlDraftSavedEvent} il-draft-saved - The answers so far are committed on the device.
 * @fires {IlCrisisShownEvent} il-crisis-shown - Crisis resources appeared after a risk answer (before submit).
 * @fires {IlSubmitEvent} il-submit - The questionnaire was saved on the device, with its score.
 *
 * @csspart title - The questionnaire's title.
 * @csspart instructions - The stem with the recall period.
 * @csspart item - One question: its text and its radio group (`role="radiogroup"`, `data-item` the item's id).
 * @csspart label - The text of a question.
 * @csspart option - One answer (a label around its native radio button); the chosen one also has part `checked`.
 * @csspart checked - The chosen answer of a question.
 * @csspart crisis - The crisis panel.
 * @csspart submit - The submit button.
 * @csspart error - The message when the form cannot be sent yet.
 * @csspart draft-status - "Saved on this device" under the form.
 * @csspart done - What is shown after submitting.
 * @csspart copyright - The instrument's copyright line.
 * @csspart configuration-notice - Shown instead of the form when it is not set up.
 *
 * @cssprop [--il-measure-form-crisis-color=var(--il-color-danger, #a51d2d)] - Border of the crisis panel.
 * @cssprop [--il-choice-group-border-color=var(--il-color-border, #767d88)] - Border of an answer (the same token as `il-choice-group`).
 * @cssprop [--il-choice-group-checked-color=var(--il-color-accent, #1a5fb4)] - Border and radio button of the chosen answer.
 * @cssprop [--il-choice-group-radius=var(--il-radius, 8px)] - Corner radius of an answer.
 *
 * @example
 * ```html
 * <il-provider id="interlude">
 *   <il-measure-form id="phq9"></il-measure-form>
 * </il-provider>
 * <script type="module">
 *   import { getMeasure } from '@interlude/content';
 *   document.querySelector('#phq9').definition = getMeasure('phq-9');
 * </script>
 * ```
 */
export class IlMeasureForm extends LitElement {
  /** @internal */
  static override styles = [
    sharedStyles,
    configurationNoticeStyles,
    runStyles,
    optionStyles,
    measureFormStyles,
  ];

  /** The questionnaire to show, a `MeasureDefinition` (validated; an invalid one shows which path is wrong). */
  @property({ attribute: false })
  definition: MeasureDefinition | undefined = undefined;

  /** The assignment this run fulfils; without one it is a self-started run. */
  @property({ attribute: false })
  assignment: Assignment | undefined = undefined;

  /** The occurrence (due instance) of the assignment this run fulfils. */
  @property({ attribute: false })
  occurrence: Pick<Occurrence, 'id'> | undefined = undefined;

  /** Show the client their score and band after submitting. Off by default: the clinician decides. */
  @property({ type: Boolean, attribute: 'show-score' })
  showScore = false;

  /** Crisis resources for this form, instead of the provider's or the shipped default. */
  @property({ attribute: false })
  crisisResources: CrisisResourceSet | undefined = undefined;

  /** The region of the shipped crisis resources, e.g. `GB`, when none are given. */
  @property({ attribute: 'crisis-region' })
  crisisRegion: string | undefined = undefined;

  /** The level of the title (1–6). */
  @property({ type: Number, attribute: 'heading-level' })
  headingLevel: MeasureFormHeadingLevel = 2;

  /** The client to read and write through, when not inside an `<il-provider>`. */
  @property({ attribute: false })
  client: InterludeClient | undefined = undefined;

  readonly #localize = new LocalizeController(this, runStrings, measureFormStrings, crisisStrings);
  readonly #clients = new ClientController(this);
  readonly #crisis = new CrisisController(this);
  readonly #sync = new SyncStatusController(this, this.#clients);
  readonly #run = new ActivityRunController(this, this.#clients, {
    activity: () => {
      const client = this.#clients.store;
      const parsed = client && this.#parsed(client);
      // Nothing runs (no draft, no submit) for an instrument the vendor may not offer.
      if (!client || !parsed?.ok || !checkLicence(parsed.value, client.licensing).allowed) return undefined;
      return { kind: 'measure', id: parsed.value.id, version: parsed.value.version };
    },
    assignment: () => this.assignment,
    occurrenceId: () => this.occurrence?.id,
    answersWhileResuming: true,
  });

  /** Items left unanswered at the last submit attempt. */
  @state() private missing: readonly string[] = [];
  @state() private error = '';

  #cache: { input: unknown; result: ParseResult<MeasureDefinition> } | undefined;
  /** The risk answer that opened the crisis panel in this run (kept even if the answer changes). */
  #crisisItem: { itemId: string; value: number } | undefined;
  #crisisRun = '';
  #crisisAnnounced = false;

  /** The answers so far (resumed ones included). */
  get answers() {
    return this.#run.answers;
  }

  /** Whether the crisis panel is on screen. */
  get crisisShown(): boolean {
    return this.#crisisItem !== undefined;
  }

  /** Moves focus to the title, so a screen reader starts reading from the top. */
  override focus(options?: FocusOptions): void {
    const title = this.renderRoot.querySelector<HTMLElement>('.title');
    if (title) title.focus(options);
    else super.focus(options);
  }

  /** Resolves once the draft (if any) is resumed and rendered; for tests and hosts. */
  whenResumed(): Promise<void> {
    return this.#run.whenResumed();
  }

  protected override render() {
    const client = this.#clients.store;
    if (!client) return notConfiguredNotice(this.#localize);
    const parsed = this.#parsed(client);
    if (!parsed.ok) return invalidDefinitionNotice(this.#localize, parsed.error);
    const definition = parsed.value;
    const licence = checkLicence(definition, client.licensing);
    if (!licence.allowed) {
      // The refusal names the instrument and its licence, and what would allow it.
      return configurationNotice(
        this.#localize,
        this.#localize.term('measureLicenceRefused'),
        licence.refusal.message,
      );
    }
    this.#latchCrisis(definition);
    const status = this.#run.status;
    // The questions show while the draft is read (no loading render first): an answer given
    // meanwhile wins over the draft's, which fills in the rest when it arrives.
    if (status === 'idle') return html`<p aria-busy="true">${this.#localize.term('runLoading')}</p>`;
    return html`<div dir=${this.#localize.dir} lang=${this.#localize.lang}>
      ${status === 'submitted' ? this.#done(definition) : this.#form(definition)}
      <p part="copyright" class="copyright">${definition.licence.copyright}</p>
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#crisisItem && !this.#crisisAnnounced) {
      this.#crisisAnnounced = true;
      // Built first, then dispatched: the manifest takes its name from the @fires tag.
      const shown = new IlCrisisShownEvent({
        ...this.#crisisItem,
        resources: this.#crisis.resources(this.#clients.client),
      });
      this.dispatchEvent(shown);
    }
  }

  /** The definition checked by the client (core's schema travels with the client, not this element). */
  #parsed(client: Interlude): ParseResult<MeasureDefinition> {
    const input = this.definition;
    if (!this.#cache || this.#cache.input !== input) {
      this.#cache = { input, result: client.definitions.validate('measure', input, 'measure definition') };
    }
    return this.#cache.result;
  }

  #latchCrisis(definition: MeasureDefinition): void {
    const run = `${definition.id}@${definition.version}|${this.assignment?.id ?? ''}|${this.occurrence?.id ?? ''}|${this.#clients.store?.user.id ?? ''}`;
    if (run !== this.#crisisRun) {
      this.#crisisRun = run;
      this.#crisisItem = undefined;
      this.#crisisAnnounced = false;
    }
    this.#crisisItem ??= endorsedRisk(definition, this.#run.answers);
  }

  #title(definition: MeasureDefinition) {
    const level = MEASURE_FORM_HEADING_LEVELS.includes(this.headingLevel) ? this.headingLevel : 2;
    return html`<div part="title" class="title" role="heading" aria-level=${level} tabindex="-1" dir="auto">
      ${localizedText(definition.title, this.#localize.lang)}
    </div>`;
  }

  #form(definition: MeasureDefinition) {
    const lang = this.#localize.lang;
    const submitting = this.#run.status === 'submitting';
    const count = definition.items.length;
    return html`${this.#title(definition)}
      ${
        definition.instructions
          ? html`<p part="instructions" class="instructions" dir="auto">
              ${localizedText(definition.instructions, lang)}
            </p>`
          : nothing
      }
      ${resumedNotice(this.#localize, this.#run)}
      <div class="items" @change=${this.#onChange}>
        ${definition.items.map((item, index) => this.#item(item, `${index + 1}. `, submitting))}
      </div>
      ${
        definition.supplementaryItems?.length
          ? html`<div class="items supplementary" @change=${this.#onChange}>
              ${definition.supplementaryItems.map((item) => this.#item(item, '', submitting))}
            </div>`
          : nothing
      }
      <div class="actions">
        <button part="submit" type="button" ?disabled=${submitting} @click=${this.#submit}>
          ${this.#localize.term(submitting ? 'runSubmitting' : 'measureSubmit')}
        </button>
      </div>
      <p part="error" class="error" role="alert">${this.error}</p>
      ${draftLine(this.#localize, this.#run)}
      <span class="visually-hidden">${this.#localize.term('measureItemCount', count)}</span>`;
  }

  /**
   * One question as native radio buttons in this shadow root (no element, shadow root and style
   * sheets of its own per question: the PHQ-9's first render is mostly that work otherwise). The
   * browser gives the APG radio group keys; `name` groups them, unique per item within the form.
   */
  #item(item: MeasureItem, prefix: string, disabled: boolean) {
    const lang = this.#localize.lang;
    const answer = this.#run.answers[item.id];
    const missing = this.missing.includes(item.id);
    const labelId = `label-${item.id}`;
    return html`<div class=${disabled ? 'item disabled' : 'item'}>
      <div part="item" class="question" data-item=${item.id}>
        <div part="label" id=${labelId} class="label" dir="auto">
          ${prefix + localizedText(item.text, lang)}
        </div>
        <div
          class="options"
          role="radiogroup"
          aria-labelledby=${labelId}
          aria-required=${item.scored ? 'true' : 'false'}
          aria-invalid=${ifDefined(missing ? 'true' : undefined)}
          aria-describedby=${ifDefined(missing ? `missing-${item.id}` : undefined)}
        >
          ${item.options.map((option) => {
            const checked = answer === option.value;
            return html`<label
              part=${checked ? 'option checked' : 'option'}
              class=${checked ? 'option checked' : 'option'}
            >
              <input
                type="radio"
                name=${item.id}
                value=${option.value}
                .checked=${checked}
                ?disabled=${disabled}
              /><span dir="auto">${localizedText(option.label, lang)}</span>
            </label>`;
          })}
        </div>
      </div>
      ${
        missing
          ? html`<p id=${`missing-${item.id}`} class="missing">
              ${this.#localize.term('measureItemMissing')}
            </p>`
          : nothing
      }
      ${this.#crisisItem?.itemId === item.id ? this.#crisisPanel(true) : nothing}
    </div>`;
  }

  #crisisPanel(announce: boolean) {
    return html`<section part="crisis" class="crisis" aria-labelledby="crisis-heading">
      <div id="crisis-heading" class="crisis-heading" role="heading" aria-level="3">
        ${this.#localize.term('crisisHeading')}
      </div>
      <p role=${announce ? 'alert' : 'note'}>${this.#localize.term('crisisMessage')}</p>
      <slot name="crisis">
        <il-crisis-resources
          no-heading
          .client=${this.#clients.client}
          .crisisResources=${this.#crisis.resources(this.#clients.client)}
        ></il-crisis-resources>
      </slot>
      <p>${this.#localize.term('crisisClinicianNote')}</p>
    </section>`;
  }

  #done(definition: MeasureDefinition) {
    const score = this.#run.result?.score;
    let scoreLine = '';
    if (this.showScore && score) {
      if (score.total === null) scoreLine = this.#localize.term('measureUnscorable');
      else {
        const band = definition.scoring.bands.find((candidate) => candidate.id === score.band);
        scoreLine = this.#localize.term(
          'measureScore',
          this.#localize.number(score.total, { maximumFractionDigits: 1 }),
          this.#localize.number(measureTotalRange(definition).max),
          band ? localizedText(band.label, this.#localize.lang) : '',
        );
      }
    }
    return html`<div part="done" class="done">
      ${this.#title(definition)}
      <p>${this.#localize.term('measureThanks')}</p>
      ${scoreLine ? html`<p class="score">${scoreLine}</p>` : nothing}
      <p class="sync-status" role="status">${this.#sync.text(this.#localize)}</p>
      ${this.#crisisItem ? this.#crisisPanel(false) : nothing}
    </div>`;
  }

  /** A radio button was chosen (one listener for every question: its `name` is the item's id). */
  #onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.type !== 'radio' || !input.checked) return;
    const itemId = input.name;
    this.#run.setAnswer(itemId, Number(input.value));
    if (this.missing.includes(itemId)) this.missing = this.missing.filter((id) => id !== itemId);
    if (this.error && this.missing.length === 0) this.error = '';
  }

  /** Focuses question `itemId`'s chosen answer, or its first (where the browser's Tab would land). */
  #focusItem(itemId: string): void {
    const group = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-item]')].find(
      (element) => element.dataset['item'] === itemId,
    );
    (group?.querySelector<HTMLInputElement>('input:checked') ?? group?.querySelector('input'))?.focus();
  }

  async #submit(): Promise<void> {
    // Pressed before the draft was read: check the answers with the draft's filled in.
    if (this.#run.status === 'resuming') await this.#run.pending;
    const client = this.#clients.store;
    const parsed = client && this.#parsed(client);
    if (!parsed?.ok || this.#run.status !== 'ready') return;
    const definition = parsed.value;
    const answers = this.#run.answers;
    const unanswered = definition.items.filter((item) => item.scored && typeof answers[item.id] !== 'number');
    const rule = definition.scoring.missingItems;
    const allowed = rule.kind === 'prorate' ? rule.maxMissing : 0;
    if (unanswered.length > allowed) {
      const first = definition.items.indexOf(unanswered[0]!) + 1;
      this.missing = unanswered.map((item) => item.id);
      this.error =
        allowed === 0
          ? this.#localize.term('measureMissingAll', first)
          : this.#localize.term('measureMissingSome', first, allowed);
      await this.updateComplete;
      this.#focusItem(unanswered[0]!.id);
      return;
    }
    this.missing = [];
    this.error = '';
    try {
      await this.#run.submit({ definition });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.title')?.focus();
    } catch {
      this.error = this.#localize.term('runSubmitFailed');
    }
  }
}
