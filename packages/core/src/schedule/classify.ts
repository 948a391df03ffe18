/**
 * What became of each occurrence, given the client's submissions and `now`.
 *
 * @module
 */
import type { Occurrence, OccurrenceStatus } from '../model/occurrence.js';
import type { Submission } from '../model/submission.js';
import { epochMs } from './zoned.js';

/** An occurrence with its status and, when done, the submission that did it. */
export interface ClassifiedOccurrence extends Occurrence {
  status: OccurrenceStatus;
  /** The submission counted for it (completed or late only). */
  submissionId?: string;
  /** When that submission was submitted. */
  completedAt?: string;
}

/** What {@link classifyOccurrences} reads from a submission. */
export type ClassifiableSubmission = Pick<
  Submission,
  'id' | 'assignmentId' | 'occurrenceId' | 'submittedAt' | 'status'
>;

/**
 * Gives every occurrence a status at `now`.
 *
 * Which submission counts for an occurrence:
 * 1. only `completed` submissions of the same assignment, submitted at or before `now`
 *    (later ones have not happened yet from `now`'s point of view) and before the
 *    occurrence's `expiresAt`;
 * 2. first, one whose `occurrenceId` names the occurrence (the earliest if several);
 * 3. then submissions without an `occurrenceId` (unscheduled runs) are matched, earliest
 *    first, to the earliest still-undone occurrence whose `[dueAt, expiresAt)` contains
 *    their `submittedAt`; each submission counts for at most one occurrence.
 *
 * The status:
 * - `completed`: the counted submission was submitted before `windowEndsAt` (early counts too);
 * - `late`: it was submitted at or after `windowEndsAt` (and, by rule 1, before `expiresAt`);
 * - `missed`: none counts and `now` is at or after `expiresAt`;
 * - `pending`: none counts yet and `now` is before `expiresAt` (upcoming, due or overdue).
 *
 * Returns new objects in the input order; the inputs are not changed.
 *
 * @example
 * ```ts
 * const [first] = classifyOccurrences(occurrences, submissions, '2026-03-30T08:00:00+02:00');
 * if (first?.status === 'late') console.log(`done at ${first.completedAt}`);
 * ```
 */
export function classifyOccurrences(
  occurrences: readonly Occurrence[],
  submissions: readonly ClassifiableSubmission[],
  now: string,
): ClassifiedOccurrence[] {
  const nowMs = epochMs(now);
  const usable = submissions
    .filter((submission) => submission.status === 'completed')
    .map((submission) => ({ submission, at: epochMs(submission.submittedAt) }))
    .filter(({ at }) => at <= nowMs)
    .sort((a, b) => a.at - b.at || compareText(a.submission.id, b.submission.id));

  // Parse each occurrence's instants once.
  const times = new Map(
    occurrences.map((o) => [
      o,
      { due: epochMs(o.dueAt), windowEnd: epochMs(o.windowEndsAt), expires: epochMs(o.expiresAt) },
    ]),
  );
  const timesOf = (occurrence: Occurrence) => times.get(occurrence) ?? { due: 0, windowEnd: 0, expires: 0 };
  const counted = new Map<Occurrence, { id: string; at: number; submittedAt: string }>();
  const used = new Set<string>();
  const byId = new Map<string, Occurrence[]>();
  for (const occurrence of occurrences) {
    const key = `${occurrence.assignmentId}\u0000${occurrence.id}`;
    byId.set(key, [...(byId.get(key) ?? []), occurrence]);
  }

  // Rule 2: submissions that name their occurrence.
  for (const { submission, at } of usable) {
    if (submission.occurrenceId === undefined) continue;
    for (const occurrence of byId.get(`${submission.assignmentId}\u0000${submission.occurrenceId}`) ?? []) {
      if (counted.has(occurrence) || at >= timesOf(occurrence).expires) continue;
      counted.set(occurrence, { id: submission.id, at, submittedAt: submission.submittedAt });
      used.add(submission.id);
      break;
    }
  }

  // Rule 3: unscheduled submissions fill the earliest open occurrence they fall into.
  const byDue = [...occurrences].sort((a, b) => timesOf(a).due - timesOf(b).due);
  for (const { submission, at } of usable) {
    if (submission.occurrenceId !== undefined || used.has(submission.id)) continue;
    const match = byDue.find(
      (occurrence) =>
        occurrence.assignmentId === submission.assignmentId &&
        !counted.has(occurrence) &&
        at >= timesOf(occurrence).due &&
        at < timesOf(occurrence).expires,
    );
    if (match === undefined) continue;
    counted.set(match, { id: submission.id, at, submittedAt: submission.submittedAt });
    used.add(submission.id);
  }

  return occurrences.map((occurrence) => {
    const done = counted.get(occurrence);
    if (done !== undefined) {
      const status: OccurrenceStatus = done.at < timesOf(occurrence).windowEnd ? 'completed' : 'late';
      return { ...occurrence, status, submissionId: done.id, completedAt: done.submittedAt };
    }
    return { ...occurrence, status: nowMs >= timesOf(occurrence).expires ? 'missed' : 'pending' };
  });
}

/**
 * The status of one occurrence at `now`; see {@link classifyOccurrences} for the rules.
 * Pass the whole list to `classifyOccurrences` when unscheduled submissions should be
 * matched across several occurrences.
 *
 * @example
 * ```ts
 * occurrenceStatus(occurrence, submissions, now); // 'pending' | 'completed' | 'late' | 'missed'
 * ```
 */
export function occurrenceStatus(
  occurrence: Occurrence,
  submissions: readonly ClassifiableSubmission[],
  now: string,
): OccurrenceStatus {
  const [classified] = classifyOccurrences([occurrence], submissions, now);
  return classified?.status ?? 'pending';
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
