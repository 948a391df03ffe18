import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  ValidationError,
  localizedText,
  planReminders,
  type ActivityDefinition,
  type Assignment,
  type ClassifiedOccurrence,
  type InterludeClient,
  type ReminderPreferences,
} from '@interlude/core';
import { IlPreferencesChangeEvent } from '../shared/events/preferences-change.js';
import { ClientController } from '../shared/internal/client-controller.js';
import { configurationNoticeStyles, notConfiguredNotice } from '../shared/internal/configuration-notice.js';
import { DataController } from '../shared/internal/data-controller.js';
import { LocalizeController } from '../shared/internal/localize.js';
import { runStyles } from '../shared/internal/run-view.js';
import { sharedStyles } from '../shared/styles/shared.styles.js';
import { reminderSettingsStyles } from './reminder-settings.styles.js';
import {
  REMINDER_SETTINGS_MAX_TIMES,
  REMINDER_SETTINGS_PREVIEW_COUNT,
  REMINDER_SETTINGS_PREVIEW_DAYS,
} from './reminder-settings.types.js';

const DAY_MS = 86_400_000;

interface SettingsData {
  readonly now: string;
  readonly preferences: ReminderPreferences;
  readonly assignments: readonly Assignment[];
  readonly definitions: readonly ActivityDefinition[];
  readonly occurrences: readonly ClassifiedOccurrence[];
}

/**
 * The client's reminder settings: preferred times, quiet hours, the most reminders a day, and
 * opting out per assignment or of everything. It previews "You'll be reminded Tuesday 09:00, …"
 * with core's reminder planner as the person edits, and saves through `client.preferences` (so the
 * vendor's backend, which sends the reminders, plans with the same settings), then fires
 * `il-preferences-change`.
 *
 * Without a client it shows the configuration notice. Activity titles are rendered as text.
 *
 * @summary Reminder preferences with a live preview from the reminder planner.
 * @tag il-reminder-settings
 *
 * @fires {IlPreferencesChangeEvent} il-preferences-change - The person saved their settings.
 *
 * @csspart preview - The "You'll be reminded …" line.
 * @csspart save - The save button.
 * @csspart status - "Reminder settings saved" or what went wrong.
 * @csspart configuration-notice - Shown when the element has no client.
 *
 * @example
 * ```html
 * <il-provider id="interlude"><il-reminder-settings></il-reminder-settings></il-provider>
 * ```
 */
export class IlReminderSettings extends LitElement {
  /** @internal */
  static override styles = [sharedStyles, configurationNoticeStyles, runStyles, reminderSettingsStyles];

  /** The client to read and write through, when not inside an `<il-provider>`. */
  @property({ attribute: false })
  client: InterludeClient | undefined = undefined;

  /** The settings being edited (from the stored ones, changed by the person). */
  @state() private draft: ReminderPreferences | undefined = undefined;
  @state() private status: '' | 'saved' | 'failed' = '';
  #edited = false;

