/**
 * Clinic aggregates: engagement and outcome per clinician, per cohort and for the whole
 * clinic, for the clinic director's monthly review.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { MeasureDefinition, MeasureDirection } from '../definitions/measure.js';
import { ValidationError, type ValidationIssue } from '../errors.js';
import { clientAdherence, type AdherenceSubmission } from '../adherence/adherence.js';
import type { Assignment } from '../model/assignment.js';
import type { Submission } from '../model/submission.js';
import { parse } from '../parse.js';
import { classifyChange, type ChangeClassification } from '../scoring/classify-change.js';
import type { Score } from '../scoring/score.js';
import { expandOccurrences, OccurrenceRangeSchema } from '../schedule/expand.js';
import { epochMs } from '../schedule/zoned.js';
import { median, spearmanCorrelation, type RankCorrelation } from './statistics.js';

/** Groups with fewer clients than this are suppressed unless the caller sets `minGroupSize`. */
export const DEFAULT_MIN_GROUP_SIZE = 5;

/** A client of the clinic, their clinician and, optionally, a cohort (e.g. a pilot group). */
export interface ClinicClient {
  clientId: string;
  clinicianId: string;
  cohort?: string;
}

/** A stored score and the submission it scores (a {@link Score} names no client or time). */
export interface ClinicScore {
  submissionId: string;
  score: Pick<Score, 'measure' | 'total'>;
}

/** What clinic aggregates read from a submission: what adherence reads, plus the client. */
export type ClinicSubmission = AdherenceSubmission & Pick<Submission, 'clientId'>;

/** Everything the aggregates are computed from. */
export interface ClinicData {
  /** The clients to aggregate; assignments and submissions of anyone else are ignored. */
  clients: readonly ClinicClient[];
  assignments: readonly Assignment[];
  submissions: readonly ClinicSubmission[];
  /** Scores of measure submissions; each is placed in time and attributed by its submission. */
  scores: readonly ClinicScore[];
  /** Measure definitions; a score uses its exact version, else the highest version with its id. */
  measures: readonly MeasureDefinition[];
}

/** The range and settings of {@link clinicAggregates}. */
export interface ClinicAggregateOptions {
  /** Start of the range (inclusive), an ISO date-time with offset. */
  from: string;
  /** End of the range (exclusive). */
  to: string;
  /** The moment the report describes; nothing after it is counted. */
  now: string;
  /** Only this measure. Default: every measure with scores in the range. */
  measureId?: string;
  /** Groups with fewer clients are reported as suppressed. Default {@link DEFAULT_MIN_GROUP_SIZE}. */
  minGroupSize?: number;
}

/** A count out of a denominator; `share` is `null` when the denominator is 0. */
export interface Share {
  count: number;
  of: number;
  share: number | null;
}

/** Completion over a group, from the adherence engine's counts of each client, pooled. */
export interface CompletionAggregate {
  /** Occurrences due in the range by `now`. */
  assigned: number;
  /** Done on time or late. */
  completed: number;
  missed: number;
  pending: number;
  /** `completed ÷ (completed + missed)` as adherence defines it, pooled over clients; `null` when nothing is decided. */
  completionRate: number | null;
}

/** Outcome change on one measure within a group. */
export interface MeasureAggregate {
  measureId: string;
  /** Which way is better on this measure (WHO-5: higher is better). */
  direction: MeasureDirection;
  /** Clients with at least one scorable total in the range. */
  clientsScored: number;
  /** Clients with at least two: those a change is measured for (first vs last in the range). */
  clientsWithChange: number;
  /** Median of `last − first` on the raw total (the scale's own direction). `null` when no client has two. */
  medianChange: number | null;
  /** Median change signed so that positive is better, whatever the scale's direction. */
  medianImprovement: number | null;
  /** Reliable improvement, out of clients whose change could be classified (the measure has a reliable-change threshold). */
  reliableImprovement: Share;
  /** Reliable deterioration, out of the same clients. */
  reliableDeterioration: Share;
  /**
   * Clinically meaningful improvement, out of clients whose change could be classified against a
   * meaningful-change threshold (WHO-5, PCL-5); never mixed into the reliable shares.
   */
  meaningfulImprovement: Share;
  /** Clinically meaningful deterioration, out of the same clients. */
  meaningfulDeterioration: Share;
  /** Recovered (a case at the first score, not at the last), out of clients who were a case at the first. */
  recovered: Share;
  /**
   * Spearman's ρ between each client's completion rate and their improvement (positive:
   * more completion goes with more improvement), with `n`; `null` with a reason when there are
   * fewer than 3 clients with both, or no variation. Association, not cause.
   */
  completionVsImprovement: RankCorrelation;
}

