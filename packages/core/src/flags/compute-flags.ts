/**
 * The flag engine: review by exception over a whole caseload.
 *
 * @module
 */
import { InstantStringSchema } from '../model/time.js';
import { parse } from '../parse.js';
import { Scratch } from '../schedule/lean.js';
import { epochMs, shiftDays } from './time.js';
import { caseloadIndexOf, type CaseloadIndex } from '../caseload/caseload-index.js';
import { clientTimeZone, compareText, type Caseload } from './caseload.js';
import { completionFlags } from './completion.js';
import type { FlagRule, RuleContext } from './context.js';
import { deteriorationFlags } from './deterioration.js';
import type { Flag } from './flag.js';
import { FLAG_SEVERITIES } from './flag-kinds.js';
import { moodShiftFlags } from './mood-shift.js';
import { nonEngagementFlags } from './non-engagement.js';
import { resolveFlagOptions, type FlagOptions } from './options.js';
import { overloadFlags } from './overload.js';
import { riskFlags } from './risk.js';

const RULES: readonly FlagRule[] = [
  riskFlags,
  deteriorationFlags,
  moodShiftFlags,
  nonEngagementFlags,
  completionFlags,
  overloadFlags,
];

/**
 * Everything in a caseload that deserves a clinician's look at `now`; the rest stays quiet.
 *
 * | kind | severity | raised when (thresholds in {@link DEFAULT_FLAG_OPTIONS}) |
 * | --- | --- | --- |
 * | `risk` | urgent / attention | a measure's risk item answered at or above its threshold (urgent), or left unanswered (attention; unknown risk is never "no risk"). Every such submission, however old, until acknowledged. |
 * | `deterioration` | attention | Jacobson–Truax reliable change with the measure's published RCI: a score reliably worse than the client's baseline (the mean of their first `deteriorationBaselineSize` scores, the RCI scaled for that mean), or a confirmed relapse after a reliable improvement; kept while the latest score or the mean of the latest two stays reliably worse. Needs the measure definition; one flag per client and measure. |
 * | `mood-shift` | attention (worse) / info (better) | a tracked check-in item moved from the client's own baseline (mean and SD of their `moodShiftBaselineSize` values before): the mean of the latest `moodShiftWindow` values at least `moodShiftSpread` SDs (and `moodShiftThreshold` of the scale) away; a single severe value (`moodShiftSevere`) far outside the client's range at once. One per item, direction and episode, in the lookback. |
 * | `non-engagement` | attention | a client with active assignments completed nothing for `nonEngagementDays` local days, or missed `nonEngagementMissedInARow` occurrences in a row. One per lapse. |
 * | `completion` | info | `completionKinds` work completed in the last `completionLookbackDays` days; one per assignment. |
 * | `overload` | attention | more than `overloadMaxNewExercises` new exercise assignments within 7 days, the latest such week ending in the last 7 days. |
 *
 * Every flag's `id` comes from its kind, client and triggering evidence only, so recomputing
 * gives the same ids, and an acknowledgement in `input.acknowledgements` (made at or before
 * `now`; the latest wins) sets `acknowledgedAt` on the flag, which is still returned. A snooze
 * (an acknowledgement with `snoozedUntil`) made at or before `now` and ending after it sets
 * `snoozedUntil` instead, unless the flag is acknowledged or urgent: a risk answer is never
 * hidden by a snooze. The latest snooze wins; once it ends the flag is simply open again.
 * Submissions after `now` are ignored. The result is sorted by severity, then most recent
 * `raisedAt`, then id, and does not depend on the order of the input arrays.
 *
 * Inputs are trusted to have been parsed at the boundary (`parseSubmission`, …); only `now`
 * and `options` are validated here. Pass a {@link CaseloadIndex} (from `indexCaseload`) instead
 * of the caseload when other engines read the same caseload in the same run: the flags are the same.
 *
 * @throws {@link ValidationError} when `now` is not an ISO date-time with offset or an option is out of range.
 * @example
 * ```ts
 * const flags = computeFlags(
 *   { assignments, submissions, scores: [{ submissionId, score }], definitions: [phq9, moodCheckIn], acknowledgements },
 *   '2026-03-30T08:00:00+02:00',
 *   { nonEngagementDays: 5 },
 * );
 * const queue = flags.filter((flag) => flag.acknowledgedAt === undefined);
 * // e.g. [{ id: 'risk:c-1:…:phq9-9', kind: 'risk', severity: 'urgent', evidence: [{ role: 'risk-answer', value: 2, … }] }, …]
 * ```
 */
