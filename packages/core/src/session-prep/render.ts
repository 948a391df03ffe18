/**
 * Plain-text rendering of a session prep, for a note, an e-mail to oneself or a printout.
 *
 * @module
 */
import { describeFlag } from '../flags/describe.js';
import type { FlagMessages } from '../flags/messages.js';
import { epochMs } from '../flags/time.js';
import { SESSION_PREP_MESSAGES_EN, type SessionPrepMessages } from './messages.js';
import type { SessionPrep, SuggestedOpening } from './session-prep.js';

/** How {@link renderSessionPrepText} formats. */
export interface RenderSessionPrepOptions {
  /** BCP 47 locale for weekday names, dates and numbers. */
  locale: string;
  /** Zone the days are named in. Default: the prep's `timeZone`. */
  timeZone?: string;
  /** The phrasing. Default {@link SESSION_PREP_MESSAGES_EN}. */
  messages?: SessionPrepMessages;
  /** The phrasing of the flag sentences. Default `FLAG_MESSAGES_EN`. */
  flagMessages?: FlagMessages;
}

/** The sections of a session prep, in the order they are read. */
export const SESSION_PREP_SECTIONS = [
  'flags',
  'completed',
  'missed',
  'scores',
  'events',
  'notes',
  'openings',
] as const;

/** One of {@link SESSION_PREP_SECTIONS}. */
export type SessionPrepSectionId = (typeof SESSION_PREP_SECTIONS)[number];

/** A session prep worded: its heading, then each section's heading and lines (empty: nothing to list). */
export interface SessionPrepSections {
  readonly heading: string;
  readonly sections: readonly {
    readonly id: SessionPrepSectionId;
    readonly heading: string;
    readonly entries: readonly string[];
  }[];
}

/**
 * Words a {@link SessionPrep}: a heading, then sections (flags as `describeFlag` words them,
 * completions left to the completed section; completed, missed, scores, notable with risk
 * answers first, client's notes), then the suggested openings. Weekday names and dates come
 * from `Intl.DateTimeFormat(locale, { weekday: 'long', timeZone })`; every phrase from
 * `messages`. The client's notes are quoted verbatim. What {@link renderSessionPrepText}
 * prints, for a page that lays it out itself (so screen and copied text say the same).
 *
 * @example
 * ```ts
 * const { heading, sections } = sessionPrepSections(prep, { locale: 'en' });
 * ```
 */
