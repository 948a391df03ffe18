import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  addLocalDays,
  canSnooze,
  describeFlag,
  localDateIn,
  reviewQueue,
  startOfLocalDay,
  type ActivityDefinition,
  type Assignment,
  type Flag,
  type FlagKind,
  type FlagOptions,
  type ReviewQueue,
} from '@interlude/core';
import { ClientController } from '../shared/internal/client-controller.js';
import { DataController } from '../shared/internal/data-controller.js';
import { LocalizeController } from '../shared/internal/localize.js';
import { clinicianStrings } from '../shared/locales/clinician.js';
import { reviewQueueStrings } from '../shared/locales/review-queue.js';
import { notConfiguredNotice, configurationNoticeStyles } from '../shared/internal/configuration-notice.js';
import { DateFormats, clinicianTimeZone, displayName } from '../shared/internal/clinician-format.js';
import { VirtualWindowController } from '../shared/internal/virtual-window.js';
import { styleProperties } from '../shared/internal/style-properties.js';
import { ClinicalMessagesController } from '../shared/internal/clinical-messages.js';
import { IlClientOpenEvent } from '../shared/events/client-open.js';
import { IlFlagAcknowledgeEvent } from '../shared/events/flag-acknowledge.js';
import { IlFlagSnoozeEvent } from '../shared/events/flag-snooze.js';
import { sharedStyles } from '../shared/styles/shared.styles.js';
import { controlStyles } from '../shared/styles/controls.styles.js';
import { reviewQueueStyles } from './review-queue.styles.js';
import {
  REVIEW_QUEUE_COLUMNS,
  REVIEW_QUEUE_KINDS,
  REVIEW_QUEUE_VIEWS,
  type DisplayNames,
  type ReviewQueueKind,
  type ReviewQueueView,
} from './review-queue.types.js';
import type { InterludeClient } from '@interlude/core';

/** What the queue reads from the client. */
interface QueueData {
  readonly flags: readonly Flag[];
  readonly assignments: readonly Pick<Assignment, 'clientId' | 'clinicianId'>[];
  readonly definitions: readonly ActivityDefinition[];
}

const COLUMN_COUNT = REVIEW_QUEUE_COLUMNS.length;

/**
 * The clinician's caseload as the flag engine orders it: urgent (risk) first, then what needs
 * attention (deterioration, mood shifts, not engaging, overload), then information
 * (completions). Each row names the client, says what was flagged with its numbers and dates,
 * and lets the clinician open the client (`il-client-open`), acknowledge the flag (stored and
 * synced) or snooze it until a date (it comes back by itself; an urgent flag cannot be
 * snoozed). Filters by view (needs review, snoozed, acknowledged), kind and clinician.
 *
 * The list is an ARIA grid with one tab stop: arrow keys move between cells (Left and Right
 * swap in right-to-left layouts), Home and End go to the row's ends, Ctrl+Home and Ctrl+End to
 * the first and last row, Page Up and Page Down by ten rows; Enter or Space press the button
 * in a cell. Long caseloads (over 80 rows) render only the rows near the view, so 1,000 clients
 * stay fast.
 *
 * Flags are computed on the device by core (`client.flags.forCaseload()`); the element only
 * shows them. Set `flags` to show flags of your own instead (then nothing is read).
 *
 * @summary Review by exception: the caseload's flags, urgent first, with acknowledge and snooze.
 * @tag il-review-queue
 *
 * @fires {IlClientOpenEvent} il-client-open - The clinician asked to open a client (from its row). Bubbles, composed.
 * @fires {IlFlagAcknowledgeEvent} il-flag-acknowledge - A flag was acknowledged and stored on the device. Bubbles, composed.
 * @fires {IlFlagSnoozeEvent} il-flag-snooze - A flag was snoozed until a date and stored on the device. Bubbles, composed.
 *
 * @csspart filters - The filter bar (view, kinds, clinician).
 * @csspart summary - The line that counts what is shown.
 * @csspart grid - The list of flags (`role="grid"`).
 * @csspart row - One flag's row.
 * @csspart severity - The severity badge of a row.
 * @csspart evidence - The flag's sentence: what moved, its numbers and days.
 * @csspart empty - The message shown when nothing matches.
 * @csspart snooze-dialog - The dialog that asks until when to snooze.
 * @csspart configuration-notice - Shown instead when no client is connected.
 *
 * @cssprop [--il-review-queue-max-height=36rem] - Height of the scrolling list once it is long (over 80 rows).
 * @cssprop [--il-review-queue-urgent-color=var(--il-color-danger, #a51d2d)] - Urgent badge and row marker.
 * @cssprop [--il-review-queue-attention-color=var(--il-color-warning, #8a4b00)] - Attention badge and row marker.
 * @cssprop [--il-review-queue-info-color=var(--il-color-accent, #1a5fb4)] - Info badge and row marker.
 * @cssprop [--il-review-queue-row-gap=var(--il-space-2, 0.5rem)] - Space inside a row.
 *
 * @example
 * ```html
 * <il-provider id="interlude">
 *   <il-review-queue></il-review-queue>
 * </il-provider>
 * <script type="module">
 *   const queue = document.querySelector('il-review-queue');
 *   queue.clientNames = { 'c-1042': 'Sam Okafor' };
 *   queue.addEventListener('il-client-open', (event) => showClient(event.detail.clientId));
 * </script>
 * ```
 */
