/**
 * What the flag engine (and session prep) read: a caseload's assignments, submissions, scores
 * and the definitions they refer to, plus the small lookups both engines share.
 *
 * @module
 */
import type { ActivityDefinition } from '../definitions/activity.js';
import type { ActivityRef } from '../definitions/common.js';
import type { CheckInItem, CheckInTemplate, Tracked } from '../definitions/check-in.js';
import type { ExerciseDefinition } from '../definitions/exercise.js';
import type { MeasureDefinition } from '../definitions/measure.js';
import type { Assignment } from '../model/assignment.js';
import type { Submission } from '../model/submission.js';
import { scoreMeasure, type MeasureAnswer } from '../scoring/score-measure.js';
import type { Score } from '../scoring/score.js';
import { epochMs } from './time.js';
import type { FlagAcknowledgement } from './flag.js';

export type { ActivityDefinition } from '../definitions/activity.js';

/** A stored score and the submission it scores (a {@link Score} itself names no submission). */
export interface SubmissionScore {
  submissionId: string;
  score: Score;
}

/**
 * One score per submission id, the first should one appear twice. Filled from the end, so each
 * score costs one write (a later duplicate is overwritten by the earlier one) instead of a
 * look-up and a write.
 *
 * @internal
 */
export function scoresById(list: readonly SubmissionScore[]): Map<string, Score> {
  const scores = new Map<string, Score>();
  for (let index = list.length - 1; index >= 0; index -= 1) {
    const { submissionId, score } = list[index] as SubmissionScore;
    scores.set(submissionId, score);
  }
  return scores;
}

/** The input of {@link computeFlags}: everything known about a caseload. */
export interface Caseload {
  /** Every assignment of every client (any status; only `active` ones create expectations). */
  assignments: readonly Assignment[];
  /** Every submission (completed and abandoned); those submitted after `now` are ignored. */
  submissions: readonly Submission[];
  /**
   * Scores of measure submissions. A measure submission without one is scored here from its
   * answers when its definition is in `definitions`; with neither, its risk items cannot be read.
   */
  scores: readonly SubmissionScore[];
  /**
   * Definitions by ref: measures (for reliable change and scoring), check-in templates (for
   * tracked items), exercises (for titles and prompts). A ref's exact version is used when
   * present, otherwise the highest version with the same id.
   */
  definitions?: readonly ActivityDefinition[];
  /** Acknowledgements by flag id; those made after `now` are ignored. */
  acknowledgements?: readonly FlagAcknowledgement[];
}

/**
 * A completed submission with its instant, in the order every engine walks them.
 *
 * @internal
 */
export interface TimedSubmission {
  submission: Submission;
  at: number;
  /** Its score, once {@link ScoreLookup} looked it up (`null`: none). */
  score?: Score | null | undefined;
}

/**
 * Finds definitions by ref: the exact version, else the highest version of the same kind and id.
 *
 * @internal
 */
export class DefinitionIndex {
  // kind → id → versions and the highest one; nested maps so lookups build no strings.
  readonly #byKind = new Map<
    string,
    Map<string, { versions: Map<string, ActivityDefinition>; latest: ActivityDefinition }>
  >();
  readonly #tracked = new Map<CheckInTemplate, { items: TrackedItem[]; keys: string[] }>();

  constructor(definitions: readonly ActivityDefinition[] = []) {
    for (const definition of definitions) {
      let ids = this.#byKind.get(definition.kind);
      if (ids === undefined) this.#byKind.set(definition.kind, (ids = new Map()));
      const entry = ids.get(definition.id);
      if (entry === undefined) {
        ids.set(definition.id, { versions: new Map([[definition.version, definition]]), latest: definition });
        continue;
      }
      entry.versions.set(definition.version, definition);
      if (compareVersions(definition.version, entry.latest.version) > 0) entry.latest = definition;
    }
  }

  /** The definition a ref points at, or `undefined`. */
  find(ref: ActivityRef): ActivityDefinition | undefined {
    const entry = this.#byKind.get(ref.kind)?.get(ref.id);
    return entry === undefined ? undefined : (entry.versions.get(ref.version) ?? entry.latest);
  }

  measure(ref: ActivityRef): MeasureDefinition | undefined {
    const found = this.find(ref);
    return found?.kind === 'measure' ? found : undefined;
  }

  checkIn(ref: ActivityRef): CheckInTemplate | undefined {
    const found = this.find(ref);
    return found?.kind === 'check-in' ? found : undefined;
  }

  exercise(ref: ActivityRef): ExerciseDefinition | undefined {
    const found = this.find(ref);
    return found?.kind === 'exercise' ? found : undefined;
  }

  /** Whether no other version of this definition is known (every ref to its id finds it). */
  hasOneVersion(definition: ActivityDefinition): boolean {
    return this.#byKind.get(definition.kind)?.get(definition.id)?.versions.size === 1;
  }

  /** {@link trackedItems} of a template, worked out once per run. */
  tracked(template: CheckInTemplate): readonly TrackedItem[] {
    return this.trackedSeries(template).items;
  }