export function sessionPrepSections(
  prep: SessionPrep,
  options: RenderSessionPrepOptions,
): SessionPrepSections {
  const { locale } = options;
  const timeZone = options.timeZone ?? prep.timeZone;
  const m = options.messages ?? SESSION_PREP_MESSAGES_EN;
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone });
  const dateFormat = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone,
  });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const day = (at: string) => weekday.format(epochMs(at));
  const date = (at: string) => dateFormat.format(epochMs(at));
  const num = (value: number | null) => (value === null ? null : number.format(value));

  const entries: Record<SessionPrepSectionId, string[]> = {
    flags: prep.flags
      .filter(({ flag }) => flag.kind !== 'completion')
      .map(({ flag, names }) => {
        const text = describeFlag(flag, {
          locale,
          timeZone,
          names,
          ...(options.flagMessages ? { messages: options.flagMessages } : {}),
        });
        return m.flag === undefined ? text : m.flag({ severity: flag.severity, text });
      }),
    completed: grouped(prep.completed).map((items) =>
      m.completed({
        title: items[0]?.title ?? '',
        count: items.length,
        late: items.filter((item) => item.timing === 'late').length,
        dates: items.map((item) => date(item.at)),
      }),
    ),
    missed: grouped(prep.missed).map((items) =>
      m.missed({
        title: items[0]?.title ?? '',
        count: items.length,
        dates: items.map((item) => date(item.at)),
      }),
    ),
    scores: prep.scoreChanges.map((change) =>
      m.scoreChange({
        title: change.title,
        before: change.before === null ? null : num(change.before.total),
        after: num(change.after.total),
        band: change.after.band,
        change: change.change,
        meaningfulChange: change.meaningfulChange ?? null,
        date: date(change.after.at),
      }),
    ),
    // Risk answers first, so they cannot be missed; otherwise in date order.
    events: [
      ...prep.events.filter((e) => e.kind === 'risk-answer'),
      ...prep.events.filter((e) => e.kind !== 'risk-answer'),
    ].map((event) =>
      event.kind === 'check-in-change'
        ? m.checkInChange({
            label: event.label,
            direction: event.direction,
            worse: event.worse,
            from: number.format(event.from),
            to: number.format(event.to),
            date: date(event.at),
          })
        : m.riskAnswer({
            title: event.title,
            itemId: event.itemId,
            itemNumber: event.itemNumber,
            itemText: event.itemText,
            endorsed: event.endorsed,
            value: num(event.value),
            date: date(event.at),
          }),
    ),
    notes: prep.notes.map((note) =>
      m.note({ title: note.title, prompt: note.prompt, text: note.text, date: date(note.at) }),
    ),
    openings: prep.openings.map((opening) => renderOpening(opening, m, day, number)),
  };
  const headings: Record<SessionPrepSectionId, string> = {
    flags: m.flagsHeading ?? 'Flags',
    completed: m.completedHeading,
    missed: m.missedHeading,
    scores: m.scoreChangesHeading,
    events: m.eventsHeading,
    notes: m.notesHeading,
    openings: m.openingsHeading,
  };
  return {
    heading: m.heading({ sinceDate: date(prep.since), nowDate: date(prep.now) }),
    sections: SESSION_PREP_SECTIONS.map((id) => ({ id, heading: headings[id], entries: entries[id] })),
  };
}

/**
 * Renders a {@link SessionPrep} as plain text (see {@link sessionPrepSections} for what it
 * says): the heading, then each section's heading and its lines as `- ` items, `- none` under
 * an empty one. The same prep and options always give the same text.
 *
 * @example
 * ```ts
 * const text = renderSessionPrepText(prep, { locale: 'de', timeZone: 'Europe/Berlin', messages: myGermanMessages });
 * ```
 */
export function renderSessionPrepText(prep: SessionPrep, options: RenderSessionPrepOptions): string {
  const m = options.messages ?? SESSION_PREP_MESSAGES_EN;
  const { heading, sections } = sessionPrepSections(prep, options);
  const lines: string[] = [heading];
  for (const section of sections) {
    lines.push('', section.heading);
    lines.push(
      ...(section.entries.length === 0 ? [`- ${m.none}`] : section.entries.map((entry) => `- ${entry}`)),
    );
  }
  return lines.join('\n');
}

function renderOpening(
  opening: SuggestedOpening,
  m: SessionPrepMessages,
  day: (at: string) => string,
  number: Intl.NumberFormat,
): string {
  switch (opening.kind) {
    case 'exercise-then-change':
      return m.openingExerciseThenChange({
        exercise: opening.exercise.title,
        exerciseDay: day(opening.exercise.at),
        label: opening.change.label,
        direction: opening.change.direction,
        changeDay: day(opening.change.at),
      });
    case 'change':
      return m.openingChange({
        label: opening.label,
        direction: opening.direction,
        worse: opening.worse,
        day: day(opening.at),
      });
    case 'score-change':
      return m.openingScoreChange({
        title: opening.title,
        from: number.format(opening.from),
        to: number.format(opening.to),
        change: opening.change,
      });
    case 'exercise':
      return m.openingExercise({ title: opening.title, day: day(opening.at) });
    case 'missed':
      return m.openingMissed({ title: opening.title, count: opening.count });
    case 'general':
      return m.openingGeneral;
  }
}

/** Items grouped by assignment, groups in order of their first item. */
function grouped<T extends { assignmentId: string }>(items: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.assignmentId) ?? [];
    group.push(item);
    groups.set(item.assignmentId, group);
  }
  return [...groups.values()];
}
