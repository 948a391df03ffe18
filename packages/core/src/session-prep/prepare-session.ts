/**
 * The session-prep engine.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { ActivityRef } from '../definitions/common.js';
import { localizedText } from '../definitions/localized-text.js';
import type { CheckInTemplate } from '../definitions/check-in.js';
import type { Assignment } from '../model/assignment.js';
import type { Submission } from '../model/submission.js';
import { InstantStringSchema } from '../model/time.js';
import { parse } from '../parse.js';
import { classifyChange } from '../scoring/classify-change.js';
import type { Score } from '../scoring/score.js';
import { PlanCache, type SlotInstants } from '../schedule/expand.js';
import {
  LATE,
  MISSED,
  Scratch,
  addSegment,
  occurrenceIdAt,
  withSlot,
  type SlottedSubmission,
} from '../schedule/lean.js';
import { caseloadIndexOf, type CaseloadIndex } from '../caseload/caseload-index.js';
import type { Caseload } from '../flags/caseload.js';
import {
  DefinitionIndex,
  ScoreLookup,
  clientTimeZone,
  compareText,
  completedUpTo,
  numericAnswer,
  sortAssignments,
  type ActivityDefinition,
  scoresById,
  type SubmissionScore,
  type TimedSubmission,
  type TrackedItem,
} from '../flags/caseload.js';
import { epochMs, localDateAtMs, shiftDays, shiftDaysMs } from '../flags/time.js';
import { computeFlags } from '../flags/compute-flags.js';
import { namesFrom } from '../flags/describe.js';
import type { Flag, FlagAcknowledgement } from '../flags/flag.js';
import type { FlagOptions } from '../flags/options.js';
import type {
  PrepCompletedItem,
  PrepEvent,
  PrepMissedItem,
  PrepNote,
  PrepScoreChange,
  PrepScorePoint,
  SessionPrep,
  SuggestedOpening,
} from './session-prep.js';

/** Schema for {@link SessionPrepOptions}. */
export const SessionPrepOptionsSchema = z.object({
  /**
   * A check-in value counts as a notable rise or fall when it moved at least this share of the
   * item's scale from the client's previous value. Default 0.2 (2 points on a 0–10 slider). This
   * only picks what the summary mentions; whether a shift deserves attention is the calibrated
   * `mood-shift` flag's call (in `flags`).
   */
  notableChange: z.optional(z.number().check(z.positive(), z.lte(1))),
  /**
   * An exercise and a worse change are suggested together when the exercise was completed at
   * most this many local days before the change. Default 2.
   */
  openingWindowDays: z.optional(z.int().check(z.gte(0), z.lte(31))),
});

/** Tuning of {@link prepareSession}. */
export type SessionPrepOptions = z.input<typeof SessionPrepOptionsSchema>;

/** Defaults of {@link SessionPrepOptions}. */
export const DEFAULT_SESSION_PREP_OPTIONS: Readonly<Required<SessionPrepOptions>> = Object.freeze({
  notableChange: 0.2,
  openingWindowDays: 2,
});

/** The input of {@link prepareSession}. */
export interface SessionPrepInput {
  clientId: string;
  /** Start of the period, usually the last session (inclusive). */
  since: string;
  /** End of the period (inclusive); nothing later is read. */
  now: string;
  /** Assignments (other clients' are ignored). */
  assignments: readonly Assignment[];
  /** Submissions (other clients' are ignored), including ones before `since` for baselines. */
  submissions: readonly Submission[];
  /** Stored scores; measure submissions without one are scored from `definitions`. */
  scores: readonly SubmissionScore[];
  /** Definitions for titles, tracked items, notes and change thresholds. */
  definitions: readonly ActivityDefinition[];
  /** Picks titles, labels and prompts. Default `en`. */
  locale?: string;
  options?: SessionPrepOptions;
  /** The clinic's flag thresholds, as given to `computeFlags` / `client.flags.forCaseload`. */
  flagOptions?: FlagOptions;
  /** Acknowledged flags (so `flags` carry `acknowledgedAt` as in the review queue). */
  acknowledgements?: readonly FlagAcknowledgement[];
}

const EPSILON = 1e-9;

