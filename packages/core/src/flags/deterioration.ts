/**
 * `deterioration`: reliable deterioration (the instrument's own threshold, via
 * `classifyChange`) between the client's baseline or previous score and the latest one; for an
 * instrument that publishes only a clinically meaningful change (WHO-5), a meaningful deterioration.
 *
 * @internal
 * @module
 */
import type { MeasureDefinition } from '../definitions/measure.js';
import type { Submission } from '../model/submission.js';
import { changeThreshold, classifyChange } from '../scoring/classify-change.js';
import { scoreFor } from './caseload.js';
import type { DraftFlag, FlagRule } from './context.js';
import type { FlagEvidence } from './flag.js';

interface Scored {
  submission: Submission;
  total: number;
}

export const deteriorationFlags: FlagRule = (client, context) => {
  const byMeasure = new Map<string, Scored[]>();
  for (const { submission } of client.completed) {
    const total = scoreFor(submission, context.scores, context.definitions)?.total;
    if (total === null || total === undefined) continue;
    const series = byMeasure.get(submission.activity.id) ?? [];
    series.push({ submission, total });
    byMeasure.set(submission.activity.id, series);
  }

  const flags: DraftFlag[] = [];
  for (const measureId of [...byMeasure.keys()].sort()) {
    const series = byMeasure.get(measureId) ?? [];
    const latest = series[series.length - 1];
    const previous = series[series.length - 2];
    if (latest === undefined || previous === undefined) continue;
    const definition = context.definitions.measure(latest.submission.activity);
    // Without the definition there is no threshold to test against: say nothing rather than guess.
    if (definition === undefined) continue;
    const worse = (before: Scored, after: Scored): boolean =>
      deteriorated(definition, before.total, after.total);

    const baseline = series[0] as Scored;
    const references = context.options.deteriorationReferences;
    if (references.includes('baseline') && worse(baseline, latest)) {
      // The run of scores still worse than baseline started here; keying the id on it keeps an
      // acknowledgement while the client stays there, and raises a new flag after a recovery.
      let start = series.length - 1;
      while (start - 1 > 0 && worse(baseline, series[start - 1] as Scored)) start -= 1;
      const first = series[start] as Scored;
      flags.push(
        flag(client.clientId, definition, 'worse-than-baseline', baseline, latest, first, {
          id: `deterioration:${client.clientId}:${measureId}:${baseline.submission.id}:${first.submission.id}`,
        }),
      );
    } else if (references.includes('previous') && worse(previous, latest)) {
      // (When the previous score is the baseline, the test above already said no.)
      flags.push(
        flag(client.clientId, definition, 'worse-than-previous', previous, latest, latest, {
          id: `deterioration:${client.clientId}:${measureId}:${previous.submission.id}:${latest.submission.id}`,
        }),
      );
    }
  }
  return flags;
};

function deteriorated(definition: MeasureDefinition, before: number, after: number): boolean {
  try {
    const { change } = classifyChange(definition, before, after);
    return change === 'reliable-deterioration' || change === 'meaningful-deterioration';
  } catch {
    // A total outside this version's range (e.g. scored with another version): not comparable.
    return false;
  }
}

function flag(
  clientId: string,
  definition: MeasureDefinition,
  reason: 'worse-than-baseline' | 'worse-than-previous',
  before: Scored,
  after: Scored,
  raisedBy: Scored,
  { id }: { id: string },
): DraftFlag {
  const evidence = (role: FlagEvidence['role'], scored: Scored): FlagEvidence => ({
    role,
    at: scored.submission.submittedAt,
    value: scored.total,
    submissionId: scored.submission.id,
    assignmentId: scored.submission.assignmentId,
    activity: scored.submission.activity,
  });
  return {
    id,
    kind: 'deterioration',
    severity: 'attention',
    reason,
    clientId,
    raisedAt: raisedBy.submission.submittedAt,
    activity: after.submission.activity,
    metrics: {
      before: before.total,
      after: after.total,
      difference: after.total - before.total,
      // The threshold the change was judged against; `changeThreshold(definition).basis` says which kind.
      threshold: changeThreshold(definition)?.threshold ?? null,
    },
    evidence: [evidence('score-before', before), evidence('score-after', after)],
  };
}
