/**
 * `overload`: more new exercise assignments for one client within 7 days than the limit
 * (practitioners saw clients overwhelmed by more than a couple a week). Raised while the
 * latest over-limit week is no older than 7 days; keyed on the first assignment that tipped
 * that stretch over the limit, so adding more keeps the same flag.
 *
 * @internal
 * @module
 */
import type { Assignment } from '../model/assignment.js';
import type { FlagRule } from './context.js';
import { epochMs, shiftDays } from './time.js';

/** The rolling window, in local days. */
const WEEK_DAYS = 7;

export const overloadFlags: FlagRule = (client, context) => {
  const limit = context.options.overloadMaxNewExercises;
  const exercises = client.assignments
    .filter(
      (assignment) =>
        assignment.activity.kind === 'exercise' &&
        assignment.status !== 'cancelled' &&
        epochMs(assignment.createdAt) <= context.nowMs,
    )
    .map((assignment) => ({
      assignment,
      at: epochMs(assignment.createdAt),
      weekBefore: shiftDays(assignment.createdAt, -WEEK_DAYS, client.timeZone).ms,
    }));
  if (exercises.length <= limit) return [];

  // Windows (createdAt − 7 days, createdAt]; the busiest week always ends on a creation.
  const tipping: { index: number; windowStart: number }[] = [];
  let start = 0;
  exercises.forEach((entry, index) => {
    while ((exercises[start]?.at ?? Infinity) <= entry.weekBefore) start += 1;
    if (index - start + 1 > limit) tipping.push({ index, windowStart: start });
  });
  const latest = tipping[tipping.length - 1];
  const cutoff = context.daysBeforeNow(WEEK_DAYS, client.timeZone).ms;
  if (latest === undefined || (exercises[latest.index]?.at ?? -Infinity) <= cutoff) return [];

  // Walk back over tipping points less than a week apart: one stretch, one flag.
  let first = tipping.length - 1;
  while (first > 0) {
    const earlier = exercises[(tipping[first - 1] as { index: number }).index];
    const later = exercises[(tipping[first] as { index: number }).index];
    if (earlier === undefined || later === undefined || earlier.at <= later.weekBefore) break;
    first -= 1;
  }
  const anchor = exercises[(tipping[first] as { index: number }).index]?.assignment as Assignment;
  const inWindow = exercises.slice(latest.windowStart, latest.index + 1);
  return [
    {
      id: `overload:${client.clientId}:${anchor.id}`,
      kind: 'overload',
      severity: 'attention',
      reason: 'too-many-new-exercises',
      clientId: client.clientId,
      raisedAt: anchor.createdAt,
      metrics: { newExercises: inWindow.length, limit },
      evidence: inWindow.map(({ assignment }) => ({
        role: 'new-assignment',
        at: assignment.createdAt,
        assignmentId: assignment.id,
        activity: assignment.activity,
      })),
    },
  ];
};