/** Which grouping a group belongs to. */
export type ClinicGroupKind = 'overall' | 'clinician' | 'cohort';

/** The figures of one group of clients. */
export interface GroupAggregate {
  kind: ClinicGroupKind;
  /** The clinician id, the cohort name, or `'overall'`. */
  key: string;
  suppressed: false;
  /** Clients in the group. */
  clientCount: number;
  /** Clients with an `active` assignment that has an occurrence due in the range. */
  activeClients: number;
  completion: CompletionAggregate;
  /** One entry per measure, sorted by id. */
  measures: MeasureAggregate[];
}

/** A group too small to show: only its size is reported. */
export interface SuppressedGroup {
  kind: ClinicGroupKind;
  key: string;
  suppressed: true;
  clientCount: number;
}

/** A group's figures, or the note that it was suppressed. */
export type ClinicGroup = GroupAggregate | SuppressedGroup;

/** The result of {@link clinicAggregates}. */
export interface ClinicAggregates {
  from: string;
  to: string;
  now: string;
  measureId: string | null;
  minGroupSize: number;
  /** The whole clinic (suppressed too when it has fewer than `minGroupSize` clients). */
  overall: ClinicGroup;
  /** Per clinician, sorted by clinician id. */
  clinicians: ClinicGroup[];
  /** Per cohort, sorted by name; clients without a cohort are in none. */
  cohorts: ClinicGroup[];
  /** Ids of measures that had scores but no definition; their scores were left out. */
  unknownMeasureIds: string[];
}

/** One client's change on one measure, first vs last score in the range. */
interface ClientChange {
  definition: MeasureDefinition;
  difference: number;
  improvement: number;
  classification: ChangeClassification;
}

/** Everything about one client that the groups are built from. */
interface ClientRow {
  client: ClinicClient;
  active: boolean;
  completion: Omit<CompletionAggregate, 'completionRate'>;
  completionRate: number | null;
  /** Measure id → clients with a scorable total / with a change. */
  scoredMeasures: Map<string, MeasureDefinition>;
  changes: Map<string, ClientChange>;
}

const MinGroupSizeSchema = z.int().check(z.gte(1), z.lte(1_000_000));

/**
 * Engagement and outcome per clinician, per cohort and for the whole clinic over `[from, to)`
 * as of `now`. Pure and deterministic; the inputs are not changed.
 *
 * - **Active clients**: clients with an assignment whose status is `active` and that has an
 *   occurrence due in the range.
 * - **Completion**: each client's counts from the adherence engine (`clientAdherence`), pooled:
 *   `completed ÷ (completed + missed)`, so clients with more due work weigh more.
 * - **Outcome change** per measure: for each client with at least two scorable totals of it in
 *   the range (completed submissions submitted in the range by `now`), the first against the
 *   last, classified by `classifyChange` with the later score's definition. The median change
 *   is given both raw and as "improvement" (sign flipped for higher-is-worse measures such
 *   as PHQ-9, kept for higher-is-better ones such as WHO-5), so a positive improvement
 *   always means the client got better.
 * - **Completion vs outcome**: Spearman's ρ between client completion rate and improvement.
 *
 * **Small groups are suppressed.** A group with fewer than `minGroupSize` clients (default
 * 5) is reported only as `{ suppressed: true, clientCount }`: with a handful of clients, a
 * median change, a share "recovered" or a completion rate points at an identifiable person,
 * and a director's dashboard is not a clinical record. Suppression is per group; it does not
 * stop differencing (the overall figures minus the other clinicians' can reveal a suppressed
 * clinician's), so keep exports of these figures inside the clinic. Measure figures within a
 * shown group are not suppressed further; their `clientsWithChange` says how thin they are.
 *
 * @throws {@link ValidationError} when the range, `now` or `minGroupSize` is malformed, a
 *   client id is listed twice, or a score total lies outside its measure's range.
 * @example
 * ```ts
 * const report = clinicAggregates(
 *   { clients, assignments, submissions, scores, measures: listMeasures() },
 *   { from: '2026-01-01T00:00:00+01:00', to: '2026-04-01T00:00:00+02:00', now: '2026-04-01T00:00:00+02:00' },
 * );
 * for (const group of report.clinicians) {
 *   if (group.suppressed) console.log(`${group.key}: fewer than ${report.minGroupSize} clients`);
 *   else console.log(group.key, group.completion.completionRate, group.measures[0]?.medianImprovement);
 * }
 * ```
 */
