/**
 * The words of the plain-text session prep. Replace {@link SESSION_PREP_MESSAGES_EN} with your
 * own object to translate it; every dynamic part arrives already formatted for the locale.
 *
 * @module
 */
import type { FlagSeverity } from '../flags/flag-kinds.js';
import type { ChangeKind, MeaningfulChangeKind } from '../scoring/classify-change.js';

/** Every phrase `renderSessionPrepText` uses. Days and dates come formatted by `Intl` in the render locale. */
export interface SessionPrepMessages {
  /** First line, e.g. "Since Monday, 23 March". */
  heading(p: { sinceDate: string; nowDate: string }): string;
  completedHeading: string;
  missedHeading: string;
  scoreChangesHeading: string;
  eventsHeading: string;
  notesHeading: string;
  openingsHeading: string;
  /** Heading of the flags section (optional so older message objects still type-check; default English). */
  flagsHeading?: string;
  /** One flag line: its severity and `describeFlag`'s sentence (default `Attention: …`). */
  flag?(p: { severity: FlagSeverity; text: string }): string;
  /** Under a heading with nothing to list. */
  none: string;
  /** One activity's completions; `dates` in order. */
  completed(p: { title: string; count: number; late: number; dates: readonly string[] }): string;
  /** One activity's missed occurrences. */
  missed(p: { title: string; count: number; dates: readonly string[] }): string;
  /**
   * `before` is `null` with a single score; `change` is `null` when it cannot be classified. `change`
   * names its basis: word `reliable-*` as reliable change and `meaningful-*` as clinically meaningful
   * change, never one as the other. `meaningfulChange` is set beside a reliable change when the
   * instrument also publishes a meaningful-change threshold (PCL-5).
   */
  scoreChange(p: {
    title: string;
    before: string | null;
    after: string | null;
    band: string | null;
    change: ChangeKind | null;
    meaningfulChange?: MeaningfulChangeKind | null;
    date: string;
  }): string;
  /** A tracked value's largest move; `rose`/`fell` is the number, `worse` per the item's direction. */
  checkInChange(p: {
    label: string;
    direction: 'rose' | 'fell';
    worse: boolean;
    from: string;
    to: string;
    date: string;
  }): string;
  riskAnswer(p: {
    title: string;
    itemId: string;
    /** e.g. `9`, or `undefined` when the definition was not given. */
    itemNumber: number | undefined;
    itemText: string | undefined;
    endorsed: boolean;
    value: string | null;
    date: string;
  }): string;
  note(p: { title: string; prompt: string; text: string; date: string }): string;
  /** The suggested openings; `day` is a weekday name. */
  openingExerciseThenChange(p: {
    exercise: string;
    exerciseDay: string;
    label: string;
    direction: 'rose' | 'fell';
    changeDay: string;
  }): string;
  openingChange(p: { label: string; direction: 'rose' | 'fell'; worse: boolean; day: string }): string;
  openingScoreChange(p: { title: string; from: string; to: string; change: ChangeKind }): string;
  openingExercise(p: { title: string; day: string }): string;
  openingMissed(p: { title: string; count: number }): string;
  openingGeneral: string;
}

// Dates may contain commas themselves ("Tue, May 5").
const list = (dates: readonly string[]): string => dates.join('; ');
const lower = (label: string): string => label.toLocaleLowerCase('en');
const CHANGE_EN: Record<ChangeKind, string> = {
  'reliable-improvement': 'reliable improvement',
  'reliable-deterioration': 'reliable deterioration',
  'no-reliable-change': 'no reliable change',
  'meaningful-improvement': 'clinically meaningful improvement',
  'meaningful-deterioration': 'clinically meaningful deterioration',
  'no-meaningful-change': 'no clinically meaningful change',
};

const SEVERITY_EN: Record<FlagSeverity, string> = { urgent: 'Urgent', attention: 'Attention', info: 'Info' };

/** English phrasing. Neutral on purpose: it says what moved and when, never why. */
export const SESSION_PREP_MESSAGES_EN: SessionPrepMessages = {
  heading: ({ sinceDate, nowDate }) => `Session prep: ${sinceDate} to ${nowDate}`,
  completedHeading: 'Completed',
  missedHeading: 'Missed',
  scoreChangesHeading: 'Scores',
  eventsHeading: 'Notable',
  notesHeading: "Client's notes",
  openingsHeading: 'Possible openings',
  flagsHeading: 'Flags',
  flag: ({ severity, text }) => `${SEVERITY_EN[severity]}: ${text}`,
  none: 'none',
  completed: ({ title, count, late, dates }) =>
    `${title}: ${count}× (${list(dates)})${late > 0 ? `, ${late} late` : ''}`,
  missed: ({ title, count, dates }) => `${title}: ${count}× (${list(dates)})`,
  scoreChange: ({ title, before, after, band, change, meaningfulChange, date }) => {
    const now = after === null ? 'unscorable' : `${after}${band === null ? '' : ` (${band})`}`;
    const from = before === null ? '' : `${before} → `;
    const alsoMeaningful =
      meaningfulChange === 'meaningful-improvement' || meaningfulChange === 'meaningful-deterioration'
        ? ', clinically meaningful'
        : '';
    return `${title}: ${from}${now} on ${date}${change === null ? '' : ` — ${CHANGE_EN[change]}${alsoMeaningful}`}`;
  },
  checkInChange: ({ label, direction, from, to, date }) =>
    `${label} ${direction} from ${from} to ${to} on ${date}`,
  riskAnswer: ({ title, itemId, itemNumber, itemText, endorsed, value, date }) => {
    const item = itemNumber === undefined ? `risk item ${itemId}` : `risk item ${itemNumber}`;
    const wording = itemText === undefined ? '' : ` (“${itemText}”)`;
    return endorsed
      ? `${title}: ${item}${wording} answered ${value ?? ''} on ${date}`
      : `${title}: ${item}${wording} left unanswered on ${date}`;
  },
  note: ({ title, prompt, text, date }) => `${date}, ${title} — ${prompt} “${text}”`,
  openingExerciseThenChange: ({ exercise, exerciseDay, label, direction, changeDay }) =>
    `You completed “${exercise}” on ${exerciseDay}, and ${lower(label)} ${direction} on ${changeDay} — what happened?`,
  openingChange: ({ label, direction, worse, day }) =>
    `${label} ${direction} on ${day} — ${worse ? 'what was going on then?' : 'what was different that day?'}`,
  openingScoreChange: ({ title, from, to }) =>
    `Your ${title} score went from ${from} to ${to} — how does that fit with how things have been?`,
  openingExercise: ({ title, day }) => `You completed “${title}” on ${day} — what did you notice?`,
  openingMissed: ({ title, count }) =>
    `“${title}” didn't happen ${count === 1 ? 'once' : `${count} times`} — what got in the way?`,
  openingGeneral: 'Nothing was recorded since last time — how have things been?',
};
