/**
 * One plain sentence per flag, from its reason, metrics and evidence only (never free text):
 * what moved, on which days, against what usual level.
 *
 * @module
 */
import type { ActivityDefinition } from '../definitions/activity.js';
import { localizedText } from '../definitions/common.js';
import { DefinitionIndex } from './caseload.js';
import type { Flag, FlagEvidence } from './flag.js';
import { FLAG_MESSAGES_EN, type FlagMessages } from './messages.js';
import { epochMs } from './time.js';

/** The names a description needs, in the reader's language. */
export interface FlagNames {
  /** The activity's short title, e.g. `PHQ-9`. */
  title?: string;
  /** The tracked item's label, e.g. `Distress`. */
  itemLabel?: string;
  /** The (risk) item's position in its form, 1-based. */
  itemNumber?: number;
}

/** How {@link describeFlag} words and formats. */
export interface DescribeFlagOptions {
  /** BCP 47 locale for weekday names, dates and numbers (and titles, with `definitions`). */
  locale: string;
  /** Zone the days are named in. Default `UTC`; pass the clinician's or the client's zone. */
  timeZone?: string;
  /** Definitions to take titles, item labels and item numbers from (see {@link flagNames}). */
  definitions?: readonly ActivityDefinition[];
  /** Names to use instead (win over `definitions`). */
  names?: FlagNames;
  /** The phrasing. Default {@link FLAG_MESSAGES_EN}. */
  messages?: FlagMessages;
}

/**
 * The names for a flag's sentence from the definitions: the activity's title up to its first
 * " (" (`PHQ-9 (Patient Health Questionnaire)` reads `PHQ-9`), the tracked item's label, and
 * the item's number in its measure. Anything unknown is left out, and the sentence falls back
 * to ids.
 *
 * @example
 * ```ts
 * flagNames(flag, [phq9, dailyMood], 'en'); // { title: 'PHQ-9', itemNumber: 9 }
 * ```
 */
export function flagNames(flag: Flag, definitions: readonly ActivityDefinition[], locale: string): FlagNames {
  return namesFrom(flag, new DefinitionIndex(definitions), locale);
}

/**
 * {@link flagNames} from an index built once (session prep names many flags).
 *
 * @internal
 */
export function namesFrom(flag: Flag, definitions: DefinitionIndex, locale: string): FlagNames {
  if (flag.activity === undefined) return {};
  const definition = definitions.find(flag.activity);
  if (definition === undefined) return {};
  const names: FlagNames = { title: shortTitle(definition, locale) };
  if (flag.itemId === undefined) return names;
  if (definition.kind === 'check-in') {
    const item = definition.items.find((candidate) => candidate.id === flag.itemId);
    const tracked = item !== undefined && 'tracked' in item ? item.tracked : undefined;
    if (tracked !== undefined) names.itemLabel = localizedText(tracked.label, locale);
  } else if (definition.kind === 'measure') {
    const index = definition.items.findIndex((item) => item.id === flag.itemId);
    if (index >= 0) names.itemNumber = index + 1;
  }
  return names;
}

function shortTitle(definition: ActivityDefinition, locale: string): string {
  return localizedText(definition.title, locale).split(' (')[0] as string;
}

/**
 * Says in one sentence why a flag was raised, e.g.
 * - `Distress 8, 8, 9, 7 on Mon–Thu; usual range 2–5.`
 * - `PHQ-9 15 and 17 (Mon, Mar 2; Mon, Mar 9), up from a baseline of 7 (mean of the first 3 scores); a change of 4.9 or more is reliable.`
 * - `PHQ-9 item 9 answered 2 on Tue 3 Mar: follow up as your risk protocol says.`
 *
 * Values come from the flag's evidence and metrics, days from `Intl.DateTimeFormat(locale,
 * { timeZone })` (weekdays when the values lie within a week, dates otherwise), phrases from
 * `messages`. The same flag and options always give the same sentence.
 *
 * @example
 * ```ts
 * describeFlag(flag, { locale: 'en', timeZone: 'Europe/Berlin', definitions: [phq9, dailyMood] });
 * ```
 */