/**
 * Summarises one client's period since the last session, from the data only:
 *
 * - `completed`: completed runs in `[since, now]`, each `on-time`, `late` or `extra`;
 * - `missed`: occurrences of active assignments that expired in the period without a completion;
 * - `scoreChanges`: per measure scored in the period, the last score before `since` (else the
 *   first since) against the latest, with `classifyChange`'s class (reliable, or clinically meaningful
 *   where the instrument publishes only that, as WHO-5 does);
 * - `events`: per tracked check-in item the largest rise and the largest fall from the previous
 *   value (when at least `notableChange` of the scale), and every risk item endorsed or unanswered;
 * - `notes`: the client's own words (check-in `isNote` items, exercise prompts), verbatim;
 * - `flags`: the client's flags at `now` from `computeFlags` with `flagOptions` and
 *   `acknowledgements`, the same the review queue shows, with the names their sentences need;
 * - `openings`: one to three ways to open the session, in this order of preference: an
 *   exercise followed within `openingWindowDays` by the largest worse change ("You completed …
 *   on Wednesday, and distress rose on Thursday — what happened?"), else that change alone; a
 *   reliable (or meaningful) change on a measure; the largest better change; the latest exercise; the most
 *   missed assignment; else an open question.
 *
 * It never interprets: a change is reported as rising or falling and as worse or better only
 * by the item's own `tracked.direction`. Risk answers are listed as events, never turned into
 * an opening: how to raise them is the clinician's call. Deterministic for the same input.
 *
 * @throws {@link ValidationError} when `since` or `now` is malformed, `since` is after `now`, or an option is out of range.
 * @example
 * ```ts
 * const prep = prepareSession({
 *   clientId: 'c-1', since: '2026-03-23T10:00:00+01:00', now: '2026-03-30T09:00:00+02:00',
 *   assignments, submissions, scores, definitions: [moodCheckIn, valuesExercise, phq9], locale: 'en',
 * });
 * renderSessionPrepText(prep, { locale: 'en', timeZone: 'Europe/Berlin' });
 * // '… You completed "Values compass" on Wednesday, and distress rose on Thursday — what happened? …'
 * ```
 */
export function prepareSession(input: SessionPrepInput): SessionPrep {
  const { since, now } = parseRange(input.since, input.now);
  const shared = sharedSetup(
    input.options,
    input.locale,
    new ScoreLookup(scoresById(input.scores), new DefinitionIndex(input.definitions)),
    new PlanCache(),
  );
  const { clientId } = input;
  const assignments = sortAssignments(input.assignments.filter((a) => a.clientId === clientId));
  const history = completedUpTo(
    input.submissions.filter((s) => s.clientId === clientId),
    epochMs(now),
  );
  const flags = computeFlags(
    {
      assignments,
      submissions: history.map(({ submission }) => submission),
      scores: input.scores,
      definitions: input.definitions,
      ...(input.acknowledgements === undefined ? {} : { acknowledgements: input.acknowledgements }),
    },
    now,
    input.flagOptions,
  );
  const measures = history.filter(({ submission }) => submission.activity.kind === 'measure');
  return prepareFor(clientId, since, now, assignments, history, measures, flags, shared);
}

/** What {@link prepareSessions} needs besides the caseload. */
export interface SessionPrepRequest {
  /** End of every period (inclusive); nothing later is read. */
  now: string;
  /** One entry per prep: the client and the start of their period (usually their last session). */
  sessions: readonly { clientId: string; since: string }[];
  /** Picks titles, labels and prompts. Default `en`. */
  locale?: string;
  options?: SessionPrepOptions;
  /** The clinic's flag thresholds, as given to `computeFlags` (acknowledgements come from the caseload). */
  flagOptions?: FlagOptions;
  /**
   * The caseload's flags at `now`, when the caller already has them from `computeFlags` with the
   * same caseload and `flagOptions` (a nightly job computes them once for the review queue and
   * the preps); computed here when absent.
   */
  flags?: readonly Flag[];
}

/**
 * Session prep for many clients at once, from a caseload (or a {@link CaseloadIndex} of it):
 * one {@link SessionPrep} per entry of `request.sessions`, in that order, each exactly what
 * {@link prepareSession} gives for that client with the caseload's assignments, submissions,
 * scores, definitions and acknowledgements. The caseload is grouped once, not once per client,
 * and its flags are computed once (or taken from `request.flags`).
 *
 * @throws {@link ValidationError} when `now`, a `since` or an option is malformed, or a `since` is after `now`.
 * @example
 * ```ts
 * const index = indexCaseload({ assignments, submissions, scores, definitions });
 * const preps = prepareSessions(index, { now, sessions: today.map(({ clientId, lastSessionAt }) => ({ clientId, since: lastSessionAt })) });
 * ```
 */
