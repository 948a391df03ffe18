/**
 * `completion` (info): work completed in the last few days, one flag per assignment carrying
 * every recent completion as evidence. Its id names the latest completion, so a new one
 * reappears after acknowledgement and an acknowledged one stays quiet.
 *
 * @internal
 * @module
 */
import type { TimedSubmission } from './caseload.js';
import type { DraftFlag, FlagRule } from './context.js';

export const completionFlags: FlagRule = (client, context) => {
  const { options } = context;
  if (options.completionKinds.length === 0) return [];
  const cutoff = context.daysBeforeNow(options.completionLookbackDays, client.timeZone).ms;
  const byAssignment = new Map<string, TimedSubmission[]>();
  for (const timed of client.completed) {
    if (timed.at <= cutoff || !options.completionKinds.includes(timed.submission.activity.kind)) continue;
    const list = byAssignment.get(timed.submission.assignmentId) ?? [];
    list.push(timed);
    byAssignment.set(timed.submission.assignmentId, list);
  }
  const flags: DraftFlag[] = [];
  for (const assignmentId of [...byAssignment.keys()].sort()) {
    const list = byAssignment.get(assignmentId) ?? [];
    const latest = list[list.length - 1];
    if (latest === undefined) continue;
    flags.push({
      id: `completion:${client.clientId}:${assignmentId}:${latest.submission.id}`,
      kind: 'completion',
      severity: 'info',
      reason: 'completed',
      clientId: client.clientId,
      raisedAt: latest.submission.submittedAt,
      activity: latest.submission.activity,
      metrics: { completions: list.length },
      evidence: list.map(({ submission }) => ({
        role: 'completion',
        at: submission.submittedAt,
        submissionId: submission.id,
        assignmentId: submission.assignmentId,
        activity: submission.activity,
        ...(submission.occurrenceId === undefined ? {} : { occurrenceId: submission.occurrenceId }),
      })),
    });
  }
  return flags;
};