  /**
   * {@link trackedItems} of a template and, in the same order, the key of each one's series: a
   * series is one template id and item, whatever the version.
   */
  trackedSeries(template: CheckInTemplate): { items: readonly TrackedItem[]; keys: readonly string[] } {
    let found = this.#tracked.get(template);
    if (found === undefined) {
      const items = trackedItems(template);
      found = { items, keys: items.map(({ item }) => `${template.id}\u0000${item.id}`) };
      this.#tracked.set(template, found);
    }
    return found;
  }
}

/** `1.10.0` after `1.9.0`. */
function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < 3; index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * Completed submissions submitted at or before `nowMs`, oldest first (ties by id), a repeated
 * submission (same id and time) once,
 * so the result does not depend on input order.
 *
 * @internal
 */
export function completedUpTo(submissions: readonly Submission[], nowMs: number): TimedSubmission[] {
  const timed: TimedSubmission[] = [];
  for (const submission of submissions) {
    if (submission.status !== 'completed') continue;
    const at = epochMs(submission.submittedAt);
    if (at <= nowMs) timed.push({ submission, at, score: undefined });
  }
  timed.sort(byTime);
  // Sync may deliver a submission twice; it is one run (same id and time, so adjacent once sorted).
  return timed.filter(
    (entry, index) =>
      index === 0 || (timed[index - 1] as TimedSubmission).submission.id !== entry.submission.id,
  );
}

/** @internal */
export function byTime(a: TimedSubmission, b: TimedSubmission): number {
  return a.at - b.at || compareText(a.submission.id, b.submission.id);
}

/** @internal */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The score of a measure submission: the stored one, else one computed from its answers with
 * the definition, else `undefined` (answers that do not fit the definition are not guessed at).
 *
 * @internal
 */
export function scoreFor(
  submission: Submission,
  stored: ReadonlyMap<string, Score>,
  definitions: DefinitionIndex,
): Score | undefined {
  if (submission.activity.kind !== 'measure') return undefined;
  const found = stored.get(submission.id);
  if (found !== undefined) return found;
  const definition = definitions.measure(submission.activity);
  if (definition === undefined) return undefined;
  const answers: Record<string, MeasureAnswer> = {};
  const known = new Set(
    [...definition.items, ...(definition.supplementaryItems ?? [])].map((item) => item.id),
  );
  for (const [id, value] of Object.entries(submission.answers)) {
    if (!known.has(id)) continue;
    if (typeof value === 'number') answers[id] = value;
    else if (value === null) answers[id] = null;
    else return undefined;
  }
  try {
    return scoreMeasure(definition, answers);
  } catch {
    return undefined;
  }
}

/**
 * {@link scoreFor} once per submission and run: risk, deterioration and session prep all read
 * the same measure submissions, and scoring one from its answers is the costly part. The score
 * is remembered on the entry (an entry belongs to one index or call, so to one lookup): even a
 * lookup by id in the map of every score costs more than the rest of reading one.
 *
 * @internal
 */
export class ScoreLookup {
  constructor(
    readonly stored: ReadonlyMap<string, Score>,
    readonly definitions: DefinitionIndex,
  ) {}

  of(timed: TimedSubmission): Score | undefined {
    if (timed.score === undefined)
      timed.score = scoreFor(timed.submission, this.stored, this.definitions) ?? null;
    return timed.score ?? undefined;
  }
}

/**
 * A tracked numeric check-in item with the span of its scale.
 *
 * @internal
 */
export interface TrackedItem {
  item: CheckInItem;
  tracked: Tracked;
  min: number;
  max: number;
}

/** @internal */
export function trackedItems(template: CheckInTemplate): TrackedItem[] {
  const found: TrackedItem[] = [];
  for (const item of template.items) {
    if (item.kind === 'slider' && item.tracked) {
      found.push({ item, tracked: item.tracked, min: item.min, max: item.max });
    } else if (item.kind === 'mood' && item.tracked) {
      found.push({ item, tracked: item.tracked, min: 1, max: item.points });
    }
  }
  return found;
}

/**
 * A finite number answer within `[min, max]`, else `undefined`.
 *
 * @internal
 */
export function numericAnswer(submission: Submission, itemId: string, min: number, max: number) {
  const value = submission.answers[itemId];
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
    ? value
    : undefined;
}

/**
 * The zone a client lives in: their latest submission's, else their earliest assignment's
 * schedule zone, else UTC.
 *
 * @internal
 */
export function clientTimeZone(
  assignments: readonly Assignment[],
  submissions: readonly TimedSubmission[],
): string {
  return (
    submissions[submissions.length - 1]?.submission.timeZone ?? assignments[0]?.schedule.timeZone ?? 'UTC'
  );
}

/**
 * Assignments oldest first (ties by id).
 *
 * @internal
 */
export function sortAssignments(assignments: readonly Assignment[]): Assignment[] {
  return [...assignments].sort(
    (a, b) => epochMs(a.createdAt) - epochMs(b.createdAt) || compareText(a.id, b.id),
  );
}