export function prepareSessions(input: Caseload | CaseloadIndex, request: SessionPrepRequest): SessionPrep[] {
  const index = caseloadIndexOf(input);
  const now = parse(InstantStringSchema, request.now, 'now');
  const nowMs = epochMs(now);
  const shared = sharedSetup(request.options, request.locale, index.scoring, index.plans);
  // The review queue's flags, computed once for the caseload and handed to each client's prep.
  const flagsOf = new Map<string, Flag[]>();
  for (const flag of request.flags ?? computeFlags(index, now, request.flagOptions)) {
    const list = flagsOf.get(flag.clientId);
    if (list === undefined) flagsOf.set(flag.clientId, [flag]);
    else list.push(flag);
  }
  // A clinic's sessions share few start instants: each distinct one is checked once.
  const checkedSince = new Map<string, string>();
  const sinceOf = (since: string): string => {
    let checked = checkedSince.get(since);
    if (checked === undefined) checkedSince.set(since, (checked = parseRange(since, now).since));
    return checked;
  };
  return request.sessions.map(({ clientId, since }) =>
    prepareFor(
      clientId,
      sinceOf(since),
      now,
      index.sortedAssignmentsOf(clientId),
      index.completedOf(clientId, nowMs),
      index.measuresOf(clientId, nowMs),
      flagsOf.get(clientId) ?? [],
      shared,
    ),
  );
}

/** Settings and lookups every prep of one call shares. */
interface Shared {
  options: Required<SessionPrepOptions>;
  locale: string;
  definitions: DefinitionIndex;
  scoring: ScoreLookup;
  /** Slot plans by schedule and the classifier's scratch space, shared by every prep of the call. */
  plans: PlanCache;
  scratch: Scratch;
  /** Each definition's title in `locale`, looked up once per call. */
  titles: Map<ActivityDefinition, string>;
  /** Each check-in template's tracked series, worked out once per call. */
  tracked: TrackedInfo;
}

const RangeSchema = z.object({ since: InstantStringSchema, now: InstantStringSchema }).check(
  // Date.parse, not epochMs: this check also runs when a field failed, and must not throw then.
  z.refine((range) => !(Date.parse(range.since) > Date.parse(range.now)), {
    message: 'must not be after now',
    path: ['since'],
  }),
);

function parseRange(since: string, now: string): { since: string; now: string } {
  return parse(RangeSchema, { since, now }, 'session prep range');
}

function sharedSetup(
  given: SessionPrepOptions | undefined,
  locale: string | undefined,
  scoring: ScoreLookup,
  plans: PlanCache,
): Shared {
  const options = { ...DEFAULT_SESSION_PREP_OPTIONS };
  const parsedOptions = parse(SessionPrepOptionsSchema, given ?? {}, 'session prep options');
  if (parsedOptions.notableChange !== undefined) options.notableChange = parsedOptions.notableChange;
  if (parsedOptions.openingWindowDays !== undefined)
    options.openingWindowDays = parsedOptions.openingWindowDays;
  return {
    options,
    locale: locale ?? 'en',
    definitions: scoring.definitions,
    scoring,
    plans,
    scratch: new Scratch(),
    titles: new Map(),
    tracked: new TrackedInfo(scoring.definitions, locale ?? 'en'),
  };
}

