import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  DAYS_OF_WEEK,
  addLocalDays,
  checkLicence,
  estimateCheckInSeconds,
  localDateIn,
  localizedText,
  parseAssignment,
  previewAssignment,
  type ActivityDefinition,
  type Assignment,
  type AssignmentPreview,
  type DayOfWeek,
  type InterludeClient,
  type LicenceRefusal,
  type Schedule,
  type WorkloadLimits,
  type WorkloadWarning,
} from '@interlude/core';
import type { Interlude } from '@interlude/store';
import { ClientController } from '../shared/internal/client-controller.js';
import { DataController } from '../shared/internal/data-controller.js';
import { LocalizeController, type Localizer } from '../shared/internal/localize.js';
import {
  assignmentComposerStrings,
  type AssignmentComposerStrings,
} from '../shared/locales/assignment-composer.js';
import {
  configurationNotice,
  configurationNoticeStyles,
  notConfiguredNotice,
} from '../shared/internal/configuration-notice.js';
import { DateFormats, clinicianTimeZone } from '../shared/internal/clinician-format.js';
import { IlAssignmentSaveEvent } from '../shared/events/assignment-save.js';
import { sharedStyles } from '../shared/styles/shared.styles.js';
import { controlStyles } from '../shared/styles/controls.styles.js';
import { assignmentComposerStyles } from './assignment-composer.styles.js';
import {
  COMPOSER_FILTERS,
  COMPOSER_MAX_TIMES,
  COMPOSER_PREVIEW_DAYS,
  type ComposerFilter,
  type ComposerFrequency,
} from './assignment-composer.types.js';

/** What the composer reads from the client. */
interface ComposerData {
  readonly definitions: readonly ActivityDefinition[];
  /** The client's assignments (for the workload preview and their time zone). */
  readonly assignments: readonly Assignment[];
}

/** A catalogue entry with what the licence says about it. */
interface Entry {
  readonly key: string;
  readonly definition: ActivityDefinition;
  readonly title: string;
  readonly refusal: LicenceRefusal | undefined;
}

/** Field ids that can carry an error, in form order (the first is focused on a failed save). */
const FIELDS = ['activity', 'once-date', 'days', 'start', 'end'] as const;
type Field = (typeof FIELDS)[number];

const keyOf = (definition: ActivityDefinition) => `${definition.kind}:${definition.id}`;

/**
 * The clinician's assignment composer: pick an activity from the catalogue (filtered by ACT,
 * IFS, CBT, questionnaires or check-ins, and searched), see what the client will do, set the
 * schedule (once, or on chosen weekdays every week at chosen times, from a start to an optional
 * end) in the client's time zone, write the note the client sees, and check the next two weeks'
 * occurrences before saving.
 *
 * The workload warnings are core's (`previewAssignment`): more new exercises within 7 days than
 * the limit (the flag engine's overload rule), more minutes of work in a calendar week than the
 * limit, and a check-in template estimated past 90 seconds. They never block the save; the
 * button then says "Assign anyway" and the event carries the warnings the clinician saw.
 * Questionnaires whose licence forbids the vendor's declared use (`client.licensing`, core's
 * `checkLicence`) are listed but cannot be chosen, with a message naming the licence.
 *
 * Everything is a native control: Tab moves between groups, arrow keys move within the
 * catalogue and the radio groups (Left and Right follow the reading direction).
 *
 * @summary Assign an activity to a client, with its schedule, a note, the next two weeks and workload warnings.
 * @tag il-assignment-composer
 *
 * @fires {IlAssignmentSaveEvent} il-assignment-save - The assignment was stored on the device (sync sends it). Bubbles, composed.
 *
 * @csspart base - The form.
 * @csspart catalogue - The filter, search and list of activities.
 * @csspart activity - One activity in the list (also `refused` when its licence does not allow it).
 * @csspart preview - What the chosen activity asks of the client.
 * @csspart schedule - The schedule fields.
 * @csspart note - The note field.
 * @csspart occurrences - The list of the next two weeks' occurrences.
 * @csspart warnings - The workload warnings.
 * @csspart save - The save button.
 * @csspart configuration-notice - Shown instead when no client (or no client id) is set.
 *
 * @cssprop [--il-assignment-composer-catalogue-height=22rem] - Height of the scrolling activity list.
 * @cssprop [--il-assignment-composer-warning-color=var(--il-color-warning, #8a4b00)] - Border of a workload warning.
 * @cssprop [--il-assignment-composer-selected-color=var(--il-color-accent, #1a5fb4)] - Marks the chosen activity.
 * @cssprop [--il-assignment-composer-gap=var(--il-space-4, 1rem)] - Space between the sections.
 *
 * @example
 * ```html
 * <il-provider id="interlude">
 *   <il-assignment-composer client-id="c-1042" client-name="Sam Okafor"></il-assignment-composer>
 * </il-provider>
 * <script type="module">
 *   document.querySelector('il-assignment-composer')
 *     .addEventListener('il-assignment-save', (event) => console.log(event.detail.assignment.id));
 * </script>
 * ```
 */