export class IlReviewQueue extends LitElement {
  /** @internal */
  static override styles = [sharedStyles, controlStyles, configurationNoticeStyles, reviewQueueStyles];

  /** The client to read from; by default the nearest `<il-provider>`'s. */
  @property({ attribute: false })
  client: InterludeClient | undefined = undefined;

  /** Which flags to list: `open` (needs review, the default), `snoozed` or `acknowledged`. Changed by the view filter too. */
  @property({ reflect: true })
  view: ReviewQueueView = 'open';

  /** Only these kinds (space-separated in the attribute, e.g. `kinds="risk deterioration"`); empty shows every kind. */
  @property({
    converter: {
      fromAttribute: (value: string | null) =>
        (value ?? '')
          .split(/\s+/)
          .filter((kind): kind is ReviewQueueKind =>
            (REVIEW_QUEUE_KINDS as readonly string[]).includes(kind),
          ),
      toAttribute: (value: readonly string[]) => value.join(' '),
    },
  })
  kinds: readonly ReviewQueueKind[] = [];

  /** Only this clinician's clients (those they have an assignment for). Empty: everyone's. */
  @property({ attribute: 'clinician-id' })
  clinicianId = '';

  /** The vendor's names for client ids (Interlude stores only ids): `{ 'c-1042': 'Sam Okafor' }`. */
  @property({ attribute: false })
  clientNames: DisplayNames | undefined = undefined;

  /** The vendor's names for clinician ids, for the clinician filter. */
  @property({ attribute: false })
  clinicianNames: DisplayNames | undefined = undefined;

  /** Thresholds of the flag engine (core's `FlagOptions`); defaults apply when unset. */
  @property({ attribute: false })
  flagOptions: FlagOptions | undefined = undefined;

  /**
   * Flags to show instead of reading them (e.g. computed on your server). Leave unset to read
   * `client.flags.forCaseload()`. With flags of your own, set `assignments` too for the
   * clinician filter.
   */
  @property({ attribute: false })
  flags: readonly Flag[] | undefined = undefined;

  /** With `flags`: who is whose clinician, for the clinician filter. */
  @property({ attribute: false })
  assignments: readonly Pick<Assignment, 'clientId' | 'clinicianId'>[] | undefined = undefined;

  /** With `flags`: definitions for activity titles. */
  @property({ attribute: false })
  definitions: readonly ActivityDefinition[] | undefined = undefined;