/** One client's prep, from their sorted assignments and their completed history up to `now`. */
function prepareFor(
  clientId: string,
  since: string,
  now: string,
  assignments: readonly Assignment[],
  history: readonly TimedSubmission[],
  /** The measure submissions of `history`, in its order (only they have scores). */
  measures: readonly TimedSubmission[],
  clientFlags: readonly Flag[],
  { options, locale, definitions, scoring, plans, scratch, titles, tracked: trackedInfo }: Shared,
): SessionPrep {
  const sinceMs = epochMs(since);
  const timeZone = clientTimeZone(assignments, history);
  // The history is sorted by time: the period is its tail.
  const periodStart = firstAtOrAfter(history, sinceMs);
  const inPeriod = history.slice(periodStart);
  const titleOf = (ref: ActivityRef): string => {
    const definition = definitions.find(ref);
    if (definition === undefined) return ref.id;
    let title = titles.get(definition);
    if (title === undefined) titles.set(definition, (title = localizedText(definition.title, locale)));
    return title;
  };

  // Done and missed, from the occurrences due in the period (classified without building them).
  const timing = new Map<string, 'on-time' | 'late'>();
  const missed: PrepMissedItem[] = [];
  const nearbyFrom = shiftDaysMs(sinceMs, -2, timeZone);
  const nearby = history.slice(firstAtOrAfter(history, nearbyFrom)).map(withSlot);
  const range = { fromMs: sinceMs, toMs: epochMs(now), nowMs: epochMs(now) };
  for (const assignment of assignments) {
    if (assignment.status === 'cancelled') continue;
    const own = nearby.filter(({ submission }) => submission.assignmentId === assignment.id);
    scratch.length = 0;
    const segment = addSegment(scratch, assignment, plans.of(assignment), range, own);
    for (let at = segment.start; at < segment.end; at += 1) {
      const j = scratch.matched[at] as number;
      const status = scratch.status[at];
      if (j >= 0) {
        timing.set((own[j] as SlottedSubmission).submission.id, status === LATE ? 'late' : 'on-time');
      } else if (status === MISSED && assignment.status === 'active') {
        missed.push({
          occurrenceId: occurrenceIdAt(scratch, segment, at),
          assignmentId: assignment.id,
          activity: assignment.activity,
          title: titleOf(assignment.activity),
          at: (scratch.instants[at] as SlotInstants).due.text,
          // From the epoch ms already at hand, not parsed again.
          localDate: localDateAtMs(
            (scratch.instants[at] as SlotInstants).due.ms,
            assignment.schedule.timeZone,
          ),
        });
      }
    }
  }
  missed.sort((a, b) => epochMs(a.at) - epochMs(b.at) || compareText(a.occurrenceId, b.occurrenceId));
  const completed: PrepCompletedItem[] = inPeriod.map((timed) => ({
    submissionId: timed.submission.id,
    assignmentId: timed.submission.assignmentId,
    activity: timed.submission.activity,
    title: titleOf(timed.submission.activity),
    timing: timing.get(timed.submission.id) ?? 'extra',
    at: timed.submission.submittedAt,
    localDate: submittedLocalDate(timed),
  }));

  // Score changes, per measure: the last score before the period, then those in it (the
  // history is sorted, so only one earlier score per measure is ever needed).
  type Scored = { timed: TimedSubmission; score: Score };
  const lastScoredBefore = new Map<string, Scored>();
  const scoredInPeriod = new Map<string, Scored[]>();
  for (const timed of measures) {
    const score = scoring.of(timed);
    if (score === undefined) continue;
    const measureId = timed.submission.activity.id;
    if (timed.at < sinceMs) {
      lastScoredBefore.set(measureId, { timed, score });
      continue;
    }
    const list = scoredInPeriod.get(measureId);
    if (list === undefined) scoredInPeriod.set(measureId, [{ timed, score }]);
    else list.push({ timed, score });
  }
  const pointOf = ({ timed, score }: Scored) => ({
    timed,
    point: {
      submissionId: timed.submission.id,
      total: score.total,
      band: score.band,
      at: timed.submission.submittedAt,
      localDate: submittedLocalDate(timed),
    } satisfies PrepScorePoint,
  });
  const byMeasure = new Map<string, { timed: TimedSubmission; point: PrepScorePoint }[]>();
  for (const [measureId, inPeriodScores] of scoredInPeriod) {
    const earlier = lastScoredBefore.get(measureId);
    byMeasure.set(measureId, [...(earlier === undefined ? [] : [earlier]), ...inPeriodScores].map(pointOf));
  }
  const scoreChanges: PrepScoreChange[] = [];
  for (const measureId of [...byMeasure.keys()].sort(compareText)) {
    const list = byMeasure.get(measureId) ?? [];
    const firstInPeriod = list.findIndex(({ timed }) => timed.at >= sinceMs);
    const latest = list[list.length - 1];
    if (firstInPeriod < 0 || latest === undefined) continue;
    const reference = list[firstInPeriod > 0 ? firstInPeriod - 1 : firstInPeriod];
    const before = reference === undefined || reference === latest ? null : reference;
    const definition = definitions.measure(latest.timed.submission.activity);
    let classified: ReturnType<typeof classifyChange> | undefined;
    if (before !== null && definition !== undefined) {
      try {
        classified = classifyChange(definition, before.point.total, latest.point.total);
      } catch {
        classified = undefined; // totals outside this version's range: not comparable
      }
    }
    scoreChanges.push({
      measure: latest.timed.submission.activity,
      title: titleOf(latest.timed.submission.activity),
      before: before?.point ?? null,
      after: latest.point,
      change: classified?.known ? classified.change : null,
      // Only worth carrying beside a reliable change (PCL-5); on WHO-5 it would repeat `change`.
      meaningfulChange: classified?.basis === 'reliable-change' ? classified.meaningfulChange : null,
      difference:
        before !== null && before.point.total !== null && latest.point.total !== null
          ? latest.point.total - before.point.total
          : null,
      recovered: classified?.recoveryKnown ? classified.recovered : null,
    });
  }

  // Events: the largest rise and fall per tracked item, and risk answers.
  const events: PrepEvent[] = [];
  const { series, seriesInfo } = trackedSeries(history, periodStart, definitions, trackedInfo);
  for (const key of [...series.keys()].sort(compareText)) {
    const points = series.get(key) ?? [];
    const info = seriesInfo.get(key);
    if (info === undefined) continue;
    const needed = options.notableChange * info.span - EPSILON;
    let rise: { index: number; delta: number } | undefined;
    let fall: { index: number; delta: number } | undefined;
    points.forEach((point, index) => {
      const previous = points[index - 1];
      if (previous === undefined || point.timed.at < sinceMs) return;
      const delta = point.value - previous.value;
      if (Math.abs(delta) < needed || delta === 0) return;
      if (delta > 0 && (rise === undefined || delta > rise.delta)) rise = { index, delta };
      if (delta < 0 && (fall === undefined || delta < fall.delta)) fall = { index, delta };
    });
    for (const found of [rise, fall]) {
      if (found === undefined) continue;
      const point = points[found.index] as { timed: TimedSubmission; value: number };
      const previous = points[found.index - 1] as { value: number };
      const direction = found.delta > 0 ? 'rose' : 'fell';
      events.push({
        kind: 'check-in-change',
        direction,
        worse: info.higherIsWorse === (direction === 'rose'),
        itemId: info.itemId,
        label: info.label,
        from: previous.value,
        to: point.value,
        submissionId: point.timed.submission.id,
        activity: point.timed.submission.activity,
        at: point.timed.submission.submittedAt,
        localDate: submittedLocalDate(point.timed),
      });
    }
  }
  for (const timed of measures) {
    if (timed.at < sinceMs) continue;
    const score = scoring.of(timed);
    if (score === undefined) continue;
    const items = definitions.measure(timed.submission.activity)?.items ?? [];
    const risk = (itemId: string, endorsed: boolean): PrepEvent => {
      const value = timed.submission.answers[itemId];
      const index = items.findIndex((item) => item.id === itemId);
      const item = items[index];
      return {
        kind: 'risk-answer',
        endorsed,
        itemId,
        // The clinician reads "item 9 (thoughts that you would be better off dead…)", not an id.
        ...(item === undefined ? {} : { itemNumber: index + 1, itemText: localizedText(item.text, locale) }),
        value: typeof value === 'number' ? value : null,
        title: titleOf(timed.submission.activity),
        submissionId: timed.submission.id,
        activity: timed.submission.activity,
        at: timed.submission.submittedAt,
        localDate: submittedLocalDate(timed),
      };
    };
    for (const itemId of score.riskItemIds) events.push(risk(itemId, true));
    for (const itemId of score.unansweredRiskItemIds) events.push(risk(itemId, false));
  }
  events.sort(
    (a, b) =>
      epochMs(a.at) - epochMs(b.at) ||
      compareText(a.submissionId, b.submissionId) ||
      compareText(a.itemId, b.itemId),
  );

  const notes = collectNotes(inPeriod, definitions, locale, titleOf);
  const flags = clientFlags.map((flag) => ({ flag, names: namesFrom(flag, definitions, locale) }));
  const openings = suggestOpenings(
    completed,
    missed,
    scoreChanges,
    events,
    options.openingWindowDays,
    timeZone,
  );
  return {
    clientId,
    since,
    now,
    timeZone,
    locale,
    completed,
    missed,
    scoreChanges,
    events,
    notes,
    openings,
    flags,
  };
}

