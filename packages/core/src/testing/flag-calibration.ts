/**
 * How well the flag engine separates planted events from noise on a simulated caseload: the
 * figures the defaults in `DEFAULT_FLAG_OPTIONS` were chosen by, and that a test holds.
 *
 * @module
 */
import type { Assignment } from '../model/assignment.js';
import type { Submission } from '../model/submission.js';
import type { Caseload, SubmissionScore } from '../flags/caseload.js';
import { computeFlags } from '../flags/compute-flags.js';
import type { Flag } from '../flags/flag.js';
import { FLAG_KINDS, type FlagKind } from '../flags/flag-kinds.js';
import type { FlagOptions } from '../flags/options.js';
import { epochMs, shiftDays } from '../flags/time.js';
import { PLANTED_KINDS, type CaseloadSimulation, type PlantedKind } from './caseload-simulator.js';

/** Sensitivity for one planted kind. */
export interface PlantedResult {
  planted: number;
  /** Events with a matching flag within 7 days. */
  caught: number;
  /** `caught / planted` (1 when nothing was planted). */
  rate: number;
}

/** The outcome of {@link measureFlagCalibration}. */
export interface FlagCalibration {
  /** Per planted kind: an attention flag of the same kind (risk: urgent) within 7 days of the onset. */
  sensitivity: Record<PlantedKind, PlantedResult>;
  /** Attention and urgent flags a clinician would newly see for stable clients at weekly reviews. */
  noise: {
    clientWeeks: number;
    flags: number;
    /** `flags / clientWeeks`. */
    perClientWeek: number;
    /** The same, per flag kind. */
    perClientWeekByKind: Record<FlagKind, number>;
    /** Share of stable client-weeks with at least one such flag. */
    flaggedShare: number;
  };
}

const WINDOW_DAYS = 7;
const NOTICED = new Set<Flag['severity']>(['urgent', 'attention']);

/**
 * Runs the flag engine over a simulation the way a clinician meets it.
 *
 * - **Noise**: the stable clients' flags at each weekly review in `simulation.reviews`. At every
 *   review the clinician acknowledges what is shown, so a flag counts once, at the first review
 *   it appears in (the first review only settles what was there before). Attention and urgent
 *   flags are counted per client-week.
 * - **Sensitivity**: for each event client, the flags at 7 days after the onset; the event is
 *   caught when an attention flag of the matching kind (`risk`: urgent) is there whose evidence or raising
 *   time is at or after the onset.
 *
 * @example
 * ```ts
 * const report = measureFlagCalibration(simulateCaseload({ checkIn, phq9, gad7 }));
 * report.noise.perClientWeek; // ≤ 0.1 with the default options
 * ```
 */
export function measureFlagCalibration(
  simulation: CaseloadSimulation,
  options?: FlagOptions,
): FlagCalibration {
  const { caseload, clients, reviews, timeZone } = simulation;
  const byClient = new Map<
    string,
    { assignments: Assignment[]; submissions: Submission[]; scores: SubmissionScore[] }
  >();
  for (const { clientId } of clients)
    byClient.set(clientId, { assignments: [], submissions: [], scores: [] });
  const clientOf = new Map<string, string>();
  for (const assignment of caseload.assignments)
    byClient.get(assignment.clientId)?.assignments.push(assignment);
  for (const submission of caseload.submissions) {
    byClient.get(submission.clientId)?.submissions.push(submission);
    clientOf.set(submission.id, submission.clientId);
  }
  for (const score of caseload.scores)
    byClient.get(clientOf.get(score.submissionId) ?? '')?.scores.push(score);
  const subset = (ids: readonly string[]): Caseload => ({
    ...caseload,
    assignments: ids.flatMap((id) => byClient.get(id)?.assignments ?? []),
    submissions: ids.flatMap((id) => byClient.get(id)?.submissions ?? []),
    scores: ids.flatMap((id) => byClient.get(id)?.scores ?? []),
  });

  const stable = clients.filter((client) => client.event === undefined).map((client) => client.clientId);
  const stableCaseload = subset(stable);
  const seen = new Set<string>();
  const byKind = Object.fromEntries(FLAG_KINDS.map((kind) => [kind, 0])) as Record<FlagKind, number>;
  let flags = 0;
  let flaggedWeeks = 0;
  reviews.forEach((review, index) => {
    const shown = computeFlags(stableCaseload, review, options);
    const flaggedClients = new Set<string>();
    for (const flag of shown) {
      if (seen.has(flag.id)) continue;
      seen.add(flag.id);
      if (index === 0 || !NOTICED.has(flag.severity)) continue;
      flags += 1;
      byKind[flag.kind] += 1;
      flaggedClients.add(flag.clientId);
    }
    flaggedWeeks += flaggedClients.size;
  });
  const clientWeeks = stable.length * Math.max(0, reviews.length - 1);
  const per = (count: number) => (clientWeeks === 0 ? 0 : count / clientWeeks);

  const sensitivity = Object.fromEntries(
    PLANTED_KINDS.map((kind) => [kind, { planted: 0, caught: 0, rate: 1 }]),
  ) as Record<PlantedKind, PlantedResult>;
  for (const { clientId, event } of clients) {
    if (event === undefined) continue;
    const result = sensitivity[event.kind];
    result.planted += 1;
    const onsetMs = epochMs(event.onset);
    const at = shiftDays(event.onset, WINDOW_DAYS, timeZone).text;
    const caught = computeFlags(subset([clientId]), at, options).some(
      (flag) =>
        flag.kind === event.kind &&
        (event.kind === 'risk' ? flag.severity === 'urgent' : NOTICED.has(flag.severity)) &&
        Math.max(epochMs(flag.raisedAt), ...flag.evidence.map((entry) => epochMs(entry.at))) >= onsetMs,
    );
    if (caught) result.caught += 1;
  }
  for (const result of Object.values(sensitivity)) {
    result.rate = result.planted === 0 ? 1 : result.caught / result.planted;
  }

  return {
    sensitivity,
    noise: {
      clientWeeks,
      flags,
      perClientWeek: per(flags),
      perClientWeekByKind: Object.fromEntries(FLAG_KINDS.map((kind) => [kind, per(byKind[kind])])) as Record<
        FlagKind,
        number
      >,
      flaggedShare: per(flaggedWeeks),
    },
  };
}

/**
 * The flag rules as they were before calibration, as options: a single check-in value a fifth
 * of the scale from the mean of the 7 before it, and reliable change against the first score or
 * any single previous score. For comparisons (the bench's "before" row); not a recommendation.
 */
export const PRE_CALIBRATION_FLAG_OPTIONS: FlagOptions = Object.freeze({
  moodShiftBaselineSize: 7,
  moodShiftMinBaseline: 3,
  moodShiftSpread: 0,
  moodShiftThreshold: 0.2,
  moodShiftWindow: 1,
  moodShiftSevere: null,
  deteriorationBaselineSize: 1,
  deteriorationConfirmPrevious: false,
});
