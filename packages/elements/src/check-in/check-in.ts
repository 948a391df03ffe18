import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  SHORT_TEXT_MAX_LENGTH,
  isAnswered,
  localizedText,
  microFeedback,
  type AnswerValue,
  type Assignment,
  type CheckInAnswers,
  type CheckInItem,
  type CheckInTemplate,
  type InterludeClient,
  type Occurrence,
  type ParseResult,
} from '@interlude/core';
import type { Interlude } from '@interlude/store';
import '../choice-group/define.js';
import '../rating-scale/register.js';
import '../slider/define.js';
import { ActivityRunController } from '../shared/internal/activity-run.js';
import { ClientController } from '../shared/internal/client-controller.js';
import { configurationNoticeStyles, notConfiguredNotice } from '../shared/internal/configuration-notice.js';
import { LocalizeController } from '../shared/internal/localize.js';
import { runStrings } from '../shared/locales/run.js';
import { checkInStrings } from '../shared/locales/check-in.js';
import { draftLine, invalidDefinitionNotice, resumedNotice, runStyles } from '../shared/internal/run-view.js';
import { SyncStatusController } from '../shared/internal/sync-status.js';
import { sharedStyles } from '../shared/styles/shared.styles.js';
import { checkInStyles } from './check-in.styles.js';
import { CHECK_IN_HEADING_LEVELS, type CheckInHeadingLevel } from './check-in.types.js';

/**
 * A short between-session check-in from its `CheckInTemplate`: 1–5 items (a slider with
 * labelled anchors, a mood scale, choices, a short text), finishable in under 90 seconds. Every
 * change is kept as a draft on the device and comes back after a reload. After saving it shows the
 * template's micro-feedback for what was answered (core's `microFeedback`) and an honest status:
 * "Saved on this device" until the change has reached the server, then "Synced".
 *
 * Without a client it shows the configuration notice; an invalid `template` shows which path is
 * wrong. Every text of the template is rendered as text, never as HTML.
 *
 * @summary A short check-in with drafts, micro-feedback and an honest sync status.
 * @tag il-check-in
 *
 * @fires {IlAnswerChangeEvent} il-answer-change - The person changed an answer.
 * @fires {IlDraftSavedEvent} il-draft-saved - The answers so far are committed on the device.
 * @fires {IlSubmitEvent} il-submit - The check-in was saved on the device.
 *
 * @csspart title - The check-in's title.
 * @csspart item - One question.
 * @csspart submit - The save button.
 * @csspart error - The message when a required question is unanswered.
 * @csspart draft-status - "Saved on this device" under the form.
 * @csspart done - What is shown after saving.
 * @csspart feedback - The micro-feedback message.
 * @csspart sync-status - "Saved on this device" or "Synced" after saving.
 * @csspart configuration-notice - Shown instead of the check-in when it is not set up.
 *
 * @example
 * ```html
 * <il-provider id="interlude"><il-check-in id="daily"></il-check-in></il-provider>
 * <script type="module">
 *   import { getCheckInTemplate } from '@interlude/content';
 *   document.querySelector('#daily').template = getCheckInTemplate('daily-mood');
 * </script>
 * ```
 */
export class IlCheckIn extends LitElement {
  /** @internal */
  static override styles = [sharedStyles, configurationNoticeStyles, runStyles, checkInStyles];

  /** The check-in to show, a `CheckInTemplate` (validated; an invalid one shows which path is wrong). */
  @property({ attribute: false })
  template: CheckInTemplate | undefined = undefined;

  /** The assignment this check-in fulfils; without one it is a self-started check-in. */
  @property({ attribute: false })
  assignment: Assignment | undefined = undefined;

  /** The occurrence (due instance) of the assignment it fulfils. */
  @property({ attribute: false })
  occurrence: Pick<Occurrence, 'id'> | undefined = undefined;

  /** The level of the title (1–6). */
  @property({ type: Number, attribute: 'heading-level' })
  headingLevel: CheckInHeadingLevel = 2;

