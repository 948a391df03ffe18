import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  renderSessionPrepText,
  sessionPrepSections,
  type InterludeClient,
  type SessionPrep,
  type SessionPrepOptions,
} from '@interlude/core';
import { ClientController } from '../shared/internal/client-controller.js';
import { DataController } from '../shared/internal/data-controller.js';
import { LocalizeController } from '../shared/internal/localize.js';
import { clinicianStrings } from '../shared/locales/clinician.js';
import { sessionPrepStrings } from '../shared/locales/session-prep.js';
import { ClinicalMessagesController } from '../shared/internal/clinical-messages.js';
import { notConfiguredNotice, configurationNoticeStyles } from '../shared/internal/configuration-notice.js';
import { clinicianTimeZone } from '../shared/internal/clinician-format.js';
import { IlSessionPrepCopyEvent } from '../shared/events/session-prep-copy.js';
import { sharedStyles } from '../shared/styles/shared.styles.js';
import { controlStyles } from '../shared/styles/controls.styles.js';
import { sessionPrepStyles } from './session-prep.styles.js';
import { SESSION_PREP_HEADING_LEVELS, type SessionPrepHeadingLevel } from './session-prep.types.js';

/**
 * One client's period since the last session, as core's `prepareSession` sees it: flags, what
 * was done and missed, score changes worded as reliable (or clinically meaningful) change, dated
 * notable events with risk answers first, the client's own notes quoted verbatim, and suggested
 * openings. "Copy as text" puts core's `renderSessionPrepText` on the clipboard for the
 * vendor's notes (the page shows exactly what is copied); "Print" prints it with a print
 * stylesheet (no buttons, black on white).
 *
 * Set `client-id` and `since` (the last session); the prep is computed on the device by
 * `client.sessionPrep(clientId, { since })`, and again when the client's data changes. Set
 * `prep` to show a prep of your own instead (then nothing is read).
 *
 * @summary Session prep: what happened since the last session, to print or copy into notes.
 * @tag il-session-prep
 *
 * @fires {IlSessionPrepCopyEvent} il-session-prep-copy - The clinician copied the prep as text (`detail.copied` false: the clipboard refused, the text is shown to select). Bubbles, composed.
 *
 * @csspart header - The title, the period and the actions.
 * @csspart actions - The copy and print buttons.
 * @csspart section - One section (flags, completed, missed, scores, notable, notes, openings).
 * @csspart copy-fallback - The text to select when the clipboard is not available.
 * @csspart configuration-notice - Shown instead when no client is connected.
 *
 * @cssprop [--il-session-prep-section-gap=var(--il-space-4, 1rem)] - Space between sections.
 * @cssprop [--il-session-prep-urgent-color=var(--il-color-danger, #a51d2d)] - Urgent flag lines.
 *
 * @example
 * ```html
 * <il-provider id="interlude">
 *   <il-session-prep client-id="c-1042" since="2026-03-23T10:00:00+01:00" client-name="Sam Okafor"></il-session-prep>
 * </il-provider>
 * <script type="module">
 *   document.querySelector('il-session-prep')
 *     .addEventListener('il-session-prep-copy', (event) => saveToNotes(event.detail.text));
 * </script>
 * ```
 */
export class IlSessionPrep extends LitElement {
  /** @internal */
  static override styles = [sharedStyles, controlStyles, configurationNoticeStyles, sessionPrepStyles];

  /** The client to read from; by default the nearest `<il-provider>`'s. */
  @property({ attribute: false })
  client: InterludeClient | undefined = undefined;

  /** The client whose period to prepare. */
  @property({ attribute: 'client-id' })
  clientId = '';

  /** Start of the period, usually the last session (ISO 8601 with offset). */
  @property()
  since = '';

  /** The vendor's name for the client (Interlude stores only ids), for the title. */
  @property({ attribute: 'client-name' })
  clientName = '';

  /** Level of the title (2–5); the sections are one below. */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel: SessionPrepHeadingLevel = 2;

  /** Tuning of core's `prepareSession`; defaults apply when unset. */
  @property({ attribute: false })
  options: SessionPrepOptions | undefined = undefined;

  /** A prep to show instead of computing one (e.g. from your server). */
  @property({ attribute: false })
  prep: SessionPrep | undefined = undefined;

  /** @internal What the live region says. */
  @state() private announcement = '';
  /** @internal The text to select by hand, when the clipboard refused. */
  @state() private fallbackText = '';

