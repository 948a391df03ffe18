import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  groupToday,
  localizedText,
  type ActivityDefinition,
  type Assignment,
  type ClassifiedOccurrence,
  type InterludeClient,
  type TodayGroups,
  type ExerciseDefinition,
} from '@interlude/core';
import '../check-in/define.js';
import '../measure-form/define.js';
import { IlActivityOpenEvent } from '../shared/events/activity-open.js';
import { ClientController } from '../shared/internal/client-controller.js';
import { configurationNoticeStyles, notConfiguredNotice } from '../shared/internal/configuration-notice.js';
import { DataController } from '../shared/internal/data-controller.js';
import { LocalizeController } from '../shared/internal/localize.js';
import { runStrings } from '../shared/locales/run.js';
import { todayStrings } from '../shared/locales/today.js';
import { sharedStyles } from '../shared/styles/shared.styles.js';
import { todayStyles } from './today.styles.js';
import {
  TODAY_HEADING_LEVELS,
  TODAY_SECTIONS,
  type TodayHeadingLevel,
  type TodaySection,
} from './today.types.js';

const DAY_MS = 86_400_000;

/** One line of the list: an occurrence with the assignment and definition it belongs to. */
interface Entry {
  readonly occurrence: ClassifiedOccurrence;
  readonly assignment: Assignment;
  readonly definition: ActivityDefinition | undefined;
}

interface TodayData {
  readonly timeZone: string;
  readonly groups: TodayGroups<ClassifiedOccurrence>;
  readonly assignments: ReadonlyMap<string, Assignment>;
  readonly definitions: readonly ActivityDefinition[];
}

const SECTION_TERMS = {
  dueNow: 'todayDueNow',
  laterToday: 'todayLater',
  thisWeek: 'todayThisWeek',
  done: 'todayDone',
  missed: 'todayMissed',
} as const;

/**
 * The client's between-session work: what is due now, later today and this week, what is done
 * (with a small acknowledgement, still when motion is reduced) and what was missed — said
 * without blame. Each entry shows the clinician's note ("why this matters") and the estimated
 * minutes. Opening one fires `il-activity-open` with the assignment, occurrence and activity, so
 * the portal can route; with `inline`, the element opens the right player in place (the
 * questionnaire or the check-in, and the exercise player once it is defined on the page) unless
 * the listener calls `preventDefault()`.
 *
 * It reads assignments, occurrences and definitions through the client and re-reads on every
 * change (a save, a sync, another tab). Without a client it shows the configuration notice. The
 * clinician's note and every title are rendered as text, never as HTML.
 *
 * @summary Today's list of assigned work, with inline players.
 * @tag il-today
 *
 * @fires {IlActivityOpenEvent} il-activity-open - The person opened an activity (cancelable).
 *
 * @csspart section - One section (due now, later today, this week, done, missed).
 * @csspart entry - One activity in a section.
 * @csspart start - The button that opens an activity.
 * @csspart back - The "Back to today's list" button in inline mode.
 * @csspart configuration-notice - Shown when the element has no client.
 *
 * @cssprop [--il-today-border-color=var(--il-color-border, #767d88)] - Border of an entry.
 *
 * @example
 * ```html
 * <il-provider id="interlude"><il-today inline></il-today></il-provider>
 * ```
 */
export class IlToday extends LitElement {
  /** @internal */
  static override styles = [sharedStyles, configurationNoticeStyles, todayStyles];

  /** Open activities in place (measure form, check-in, exercise player) instead of only firing `il-activity-open`. */
  @property({ type: Boolean, reflect: true })
  inline = false;

  /** Level of the section headings (2–6); an inline player's title takes the same level. */
  @property({ type: Number, attribute: 'heading-level' })
  headingLevel: TodayHeadingLevel = 2;

  /** The client to read through, when not inside an `<il-provider>`. */
  @property({ attribute: false })
  client: InterludeClient | undefined = undefined;

  /** The entry open inline, if any. */
  @state() private opened: Entry | undefined = undefined;
  /** The occurrence just finished, for the acknowledgement. */
  @state() private acknowledged: string | undefined = undefined;

