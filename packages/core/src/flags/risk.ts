/**
 * `risk`: a measure's risk item answered at or above its threshold (urgent), or left
 * unanswered (attention: unknown risk is never reported as "no risk").
 *
 * @internal
 * @module
 */
import type { DraftFlag, FlagRule } from './context.js';

export const riskFlags: FlagRule = (client, context) => {
  const flags: DraftFlag[] = [];
  for (const timed of client.measures) {
    const { submission } = timed;
    const score = context.scoring.of(timed);
    // Most scores endorse no risk item: skip them before building anything.
    if (score === undefined || (score.riskItemIds.length === 0 && score.unansweredRiskItemIds.length === 0))
      continue;
    const rules = context.definitions.measure(submission.activity)?.scoring.riskItems ?? [];
    const raise = (itemId: string, endorsed: boolean): void => {
      const answer = submission.answers[itemId];
      const threshold = rules.find((rule) => rule.itemId === itemId)?.threshold ?? null;
      const value = typeof answer === 'number' ? answer : null;
      flags.push({
        id: `risk:${client.clientId}:${submission.id}:${itemId}${endorsed ? '' : ':unanswered'}`,
        kind: 'risk',
        severity: endorsed ? 'urgent' : 'attention',
        reason: endorsed ? 'risk-endorsed' : 'risk-unanswered',
        clientId: client.clientId,
        raisedAt: submission.submittedAt,
        activity: submission.activity,
        itemId,
        metrics: { value, threshold },
        evidence: [
          {
            role: 'risk-answer',
            at: submission.submittedAt,
            value,
            submissionId: submission.id,
            assignmentId: submission.assignmentId,
            activity: submission.activity,
            itemId,
          },
        ],
      });
    };
    for (const itemId of score.riskItemIds) raise(itemId, true);
    for (const itemId of score.unansweredRiskItemIds) raise(itemId, false);
  }
  return flags;
};