  /** The client to read and write through, when not inside an `<il-provider>`. */
  @property({ attribute: false })
  client: InterludeClient | undefined = undefined;

  readonly #localize = new LocalizeController(this, runStrings, checkInStrings);
  readonly #clients = new ClientController(this);
  readonly #sync = new SyncStatusController(this, this.#clients);
  readonly #run = new ActivityRunController(this, this.#clients, {
    activity: () => {
      const client = this.#clients.store;
      const parsed = client && this.#parsed(client);
      return parsed?.ok
        ? { kind: 'check-in', id: parsed.value.id, version: parsed.value.version }
        : undefined;
    },
    assignment: () => this.assignment,
    occurrenceId: () => this.occurrence?.id,
  });

  @state() private missing: readonly string[] = [];
  @state() private error = '';
  #cache: { input: unknown; result: ParseResult<CheckInTemplate> } | undefined;

  /** The answers so far (resumed ones included). */
  get answers() {
    return this.#run.answers;
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
    const template = parsed.value;
    const status = this.#run.status;
    if (status === 'idle' || status === 'resuming') {
      return html`<p aria-busy="true">${this.#localize.term('runLoading')}</p>`;
    }
    return html`<div dir=${this.#localize.dir} lang=${this.#localize.lang}>
      ${status === 'submitted' ? this.#done(template) : this.#form(template)}
    </div>`;
  }

  /** The template checked by the client (core's schema travels with the client, not this element). */
  #parsed(client: Interlude): ParseResult<CheckInTemplate> {
    const input = this.template;
    if (!this.#cache || this.#cache.input !== input) {
      this.#cache = { input, result: client.definitions.validate('check-in', input, 'check-in template') };
    }
    return this.#cache.result;
  }

  #title(template: CheckInTemplate) {
    const level = CHECK_IN_HEADING_LEVELS.includes(this.headingLevel) ? this.headingLevel : 2;
    return html`<div part="title" class="title" role="heading" aria-level=${level} tabindex="-1">
      ${localizedText(template.title, this.#localize.lang)}
    </div>`;
  }

  #form(template: CheckInTemplate) {
    const submitting = this.#run.status === 'submitting';
    return html`${this.#title(template)}
      ${
        template.description
          ? html`<p class="description">${localizedText(template.description, this.#localize.lang)}</p>`
          : nothing
      }
      ${resumedNotice(this.#localize, this.#run)}
      <div class="items">
        ${template.items.map(
          (item) =>
            html`<div class="item">
              ${this.#item(item, submitting)}
              ${
                this.missing.includes(item.id)
                  ? html`<p class="missing">${this.#localize.term('checkInItemMissing')}</p>`
                  : nothing
              }
            </div>`,
        )}
      </div>
      <div class="actions">
        <button part="submit" type="button" ?disabled=${submitting} @click=${this.#submit}>
          ${this.#localize.term(submitting ? 'runSubmitting' : 'checkInSubmit')}
        </button>
      </div>
      <p part="error" class="error" role="alert">${this.error}</p>
      ${draftLine(this.#localize, this.#run)}`;
  }

  /** The prompt, with "(optional)" for an item that may be skipped. */
  #prompt(item: CheckInItem): string {
    const prompt = localizedText(item.prompt, this.#localize.lang);
    return item.required ? prompt : `${prompt} (${this.#localize.term('checkInOptional')})`;
  }

  #item(item: CheckInItem, disabled: boolean): TemplateResult {
    const lang = this.#localize.lang;
    const answer = this.#run.answers[item.id];
    const onChange = (event: Event) =>
      this.#answer(item.id, (event.currentTarget as HTMLElement & { value: AnswerValue | null }).value);
    switch (item.kind) {
      case 'slider':
        return html`<il-slider
          part="item"
          data-item=${item.id}
          label=${this.#prompt(item)}
          min=${item.min}
          max=${item.max}
          step=${item.step}
          low-label=${localizedText(item.anchors.low, lang)}
          high-label=${localizedText(item.anchors.high, lang)}
          .value=${typeof answer === 'number' ? answer : null}
          ?disabled=${disabled}
          @change=${onChange}
        ></il-slider>`;
      case 'mood':
        return html`<il-rating-scale
          part="item"
          data-item=${item.id}
          label=${this.#prompt(item)}
          min="1"
          max=${item.points}
          .client=${this.#clients.client}
          .valueLabels=${item.labels.map((label) => localizedText(label, lang))}
          .value=${typeof answer === 'number' ? answer : null}
          ?disabled=${disabled}
          @change=${onChange}
        ></il-rating-scale>`;
      case 'choice':
        return html`<il-choice-group
          part="item"
          data-item=${item.id}
          label=${this.#prompt(item)}
          ?multiple=${item.multiple}
          .options=${item.options.map((option) => ({ id: option.id, label: localizedText(option.label, lang) }))}
          .value=${typeof answer === 'string' || Array.isArray(answer) ? (answer as string | string[]) : null}
          ?disabled=${disabled}
          @change=${onChange}
        ></il-choice-group>`;
      case 'short-text': {
        const max = item.maxLength ?? SHORT_TEXT_MAX_LENGTH;
        const text = typeof answer === 'string' ? answer : '';
        return html`<div part="item" data-item=${item.id}>
          <label class="text-label" for="text-${item.id}">${this.#prompt(item)}</label>
          <textarea
            id="text-${item.id}"
            maxlength=${max}
            rows="3"
            placeholder=${item.placeholder ? localizedText(item.placeholder, lang) : ''}
            aria-describedby="counter-${item.id}"
            .value=${live(text)}
            ?disabled=${disabled}
            @input=${(event: Event) => this.#answer(item.id, (event.target as HTMLTextAreaElement).value)}
          ></textarea>
          <p id="counter-${item.id}" class="counter">
            ${this.#localize.term('checkInCharactersLeft', max - text.length)}
          </p>
        </div>`;
      }
    }
  }

  #done(template: CheckInTemplate) {
    const answers = this.#run.result?.submission.answers ?? {};
    const feedback = microFeedback(template, answers as CheckInAnswers, this.#localize.lang);
    return html`<div part="done" class="done">
      ${this.#title(template)}
      <p part="feedback" class="feedback" role="status">${feedback}</p>
      <p part="sync-status" class="sync-status" role="status">${this.#sync.text(this.#localize)}</p>
      <div class="actions">
        <button class="secondary" type="button" @click=${this.#again}>
          ${this.#localize.term('checkInAgain')}
        </button>
      </div>
    </div>`;
  }

  #answer(itemId: string, value: AnswerValue | null | undefined): void {
    const given = isAnswered(value) ? (value as AnswerValue) : undefined;
    this.#run.setAnswer(itemId, given);
    if (given !== undefined && this.missing.includes(itemId)) {
      this.missing = this.missing.filter((id) => id !== itemId);
      if (this.missing.length === 0) this.error = '';
    }
  }

  async #again(): Promise<void> {
    await this.#run.restart();
    await this.updateComplete;
    await this.#run.whenResumed();
    this.renderRoot.querySelector<HTMLElement>('.title')?.focus();
  }

  async #submit(): Promise<void> {
    const client = this.#clients.store;
    const parsed = client && this.#parsed(client);
    if (!parsed?.ok || this.#run.status !== 'ready') return;
    const answers = this.#run.answers;
    const unanswered = parsed.value.items.filter((item) => item.required && !isAnswered(answers[item.id]));
    if (unanswered.length > 0) {
      const first = unanswered[0]!;
      this.missing = unanswered.map((item) => item.id);
      this.error = this.#localize.term('checkInMissing', localizedText(first.prompt, this.#localize.lang));
      await this.updateComplete;
      const target = this.renderRoot.querySelector<HTMLElement>(`[data-item="${first.id}"]`);
      (target?.querySelector('textarea') ?? target)?.focus();
      return;
    }
    this.missing = [];
    this.error = '';
    try {
      await this.#run.submit();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.title')?.focus();
    } catch {
      this.error = this.#localize.term('runSubmitFailed');
    }
  }
}