/** The local date of a submission, from its instant parsed once by the index. */
interface SeriesPoint {
  timed: TimedSubmission;
  value: number;
}

/** What an event names about a tracked series. */
interface SeriesInfo {
  itemId: string;
  label: string;
  higherIsWorse: boolean;
  span: number;
}

/** A check-in template's tracked items with their series keys and what events say about them, per call. */
class TrackedInfo {
  readonly #templates = new Map<
    CheckInTemplate,
    { tracked: readonly TrackedItem[]; keys: readonly string[]; infos: SeriesInfo[]; oneVersion: boolean }
  >();

  constructor(
    readonly definitions: DefinitionIndex,
    readonly locale: string,
  ) {}

  of(template: CheckInTemplate) {
    let found = this.#templates.get(template);
    if (found === undefined) {
      const { items: tracked, keys } = this.definitions.trackedSeries(template);
      found = {
        tracked,
        keys,
        infos: tracked.map(({ item, tracked: info, min, max }) => ({
          itemId: item.id,
          label: localizedText(info.label, this.locale),
          higherIsWorse: info.direction === 'higher-is-worse',
          span: max - min,
        })),
        oneVersion: this.definitions.hasOneVersion(template),
      };
      this.#templates.set(template, found);
    }
    return found;
  }
}