export function clinicAggregates(data: ClinicData, options: ClinicAggregateOptions): ClinicAggregates {
  const { from, to } = parse(
    OccurrenceRangeSchema,
    { from: options.from, to: options.to },
    'aggregate range',
  );
  const now = parse(OccurrenceRangeSchema.shape.from, options.now, 'now');
  const minGroupSize = parse(
    MinGroupSizeSchema,
    options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE,
    'minGroupSize',
  );
  checkUniqueClients(data.clients);

  const fromMs = epochMs(from);
  const toMs = epochMs(to);
  const nowMs = epochMs(now);
  const measures = new MeasureIndex(data.measures);
  const unknownMeasureIds = new Set<string>();

  const assignmentsByClient = groupBy(data.assignments, (assignment) => assignment.clientId);
  const submissionsByClient = groupBy(data.submissions, (submission) => submission.clientId);
  const submissionsById = new Map(data.submissions.map((submission) => [submission.id, submission]));

  // Scores in the range, attributed to a client through their submission, oldest first.
  const scoresByClient = new Map<string, { at: number; id: string; score: ClinicScore['score'] }[]>();
  for (const { submissionId, score } of data.scores) {
    const submission = submissionsById.get(submissionId);
    if (submission === undefined || submission.status !== 'completed' || score.total === null) continue;
    if (options.measureId !== undefined && score.measure.id !== options.measureId) continue;
    const at = epochMs(submission.submittedAt);
    if (at < fromMs || at >= toMs || at > nowMs) continue;
    const list = scoresByClient.get(submission.clientId) ?? [];
    list.push({ at, id: submissionId, score });
    scoresByClient.set(submission.clientId, list);
  }

  const rows: ClientRow[] = data.clients.map((client) => {
    const assignments = assignmentsByClient.get(client.clientId) ?? [];
    const adherence = clientAdherence(
      client.clientId,
      assignments,
      submissionsByClient.get(client.clientId) ?? [],
      {
        from,
        to,
        now,
      },
    );
    const active = assignments.some(
      (assignment) =>
        assignment.status === 'active' && expandOccurrences(assignment, { from, to }).length > 0,
    );
    const scoredMeasures = new Map<string, MeasureDefinition>();
    const changes = new Map<string, ClientChange>();
    const scores = [...(scoresByClient.get(client.clientId) ?? [])].sort(
      (a, b) => a.at - b.at || compareText(a.id, b.id),
    );
    for (const [measureId, series] of groupBy(scores, (entry) => entry.score.measure.id)) {
      const first = series[0];
      const last = series[series.length - 1];
      if (first === undefined || last === undefined) continue;
      const definition = measures.find(measureId, last.score.measure.version);
      if (definition === undefined) {
        unknownMeasureIds.add(measureId);
        continue;
      }
      scoredMeasures.set(measureId, definition);
      if (series.length < 2 || first.score.total === null || last.score.total === null) continue;
      const difference = last.score.total - first.score.total;
      changes.set(measureId, {
        definition,
        difference,
        improvement: definition.scoring.direction === 'higher-is-worse' ? -difference : difference,
        classification: classifyChange(definition, first.score.total, last.score.total),
      });
    }
    return {
      client,
      active,
      completion: {
        assigned: adherence.assigned,
        completed: adherence.completed,
        missed: adherence.missed,
        pending: adherence.pending,
      },
      completionRate: adherence.completionRate,
      scoredMeasures,
      changes,
    };
  });

  const group = (kind: ClinicGroupKind, key: string, members: readonly ClientRow[]): ClinicGroup =>
    members.length < minGroupSize
      ? { kind, key, suppressed: true, clientCount: members.length }
      : aggregateGroup(kind, key, members);
  const byKey = (kind: 'clinician' | 'cohort', keyOf: (row: ClientRow) => string | undefined) =>
    [...groupBy(rows, keyOf)]
      .filter((entry): entry is [string, ClientRow[]] => entry[0] !== undefined)
      .sort(([a], [b]) => compareText(a, b))
      .map(([key, members]) => group(kind, key, members));

  return {
    from,
    to,
    now,
    measureId: options.measureId ?? null,
    minGroupSize,
    overall: group('overall', 'overall', rows),
    clinicians: byKey('clinician', (row) => row.client.clinicianId),
    cohorts: byKey('cohort', (row) => row.client.cohort),
    unknownMeasureIds: [...unknownMeasureIds].sort(compareText),
  };
}