  /** The exercise player created for the open entry, kept across re-renders. */
  #exercise: { occurrenceId: string; element: HTMLElement } | undefined;
  readonly #localize = new LocalizeController(this, runStrings, todayStrings);
  readonly #clients = new ClientController(this);
  readonly #data = new DataController<TodayData>(this, this.#clients, {
    collections: ['assignments', 'submissions', 'definitions'],
    load: async (client) => {
      const now = client.now();
      const nowMs = Date.parse(now);
      const timeZone = client.user.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
      const [assignments, definitions, occurrences] = await Promise.all([
        client.assignments.list({ status: 'active' }),
        client.definitions.list({ allVersions: true }),
        client.occurrences.list({
          from: new Date(nowMs - 8 * DAY_MS).toISOString(),
          to: new Date(nowMs + 8 * DAY_MS).toISOString(),
          now,
        }),
      ]);
      const byId = new Map(assignments.map((assignment) => [assignment.id, assignment]));
      const active = occurrences.filter((occurrence) => byId.has(occurrence.assignmentId));
      return { timeZone, groups: groupToday(active, now, timeZone), assignments: byId, definitions };
    },
  });

  /** Resolves once the list has been read and rendered; for tests and hosts. */
  settled(): Promise<void> {
    return this.#data.settled();
  }

  protected override render() {
    const state = this.#data.state;
    if (state.status === 'unconfigured') return notConfiguredNotice(this.#localize);
    const data = this.#data.value;
    if (!data) return html`<p aria-busy="true">${this.#localize.term('runLoading')}</p>`;
    if (this.opened) return this.#player(this.opened);
    const sections = TODAY_SECTIONS.map((section) => [section, this.#entries(data, section)] as const).filter(
      ([, entries]) => entries.length > 0,
    );
    return html`<div dir=${this.#localize.dir}>
      ${
        sections.some(([section]) => section !== 'done' && section !== 'missed')
          ? nothing
          : html`<p class="empty">${this.#localize.term('todayEmpty')}</p>`
      }
      ${sections.map(([section, entries]) => this.#section(section, entries, data))}
    </div>`;
  }

  #level(): TodayHeadingLevel {
    return TODAY_HEADING_LEVELS.includes(this.headingLevel) ? this.headingLevel : 2;
  }

  #entries(data: TodayData, section: TodaySection): Entry[] {
    return data.groups[section].flatMap((occurrence) => {
      const assignment = data.assignments.get(occurrence.assignmentId);
      if (!assignment) return [];
      return [{ occurrence, assignment, definition: findDefinition(data.definitions, assignment) }];
    });
  }

  #section(section: TodaySection, entries: readonly Entry[], data: TodayData) {
    const id = `section-${section}`;
    return html`<section part="section" aria-labelledby=${id} data-section=${section}>
      <div id=${id} class="heading" role="heading" aria-level=${this.#level()}>
        ${this.#localize.term(SECTION_TERMS[section])}
      </div>
      ${section === 'missed' ? html`<p class="note">${this.#localize.term('todayMissedNote')}</p>` : nothing}
      <ul>
        ${entries.map((entry) => this.#entry(section, entry, data))}
      </ul>
    </section>`;
  }

  #entry(section: TodaySection, entry: Entry, data: TodayData): TemplateResult {
    const { occurrence, assignment, definition } = entry;
    const lang = this.#localize.lang;
    const title = definition ? localizedText(definition.title, lang) : assignment.activity.id;
    const minutes = definition
      ? this.#localize.term('todayMinutes', this.#localize.number(definition.estimatedMinutes))
      : '';
    const done = section === 'done';
    const when = done
      ? this.#localize.term('todayDoneAt', this.#time(occurrence.completedAt!, data.timeZone))
      : section === 'missed'
        ? this.#day(occurrence.dueAt, data.timeZone)
        : this.#due(occurrence, section, data.timeZone);
    const meta = [when, done ? '' : minutes].filter(Boolean).join(' · ');
    const ack = done && this.acknowledged === occurrence.id;
    return html`<li part="entry" class="entry ${ack ? 'ack' : ''}" data-occurrence=${occurrence.id}>
      <div class="main">
        <p class="name" dir="auto">
          ${done ? html`<span class="check" aria-hidden="true">✓</span>` : nothing}${title}
        </p>
        <p class="meta">${meta}</p>
        ${
          assignment.note && !done
            ? html`<p class="why">
                <span class="why-label">${this.#localize.term('todayWhy')}:</span> ${whyNote(assignment.note)}
              </p>`
            : nothing
        }
        ${ack ? html`<p class="meta" role="status">${this.#localize.term('todayDoneThanks')}</p>` : nothing}
      </div>
      ${
        section === 'dueNow' || section === 'laterToday' || section === 'thisWeek'
          ? html`<button part="start" type="button" @click=${() => this.#open(entry)}>
              ${this.#localize.term('todayStart', title)}
            </button>`
          : nothing
      }
    </li>`;
  }

  #due(occurrence: ClassifiedOccurrence, section: TodaySection, timeZone: string): string {
    if (section === 'thisWeek')
      return this.#localize.term('todayDueOn', this.#day(occurrence.dueAt, timeZone));
    if (!occurrence.localTime) return this.#localize.term('todayAnyTime');
    return this.#localize.term('todayDueBy', this.#time(occurrence.dueAt, timeZone));
  }

  #time(instant: string, timeZone: string): string {
    return new Intl.DateTimeFormat(this.#localize.lang, { timeStyle: 'short', timeZone }).format(
      new Date(instant),
    );
  }

  #day(instant: string, timeZone: string): string {
    return new Intl.DateTimeFormat(this.#localize.lang, {
      weekday: 'long',
      day: 'numeric',
      month: 'short',
      timeZone,
    }).format(new Date(instant));
  }

  async #open(entry: Entry): Promise<void> {
    const event = new IlActivityOpenEvent({
      assignment: entry.assignment,
      occurrence: entry.occurrence,
      activity: entry.assignment.activity,
    });
    this.dispatchEvent(event);
    if (!this.inline || event.defaultPrevented || !canRunInline(entry.definition)) return;
    this.opened = entry;
    await this.updateComplete;
    const player = this.renderRoot.querySelector<
      HTMLElement & { updateComplete?: Promise<unknown>; whenResumed?: () => Promise<void> }
    >('[data-player]');
    await player?.updateComplete;
    // A player shows its title (where focus goes) once its draft is resumed.
    await player?.whenResumed?.();
    player?.focus();
  }

  async #close(): Promise<void> {
    const occurrenceId = this.opened?.occurrence.id;
    this.opened = undefined;
    this.#exercise = undefined;
    this.#data.reload();
    await this.#data.settled();
    const done = this.renderRoot.querySelector<HTMLElement>(`[data-occurrence="${occurrenceId}"] button`);
    (done ?? this.renderRoot.querySelector<HTMLElement>('button, .heading'))?.focus();
  }

  #player(entry: Entry) {
    const { definition, assignment, occurrence } = entry;
    const onSubmit = () => {
      this.acknowledged = occurrence.id;
    };
    let player: unknown = nothing;
    if (definition?.kind === 'measure') {
      player = html`<il-measure-form
        data-player
        heading-level=${this.#level()}
        .definition=${definition}
        .assignment=${assignment}
        .occurrence=${occurrence}
        @il-submit=${onSubmit}
      ></il-measure-form>`;
    } else if (definition?.kind === 'check-in') {
      player = html`<il-check-in
        data-player
        heading-level=${this.#level()}
        .template=${definition}
        .assignment=${assignment}
        .occurrence=${occurrence}
        @il-submit=${onSubmit}
      ></il-check-in>`;
    } else if (definition?.kind === 'exercise') {
      if (this.#exercise?.occurrenceId !== occurrence.id) {
        this.#exercise = {
          occurrenceId: occurrence.id,
          element: exercisePlayer(definition, assignment, occurrence, onSubmit),
        };
      }
      player = this.#exercise.element;
    }
    return html`<div dir=${this.#localize.dir}>
      <button part="back" class="back" type="button" @click=${this.#close}>
        ${this.#localize.term('todayBack')}
      </button>
      ${player}
    </div>`;
  }
}

/** The stored definition an assignment names: that exact version, else the newest of that id. */
function findDefinition(
  definitions: readonly ActivityDefinition[],
  assignment: Assignment,
): ActivityDefinition | undefined {
  const { kind, id, version } = assignment.activity;
  const same = definitions.filter((definition) => definition.kind === kind && definition.id === id);
  return same.find((definition) => definition.version === version) ?? same[same.length - 1];
}

/** Whether `il-today` can open the definition in place (the exercise player only once defined). */
function canRunInline(definition: ActivityDefinition | undefined): boolean {
  if (!definition) return false;
  return definition.kind !== 'exercise' || customElements.get('il-exercise-player') !== undefined;
}

/**
 * The exercise player, created by tag so this element does not import it: it is rendered only
 * when the page defined `il-exercise-player`.
 */
function exercisePlayer(
  definition: ExerciseDefinition,
  assignment: Assignment,
  occurrence: ClassifiedOccurrence,
  onSubmit: () => void,
): HTMLElement {
  // Typed through HTMLElementTagNameMap; only the type is imported, never the element's module.
  const element = document.createElement('il-exercise-player');
  element.dataset['player'] = '';
  element.definition = definition;
  element.assignment = assignment;
  element.occurrence = occurrence;
  element.addEventListener('il-submit', onSubmit);
  return element;
}

/** The clinician's note, in its own direction inside the page's (an English note on an Arabic page). */
function whyNote(note: string) {
  return html`<bdi>${note}</bdi>`;
}