export class IlAssignmentComposer extends LitElement {
  /** @internal */
  static override styles = [sharedStyles, controlStyles, configurationNoticeStyles, assignmentComposerStyles];

  /** The client to read and write through; by default the nearest `<il-provider>`'s. */
  @property({ attribute: false })
  client: InterludeClient | undefined = undefined;

  /** Whom the activity is for (their opaque id). Required. */
  @property({ attribute: 'client-id' })
  clientId = '';

  /** The vendor's name for the client, shown in the heading and messages. Default: "Client <id>". */
  @property({ attribute: 'client-name' })
  clientName = '';

  /**
   * The client's IANA time zone. Default: the zone of their latest assignment, else the
   * clinician's own (`user.timeZone`), which the form then names.
   */
  @property({ attribute: 'time-zone' })
  timeZone = '';

  /** Workload limits (core's `WorkloadLimits`: new exercises per 7 days, minutes per calendar week). */
  @property({ attribute: false })
  limits: WorkloadLimits | undefined = undefined;

  /** Level of the composer's heading (its sections are one level below). */
  @property({ type: Number, attribute: 'heading-level' })
  headingLevel = 2;

  /** The catalogue filter. */
  @property({ reflect: true })
  filter: ComposerFilter = 'all';

  /**
   * The chosen activity as `<kind>:<id>` (e.g. `exercise:cbt-thought-record`); set it to open the
   * composer with an activity chosen. The catalogue changes it; an activity the licence refuses
   * cannot be chosen.
   */
  @property({ reflect: true })
  activity = '';

  /** @internal */ @state() private query = '';
  /** @internal */ @state() private frequency: ComposerFrequency = 'weekly';
  /** @internal */ @state() private onceDate = '';
  /** @internal */ @state() private onceTime = '09:00';
  /** @internal */ @state() private days: readonly DayOfWeek[] = [];
  /** @internal */ @state() private times: readonly string[] = ['09:00'];
  /** @internal */ @state() private start = '';
  /** @internal */ @state() private end = '';
  /** @internal */ @state() private note = '';
  /** @internal Field errors shown after a save attempt. */
  @state() private errors: Partial<Record<Field, string>> = {};
  /** @internal */ @state() private saving = false;
  /** @internal */ @state() private writeError = '';
  /** @internal What the live region says. */
  @state() private announcement = '';

