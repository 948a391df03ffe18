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
  const usable: { submission: ClassifiableSubmission; at: number }[] = [];
  for (const submission of submissions) {
    if (submission.status !== 'completed') continue;
    const at = epochMs(submission.submittedAt);
    if (at <= nowMs) usable.push({ submission, at });
  }
  usable.sort((a, b) => a.at - b.at || compareText(a.submission.id, b.submission.id));

  // Each occurrence's instants, parsed once, by position; `counted` holds the usable index.
  const count = occurrences.length;
  const due = new Float64Array(count);
  const windowEnd = new Float64Array(count);
  const expires = new Float64Array(count);
  const counted = new Int32Array(count).fill(-1);
  const byId = new Map<string, number[]>();
  occurrences.forEach((occurrence, index) => {
    due[index] = epochMs(occurrence.dueAt);
    windowEnd[index] = epochMs(occurrence.windowEndsAt);
    expires[index] = epochMs(occurrence.expiresAt);
    const key = `${occurrence.assignmentId}\u0000${occurrence.id}`;
    const same = byId.get(key);
    if (same === undefined) byId.set(key, [index]);
    else same.push(index);
  });
  const used = new Set<string>();

  // Rule 2: submissions that name their occurrence.
  usable.forEach(({ submission, at }, j) => {
    if (submission.occurrenceId === undefined) return;
    for (const index of byId.get(`${submission.assignmentId}\u0000${submission.occurrenceId}`) ?? []) {
      if (counted[index] !== -1 || at >= (expires[index] as number)) continue;
      counted[index] = j;
      used.add(submission.id);
      break;
    }
  });

  // Rule 3: unscheduled submissions fill the earliest open occurrence they fall into.
  let byDue: number[] | undefined;
  usable.forEach(({ submission, at }, j) => {
    if (submission.occurrenceId !== undefined || used.has(submission.id)) return;
    byDue ??= Array.from({ length: count }, (_, index) => index).sort(
      (a, b) => (due[a] as number) - (due[b] as number),
    );
    const match = byDue.find(
      (index) =>
        occurrences[index]?.assignmentId === submission.assignmentId &&
        counted[index] === -1 &&
        at >= (due[index] as number) &&
        at < (expires[index] as number),
    );
    if (match === undefined) return;
    counted[match] = j;
    used.add(submission.id);
  });

  return occurrences.map((occurrence, index) => {
    const j = counted[index] as number;
    if (j >= 0) {
      const { submission, at } = usable[j] as { submission: ClassifiableSubmission; at: number };
      const status: OccurrenceStatus = at < (windowEnd[index] as number) ? 'completed' : 'late';
      return { ...occurrence, status, submissionId: submission.id, completedAt: submission.submittedAt };
    }
    return { ...occurrence, status: nowMs >= (expires[index] as number) ? 'missed' : 'pending' };
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
