/**
 * `mood-shift`: a tracked check-in value that moved at least a threshold (a share of the
 * item's scale) away from the mean of the client's own preceding values. Worse (per the item's
 * `direction`) is `attention`; better is `info`, so good news reaches the session too.
 * At most one flag per client, tracked item and direction: the most recent such value.
 *
 * @internal
 * @module
 */
import { numericAnswer, type TimedSubmission } from './caseload.js';
import type { DraftFlag, FlagRule } from './context.js';
import type { FlagEvidence } from './flag.js';

interface Point {
  timed: TimedSubmission;
  value: number;
}

interface Series {
  itemId: string;
  higherIsWorse: boolean;
  span: number;
  points: Point[];
}

/** Floating-point slack so a move of exactly the threshold counts (0.2 × 6 is 1.2000000000000002). */
const EPSILON = 1e-9;

export const moodShiftFlags: FlagRule = (client, context) => {
  const { options } = context;
  const cutoff = context.daysBeforeNow(options.moodShiftLookbackDays, client.timeZone).ms;
  // Newest first: every value inside the lookback, plus up to a baseline's worth before it; a series
  // with no value inside the lookback is never started, and the scan stops once all are served.
  const series = new Map<string, Series & { before: number }>();
  let unserved = 0;
  for (let index = client.completed.length - 1; index >= 0; index -= 1) {
    const timed = client.completed[index] as TimedSubmission;
    const inside = timed.at > cutoff;
    if (!inside && unserved === 0) break;
    const { submission } = timed;
    if (submission.activity.kind !== 'check-in') continue;
    const template = context.definitions.checkIn(submission.activity);
    if (template === undefined) continue;
    for (const { item, tracked, min, max } of context.definitions.tracked(template)) {
      const value = numericAnswer(submission, item.id, min, max);
      if (value === undefined) continue;
      const key = `${template.id}\u0000${item.id}`;
      let entry = series.get(key);
      if (entry === undefined) {
        if (!inside) continue;
        entry = {
          itemId: item.id,
          higherIsWorse: tracked.direction === 'higher-is-worse',
          span: max - min,
          points: [],
          before: 0,
        };
        series.set(key, entry);
        unserved += 1;
      }
      if (!inside) {
        if (entry.before >= options.moodShiftBaselineSize) continue;
        entry.before += 1;
        if (entry.before === options.moodShiftBaselineSize) unserved -= 1;
      }
      entry.points.push({ timed, value });
    }
  }
  for (const entry of series.values()) entry.points.reverse();

  const flags: DraftFlag[] = [];
  for (const key of [...series.keys()].sort()) {
    const { itemId, higherIsWorse, span, points } = series.get(key) as Series;
    const threshold = options.moodShiftThreshold * span;
    let worse: DraftFlag | undefined;
    let better: DraftFlag | undefined;
    // Newest first: the first hit in each direction is the one to report.
    for (let index = points.length - 1; index >= options.moodShiftMinBaseline; index -= 1) {
      const point = points[index] as Point;
      if (point.timed.at <= cutoff) break;
      if (worse !== undefined && better !== undefined) break;
      const baseline = points.slice(Math.max(0, index - options.moodShiftBaselineSize), index);
      if (baseline.length < options.moodShiftMinBaseline) continue;
      const mean = baseline.reduce((sum, { value }) => sum + value, 0) / baseline.length;
      const difference = point.value - mean;
      if (difference === 0 || Math.abs(difference) < threshold - EPSILON) continue;
      const isWorse = higherIsWorse ? difference > 0 : difference < 0;
      if (isWorse ? worse !== undefined : better !== undefined) continue;
      const raised = shiftFlag(client.clientId, itemId, isWorse, point, baseline, mean, threshold);
      if (isWorse) worse = raised;
      else better = raised;
    }
    if (worse !== undefined) flags.push(worse);
    if (better !== undefined) flags.push(better);
  }
  return flags;
};

function shiftFlag(
  clientId: string,
  itemId: string,
  isWorse: boolean,
  point: Point,
  baseline: readonly Point[],
  mean: number,
  threshold: number,
): DraftFlag {
  const { submission } = point.timed;
  const evidence = (role: FlagEvidence['role'], { timed, value }: Point): FlagEvidence => ({
    role,
    at: timed.submission.submittedAt,
    value,
    submissionId: timed.submission.id,
    assignmentId: timed.submission.assignmentId,
    activity: timed.submission.activity,
    itemId,
  });
  return {
    id: `mood-shift:${clientId}:${submission.id}:${itemId}`,
    kind: 'mood-shift',
    severity: isWorse ? 'attention' : 'info',
    reason: isWorse ? 'shift-worse' : 'shift-better',
    clientId,
    raisedAt: submission.submittedAt,
    activity: submission.activity,
    itemId,
    metrics: { value: point.value, baseline: mean, difference: point.value - mean, threshold },
    evidence: [
      ...baseline.map((entry) => evidence('baseline-value', entry)),
      evidence('shifted-value', point),
    ],
  };
}