export function describeFlag(flag: Flag, options: DescribeFlagOptions): string {
  const { locale } = options;
  const timeZone = options.timeZone ?? 'UTC';
  const m = options.messages ?? FLAG_MESSAGES_EN;
  const names = {
    ...(options.definitions ? flagNames(flag, options.definitions, locale) : {}),
    ...options.names,
  };
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone });
  const dateFormat = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone,
  });
  const shortDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone });
  const date = (at: string) => dateFormat.format(epochMs(at));
  const num = (value: number | null | undefined) =>
    value === null || value === undefined ? null : number.format(value);
  const metric = (name: string) => flag.metrics[name] ?? null;
  const title = names.title ?? flag.activity?.id ?? '';
  const withRole = (...roles: FlagEvidence['role'][]) =>
    flag.evidence.filter((entry) => roles.includes(entry.role));

  switch (flag.reason) {
    case 'shift-worse':
    case 'shift-better': {
      const moved = withRole('shifted-value');
      const first = moved[0]?.at ?? flag.raisedAt;
      const last = moved[moved.length - 1]?.at ?? flag.raisedAt;
      const withinAWeek = epochMs(last) - epochMs(first) < 6.5 * 86_400_000;
      const day = (at: string) => (withinAWeek ? weekday : shortDate).format(epochMs(at));
      const low = num(metric('usualLow'));
      const high = num(metric('usualHigh'));
      return m.shift({
        label: names.itemLabel ?? flag.itemId ?? '',
        values: moved.map((entry) => num(entry.value) ?? '?'),
        days: first === last ? day(first) : `${day(first)}–${day(last)}`,
        worse: flag.reason === 'shift-worse',
        severe: metric('severe') === 1,
        usual: low === null || high === null ? null : { low, high },
      });
    }
    case 'worse-than-baseline':
    case 'worse-than-previous': {
      const before = withRole('score-before');
      const after = withRole('score-after');
      const reference = num(metric('before')) ?? '?';
      return m.deterioration({
        title,
        scores: after.map((entry) => num(entry.value) ?? '?'),
        dates: after.map((entry) => date(entry.at)),
        rose: (metric('difference') ?? 0) >= 0,
        meaningful: metric('meaningful') === 1,
        reference:
          flag.reason === 'worse-than-baseline'
            ? { kind: 'baseline', value: reference, count: before.length }
            : { kind: 'previous', value: reference, date: date(before[0]?.at ?? flag.raisedAt) },
        threshold: num(metric('threshold')) ?? '?',
      });
    }
    case 'risk-endorsed':
    case 'risk-unanswered': {
      const item = {
        title,
        itemNumber: names.itemNumber ?? null,
        itemId: flag.itemId ?? '',
        date: date(flag.raisedAt),
      };
      return flag.reason === 'risk-endorsed'
        ? m.riskEndorsed({ ...item, value: num(metric('value')) })
        : m.riskUnanswered(item);
    }
    case 'no-recent-completion': {
      const last = withRole('last-completion')[0];
      const done =
        last?.activity && options.definitions
          ? new DefinitionIndex(options.definitions).find(last.activity)
          : undefined;
      return m.noRecentCompletion({
        days: metric('daysWithoutCompletion') ?? 0,
        last:
          last === undefined
            ? null
            : {
                title: done === undefined ? (last.activity?.id ?? '') : shortTitle(done, locale),
                date: date(last.at),
              },
      });
    }
    case 'missed-in-a-row': {
      const missed = withRole('missed-occurrence');
      const latest = missed[missed.length - 1];
      return m.missedInARow({
        count: metric('missedInARow') ?? missed.length,
        latestDate: latest === undefined ? null : date(latest.at),
      });
    }
    case 'completed':
      return m.completed({ title, count: metric('completions') ?? 1, date: date(flag.raisedAt) });
    case 'too-many-new-exercises':
      return m.overload({ count: metric('newExercises') ?? 0, limit: metric('limit') ?? 0 });
  }
}
