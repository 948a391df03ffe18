/**
 * `non-engagement`: a client with active assignments who has completed nothing for N days, or
 * has missed N occurrences in a row. One flag per lapse: its id is keyed on what the lapse
 * started from (the last completion, or the assignment when nothing was done since), so it
 * keeps its acknowledgement until the client completes something again.
 *
 * @internal
 * @module
 */
import type { Assignment } from '../model/assignment.js';
import type { Submission } from '../model/submission.js';
import { classifyOccurrences, type ClassifiedOccurrence } from '../schedule/classify.js';
import { expandOccurrences } from '../schedule/expand.js';
import { compareText, type TimedSubmission } from './caseload.js';
import type { FlagRule } from './context.js';
import type { FlagEvidence } from './flag.js';
import { epochMs, shiftDays, wholeDaysBetween } from './time.js';

export const nonEngagementFlags: FlagRule = (client, context) => {
  const { options, nowMs, now } = context;
  const active = client.assignments.filter(
    (assignment) => assignment.status === 'active' && epochMs(assignment.createdAt) <= nowMs,
  );
  const firstActive = active[0];
  if (firstActive === undefined) return [];

  // The lapse starts at the later of the last completion and the first active assignment.
  const last = client.completed[client.completed.length - 1];
  const fromCompletion = last !== undefined && last.at >= epochMs(firstActive.createdAt);
  const anchorAt = fromCompletion ? last.submission.submittedAt : firstActive.createdAt;
  const anchorKey = fromCompletion ? last.submission.id : `assigned:${firstActive.id}`;

  const daysLimit = shiftDays(anchorAt, options.nonEngagementDays, client.timeZone);
  const daysReached = nowMs >= daysLimit.ms;

  const run = missedRun(active, client.completed, now, client.timeZone, options.nonEngagementLookbackDays);
  const runLimit = options.nonEngagementMissedInARow;
  const runReached = run.length >= runLimit;
  if (!daysReached && !runReached) return [];

  // Raised when the first of the two limits was crossed; both only depend on the lapse itself.
  const candidates: { ms: number; text: string }[] = [];
  if (daysReached) candidates.push(daysLimit);
  if (runReached) {
    const crossing = run
      .slice(0, runLimit)
      .map((occurrence) => ({ ms: epochMs(occurrence.expiresAt), text: occurrence.expiresAt }))
      .sort((a, b) => b.ms - a.ms)[0];
    if (crossing !== undefined) candidates.push(crossing);
  }
  const raisedAt = candidates.sort((a, b) => a.ms - b.ms)[0]?.text ?? now;

  const evidence: FlagEvidence[] = [];
  if (last !== undefined) evidence.push(completionEvidence(last.submission));
  const activities = new Map(active.map((assignment) => [assignment.id, assignment.activity]));
  for (const occurrence of run) {
    const activity = activities.get(occurrence.assignmentId);
    evidence.push({
      role: 'missed-occurrence',
      at: occurrence.dueAt,
      occurrenceId: occurrence.id,
      assignmentId: occurrence.assignmentId,
      ...(activity === undefined ? {} : { activity }),
    });
  }
  return [
    {
      id: `non-engagement:${client.clientId}:${anchorKey}`,
      kind: 'non-engagement',
      severity: 'attention',
      reason: daysReached ? 'no-recent-completion' : 'missed-in-a-row',
      clientId: client.clientId,
      raisedAt,
      metrics: {
        daysWithoutCompletion: wholeDaysBetween(anchorAt, now, client.timeZone),
        daysLimit: options.nonEngagementDays,
        missedInARow: run.length,
        missedLimit: runLimit,
      },
      evidence,
    },
  ];
};

function completionEvidence(submission: Submission): FlagEvidence {
  return {
    role: 'last-completion',
    at: submission.submittedAt,
    submissionId: submission.id,
    assignmentId: submission.assignmentId,
    activity: submission.activity,
  };
}

/** The missed occurrences at the end of the client's history (pending ones skipped), oldest first. */
function missedRun(
  active: readonly Assignment[],
  completed: readonly TimedSubmission[],
  now: string,
  timeZone: string,
  lookbackDays: number,
): ClassifiedOccurrence[] {
  const from = shiftDays(now, -lookbackDays, timeZone);
  // Early completions (before the due time) still count, so look a little before the range.
  const earliest = shiftDays(now, -lookbackDays - 2, timeZone).ms;
  const byAssignment = new Map<string, Submission[]>();
  for (const { submission, at } of completed) {
    if (at < earliest) continue;
    const list = byAssignment.get(submission.assignmentId) ?? [];
    list.push(submission);
    byAssignment.set(submission.assignmentId, list);
  }
  const occurrences = active
    .flatMap((assignment) =>
      classifyOccurrences(
        expandOccurrences(assignment, { from: from.text, to: now }),
        byAssignment.get(assignment.id) ?? [],
        now,
      ),
    )
    .sort((a, b) => epochMs(a.dueAt) - epochMs(b.dueAt) || compareText(a.id, b.id));

  const run: ClassifiedOccurrence[] = [];
  for (let index = occurrences.length - 1; index >= 0; index -= 1) {
    const occurrence = occurrences[index] as ClassifiedOccurrence;
    if (occurrence.status === 'pending') continue;
    if (occurrence.status !== 'missed') break;
    run.push(occurrence);
  }
  return run.reverse();
}
