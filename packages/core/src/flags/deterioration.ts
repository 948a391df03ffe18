/**
 * `deterioration`: reliable deterioration on an outcome measure (Jacobson & Truax 1991, J
 * Consult Clin Psychol 59:12–19), with the instrument's published reliable-change index (RCI)
 * from its definition (PHQ-9: 6, GAD-7: 4; IAPT Manual).
 *
 * - **Against a stable baseline** (`worse-than-baseline`): the baseline is the mean of the
 *   client's first `deteriorationBaselineSize` scores on the measure (3 by default; while
 *   fewer exist before the score tested, the mean of those, down to the single first score).
 *   A score is reliably worse when it is above the baseline by at least the RCI scaled for a
 *   mean of k scores against one: RCI × √((1/k + 1) / 2) (PHQ-9, k = 3: 4.9; see
 *   `reliableChangeThreshold`). One unlucky first score no longer hides a later rise, and
 *   three scores make a baseline whose error is smaller than one score's.
 * - **Against the previous score** (`worse-than-previous`, for a relapse after improvement):
 *   a rise of at least the RCI from one score to the next, confirmed when the score after
 *   that is still at least the RCI above the score before the rise
 *   (`deteriorationConfirmPrevious`; otherwise the rise alone counts). One noisy low week
 *   followed by an ordinary one is then not a deterioration.
 *
 * Once raised, the flag stays while the client stays reliably worse: while the latest score,
 * or the mean of the latest two, is still reliably above the reference (the threshold scaled
 * the same way for the two-score mean), so a score that eases slightly does not drop it. Its
 * id is keyed on the reference and the first worse score, so an acknowledgement holds for the
 * whole episode, and a new rise after a recovery is a new flag. One flag per client and
 * measure (the baseline comparison wins), and only while its episode reaches the latest score.
 * An instrument that publishes only a clinically meaningful change (WHO-5: 10 percentage points,
 * Topp et al. 2015) is judged the same way against that size, unscaled: it is a size that
 * matters, not a measurement error that shrinks with averaging (`metrics.meaningful` is 1).
 * Without the measure definition or a published threshold nothing is flagged: there is no
 * threshold to test against.
 *
 * @internal
 * @module
 */
import type { MeasureDefinition } from '../definitions/measure.js';
import { measureTotalRange } from '../definitions/measure-range.js';
import type { Submission } from '../model/submission.js';
import { changeThreshold, type ChangeThreshold } from '../scoring/classify-change.js';
import type { DraftFlag, FlagRule } from './context.js';
import type { FlagEvidence } from './flag.js';
import type { FlagReason } from './flag-kinds.js';
import type { ResolvedFlagOptions } from './options.js';
import { mean, reliableChangeThreshold } from './statistics.js';

interface Scored {
  submission: Submission;
  total: number;
}

/** A run of scores reliably worse than a reference. */
interface Episode {
  reason: Extract<FlagReason, 'worse-than-baseline' | 'worse-than-previous'>;
  /** The scores compared against (the baseline scores, or the one before the rise). */
  reference: readonly Scored[];
  /** Index of the first worse score. */
  start: number;
  /** Index of the score that raised the flag (the confirming one for a confirmed rise). */
  raisedBy: number;
}

/** Floating-point slack, so a rise of exactly the threshold counts. */
const EPSILON = 1e-9;

export const deteriorationFlags: FlagRule = (client, context) => {
  const byMeasure = new Map<string, Scored[]>();
  for (const timed of client.measures) {
    const { submission } = timed;
    const total = context.scoring.of(timed)?.total;
    if (total === null || total === undefined) continue;
    const series = byMeasure.get(submission.activity.id) ?? [];
    series.push({ submission, total });
    byMeasure.set(submission.activity.id, series);
  }

  const flags: DraftFlag[] = [];
  for (const measureId of [...byMeasure.keys()].sort()) {
    const all = byMeasure.get(measureId) ?? [];
    const latest = all[all.length - 1];
    if (latest === undefined || all.length < 2) continue;
    const definition = context.definitions.measure(latest.submission.activity);
    const published = definition === undefined ? null : changeThreshold(definition);
    // Without the definition there is no threshold to test against: say nothing rather than guess.
    if (definition === undefined || published === null) continue;
    const threshold = thresholdFor(published);
    // A total outside this version's range (scored with another version) is not comparable.
    const range = measureTotalRange(definition);
    const series = all.filter(({ total }) => total >= range.min && total <= range.max);
    const episode = latestEpisode(series, definition, threshold, context.options);
    if (episode === undefined) continue;
    flags.push(flag(client.clientId, measureId, published, threshold, series, episode));
  }
  return flags;
};

