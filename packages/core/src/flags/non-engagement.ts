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
import type { SlotInstants } from '../schedule/expand.js';
import { MISSED, PENDING, addSegment, occurrenceIdAt, withSlot } from '../schedule/lean.js';
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

/** A missed occurrence of the run: what its evidence shows. */
interface MissedOccurrence {
  id: string;
  assignmentId: string;
  dueAt: string;
  expiresAt: string;
}

/**
 * The missed occurrences at the end of the client's history (pending ones skipped), oldest
 * first: the active assignments' occurrences due in the lookback, classified at `now` against
 * the completions from two days before it (early completions still count), without building them.
 */
function missedRun(
  active: readonly Assignment[],
  completed: readonly TimedSubmission[],
  context: RuleContext,
  timeZone: string,
): MissedOccurrence[] {
  const lookback = context.options.nonEngagementLookbackDays;
  const { scratch, plans } = context;
  for (const days of lookback > FIRST_LOOK_DAYS ? [FIRST_LOOK_DAYS, lookback] : [lookback]) {
    const from = context.daysBeforeNow(days, timeZone);
    const earliest = context.daysBeforeNow(days + 2, timeZone).ms;
    // The history is sorted: the completions since `earliest` are its tail.
    let first = completed.length;
    while (first > 0 && (completed[first - 1] as TimedSubmission).at >= earliest) first -= 1;
    const recent = completed.slice(first);
    const range = { fromMs: epochMs(from.text), toMs: context.nowMs, nowMs: context.nowMs };
    scratch.length = 0;
    const segments = active.map((assignment) => {
      const own = recent.filter(({ submission }) => submission.assignmentId === assignment.id).map(withSlot);
      return addSegment(scratch, assignment, plans.of(assignment), range, own);
    });

    // Every slot in due order, ties by occurrence id (worked out only for ties).
    const positions: { segment: (typeof segments)[number]; at: number }[] = [];
    for (const segment of segments)
      for (let at = segment.start; at < segment.end; at += 1) positions.push({ segment, at });
    const ids = new Map<number, string>();
    const idOf = ({ segment, at }: { segment: (typeof segments)[number]; at: number }): string => {
      let id = ids.get(at);
      if (id === undefined) ids.set(at, (id = occurrenceIdAt(scratch, segment, at)));
      return id;
    };
    positions.sort(
      (a, b) =>
        (scratch.due[a.at] as number) - (scratch.due[b.at] as number) || compareText(idOf(a), idOf(b)),
    );

    const run: MissedOccurrence[] = [];
    let broken = false;
    for (let index = positions.length - 1; index >= 0 && !broken; index -= 1) {
      const position = positions[index] as { segment: (typeof segments)[number]; at: number };
      const status = scratch.status[position.at];
      if (status === MISSED) {
        const instants = scratch.instants[position.at] as SlotInstants;
        run.push({
          id: idOf(position),
          assignmentId: position.segment.assignment.id,
          dueAt: instants.due.text,
          expiresAt: instants.expires.text,
        });
      } else broken = status !== PENDING;
    }
    if (broken || days === lookback) return run.reverse();
  }
  return [];
}
