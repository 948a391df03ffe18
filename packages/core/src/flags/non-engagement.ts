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
import type { FlagRule, RuleContext } from './context.js';
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

  const run = missedRun(active, client.completed, context, client.timeZone);
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

/** Most runs are broken within the last week, so look there first and go further back only if needed. */
const FIRST_LOOK_DAYS = 7;

/** The missed occurrences at the end of the client's history (pending ones skipped), oldest first. */
function missedRun(
  active: readonly Assignment[],
  completed: readonly TimedSubmission[],
  context: RuleContext,
  timeZone: string,
): ClassifiedOccurrence[] {
  const lookback = context.options.nonEngagementLookbackDays;
  for (const days of lookback > FIRST_LOOK_DAYS ? [FIRST_LOOK_DAYS, lookback] : [lookback]) {
    const from = context.daysBeforeNow(days, timeZone);
    // Early completions (before the due time) still count, so look a little before the range.
    const earliest = context.daysBeforeNow(days + 2, timeZone).ms;
    const byAssignment = new Map<string, Submission[]>();
    for (let index = completed.length - 1; index >= 0; index -= 1) {
      const { submission, at } = completed[index] as TimedSubmission;
      if (at < earliest) break;
      const list = byAssignment.get(submission.assignmentId) ?? [];
      list.push(submission);
      byAssignment.set(submission.assignmentId, list);
    }
    const occurrences = active
      .flatMap((assignment) =>
        classifyOccurrences(
          expandOccurrences(assignment, { from: from.text, to: context.now }),
          byAssignment.get(assignment.id) ?? [],
          context.now,
        ),
      )
      .map((occurrence) => ({ occurrence, due: epochMs(occurrence.dueAt) }))
      .sort((a, b) => a.due - b.due || compareText(a.occurrence.id, b.occurrence.id));

    const run: ClassifiedOccurrence[] = [];
    let broken = false;
    for (let index = occurrences.length - 1; index >= 0 && !broken; index -= 1) {
      const { occurrence } = occurrences[index] as { occurrence: ClassifiedOccurrence };
      if (occurrence.status === 'missed') run.push(occurrence);
      else broken = occurrence.status !== 'pending';
    }
    if (broken || days === lookback) return run.reverse();
  }
  return [];
}