  readonly #localize = new LocalizeController(this, clinicianStrings, sessionPrepStrings);
  readonly #clinical = new ClinicalMessagesController(this, () => this.#localize.lang);
  readonly #clients = new ClientController(this);
  readonly #data = new DataController<SessionPrep>(this, this.#clients, {
    collections: ['assignments', 'submissions', 'scores', 'definitions', 'acknowledgements'],
    enabled: () => this.prep === undefined && this.clientId !== '' && this.since !== '',
    args: () => [this.clientId, this.since, this.options, this.#localize.lang],
    load: (client) =>
      client.sessionPrep(this.clientId, {
        since: this.since,
        locale: this.#localize.lang,
        ...(this.options ? { options: this.options } : {}),
      }),
  });

  /** Resolves once the data in flight (if any) is read and rendered; for tests and hosts. */
  async settled(): Promise<void> {
    await this.#data.settled();
    await this.#clinical.ready();
    await this.updateComplete;
  }

  /** The prep as plain text (core's `renderSessionPrepText`), or `''` before it is ready. */
  get text(): string {
    const prep = this.#current();
    return prep ? renderSessionPrepText(prep, this.#renderOptions(prep)) : '';
  }

  protected override render() {
    const t = this.#localize;
    if (!this.#clients.store && this.prep === undefined) return notConfiguredNotice(this.#localize);
    const prep = this.#current();
    if (!prep) {
      const state = this.#data.state;
      if (state.status === 'error') {
        return html`<p class="error" role="alert">
          ${t.term('clinicianReadError')}
          <button class="button" @click=${() => this.#data.reload()}>${t.term('clinicianRetry')}</button>
        </p>`;
      }
      if (state.status === 'disabled') return html`<p class="muted">${t.term('sessionPrepChooseClient')}</p>`;
      return html`<p class="muted" role="status">${t.term('clinicianLoading')}</p>`;
    }
    const { heading, sections } = sessionPrepSections(prep, this.#renderOptions(prep));
    const level = this.#level();
    const name = this.clientName.trim();
    // The flags section lists the flags in this order (completions are in the completed section).
    const flagSeverities = prep.flags
      .filter(({ flag }) => flag.kind !== 'completion')
      .map(({ flag }) => flag.severity);
    return html`<article class="base" dir=${t.dir} aria-labelledby="title">
      <div part="header" class="header">
        <div>
          <div id="title" class="title" role="heading" aria-level=${level}>
            ${name ? html`<bdi>${t.term('sessionPrepTitle', name)}</bdi>` : t.term('sessionPrepTitleNoName')}
          </div>
          <p class="period muted">${heading}</p>
        </div>
        <div part="actions" class="actions">
          <button class="button primary" @click=${this.#copy}>${t.term('sessionPrepCopy')}</button>
          <button class="button" @click=${() => window.print()}>${t.term('sessionPrepPrint')}</button>
        </div>
      </div>
      ${sections.map(
        (section) =>
          html`<section part="section" class=${`section ${section.id}`} aria-labelledby=${`s-${section.id}`}>
            <div id=${`s-${section.id}`} class="section-title" role="heading" aria-level=${level + 1}>
              ${section.heading}
            </div>
            ${
              section.entries.length === 0
                ? html`<p class="none muted">${this.#clinical.messages.sessionPrep.none}</p>`
                : html`<ul>
                    ${section.entries.map(
                      (entry, index) =>
                        html`<li
                          class=${section.id === 'flags' && flagSeverities[index] === 'urgent' ? 'urgent' : ''}
                        >
                          ${entry}
                        </li>`,
                    )}
                  </ul>`
            }
          </section>`,
      )}
      ${
        this.fallbackText
          ? html`<label class="field">
              <span class="label">${t.term('sessionPrepCopyFallback')}</span>
              <textarea
                part="copy-fallback"
                class="copy-fallback"
                readonly
                .value=${this.fallbackText}
              ></textarea>
            </label>`
          : nothing
      }
      <div class="live visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </article>`;
  }

  #current(): SessionPrep | undefined {
    return this.prep ?? (this.clientId && this.since ? this.#data.value : undefined);
  }

  #renderOptions(prep: SessionPrep) {
    const messages = this.#clinical.messages;
    return {
      locale: this.#localize.lang,
      timeZone: this.#clients.store ? clinicianTimeZone(this.#clients.store) : prep.timeZone,
      messages: messages.sessionPrep,
      flagMessages: messages.flag,
    };
  }

  #level(): SessionPrepHeadingLevel {
    return SESSION_PREP_HEADING_LEVELS.includes(this.headingLevel) ? this.headingLevel : 2;
  }

  async #copy(): Promise<void> {
    const text = this.text;
    if (!text) return;
    let copied: boolean;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      copied = false;
    }
    this.fallbackText = copied ? '' : text;
    this.announcement = this.#localize.term(copied ? 'sessionPrepCopied' : 'sessionPrepCopyFailed');
    // Dispatched from a variable: the manifest takes its event from the @fires tag, not from here.
    const event = new IlSessionPrepCopyEvent({ text, copied });
    this.dispatchEvent(event);
    if (!copied) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLTextAreaElement>('textarea')?.select();
    }
  }
}