/**
 * The tracked check-in values of the period by series, each list led by the series' last value
 * before the period (only it is ever compared with one in it), and each series' info from the
 * client's oldest value in it. The period is walked forward, then the history back from its start
 * only until every series has its earlier value: where a template has one version, every value of
 * a series names the same item, so the oldest needs no search; otherwise the walk goes to the start.
 */
function trackedSeries(
  history: readonly TimedSubmission[],
  /** Where the period starts in the (sorted) history. */
  periodStart: number,
  definitions: DefinitionIndex,
  templates: TrackedInfo,
): { series: Map<string, SeriesPoint[]>; seriesInfo: Map<string, SeriesInfo> } {
  const series = new Map<string, SeriesPoint[]>();
  const seriesInfo = new Map<string, SeriesInfo>();
  let oneVersion = true;
  for (let index = periodStart; index < history.length; index += 1) {
    const timed = history[index] as TimedSubmission;
    const template = definitions.checkIn(timed.submission.activity);
    if (template === undefined) continue;
    const { tracked, keys, infos, oneVersion: single } = templates.of(template);
    for (let position = 0; position < tracked.length; position += 1) {
      const { item, min, max } = tracked[position] as TrackedItem;
      const value = numericAnswer(timed.submission, item.id, min, max);
      if (value === undefined) continue;
      const key = keys[position] as string;
      let list = series.get(key);
      if (list === undefined) {
        series.set(key, (list = []));
        seriesInfo.set(key, infos[position] as SeriesInfo);
        oneVersion &&= single;
      }
      list.push({ timed, value });
    }
  }
  const earlier = new Map<string, SeriesPoint>();
  for (let index = periodStart - 1; index >= 0; index -= 1) {
    if (oneVersion && earlier.size === series.size) break;
    const timed = history[index] as TimedSubmission;
    const template = definitions.checkIn(timed.submission.activity);
    if (template === undefined) continue;
    const { tracked, keys, infos } = templates.of(template);
    for (let position = 0; position < tracked.length; position += 1) {
      const key = keys[position] as string;
      if (!series.has(key)) continue;
      const { item, min, max } = tracked[position] as TrackedItem;
      const value = numericAnswer(timed.submission, item.id, min, max);
      if (value === undefined) continue;
      seriesInfo.set(key, infos[position] as SeriesInfo); // walking back: the oldest is set last
      if (!earlier.has(key)) earlier.set(key, { timed, value });
    }
  }
  for (const [key, point] of earlier) (series.get(key) as SeriesPoint[]).unshift(point);
  return { series, seriesInfo };
}

/** The number of leading entries submitted before `ms` (the history is sorted by time). */
function firstAtOrAfter(history: readonly TimedSubmission[], ms: number): number {
  let low = 0;
  let high = history.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((history[middle] as TimedSubmission).at < ms) low = middle + 1;
    else high = middle;
  }
  return low;
}

function submittedLocalDate({ submission, at }: TimedSubmission): string {
  return localDateAtMs(at, submission.timeZone);
}