export function computeFlags(input: Caseload | CaseloadIndex, now: string, options?: FlagOptions): Flag[] {
  const nowMs = epochMs(parse(InstantStringSchema, now, 'now'));
  // Grouping by client, parsing every submittedAt and sorting histories happen once per index.
  const index = caseloadIndexOf(input);
  // Zone → days → cutoff: every rule asks for every client, so no key string is built per question.
  const cutoffs = new Map<string, Map<number, { ms: number; text: string }>>();
  const context: RuleContext = {
    now,
    nowMs,
    options: resolveFlagOptions(options),
    definitions: index.definitions,
    scores: index.scores,
    scoring: index.scoring,
    plans: index.plans,
    scratch: new Scratch(),
    daysBeforeNow: (days, timeZone) => {
      let zone = cutoffs.get(timeZone);
      if (zone === undefined) cutoffs.set(timeZone, (zone = new Map()));
      let found = zone.get(days);
      if (found === undefined) zone.set(days, (found = shiftDays(now, -days, timeZone)));
      return found;
    },
  };

  const { acknowledged, snoozed } = acknowledgements(index.caseload, nowMs);
  const flags: Flag[] = [];
  for (const clientId of index.clientIds) {
    const assignments = index.sortedAssignmentsOf(clientId);
    const completed = index.completedOf(clientId, nowMs);
    const client = {
      clientId,
      assignments,
      completed,
      measures: index.measuresOf(clientId, nowMs),
      timeZone: clientTimeZone(assignments, completed),
    };
    for (const rule of RULES) {
      for (const draft of rule(client, context)) {
        const acknowledgedAt = acknowledged.get(draft.id);
        const snoozedUntil = draft.severity === 'urgent' ? undefined : snoozed.get(draft.id);
        flags.push(
          acknowledgedAt !== undefined
            ? { ...draft, acknowledgedAt }
            : snoozedUntil !== undefined
              ? { ...draft, snoozedUntil }
              : draft,
        );
      }
    }
  }
  // compareFlags' order, with each raisedAt parsed once.
  return flags
    .map((flag) => ({ flag, rank: FLAG_SEVERITIES.indexOf(flag.severity), ms: epochMs(flag.raisedAt) }))
    .sort((a, b) => a.rank - b.rank || b.ms - a.ms || compareText(a.flag.id, b.flag.id))
    .map(({ flag }) => flag);
}

/**
 * Flag id → the latest acknowledgement at or before `now`, and flag id → the end of the latest
 * snooze made at or before `now`, when that end is still ahead.
 */
function acknowledgements(
  input: Caseload,
  nowMs: number,
): { acknowledged: Map<string, string>; snoozed: Map<string, string> } {
  const final = new Map<string, { ms: number; at: string }>();
  const snoozes = new Map<string, { ms: number; at: string; until: string }>();
  for (const { flagId, acknowledgedAt, snoozedUntil } of input.acknowledgements ?? []) {
    const ms = epochMs(acknowledgedAt);
    if (ms > nowMs) continue;
    const latest = snoozedUntil === undefined ? final : snoozes;
    const current = latest.get(flagId);
    // Latest wins; equal instants written differently are ordered by text, so input order never matters.
    if (current !== undefined && (current.ms > ms || (current.ms === ms && current.at <= acknowledgedAt))) {
      continue;
    }
    if (snoozedUntil === undefined) final.set(flagId, { ms, at: acknowledgedAt });
    else snoozes.set(flagId, { ms, at: acknowledgedAt, until: snoozedUntil });
  }
  const snoozed = new Map<string, string>();
  for (const [id, { until }] of snoozes) if (epochMs(until) > nowMs) snoozed.set(id, until);
  return { acknowledged: new Map([...final].map(([id, { at }]) => [id, at])), snoozed };
}