  readonly #localize = new LocalizeController(this, assignmentComposerStrings);
  readonly #clients = new ClientController(this);
  readonly #data = new DataController<ComposerData>(this, this.#clients, {
    collections: ['definitions', 'assignments'],
    args: () => [this.clientId],
    enabled: () => this.clientId !== '',
    load: async (client) => {
      const [definitions, assignments] = await Promise.all([
        client.definitions.list(),
        client.assignments.list({ clientId: this.clientId }),
      ]);
      return { definitions, assignments };
    },
  });
  #draftId = newId();
  /** The zone and day the date defaults were set for. */
  #defaultsFor = '';

  /** Resolves once the catalogue is read and rendered; for tests and hosts. */
  async settled(): Promise<void> {
    await this.#data.settled();
  }

  /** The client's time zone the schedule is read in (see `timeZone`). */
  get clientTimeZone(): string {
    if (this.timeZone) return this.timeZone;
    const latest = [...(this.#data.value?.assignments ?? [])].sort(
      (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt),
    )[0];
    return latest?.schedule.timeZone ?? clinicianTimeZone(this.#clients.store);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const store = this.#clients.store;
    if (store && this.#data.value) this.#setDefaults(store.now(), this.clientTimeZone);
  }

  protected override render() {
    const t = this.#localize;
    const store = this.#clients.store;
    if (!store) return notConfiguredNotice(t);
    if (!this.clientId) {
      return configurationNotice(t, t.term('invalidSettingsTitle'), t.term('composerNoClient'));
    }
    const state = this.#data.state;
    const data = this.#data.value;
    if (!data) {
      return state.status === 'error'
        ? html`<p class="error" role="alert">${t.term('composerReadError')}</p>`
        : html`<p class="muted" role="status">${t.term('composerLoading')}</p>`;
    }
    const zone = this.clientTimeZone;
    const now = store.now();
    const entries = this.#entries(data.definitions, store);
    const chosen = entries.find((entry) => entry.key === this.activity && !entry.refusal);
    const draft = chosen ? this.#draft(chosen.definition, now, zone, store) : undefined;
    const preview = draft ? this.#preview(draft, data, now) : undefined;
    const formats = new DateFormats(t.lang, zone);
    const level = Math.min(6, Math.max(1, this.headingLevel));
    const name = this.clientName || t.term('composerClientFallback', this.clientId);
    return html`<form part="base" class="base" dir=${t.dir} novalidate @submit=${this.#onSubmit}>
      ${heading(level, html`${t.term('composerTitle')} <bdi class="for">${t.term('composerFor', name)}</bdi>`)}
      <div class="columns">
        ${this.#catalogue(entries, level + 1)}
        <div class="details">
          ${this.#previewSection(chosen?.definition, level + 1)} ${this.#schedule(zone, level + 1)}
          <div part="note" class="field">
            <label for="note">${t.term('composerNote')}</label>
            <textarea
              id="note"
              rows="3"
              maxlength="4000"
              aria-describedby="note-hint"
              .value=${this.note}
              @input=${(event: Event) => (this.note = (event.target as HTMLTextAreaElement).value)}
            ></textarea>
            <span id="note-hint" class="muted">${t.term('composerNoteHint')}</span>
          </div>
          ${this.#upcoming(preview, formats, level + 1)} ${this.#warnings(preview, formats)}
          <div class="actions">
            <button
              part="save"
              class="button primary"
              type="submit"
              aria-disabled=${this.saving ? 'true' : 'false'}
            >
              ${
                this.saving
                  ? t.term('composerSaving')
                  : preview && preview.warnings.length > 0
                    ? t.term('composerSaveAnyway')
                    : t.term('composerSave')
              }
            </button>
            ${this.writeError ? html`<p class="error" role="alert">${this.writeError}</p>` : nothing}
          </div>
        </div>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </form>`;
  }

  /** The date fields start from the client's today (once per zone and day, never over an edit). */
  #setDefaults(now: string, zone: string): void {
    const today = localDateIn(now, zone);
    const key = `${zone}|${today}`;
    if (this.#defaultsFor === key) return;
    this.#defaultsFor = key;
    const tomorrow = localDateIn(addLocalDays(now, 1, zone), zone);
    if (!this.start) this.start = tomorrow;
    if (!this.onceDate) this.onceDate = tomorrow;
    if (this.days.length === 0) this.days = [weekdayOf(tomorrow)];
  }

  #entries(definitions: readonly ActivityDefinition[], store: Interlude): Entry[] {
    const lang = this.#localize.lang;
    return definitions
      .map((definition) => {
        const decision = checkLicence(definition, store.licensing);
        return {
          key: keyOf(definition),
          definition,
          title: localizedText(definition.title, lang),
          refusal: decision.allowed ? undefined : decision.refusal,
        };
      })
      .sort((a, b) => a.title.localeCompare(b.title, lang));
  }

  #matches(entry: Entry): boolean {
    const { definition } = entry;
    const filter = this.filter;
    const byFilter =
      filter === 'all' ||
      (filter === 'measure' || filter === 'check-in'
        ? definition.kind === filter
        : definition.modality === filter);
    if (!byFilter) return false;
    const query = this.query.trim().toLocaleLowerCase(this.#localize.lang);
    if (!query) return true;
    const haystack = [
      entry.title,
      definition.id,
      definition.description ? localizedText(definition.description, this.#localize.lang) : '',
    ]
      .join(' ')
      .toLocaleLowerCase(this.#localize.lang);
    return haystack.includes(query);
  }

  #catalogue(entries: readonly Entry[], level: number): TemplateResult {
    const t = this.#localize;
    const shown = entries.filter((entry) => this.#matches(entry));
    const error = this.errors.activity;
    return html`<section part="catalogue" class="catalogue" aria-labelledby="catalogue-title">
      ${heading(level, t.term('composerCatalogue'), 'catalogue-title')}
      <fieldset class="filters">
        <legend>${t.term('composerFilterLegend')}</legend>
        <div class="chips">
          ${COMPOSER_FILTERS.map(
            (filter) =>
              html`<label class="chip"
                ><input
                  type="radio"
                  name="filter"
                  .checked=${this.filter === filter}
                  @change=${() => (this.filter = filter)}
                />${t.term('composerFilter', filter)}</label
              >`,
          )}
        </div>
      </fieldset>
      <div class="field">
        <label for="search">${t.term('composerSearch')}</label>
        <input
          id="search"
          type="search"
          autocomplete="off"
          .value=${this.query}
          @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)}
        />
      </div>
      <p class="muted count" aria-live="polite">${t.term('composerShown', shown.length, entries.length)}</p>
      ${
        entries.length === 0
          ? html`<p class="empty">${t.term('composerEmptyCatalogue')}</p>`
          : shown.length === 0
            ? html`<p class="empty">${t.term('composerNoMatch')}</p>`
            : html`<fieldset
                id="activity"
                class="list"
                aria-invalid=${error ? 'true' : 'false'}
                aria-describedby=${error ? 'activity-error' : nothing}
              >
                <legend class="visually-hidden">${t.term('composerCatalogue')}</legend>
                ${shown.map((entry) => this.#entry(entry))}
              </fieldset>`
      }
      ${error ? html`<p id="activity-error" class="error">${error}</p>` : nothing}
    </section>`;
  }

  #entry(entry: Entry): TemplateResult {
    const t = this.#localize;
    const { definition, refusal } = entry;
    const id = `activity-${entry.key.replace(/[^a-z0-9-]/g, '-')}`;
    const meta = `${t.term('composerKind', definition.kind)} · ${t.term('composerMinutes', t.number(definition.estimatedMinutes))}`;
    return html`<label
      part=${refusal ? 'activity refused' : 'activity'}
      class=${`activity${refusal ? ' refused' : ''}${this.activity === entry.key ? ' selected' : ''}`}
    >
      <input
        type="radio"
        name="activity"
        .value=${entry.key}
        .checked=${this.activity === entry.key}
        ?disabled=${refusal !== undefined}
        aria-describedby=${`${id}-meta${refusal ? ` ${id}-licence` : ''}`}
        @change=${() => this.#select(entry.key)}
      />
      <span class="activity-text">
        <span class="activity-title">${entry.title}</span>
        <span id="${id}-meta" class="muted">${meta}</span>
        ${
          refusal ? html`<span id="${id}-licence" class="licence">${licenceText(t, refusal)}</span>` : nothing
        }
      </span>
    </label>`;
  }

  #select(key: string): void {
    this.activity = key;
    if (this.errors.activity) this.errors = { ...this.errors, activity: undefined };
  }

  #previewSection(definition: ActivityDefinition | undefined, level: number): TemplateResult {
    const t = this.#localize;
    return html`<section part="preview" class="preview" aria-labelledby="preview-title">
      ${heading(level, t.term('composerPreview'), 'preview-title')}
      ${definition ? this.#previewOf(definition) : html`<p class="muted">${t.term('composerPreviewNone')}</p>`}
    </section>`;
  }

  #previewOf(definition: ActivityDefinition): TemplateResult {
    const t = this.#localize;
    const lang = t.lang;
    const text = (value: Parameters<typeof localizedText>[0] | undefined) =>
      value ? localizedText(value, lang) : '';
    const description = text(definition.description);
    let facts: string;
    let lines: string[];
    switch (definition.kind) {
      case 'measure':
        facts = t.term('composerQuestions', definition.items.length);
        lines = [text(definition.instructions), ...definition.items.map((item) => text(item.text))];
        break;
      case 'check-in':
        facts = t.term('composerCheckInSeconds', t.number(estimateCheckInSeconds(definition)));
        lines = definition.items.map((item) => text(item.prompt));
        break;
      default:
        facts = t.term('composerSteps', definition.steps.length);
        lines = definition.steps.map((step) => {
          const first =
            'title' in step && step.title
              ? text(step.title)
              : 'prompt' in step && step.prompt
                ? text(step.prompt)
                : 'instructions' in step && step.instructions
                  ? text(step.instructions)
                  : 'body' in step
                    ? text(step.body)
                    : '';
          return `${t.term('composerStepKind', step.kind)}: ${clip(first)}`;
        });
    }
    const [instructions, ...items] = definition.kind === 'measure' ? lines : ['', ...lines];
    return html`<p class="preview-title"><strong>${text(definition.title)}</strong></p>
      <p class="muted">
        ${t.term('composerKind', definition.kind)} ·
        ${t.term('composerMinutes', t.number(definition.estimatedMinutes))} · ${facts}
      </p>
      ${description ? html`<p class="description">${description}</p>` : nothing}
      ${instructions ? html`<p class="description">${instructions}</p>` : nothing}
      <ol class="preview-items">
        ${items.filter(Boolean).map((line) => html`<li>${clip(line)}</li>`)}
      </ol>`;
  }

  #schedule(zone: string, level: number): TemplateResult {
    const t = this.#localize;
    const weekdays = new Intl.DateTimeFormat(t.lang, { weekday: 'long', timeZone: 'UTC' });
    const errors = this.errors;
    const described = (field: Field) => (errors[field] ? `${field}-error` : nothing);
    const invalid = (field: Field) => (errors[field] ? 'true' : 'false');
    const fieldError = (field: Field) =>
      errors[field] ? html`<span id="${field}-error" class="error">${errors[field]}</span>` : nothing;
    return html`<section part="schedule" class="schedule" aria-labelledby="schedule-title">
      ${heading(level, t.term('composerSchedule'), 'schedule-title')}
      <p class="muted" id="zone-note">${t.term('composerZone', zone)}</p>
      <fieldset>
        <legend>${t.term('composerFrequency')}</legend>
        <div class="chips">
          ${(['weekly', 'once'] as const).map(
            (frequency) =>
              html`<label class="chip"
                ><input
                  type="radio"
                  name="frequency"
                  .checked=${this.frequency === frequency}
                  @change=${() => (this.frequency = frequency)}
                />${t.term(frequency === 'once' ? 'composerOnce' : 'composerWeekly')}</label
              >`,
          )}
        </div>
      </fieldset>
      ${
        this.frequency === 'once'
          ? html`<div class="row">
              <div class="field">
                <label for="once-date">${t.term('composerDate')}</label>
                <input
                  id="once-date"
                  type="date"
                  required
                  aria-invalid=${invalid('once-date')}
                  aria-describedby=${described('once-date')}
                  .value=${this.onceDate}
                  @change=${(event: Event) => (this.onceDate = (event.target as HTMLInputElement).value)}
                />
                ${fieldError('once-date')}
              </div>
              <div class="field">
                <label for="once-time">${t.term('composerTime')}</label>
                <input
                  id="once-time"
                  type="time"
                  required
                  .value=${this.onceTime}
                  @change=${(event: Event) => (this.onceTime = (event.target as HTMLInputElement).value || '09:00')}
                />
              </div>
            </div>`
          : html`<fieldset id="days" aria-invalid=${invalid('days')} aria-describedby=${described('days')}>
                <legend>${t.term('composerDays')}</legend>
                <div class="chips">
                  ${DAYS_OF_WEEK.map(
                    (day, index) =>
                      html`<label class="chip"
                        ><input
                          type="checkbox"
                          .checked=${this.days.includes(day)}
                          @change=${(event: Event) => this.#toggleDay(day, (event.target as HTMLInputElement).checked)}
                        />${weekdays.format(Date.UTC(2024, 0, 1 + index))}</label
                      >`,
                  )}
                </div>
                ${fieldError('days')}
              </fieldset>
              <fieldset class="times">
                <legend>${t.term('composerTimes')}</legend>
                ${this.times.length === 0 ? html`<p class="muted">${t.term('composerAnyTime')}</p>` : nothing}
                ${this.times.map(
                  (time, index) =>
                    html`<div class="time-row">
                      <label for="time-${index}">${t.term('composerTimeN', index + 1)}</label>
                      <input
                        id="time-${index}"
                        type="time"
                        .value=${time}
                        @change=${(event: Event) => this.#setTime(index, (event.target as HTMLInputElement).value)}
                      />
                      <button
                        class="button"
                        type="button"
                        aria-label=${t.term('composerRemoveTime', index + 1)}
                        @click=${() => this.#removeTime(index)}
                      >
                        ${t.term('composerRemove')}
                      </button>
                    </div>`,
                )}
                ${
                  this.times.length < COMPOSER_MAX_TIMES
                    ? html`<button class="button" type="button" @click=${this.#addTime}>
                        ${t.term('composerAddTime')}
                      </button>`
                    : nothing
                }
              </fieldset>
              <div class="row">
                <div class="field">
                  <label for="start">${t.term('composerStart')}</label>
                  <input
                    id="start"
                    type="date"
                    required
                    aria-invalid=${invalid('start')}
                    aria-describedby=${described('start')}
                    .value=${this.start}
                    @change=${(event: Event) => (this.start = (event.target as HTMLInputElement).value)}
                  />
                  ${fieldError('start')}
                </div>
                <div class="field">
                  <label for="end">${t.term('composerEnd')}</label>
                  <input
                    id="end"
                    type="date"
                    min=${this.start}
                    aria-invalid=${invalid('end')}
                    aria-describedby=${described('end')}
                    .value=${this.end}
                    @change=${(event: Event) => (this.end = (event.target as HTMLInputElement).value)}
                  />
                  ${fieldError('end')}
                </div>
              </div>`
      }
    </section>`;
  }

  #upcoming(preview: AssignmentPreview | undefined, formats: DateFormats, level: number): TemplateResult {
    const t = this.#localize;
    const occurrences = preview?.occurrences ?? [];
    return html`<section part="occurrences" class="occurrences" aria-labelledby="upcoming-title">
      ${heading(level, t.term('composerUpcoming'), 'upcoming-title')}
      ${
        !preview
          ? html`<p class="muted">${t.term('composerUpcomingPending')}</p>`
          : html`<p class="muted">${t.term('composerUpcomingCount', occurrences.length)}</p>
              ${
                occurrences.length > 0
                  ? html`<ol class="upcoming">
                      ${occurrences.map(
                        (occurrence) =>
                          html`<li>
                            <time datetime=${occurrence.dueAt}
                              >${
                                occurrence.localTime
                                  ? formats.dayTime(occurrence.dueAt)
                                  : `${formats.day(occurrence.dueAt)}, ${t.term('composerAnyTime')}`
                              }</time
                            >
                          </li>`,
                      )}
                    </ol>`
                  : nothing
              }
              <ul class="weeks">
                ${preview.weeks.map(
                  (week) =>
                    html`<li>
                      ${t.term(
                        'composerWeekLoad',
                        formats.date(week.weekStart),
                        t.number(week.minutes),
                        t.number(preview.limits.maxMinutesPerWeek),
                      )}
                    </li>`,
                )}
              </ul>`
      }
    </section>`;
  }

  #warnings(preview: AssignmentPreview | undefined, formats: DateFormats): TemplateResult {
    const t = this.#localize;
    const warnings = preview?.warnings ?? [];
    // Always in the page, so a warning that appears is announced (polite: it never blocks).
    return html`<div part="warnings" class="warnings" role="status" aria-live="polite">
      ${
        warnings.length > 0
          ? html`<p class="warnings-title"><strong>${t.term('composerWarningsTitle')}</strong></p>
              <ul>
                ${warnings.map((warning) => html`<li class="warning">${warningText(t, warning, formats)}</li>`)}
              </ul>`
          : nothing
      }
    </div>`;
  }

  #draft(definition: ActivityDefinition, now: string, zone: string, store: Interlude): Assignment {
    const schedule: Schedule =
      this.frequency === 'once'
        ? { kind: 'once', timeZone: zone, due: `${this.onceDate}T${this.onceTime || '09:00'}` }
        : {
            kind: 'repeat',
            timeZone: zone,
            repeat: {
              periodUnit: 'wk',
              dayOfWeek: DAYS_OF_WEEK.filter((day) => this.days.includes(day)),
              ...(this.times.length > 0 ? { timeOfDay: [...new Set(this.times)].sort() } : {}),
              boundsPeriod: { start: this.start, ...(this.end ? { end: this.end } : {}) },
            },
          };
    const note = this.note.trim();
    return {
      id: this.#draftId,
      clientId: this.clientId,
      clinicianId: store.user.id,
      activity: { kind: definition.kind, id: definition.id, version: definition.version },
      schedule,
      ...(note ? { note } : {}),
      status: 'active',
      createdAt: now,
    };
  }

  /** Core's preview of the draft, or `undefined` while the schedule is incomplete. */
  #preview(draft: Assignment, data: ComposerData, now: string): AssignmentPreview | undefined {
    if (Object.keys(this.#problems()).length > 0) return undefined;
    try {
      return previewAssignment({
        assignment: parseAssignment(draft),
        assignments: data.assignments,
        definitions: data.definitions,
        now,
        days: COMPOSER_PREVIEW_DAYS,
        ...(this.limits ? { limits: this.limits } : {}),
      });
    } catch {
      return undefined;
    }
  }

  /** What is missing or contradictory in the form, per field. */
  #problems(): Partial<Record<Field, string>> {
    const t = this.#localize;
    const problems: Partial<Record<Field, string>> = {};
    if (this.frequency === 'once') {
      if (!this.onceDate) problems['once-date'] = t.term('composerNeedDate');
    } else {
      if (this.days.length === 0) problems.days = t.term('composerNeedDays');
      if (!this.start) problems.start = t.term('composerNeedDate');
      else if (this.end && this.end < this.start) problems.end = t.term('composerEndBeforeStart');
    }
    return problems;
  }

  #toggleDay(day: DayOfWeek, on: boolean): void {
    this.days = on ? [...this.days, day] : this.days.filter((other) => other !== day);
    if (this.errors.days && this.days.length > 0) this.errors = { ...this.errors, days: undefined };
  }

  #setTime(index: number, value: string): void {
    this.times = this.times.map((time, i) => (i === index ? value || time : time));
  }

  #addTime(): void {
    this.times = [...this.times, this.times.length === 0 ? '09:00' : '18:00'];
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>(`#time-${this.times.length - 1}`)?.focus(),
    );
  }

  #removeTime(index: number): void {
    this.times = this.times.filter((_, i) => i !== index);
    // Focus stays in the group: on the time now in that place, else the add button.
    void this.updateComplete.then(() => {
      const next =
        this.renderRoot.querySelector<HTMLElement>(`#time-${Math.min(index, this.times.length - 1)}`) ??
        this.renderRoot.querySelector<HTMLElement>('.times > button');
      next?.focus();
    });
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const store = this.#clients.store;
    const data = this.#data.value;
    if (!store || !data || this.saving) return;
    const t = this.#localize;
    const entry = this.#entries(data.definitions, store).find((candidate) => candidate.key === this.activity);
    const problems = this.#problems();
    if (!entry || entry.refusal) problems.activity = t.term('composerChooseActivity');
    this.errors = problems;
    this.writeError = '';
    const first = FIELDS.find((field) => problems[field]);
    if (first || !entry) {
      this.announcement = problems[first ?? 'activity'] ?? '';
      await this.updateComplete;
      this.#focusField(first ?? 'activity');
      return;
    }
    const now = store.now();
    const zone = this.clientTimeZone;
    const draft = this.#draft(entry.definition, now, zone, store);
    const warnings = this.#preview(draft, data, now)?.warnings ?? [];
    this.saving = true;
    try {
      const saved = await store.assignments.put(parseAssignment(draft));
      const name = this.clientName || t.term('composerClientFallback', this.clientId);
      this.announcement = t.term('composerSaved', entry.title, name);
      this.#draftId = newId();
      this.note = '';
      fire(this, new IlAssignmentSaveEvent({ assignment: saved, warnings }));
    } catch (error) {
      this.writeError =
        (error as { name?: string }).name === 'ValidationError'
          ? t.term('composerInvalid', (error as Error).message)
          : t.term('composerWriteError');
    } finally {
      this.saving = false;
    }
  }

  #focusField(field: Field): void {
    const target =
      field === 'activity'
        ? (this.renderRoot.querySelector<HTMLElement>('input[name="activity"]:not(:disabled)') ??
          this.renderRoot.querySelector<HTMLElement>('#search'))
        : field === 'days'
          ? this.renderRoot.querySelector<HTMLElement>('#days input')
          : this.renderRoot.querySelector<HTMLElement>(`#${field}`);
    target?.focus();
  }
}