function collectNotes(
  inPeriod: readonly TimedSubmission[],
  definitions: DefinitionIndex,
  locale: string,
  titleOf: (ref: ActivityRef) => string,
): PrepNote[] {
  const notes: PrepNote[] = [];
  for (const timed of inPeriod) {
    const { submission } = timed;
    const prompts: { id: string; prompt: string }[] = [];
    const template = definitions.checkIn(submission.activity);
    for (const item of template?.items ?? []) {
      if (item.kind === 'short-text' && item.isNote)
        prompts.push({ id: item.id, prompt: localizedText(item.prompt, locale) });
    }
    const exercise = definitions.exercise(submission.activity);
    for (const step of exercise?.steps ?? []) {
      if (step.kind === 'prompt' || (step.kind === 'reflection' && step.prompt !== undefined)) {
        prompts.push({
          id: step.id,
          prompt: localizedText(step.prompt as NonNullable<typeof step.prompt>, locale),
        });
      }
    }
    for (const { id, prompt } of prompts) {
      const answer = submission.answers[id];
      if (typeof answer !== 'string' || answer.trim() === '') continue;
      notes.push({
        submissionId: submission.id,
        activity: submission.activity,
        title: titleOf(submission.activity),
        itemId: id,
        prompt,
        text: answer,
        at: timed.submission.submittedAt,
        localDate: submittedLocalDate(timed),
      });
    }
  }
  return notes;
}

function suggestOpenings(
  completed: readonly PrepCompletedItem[],
  missed: readonly PrepMissedItem[],
  scoreChanges: readonly PrepScoreChange[],
  events: readonly PrepEvent[],
  windowDays: number,
  timeZone: string,
): SuggestedOpening[] {
  const openings: SuggestedOpening[] = [];
  const changes = events.filter((event) => event.kind === 'check-in-change');
  // Largest move first; ties go to the earlier one, so the choice is stable.
  const largest = (worse: boolean) =>
    changes
      .filter((event) => event.worse === worse)
      .sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from) || epochMs(a.at) - epochMs(b.at))[0];
  const exercises = completed.filter((item) => item.activity.kind === 'exercise');
  const used = new Set<string>();
  const changeOf = (event: Extract<PrepEvent, { kind: 'check-in-change' }>) => ({
    label: event.label,
    itemId: event.itemId,
    direction: event.direction,
    worse: event.worse,
    at: event.at,
    localDate: event.localDate,
  });

  const worst = largest(true);
  if (worst !== undefined) {
    const changeMs = epochMs(worst.at);
    const windowStart = shiftDays(worst.at, -windowDays, timeZone).ms;
    const before = exercises.filter(({ at }) => epochMs(at) <= changeMs && epochMs(at) >= windowStart).pop();
    if (before !== undefined) {
      used.add(before.submissionId);
      openings.push({
        kind: 'exercise-then-change',
        exercise: {
          title: before.title,
          submissionId: before.submissionId,
          at: before.at,
          localDate: before.localDate,
        },
        change: changeOf(worst),
      });
    } else {
      openings.push({ kind: 'change', ...changeOf(worst) });
    }
  }
  // A reliable (or, without an RCI, clinically meaningful) change on a measure, first by measure id;
  // classification implies both totals exist.
  for (const { title, before, after, change } of scoreChanges) {
    if (
      change === null ||
      change === 'no-reliable-change' ||
      change === 'no-meaningful-change' ||
      before?.total == null ||
      after.total === null
    )
      continue;
    openings.push({
      kind: 'score-change',
      title,
      from: before.total,
      to: after.total,
      change,
      at: after.at,
      localDate: after.localDate,
    });
    break;
  }
  const best = largest(false);
  if (best !== undefined) openings.push({ kind: 'change', ...changeOf(best) });
  const exercise = exercises.filter((item) => !used.has(item.submissionId)).pop();
  if (exercise !== undefined) {
    openings.push({
      kind: 'exercise',
      title: exercise.title,
      submissionId: exercise.submissionId,
      at: exercise.at,
      localDate: exercise.localDate,
    });
  }
  const missedBy = new Map<string, { title: string; count: number }>();
  for (const item of missed) {
    const entry = missedBy.get(item.assignmentId) ?? { title: item.title, count: 0 };
    entry.count += 1;
    missedBy.set(item.assignmentId, entry);
  }
  const most = [...missedBy.entries()].sort(([a, x], [b, y]) => y.count - x.count || compareText(a, b))[0];
  if (most !== undefined) openings.push({ kind: 'missed', title: most[1].title, count: most[1].count });
  if (openings.length === 0) openings.push({ kind: 'general' });
  return openings.slice(0, 3);
}
