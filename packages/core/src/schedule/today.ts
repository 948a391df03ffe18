/**
 * "Today" for a client: their occurrences sorted into what is due now, later today, later this
 * week, done and missed, judged in the client's own time zone. Pure: the same occurrences, `now`
 * and zone always give the same lists.
 *
 * @module
 */
import type { ClassifiedOccurrence } from './classify.js';
import { dateAtEpochMs, epochMs } from './zoned.js';

/** The lists of {@link groupToday}; each sorted by due time (done and missed: newest first). */
export interface TodayGroups<O extends ClassifiedOccurrence = ClassifiedOccurrence> {
  /**
   * Pending and already due (its window may still be open or already passed, not yet expired),
   * unless a newer occurrence of the same assignment is due too (a daily check-in left undone
   * yesterday is not due again once today's is due or done).
   */
  readonly dueNow: O[];
  /** Pending, due later on today's local date (the next one per assignment not already due now). */
  readonly laterToday: O[];
  /** Pending, due on one of the next six local days: the next one per assignment not listed above. */
  readonly thisWeek: O[];
  /** Completed (on time or late) today. */
  readonly done: O[];
  /** Missed (expired undone) in the last seven days. */
  readonly missed: O[];
}

/** How many days "this week" and "recently missed" reach. */
const WEEK_DAYS = 7;

/**
 * Sorts a client's occurrences (with statuses at `now`, as `client.occurrences.list` returns
 * them) into the lists a "today" screen shows.
 *
 * @example
 * ```ts
 * const occurrences = await client.occurrences.list({ from, to });
 * const { dueNow, laterToday } = groupToday(occurrences, client.now(), 'Europe/London');
 * ```
 */
export function groupToday<O extends ClassifiedOccurrence>(
  occurrences: readonly O[],
  now: string,
  timeZone: string,
): TodayGroups<O> {
  const nowMs = epochMs(now);
  const today = dateAtEpochMs(nowMs, timeZone).epochDay;
  const dayOf = (instant: string) => dateAtEpochMs(epochMs(instant), timeZone).epochDay;
  const groups: TodayGroups<O> = { dueNow: [], laterToday: [], thisWeek: [], done: [], missed: [] };
  // The newest occurrence of each assignment that is already due, whatever its status: an older
  // open one is superseded by it (yesterday's daily check-in is not due once today's is, or is done).
  const latestDue = new Map<string, number>();
  for (const occurrence of occurrences) {
    const due = epochMs(occurrence.dueAt);
    if (due <= nowMs && due > (latestDue.get(occurrence.assignmentId) ?? -Infinity))
      latestDue.set(occurrence.assignmentId, due);
  }
  for (const occurrence of occurrences) {
    const due = epochMs(occurrence.dueAt);
    if (occurrence.status === 'pending') {
      if (due <= nowMs) {
        if (due === latestDue.get(occurrence.assignmentId)) groups.dueNow.push(occurrence);
      } else if (dayOf(occurrence.dueAt) === today) groups.laterToday.push(occurrence);
      else if (dayOf(occurrence.dueAt) - today < WEEK_DAYS) groups.thisWeek.push(occurrence);
    } else if (occurrence.status === 'completed' || occurrence.status === 'late') {
      if (occurrence.completedAt && dayOf(occurrence.completedAt) === today) groups.done.push(occurrence);
    } else if (today - dayOf(occurrence.expiresAt) < WEEK_DAYS && epochMs(occurrence.expiresAt) <= nowMs) {
      groups.missed.push(occurrence);
    }
  }
  const byDue = (a: O, b: O) =>
    epochMs(a.dueAt) - epochMs(b.dueAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  // Upcoming: the next per assignment, and none of an assignment already due now or done today.
  const listed = new Set([...groups.dueNow, ...groups.done].map((o) => o.assignmentId));
  const laterToday = [...groups.laterToday].sort(byDue).filter((o) => once(listed, o.assignmentId));
  const thisWeek = [...groups.thisWeek].sort(byDue).filter((o) => once(listed, o.assignmentId));
  return {
    dueNow: groups.dueNow.sort(byDue),
    laterToday,
    thisWeek,
    done: groups.done.sort((a, b) => epochMs(b.completedAt!) - epochMs(a.completedAt!)),
    missed: groups.missed.sort((a, b) => byDue(b, a)),
  };
}

/** Adds `key` to `seen`; `true` the first time. */
function once(seen: Set<string>, key: string): boolean {
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}