  /** @internal The cell that holds the tab stop. */
  @state() private active = { row: 0, col: 0 };
  /** @internal The flag being snoozed, while the dialog is open. */
  @state() private snoozing: Flag | undefined = undefined;
  /** @internal What the live region says. */
  @state() private announcement = '';
  /** @internal A failed write. */
  @state() private writeError = false;
  /** @internal Flag ids with a write in flight (their buttons are busy). */
  @state() private busy: ReadonlySet<string> = new Set();

  readonly #localize = new LocalizeController(this, clinicianStrings, reviewQueueStrings);
  readonly #clients = new ClientController(this);
  readonly #clinical = new ClinicalMessagesController(this, () => this.#localize.lang);
  #sentences: { messages: unknown; key: string; data: unknown; texts: Map<string, string> } = {
    messages: undefined,
    key: '',
    data: undefined,
    texts: new Map(),
  };
  readonly #data = new DataController<QueueData>(this, this.#clients, {
    collections: ['assignments', 'submissions', 'scores', 'definitions', 'acknowledgements'],
    enabled: () => this.flags === undefined,
    args: () => [this.flagOptions],
    load: async (client) => {
      const [flags, assignments, definitions] = await Promise.all([
        client.flags.forCaseload(this.flagOptions ? { options: this.flagOptions } : {}),
        client.assignments.list(),
        client.definitions.list(),
      ]);
      return { flags, assignments, definitions };
    },
  });
  readonly #window = new VirtualWindowController(this, {
    viewport: () => this.renderRoot.querySelector<HTMLElement>('.viewport'),
  });
  #queueCache: { key: readonly unknown[]; queue: ReviewQueue } | undefined;
  #given:
    | {
        flags: readonly Flag[];
        assignments: QueueData['assignments'] | undefined;
        definitions: QueueData['definitions'] | undefined;
        data: QueueData;
      }
    | undefined;
  /** Move focus to the tab stop after the next render (keyboard moves, a closed dialog). */
  #focusPending = false;
  #revealAttempts = 0;
  /** Focus is in the grid: if its row disappears (acknowledged, snoozed), focus goes to the row now there. */
  #gridFocused = false;

  /** Resolves once the data in flight (if any) is read and rendered; for tests and hosts. */
  async settled(): Promise<void> {
    await this.#data.settled();
  }

  /** Moves focus to the grid's tab stop (the first row when nothing was focused yet). */
  override focus(options?: FocusOptions): void {
    this.#cellTarget(this.active.row, this.active.col)?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view') && !(REVIEW_QUEUE_VIEWS as readonly string[]).includes(this.view))
      this.view = 'open';
  }

  protected override render() {
    const store = this.#clients.store;
    const data = this.#currentData();
    if (!store && this.flags === undefined) return notConfiguredNotice(this.#localize);
    const state = this.#data.state;
    const t = this.#localize;
    if (!data) {
      if (state.status === 'error') return this.#readError();
      return html`<p class="muted" role="status">${t.term('clinicianLoading')}</p>`;
    }
    const queue = this.#queue(data);
    const formats = new DateFormats(t.lang, clinicianTimeZone(store));
    const keys = queue.flags.map((flag) => flag.id);
    const window = this.#window.window(keys);
    this.#clampActive(queue.flags.length, window);
    const urgent = queue.flags.filter((flag) => flag.severity === 'urgent').length;
    const attention = queue.flags.filter((flag) => flag.severity === 'attention').length;
    const canWrite = store !== undefined;
    return html`<div class="base" dir=${t.dir}>
      ${this.#filters(queue)}
      <p part="summary" class="summary muted">
        ${t.term('reviewQueueSummary', queue.flags.length, urgent, attention, queue.flags.length - urgent - attention)}
      </p>
      ${state.status === 'error' ? this.#readError() : nothing}
      ${this.writeError ? html`<p class="error" role="alert">${t.term('clinicianWriteError')}</p>` : nothing}
      ${
        queue.flags.length === 0
          ? html`<p part="empty" class="empty">${this.#emptyText(data)}</p>`
          : html`<div class=${window.windowed ? 'viewport windowed' : 'viewport'}>
              <div
                part="grid"
                class="grid"
                role="grid"
                aria-label=${t.term('reviewQueueLabel')}
                aria-rowcount=${queue.flags.length + 1}
                aria-colcount=${COLUMN_COUNT}
                aria-busy=${state.status === 'loading' ? 'true' : 'false'}
                @keydown=${this.#onKeyDown}
                @focusin=${this.#onFocusIn}
                @focusout=${this.#onFocusOut}
              >
                <div role="rowgroup" class="head">
                  <div role="row" aria-rowindex="1" class="row header-row">
                    ${REVIEW_QUEUE_COLUMNS.map(
                      (column, index) =>
                        html`<span role="columnheader" aria-colindex=${index + 1} class=${`cell ${column}`}
                          >${t.term(COLUMN_LABEL[column])}</span
                        >`,
                    )}
                  </div>
                </div>
                <div
                  role="rowgroup"
                  class="body"
                  ${styleProperties({
                    'padding-block-start': `${window.before}px`,
                    'padding-block-end': `${window.after}px`,
                  })}
                >
                  ${queue.flags
                    .slice(window.start, window.end)
                    .map((flag, offset) => this.#row(flag, window.start + offset, formats, data, canWrite))}
                </div>
              </div>
            </div>`
      }
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.#snoozeDialog(formats)}
    </div>`;
  }

  protected override updated(): void {
    // A removed element takes focus with it without a focusout: find the row now at that place.
    const lost = this.#gridFocused && this.shadowRoot?.activeElement == null;
    if (!this.#focusPending && !lost) return;
    const target = this.#cellTarget(this.active.row, this.active.col);
    // A long jump (Ctrl+End) may land outside the window while row heights were still
    // estimates: scroll again with the measured heights and focus on the next render.
    if (!target && this.#revealAttempts < 3) {
      this.#revealAttempts += 1;
      this.#window.reveal(this.active.row);
      return;
    }
    this.#focusPending = false;
    this.#revealAttempts = 0;
    target?.focus();
  }

  #currentData(): QueueData | undefined {
    if (this.flags === undefined) return this.#data.value;
    // The same object while the inputs stay the same, so the queue and the sentences stay cached
    // across the renders the virtual window asks for.
    const given = this.#given;
    if (
      given?.flags !== this.flags ||
      given.assignments !== this.assignments ||
      given.definitions !== this.definitions
    ) {
      this.#given = {
        flags: this.flags,
        assignments: this.assignments,
        definitions: this.definitions,
        data: { flags: this.flags, assignments: this.assignments ?? [], definitions: this.definitions ?? [] },
      };
    }
    return this.#given!.data;
  }

  #queue(data: QueueData): ReviewQueue {
    const key = [data, this.view, this.kinds, this.clinicianId] as const;
    if (!this.#queueCache || key.some((part, index) => part !== this.#queueCache!.key[index])) {
      this.#queueCache = {
        key,
        queue: reviewQueue(data.flags, {
          state: this.view,
          kinds: this.kinds,
          ...(this.clinicianId ? { clinicianId: this.clinicianId } : {}),
          assignments: data.assignments,
        }),
      };
    }
    return this.#queueCache.queue;
  }

  #filters(queue: ReviewQueue): TemplateResult {
    const t = this.#localize;
    const views = {
      open: t.term('reviewQueueViewOpen', queue.stateCounts.open),
      snoozed: t.term('reviewQueueViewSnoozed', queue.stateCounts.snoozed),
      acknowledged: t.term('reviewQueueViewAcknowledged', queue.stateCounts.acknowledged),
    };
    return html`<div part="filters" class="filters">
      <fieldset>
        <legend>${t.term('reviewQueueViewLegend')}</legend>
        <div class="chips">
          ${REVIEW_QUEUE_VIEWS.map(
            (view) =>
              html`<label class="chip"
                ><input
                  type="radio"
                  name="view"
                  .value=${view}
                  .checked=${this.view === view}
                  @change=${() => this.#setView(view)}
                />${views[view]}</label
              >`,
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>${t.term('reviewQueueKindsLegend')}</legend>
        <div class="chips">
          ${REVIEW_QUEUE_KINDS.map(
            (kind) =>
              html`<label class="chip"
                ><input
                  type="checkbox"
                  .checked=${this.kinds.includes(kind)}
                  @change=${(event: Event) => this.#toggleKind(kind, (event.target as HTMLInputElement).checked)}
                />${t.term('reviewQueueKind', kind, queue.kindCounts[kind])}</label
              >`,
          )}
        </div>
      </fieldset>
      ${
        queue.clinicianIds.length > 1 || this.clinicianId
          ? html`<div class="field">
              <label for="clinician">${t.term('reviewQueueClinician')}</label>
              <select id="clinician" @change=${this.#onClinician}>
                <option value="" ?selected=${this.clinicianId === ''}>
                  ${t.term('reviewQueueAllClinicians')}
                </option>
                ${queue.clinicianIds.map(
                  (id) =>
                    html`<option value=${id} ?selected=${this.clinicianId === id}>
                      ${this.clinicianNames?.[id] ?? id}
                    </option>`,
                )}
              </select>
            </div>`
          : nothing
      }
    </div>`;
  }

  #row(flag: Flag, index: number, formats: DateFormats, data: QueueData, canWrite: boolean): TemplateResult {
    const t = this.#localize;
    const name = displayName(this.clientNames, flag.clientId, t);
    const busy = this.busy.has(flag.id);
    const tab = (col: number) => (this.active.row === index && this.active.col === col ? 0 : -1);
    const cell = (col: number, content: TemplateResult | string, focusable: boolean) =>
      html`<div
        role="gridcell"
        class=${`cell ${REVIEW_QUEUE_COLUMNS[col]}`}
        aria-colindex=${col + 1}
        data-col=${col}
        tabindex=${ifDefined(focusable ? tab(col) : undefined)}
      >
        ${content}
      </div>`;
    const acknowledgeCell =
      flag.acknowledgedAt !== undefined
        ? cell(
            col('acknowledge'),
            t.term('reviewQueueAcknowledgedOn', formats.day(flag.acknowledgedAt)),
            true,
          )
        : canWrite
          ? cell(
              col('acknowledge'),
              html`<button
                class="button"
                tabindex=${tab(col('acknowledge'))}
                aria-label=${t.term('reviewQueueAcknowledgeLabel', name)}
                aria-disabled=${busy ? 'true' : 'false'}
                @click=${() => this.#acknowledge(flag, index)}
              >
                ${t.term('reviewQueueAcknowledge')}
              </button>`,
              false,
            )
          : cell(col('acknowledge'), '', true);
    const snoozeCell =
      canWrite && canSnooze(flag)
        ? cell(
            col('snooze'),
            html`<button
              class="button"
              tabindex=${tab(col('snooze'))}
              aria-label=${t.term('reviewQueueSnoozeLabel', name)}
              aria-haspopup="dialog"
              aria-disabled=${busy ? 'true' : 'false'}
              @click=${() => this.#openSnooze(flag, index)}
            >
              ${t.term('reviewQueueSnooze')}
            </button>`,
            false,
          )
        : cell(
            col('snooze'),
            flag.severity === 'urgent' && flag.acknowledgedAt === undefined
              ? html`<span class="muted">${t.term('reviewQueueNoSnoozeUrgent')}</span>`
              : '',
            true,
          );
    return html`<div
      part="row"
      role="row"
      class=${`row severity-${flag.severity}`}
      aria-rowindex=${index + 2}
      data-index=${index}
      data-virtual-key=${flag.id}
    >
      ${cell(
        col('client'),
        html`<button
          class="link"
          tabindex=${tab(col('client'))}
          aria-label=${t.term('reviewQueueOpenClient', name)}
          @click=${() => this.#open(flag)}
        >
          <bdi>${name}</bdi>
        </button>`,
        false,
      )}
      ${cell(col('flag'), this.#flagText(flag, data, formats.timeZone), true)}
      ${cell(
        col('date'),
        flag.snoozedUntil !== undefined
          ? t.term('reviewQueueSnoozedUntil', formats.day(flag.snoozedUntil))
          : html`<time datetime=${flag.raisedAt}>${formats.day(flag.raisedAt)}</time>`,
        true,
      )}
      ${acknowledgeCell} ${snoozeCell}
    </div>`;
  }

  /** The severity badge and core's sentence for the flag: what moved, with its numbers and days. */
  #flagText(flag: Flag, data: QueueData, zone: string): TemplateResult {
    const t = this.#localize;
    return html`<span part="severity" class="severity"
        ><span class="shape" aria-hidden="true"></span>${t.term('reviewQueueSeverity', flag.severity)}</span
      >
      <span part="evidence" class="what">${this.#sentence(flag, data, zone)}</span>`;
  }

  /** `describeFlag` once per flag, language and zone (rows re-render as the window scrolls). */
  #sentence(flag: Flag, data: QueueData, zone: string): string {
    const messages = this.#clinical.messages.flag;
    const key = `${this.#localize.lang}|${zone}`;
    if (
      this.#sentences.messages !== messages ||
      this.#sentences.key !== key ||
      this.#sentences.data !== data
    ) {
      this.#sentences = { messages, key, data, texts: new Map() };
    }
    let text = this.#sentences.texts.get(flag.id);
    if (text === undefined) {
      text = describeFlag(flag, {
        locale: this.#localize.lang,
        timeZone: zone,
        definitions: data.definitions,
        messages,
      });
      this.#sentences.texts.set(flag.id, text);
    }
    return text;
  }

  #open(flag: Flag): void {
    // Dispatched from a variable: the manifest takes its event from the @fires tag, not from here.
    const event = new IlClientOpenEvent({ clientId: flag.clientId, flagId: flag.id });
    this.dispatchEvent(event);
  }

  #emptyText(data: QueueData): string {
    const t = this.#localize;
    if (this.flags === undefined && data.assignments.length === 0) return t.term('reviewQueueEmptyCaseload');
    return this.view === 'open'
      ? t.term('reviewQueueEmptyOpen')
      : this.view === 'snoozed'
        ? t.term('reviewQueueEmptySnoozed')
        : t.term('reviewQueueEmptyAcknowledged');
  }

  #readError(): TemplateResult {
    const t = this.#localize;
    return html`<p class="error" role="alert">
      ${t.term('clinicianReadError')}
      <button class="button" @click=${() => this.#data.reload()}>${t.term('clinicianRetry')}</button>
    </p>`;
  }

  #snoozeDialog(formats: DateFormats): TemplateResult {
    const t = this.#localize;
    const flag = this.snoozing;
    const store = this.#clients.store;
    const zone = clinicianTimeZone(store);
    const now = store?.now() ?? new Date().toISOString();
    const min = localDateIn(addLocalDays(now, 1, zone), zone);
    const suggested = localDateIn(addLocalDays(now, 7, zone), zone);
    const name = flag ? displayName(this.clientNames, flag.clientId, t) : '';
    return html`<dialog
      part="snooze-dialog"
      class="snooze-dialog"
      aria-labelledby="snooze-title"
      @close=${this.#onDialogClose}
    >
      <form method="dialog" @submit=${this.#onSnoozeSubmit}>
        <h2 id="snooze-title" class="dialog-title"><bdi>${t.term('reviewQueueSnoozeTitle', name)}</bdi></h2>
        <div class="field">
          <label for="snooze-date">${t.term('reviewQueueSnoozeDate')}</label>
          <input
            id="snooze-date"
            name="until"
            type="date"
            required
            min=${min}
            .value=${suggested}
            aria-describedby="snooze-hint"
          />
          <span id="snooze-hint" class="muted"
            >${t.term('reviewQueueSnoozeHint')} ${formats.date(suggested)}</span
          >
        </div>
        <div class="dialog-actions">
          <button class="button primary" type="submit" value="snooze">
            ${t.term('reviewQueueSnoozeConfirm')}
          </button>
          <button class="button" type="button" @click=${this.#closeDialog}>
            ${t.term('reviewQueueCancel')}
          </button>
        </div>
      </form>
    </dialog>`;
  }

  #setView(view: ReviewQueueView): void {
    this.view = view;
    this.active = { row: 0, col: this.active.col };
  }

  #toggleKind(kind: FlagKind, on: boolean): void {
    const next = new Set(this.kinds);
    if (on) next.add(kind);
    else next.delete(kind);
    this.kinds = REVIEW_QUEUE_KINDS.filter((candidate) => next.has(candidate));
    this.active = { row: 0, col: this.active.col };
  }

  #onClinician(event: Event): void {
    this.clinicianId = (event.target as HTMLSelectElement).value;
    this.active = { row: 0, col: this.active.col };
  }

  async #acknowledge(flag: Flag, index: number): Promise<void> {
    const store = this.#clients.store;
    if (!store || this.busy.has(flag.id)) return;
    await this.#write(flag, index, async () => {
      const acknowledgement = await store.flags.acknowledge(flag.id);
      this.announcement = this.#localize.term(
        'reviewQueueAcknowledged',
        displayName(this.clientNames, flag.clientId, this.#localize),
      );
      const event = new IlFlagAcknowledgeEvent({ flag, acknowledgement });
      this.dispatchEvent(event);
    });
  }

  #openSnooze(flag: Flag, index: number): void {
    if (this.busy.has(flag.id)) return;
    this.snoozing = flag;
    this.active = { row: index, col: col('snooze') };
    void this.updateComplete.then(() => {
      const dialog = this.renderRoot.querySelector('dialog');
      if (dialog && !dialog.open) dialog.showModal();
      this.renderRoot.querySelector<HTMLInputElement>('#snooze-date')?.focus();
    });
  }

  #closeDialog(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  #onDialogClose(): void {
    this.snoozing = undefined;
    this.#focusPending = true;
    this.requestUpdate();
  }

  async #onSnoozeSubmit(event: SubmitEvent): Promise<void> {
    const flag = this.snoozing;
    const store = this.#clients.store;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#snooze-date');
    if (!flag || !store || !input) return;
    if (!input.checkValidity()) {
      event.preventDefault();
      input.reportValidity();
      return;
    }
    const date = input.value;
    const zone = clinicianTimeZone(store);
    await this.#write(flag, this.active.row, async () => {
      const snooze = await store.flags.snooze(flag.id, { until: startOfLocalDay(date, zone) });
      this.announcement = this.#localize.term(
        'reviewQueueSnoozed',
        displayName(this.clientNames, flag.clientId, this.#localize),
        new DateFormats(this.#localize.lang, zone).date(date),
      );
      const event = new IlFlagSnoozeEvent({ flag, snooze });
      this.dispatchEvent(event);
    });
  }

  /** Runs a write for `flag`; afterwards the focus stays at the same row index (the next flag moves up). */
  async #write(flag: Flag, index: number, action: () => Promise<void>): Promise<void> {
    this.busy = new Set([...this.busy, flag.id]);
    this.writeError = false;
    try {
      await action();
      this.active = { row: index, col: this.active.col };
      await this.#data.settled();
    } catch {
      this.writeError = true;
    } finally {
      const next = new Set(this.busy);
      next.delete(flag.id);
      this.busy = next;
    }
  }

  #clampActive(count: number, window: { start: number; end: number; windowed: boolean }): void {
    const last = Math.max(0, count - 1);
    let row = Math.min(this.active.row, last);
    // Scrolled away by wheel or touch: the tab stop follows into the rendered rows.
    if (window.windowed && !this.#focusPending && (row < window.start || row >= window.end))
      row = window.start;
    if (row !== this.active.row) this.active = { row, col: this.active.col };
  }

  /** The element that takes focus in a cell: its button, else the cell. */
  #cellTarget(row: number, column: number): HTMLElement | null {
    const cell = this.renderRoot.querySelector<HTMLElement>(
      `[role="row"][data-index="${row}"] [role="gridcell"][data-col="${column}"]`,
    );
    return cell?.querySelector<HTMLElement>('button') ?? cell;
  }

  #onFocusOut(event: FocusEvent): void {
    const to = event.relatedTarget as Node | null;
    if (to) {
      if (!this.renderRoot.querySelector('[role="grid"]')?.contains(to)) this.#gridFocused = false;
      return;
    }
    // No next target: the window lost focus, or the focused row was removed (keep it then).
    const from = event.target as Element;
    queueMicrotask(() => {
      if (from.isConnected) this.#gridFocused = false;
    });
  }

  #onFocusIn(event: FocusEvent): void {
    this.#gridFocused = true;
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[role="gridcell"]');
    const row = cell?.closest<HTMLElement>('[role="row"]');
    if (!cell || !row) return;
    const next = { row: Number(row.dataset['index']), col: Number(cell.dataset['col']) };
    if (next.row !== this.active.row || next.col !== this.active.col) this.active = next;
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (event.altKey || event.metaKey) return;
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[role="gridcell"]');
    if (!cell) return;
    const count = this.#queueCache?.queue.flags.length ?? 0;
    const { row, col: column } = this.active;
    const forward = this.#localize.isRtl ? 'ArrowLeft' : 'ArrowRight';
    const back = this.#localize.isRtl ? 'ArrowRight' : 'ArrowLeft';
    let next = { row, col: column };
    switch (event.key) {
      case 'ArrowDown':
        next.row = Math.min(count - 1, row + 1);
        break;
      case 'ArrowUp':
        next.row = Math.max(0, row - 1);
        break;
      case forward:
        next.col = Math.min(COLUMN_COUNT - 1, column + 1);
        break;
      case back:
        next.col = Math.max(0, column - 1);
        break;
      case 'Home':
        next = event.ctrlKey ? { row: 0, col: 0 } : { row, col: 0 };
        break;
      case 'End':
        next = event.ctrlKey ? { row: count - 1, col: COLUMN_COUNT - 1 } : { row, col: COLUMN_COUNT - 1 };
        break;
      case 'PageDown':
        next.row = Math.min(count - 1, row + 10);
        break;
      case 'PageUp':
        next.row = Math.max(0, row - 10);
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next.row === row && next.col === column) return;
    this.active = next;
    this.#window.reveal(next.row);
    this.#focusPending = true;
  }
}

const COLUMN_LABEL = {
  client: 'reviewQueueColumnClient',
  flag: 'reviewQueueColumnFlag',
  date: 'reviewQueueColumnDate',
  acknowledge: 'reviewQueueColumnAcknowledge',
  snooze: 'reviewQueueColumnSnooze',
} as const;

function col(name: (typeof REVIEW_QUEUE_COLUMNS)[number]): number {
  return REVIEW_QUEUE_COLUMNS.indexOf(name);
}