/** The threshold for a mean of `before` scores against a mean of `after` scores. */
type Threshold = (before: number, after: number) => number;

function thresholdFor(published: ChangeThreshold): Threshold {
  return published.basis === 'reliable-change'
    ? (before, after) => reliableChangeThreshold(published.threshold, before, after)
    : () => published.threshold;
}

/** Walks the scores in order and returns the episode still open at the latest score, if any. */
function latestEpisode(
  series: readonly Scored[],
  definition: MeasureDefinition,
  threshold: Threshold,
  options: ResolvedFlagOptions,
): Episode | undefined {
  const worse = definition.scoring.direction === 'higher-is-worse' ? 1 : -1;
  // Whether the mean of `scores` is worse than the mean of `reference` by the threshold for those counts.
  const reliablyWorse = (reference: readonly Scored[], scores: readonly Scored[]) =>
    (mean(scores.map((s) => s.total)) - mean(reference.map((s) => s.total))) * worse >=
    threshold(reference.length, scores.length) - EPSILON;
  const useBaseline = options.deteriorationReferences.includes('baseline');
  const usePrevious = options.deteriorationReferences.includes('previous');

  let open: Episode | undefined;
  for (let index = 1; index < series.length; index += 1) {
    const score = series[index] as Scored;
    if (open !== undefined) {
      // Recovery needs two scores in a row: one easing score (or a pair whose mean is still
      // reliably worse) keeps the episode open.
      const previous = series[index - 1] as Scored;
      const stays =
        reliablyWorse(open.reference, [score]) ||
        reliablyWorse(open.reference, [previous]) ||
        reliablyWorse(open.reference, [previous, score]);
      if (stays) continue;
      open = undefined;
    }
    const baseline = series.slice(0, Math.min(options.deteriorationBaselineSize, index));
    if (useBaseline && reliablyWorse(baseline, [score])) {
      open = { reason: 'worse-than-baseline', reference: baseline, start: index, raisedBy: index };
      continue;
    }
    if (!usePrevious) continue;
    if (!options.deteriorationConfirmPrevious) {
      const previous = [series[index - 1] as Scored];
      if (reliablyWorse(previous, [score])) {
        open = { reason: 'worse-than-previous', reference: previous, start: index, raisedBy: index };
      }
      continue;
    }
    // Confirmed: the rise (index − 1) and this score both reliably above the score before the
    // rise, which was itself reliably better than the baseline (a relapse after improvement).
    if (index < 2) continue;
    const before = [series[index - 2] as Scored];
    const improved = reliablyWorse(
      before,
      series.slice(0, Math.min(options.deteriorationBaselineSize, index - 2)),
    );
    if (improved && reliablyWorse(before, [series[index - 1] as Scored]) && reliablyWorse(before, [score])) {
      open = { reason: 'worse-than-previous', reference: before, start: index - 1, raisedBy: index };
    }
  }
  return open;
}

function flag(
  clientId: string,
  measureId: string,
  published: ChangeThreshold,
  threshold: Threshold,
  series: readonly Scored[],
  episode: Episode,
): DraftFlag {
  const evidence = (role: FlagEvidence['role'], scored: Scored): FlagEvidence => ({
    role,
    at: scored.submission.submittedAt,
    value: scored.total,
    submissionId: scored.submission.id,
    assignmentId: scored.submission.assignmentId,
    activity: scored.submission.activity,
  });
  const { reference, start } = episode;
  const first = series[start] as Scored;
  const latest = series[series.length - 1] as Scored;
  const before = mean(reference.map((scored) => scored.total));
  // The scores of the episode, the latest 6 (about six weeks of a weekly measure).
  const worse = series.slice(start).slice(-6);
  return {
    id: `deterioration:${clientId}:${measureId}:${(reference[0] as Scored).submission.id}:${first.submission.id}`,
    kind: 'deterioration',
    severity: 'attention',
    reason: episode.reason,
    clientId,
    raisedAt: (series[episode.raisedBy] as Scored).submission.submittedAt,
    activity: latest.submission.activity,
    metrics: {
      before,
      after: latest.total,
      difference: latest.total - before,
      threshold: threshold(reference.length, 1),
      published: published.threshold,
      meaningful: published.basis === 'meaningful-change' ? 1 : 0,
      referenceScores: reference.length,
    },
    evidence: [
      ...reference.map((scored) => evidence('score-before', scored)),
      ...worse.map((scored) => evidence('score-after', scored)),
    ],
  };
}