function aggregateGroup(kind: ClinicGroupKind, key: string, rows: readonly ClientRow[]): GroupAggregate {
  const completion = { assigned: 0, completed: 0, missed: 0, pending: 0 };
  for (const row of rows) {
    completion.assigned += row.completion.assigned;
    completion.completed += row.completion.completed;
    completion.missed += row.completion.missed;
    completion.pending += row.completion.pending;
  }
  const decided = completion.completed + completion.missed;

  const definitions = new Map<string, MeasureDefinition>();
  for (const row of rows) for (const [id, definition] of row.scoredMeasures) definitions.set(id, definition);
  const measures = [...definitions.keys()].sort(compareText).map((measureId): MeasureAggregate => {
    const scored = rows.filter((row) => row.scoredMeasures.has(measureId));
    const changed = rows.flatMap((row) => {
      const change = row.changes.get(measureId);
      return change === undefined ? [] : [{ row, change }];
    });
    const classified = changed.filter(({ change }) => change.classification.basis === 'reliable-change');
    const meaningful = changed.filter(({ change }) => change.classification.meaningfulChange !== null);
    const casesAtStart = changed.filter(
      ({ change }) => change.classification.recoveryKnown && change.classification.caseBefore === true,
    );
    const paired = changed.filter(({ row }) => row.completionRate !== null);
    const direction =
      (changed[0]?.change.definition ?? definitions.get(measureId))?.scoring.direction ?? 'higher-is-worse';
    return {
      measureId,
      direction,
      clientsScored: scored.length,
      clientsWithChange: changed.length,
      medianChange: median(changed.map(({ change }) => change.difference)),
      medianImprovement: median(changed.map(({ change }) => change.improvement)),
      reliableImprovement: share(
        classified.filter(({ change }) => change.classification.change === 'reliable-improvement').length,
        classified.length,
      ),
      reliableDeterioration: share(
        classified.filter(({ change }) => change.classification.change === 'reliable-deterioration').length,
        classified.length,
      ),
      meaningfulImprovement: share(
        meaningful.filter(({ change }) => change.classification.meaningfulChange === 'meaningful-improvement')
          .length,
        meaningful.length,
      ),
      meaningfulDeterioration: share(
        meaningful.filter(
          ({ change }) => change.classification.meaningfulChange === 'meaningful-deterioration',
        ).length,
        meaningful.length,
      ),
      recovered: share(
        casesAtStart.filter(({ change }) => change.classification.recovered).length,
        casesAtStart.length,
      ),
      completionVsImprovement: spearmanCorrelation(
        paired.map(({ row }) => row.completionRate ?? 0),
        paired.map(({ change }) => change.improvement),
      ),
    };
  });

  return {
    kind,
    key,
    suppressed: false,
    clientCount: rows.length,
    activeClients: rows.filter((row) => row.active).length,
    completion: { ...completion, completionRate: decided === 0 ? null : completion.completed / decided },
    measures,
  };
}

function share(count: number, of: number): Share {
  return { count, of, share: of === 0 ? null : count / of };
}

/** Measure definitions by id and version, falling back to the highest version of an id. */
class MeasureIndex {
  readonly #exact = new Map<string, MeasureDefinition>();
  readonly #latest = new Map<string, MeasureDefinition>();

  constructor(definitions: readonly MeasureDefinition[]) {
    for (const definition of definitions) {
      this.#exact.set(`${definition.id}@${definition.version}`, definition);
      const current = this.#latest.get(definition.id);
      if (current === undefined || compareVersions(definition.version, current.version) > 0) {
        this.#latest.set(definition.id, definition);
      }
    }
  }

  find(id: string, version: string): MeasureDefinition | undefined {
    return this.#exact.get(`${id}@${version}`) ?? this.#latest.get(id);
  }
}

function checkUniqueClients(clients: readonly ClinicClient[]): void {
  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  clients.forEach((client, index) => {
    if (seen.has(client.clientId)) {
      issues.push({ path: ['clients', index, 'clientId'], code: 'custom', message: 'must be unique' });
    }
    seen.add(client.clientId);
  });
  if (issues.length > 0) throw new ValidationError('clinic data', issues);
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [item]);
    else list.push(item);
  }
  return groups;
}

function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < 3; index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