  readonly #localize = new LocalizeController(this);
  readonly #clients = new ClientController(this);
  readonly #data = new DataController<SettingsData>(this, this.#clients, {
    collections: ['preferences', 'assignments', 'definitions', 'submissions'],
    load: async (client) => {
      const now = client.now();
      const [preferences, assignments, definitions, occurrences] = await Promise.all([
        client.preferences.get(),
        client.assignments.list({ status: 'active' }),
        client.definitions.list(),
        client.occurrences.list({
          from: new Date(Date.parse(now) - DAY_MS).toISOString(),
          to: new Date(Date.parse(now) + REMINDER_SETTINGS_PREVIEW_DAYS * DAY_MS).toISOString(),
          now,
        }),
      ]);
      return { now, preferences, assignments, definitions, occurrences };
    },
  });

  /** Resolves once the settings have been read and rendered; for tests and hosts. */
  settled(): Promise<void> {
    return this.#data.settled();
  }

  protected override willUpdate(): void {
    const data = this.#data.value;
    if (data && !this.#edited) this.draft = data.preferences;
  }

  protected override render() {
    if (this.#data.state.status === 'unconfigured') return notConfiguredNotice(this.#localize);
    const data = this.#data.value;
    const draft = this.draft;
    if (!data || !draft) return html`<p aria-busy="true">${this.#localize.term('runLoading')}</p>`;
    const term = this.#localize.term.bind(this.#localize);
    const paused = draft.optedOut;
    const quiet = draft.quietHours;
    return html`<div dir=${this.#localize.dir}>
      <p part="preview" class="preview" role="status">${this.#preview(data, draft)}</p>
      <label class="check">
        <input
          type="checkbox"
          .checked=${live(paused)}
          @change=${(event: Event) => this.#set({ optedOut: checked(event) })}
        />
        ${term('remindersPauseAll')}
      </label>
      <fieldset ?disabled=${paused}>
        <legend>${term('remindersPreferredTimes')}</legend>
        <p class="hint">${term('remindersPreferredHint')}</p>
        ${draft.preferredTimes.map(
          (time, index) =>
            html`<div class="row">
              <label for="time-${index}">${term('remindersTime', index + 1)}</label>
              <input
                id="time-${index}"
                type="time"
                .value=${live(time)}
                @change=${(event: Event) => this.#setTime(index, (event.target as HTMLInputElement).value)}
              />
              <button class="secondary" type="button" @click=${() => this.#removeTime(index)}>
                ${term('remindersRemoveTime', time)}
              </button>
            </div>`,
        )}
        ${
          draft.preferredTimes.length < REMINDER_SETTINGS_MAX_TIMES
            ? html`<button class="secondary" type="button" @click=${this.#addTime}>
                ${term('remindersAddTime')}
              </button>`
            : nothing
        }
      </fieldset>
      <fieldset ?disabled=${paused}>
        <legend>${term('remindersQuietHours')}</legend>
        <label class="check">
          <input
            type="checkbox"
            .checked=${live(quiet === null)}
            @change=${(event: Event) =>
              this.#set({ quietHours: checked(event) ? null : { start: '21:00', end: '08:00' } })}
          />
          ${term('remindersQuietOff')}
        </label>
        ${
          quiet
            ? html`<div class="row">
                <label for="quiet-start">${term('remindersQuietFrom')}</label>
                <input
                  id="quiet-start"
                  type="time"
                  .value=${live(quiet.start)}
                  @change=${(event: Event) => this.#set({ quietHours: { ...quiet, start: inputValue(event) } })}
                />
                <label for="quiet-end">${term('remindersQuietUntil')}</label>
                <input
                  id="quiet-end"
                  type="time"
                  .value=${live(quiet.end)}
                  @change=${(event: Event) => this.#set({ quietHours: { ...quiet, end: inputValue(event) } })}
                />
              </div>`
            : nothing
        }
      </fieldset>
      <fieldset ?disabled=${paused}>
        <legend>${term('remindersMaxPerDay')}</legend>
        <div class="row">
          <label class="visually-hidden" for="max-per-day">${term('remindersMaxPerDay')}</label>
          <input
            id="max-per-day"
            type="number"
            min="0"
            max="24"
            .value=${live(String(draft.maxPerDay))}
            @change=${(event: Event) => this.#set({ maxPerDay: Number(inputValue(event)) })}
          />
        </div>
      </fieldset>
      ${
        data.assignments.length
          ? html`<fieldset ?disabled=${paused}>
              <legend>${term('remindersPerActivity')}</legend>
              ${data.assignments.map((assignment) => {
                const definition = data.definitions.find(
                  (candidate) =>
                    candidate.kind === assignment.activity.kind && candidate.id === assignment.activity.id,
                );
                const title = definition
                  ? localizedText(definition.title, this.#localize.lang)
                  : assignment.activity.id;
                const on = !draft.optedOutAssignmentIds.includes(assignment.id);
                return html`<label class="check">
                  <input
                    type="checkbox"
                    data-assignment=${assignment.id}
                    .checked=${live(on)}
                    @change=${(event: Event) => this.#setAssignment(assignment.id, checked(event))}
                  />
                  ${title}
                </label>`;
              })}
            </fieldset>`
          : nothing
      }
      <div class="actions">
        <button part="save" type="button" @click=${this.#save}>${term('remindersSave')}</button>
      </div>
      <p part="status" class=${this.status === 'failed' ? 'error' : 'sync-status'} role="status">
        ${this.status === 'saved' ? term('remindersSaved') : this.status === 'failed' ? term('remindersSaveFailed') : ''}
      </p>
    </div>`;
  }

  /** "You'll be reminded Tuesday 09:00, …" from core's planner, for the settings as edited. */
  #preview(data: SettingsData, draft: ReminderPreferences): string {
    if (draft.optedOut) return this.#localize.term('remindersPreviewPaused');
    let planned;
    try {
      planned = planReminders({
        occurrences: data.occurrences,
        preferences: draft,
        now: data.now,
        horizon: new Date(Date.parse(data.now) + REMINDER_SETTINGS_PREVIEW_DAYS * DAY_MS).toISOString(),
        assignments: data.assignments,
      });
    } catch (error) {
      const problem = error instanceof ValidationError ? error.message : '';
      return this.#localize.term('remindersInvalid', problem);
    }
    if (planned.length === 0) return this.#localize.term('remindersPreviewNone');
    const format = new Intl.DateTimeFormat(this.#localize.lang, {
      weekday: 'long',
      hour: 'numeric',
      minute: '2-digit',
      timeZone: draft.timeZone,
    });
    // Two reminders at the same minute read as one time.
    const times = [...new Set(planned.map((reminder) => format.format(new Date(reminder.sendAt))))].slice(
      0,
      REMINDER_SETTINGS_PREVIEW_COUNT,
    );
    const list = new Intl.ListFormat(this.#localize.lang, { type: 'conjunction' }).format(times);
    return this.#localize.term('remindersPreview', list);
  }

  #set(patch: Partial<ReminderPreferences>): void {
    if (!this.draft) return;
    this.#edited = true;
    this.status = '';
    this.draft = { ...this.draft, ...patch };
  }

  #setTime(index: number, time: string): void {
    if (!this.draft || !time) return;
    const times = [...this.draft.preferredTimes];
    times[index] = time;
    this.#set({ preferredTimes: [...new Set(times)].sort() });
  }

  #addTime(): void {
    if (!this.draft) return;
    const times = this.draft.preferredTimes;
    const next = ['09:00', '12:00', '18:00', '20:00', '07:00', '15:00'].find((time) => !times.includes(time));
    if (next) this.#set({ preferredTimes: [...times, next].sort() });
  }

  #removeTime(index: number): void {
    if (!this.draft) return;
    this.#set({ preferredTimes: this.draft.preferredTimes.filter((_, position) => position !== index) });
  }

  #setAssignment(assignmentId: string, remind: boolean): void {
    if (!this.draft) return;
    const others = this.draft.optedOutAssignmentIds.filter((id) => id !== assignmentId);
    this.#set({ optedOutAssignmentIds: remind ? others : [...others, assignmentId] });
  }

  async #save(): Promise<void> {
    const client = this.#clients.store;
    if (!client || !this.draft) return;
    try {
      const preferences = await client.preferences.save(this.draft);
      this.#edited = false;
      this.draft = preferences;
      this.status = 'saved';
      const change = new IlPreferencesChangeEvent({ preferences });
      this.dispatchEvent(change);
    } catch {
      this.status = 'failed';
    }
  }
}

function checked(event: Event): boolean {
  return (event.target as HTMLInputElement).checked;
}

function inputValue(event: Event): string {
  return (event.target as HTMLInputElement).value;
}
