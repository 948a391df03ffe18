/**
 * The words of {@link describeFlag}: one short sentence per flag that a clinician reads in
 * five seconds. Replace {@link FLAG_MESSAGES_EN} with your own object to translate it; every
 * number, day and date arrives already formatted for the locale.
 *
 * @module
 */

/** Every phrase `describeFlag` uses. */
export interface FlagMessages {
  /**
   * A tracked check-in item moved (`mood-shift`), e.g. "Distress 8, 8, 9, 7 on Mon–Thu; usual
   * range 2–5." `usual` is `null` when there is no personal baseline yet; `severe` when one
   * value at the severe end of the scale raised it.
   */
  shift(p: {
    label: string;
    values: readonly string[];
    days: string;
    worse: boolean;
    severe: boolean;
    usual: { low: string; high: string } | null;
  }): string;
  /**
   * Reliable deterioration on a measure: the worse scores and their dates, against the
   * baseline (the mean of the first `count` scores) or the better score before a relapse.
   * `rose`: the total went up (worse on most measures; WHO-5 gets worse going down).
   * `meaningful`: the threshold is a clinically meaningful change (WHO-5), not a reliable-change index.
   */
  deterioration(p: {
    title: string;
    scores: readonly string[];
    dates: readonly string[];
    rose: boolean;
    reference:
      { kind: 'baseline'; value: string; count: number } | { kind: 'previous'; value: string; date: string };
    threshold: string;
    meaningful: boolean;
  }): string;
  /** `itemNumber` is the item's position in the form (1-based), `null` when the definition is unknown. */
  riskEndorsed(p: {
    title: string;
    itemNumber: number | null;
    itemId: string;
    value: string | null;
    date: string;
  }): string;
  riskUnanswered(p: { title: string; itemNumber: number | null; itemId: string; date: string }): string;
  /** `last` is `null` when nothing was ever completed. */
  noRecentCompletion(p: { days: number; last: { title: string; date: string } | null }): string;
  missedInARow(p: { count: number; latestDate: string | null }): string;
  completed(p: { title: string; count: number; date: string }): string;
  overload(p: { count: number; limit: number }): string;
}

const joinAnd = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** English phrasing: what the data shows, never an interpretation. */
export const FLAG_MESSAGES_EN: FlagMessages = {
  shift: ({ label, values, days, worse, severe, usual }) =>
    `${label} ${values.join(', ')} on ${days}` +
    (severe ? ', at the severe end of the scale' : worse ? '' : ', better than usual') +
    (usual === null
      ? '; not enough check-ins yet for a usual range.'
      : `; usual range ${usual.low}–${usual.high}.`),
  deterioration: ({ title, scores, dates, rose, reference, threshold, meaningful }) =>
    `${title} ${joinAnd(scores)} (${dates.join('; ')}), ${rose ? 'up' : 'down'} from ` +
    (reference.kind === 'baseline'
      ? `a baseline of ${reference.value} (${reference.count === 1 ? 'the first score' : `mean of the first ${reference.count} scores`})`
      : `${reference.value} on ${reference.date} after improving`) +
    `; a change of ${threshold} or more is ${meaningful ? 'clinically meaningful' : 'reliable'}.`,
  riskEndorsed: ({ title, itemNumber, itemId, value, date }) =>
    `${title} item ${itemNumber ?? itemId} answered ${value ?? '?'} on ${date}: follow up as your risk protocol says.`,
  riskUnanswered: ({ title, itemNumber, itemId, date }) =>
    `${title} item ${itemNumber ?? itemId} left unanswered on ${date}: risk unknown, not "no risk".`,
  noRecentCompletion: ({ days, last }) =>
    `Nothing completed for ${days} day${days === 1 ? '' : 's'}` +
    (last === null ? '.' : `; last: ${last.title} on ${last.date}.`),
  missedInARow: ({ count, latestDate }) =>
    `${count} due item${count === 1 ? '' : 's'} missed in a row` +
    (latestDate === null ? '.' : `, the latest on ${latestDate}.`),
  completed: ({ title, count, date }) =>
    count === 1
      ? `${title} completed on ${date}.`
      : `${title} completed ${count} times, the latest on ${date}.`,
  overload: ({ count, limit }) => `${count} new exercises within 7 days; the suggested limit is ${limit}.`,
};