/** Dispatches `event` from `target` (documented with `@fires` on the class, not inferred by the manifest). */
function fire(target: EventTarget, event: Event): void {
  target.dispatchEvent(event);
}

/** A heading at `level` (the host page decides where the composer sits in its outline). */
function heading(level: number, content: unknown, id?: string): TemplateResult {
  return html`<div class="heading" role="heading" aria-level=${level} id=${ifDefined(id)}>${content}</div>`;
}

function licenceText(t: Localizer<AssignmentComposerStrings>, refusal: LicenceRefusal): string {
  return refusal.reason === 'commercial-use-forbidden'
    ? t.term('composerLicenceForbidden', refusal.licenceId)
    : t.term('composerLicencePermission', refusal.licenceId);
}

function warningText(
  t: Localizer<AssignmentComposerStrings>,
  warning: WorkloadWarning,
  formats: DateFormats,
): string {
  switch (warning.code) {
    case 'too-many-new-exercises':
      return t.term('composerWarnNewExercises', warning.count, warning.limit);
    case 'too-many-minutes':
      return t.term(
        'composerWarnMinutes',
        formats.date(warning.weekStart),
        t.number(warning.minutes),
        t.number(warning.limit),
      );
    case 'check-in-too-long':
      return t.term(
        'composerWarnCheckIn',
        t.number(warning.estimatedSeconds),
        t.number(warning.limitSeconds),
      );
  }
}

/** The weekday of a local date (`YYYY-MM-DD`), as a FHIR code. */
function weekdayOf(date: string): DayOfWeek {
  const sundayFirst = new Date(`${date}T12:00:00Z`).getUTCDay();
  return DAYS_OF_WEEK[(sundayFirst + 6) % 7] as DayOfWeek;
}

/** One preview line, cut at a word near 140 characters. */
function clip(text: string): string {
  const line = text.split('\n')[0] ?? '';
  if (line.length <= 140) return line;
  const cut = line.slice(0, 140);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 100))}…`;
}

/** A fresh assignment id (a UUID where the page is a secure context). */
function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `a-${[...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
