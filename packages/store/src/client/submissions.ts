/**
 * `client.submissions`: saving a completed (or abandoned) run the way DESIGN §6 asks —
 * validate, score, one IndexedDB transaction for submission + score + outbox entry, confirm,
 * sync later — and reading submissions back.
 *
 * @module
 */
import {
  ValidationError,
  scoreMeasure,
  trackedSeries,
  type ActivityKind,
  type CheckInTemplate,
  type MeasureAnswers,
  type MeasureDefinition,
  type Score,
  type Submission,
  type TrackedSeries,
} from '@interlude/core';
import type { WriteOp } from '../backend/types.js';
import type { DraftKey } from '../drafts.js';
import { definitionKey, scoreId, type Repository, type StoredScore } from '../repository.js';
import type { ClientContext } from './context.js';
import { compareVersions } from './definitions.js';

/** Options of {@link ClientSubmissions.save}. */
export interface SaveSubmissionOptions {
  /**
   * The measure definition the submission answered (same id and version). Without it, a
   * stored definition of that version is used; with neither, a measure is saved unscored.
   * A given definition is also stored locally, for later scoring and flags.
   */
  readonly definition?: MeasureDefinition;
  /** The draft this submission finishes: deleted in the same transaction. */
  readonly draft?: DraftKey;
}

/** What {@link ClientSubmissions.save} stored. */
export interface SavedSubmissionResult {
  /** The submission as stored (parsed). */
  readonly submission: Submission;
  /** Its score, when it is a completed measure with a known definition. */
  readonly score: StoredScore | undefined;
}

/** Filters of {@link ClientSubmissions.list}. */
export interface SubmissionQuery {
  readonly assignmentId?: string;
  /** Only this client's (useful in a clinician's caseload). */
  readonly clientId?: string;
  /** Only runs of this kind of activity. */
  readonly kind?: ActivityKind;
  /** Only runs of this definition (any version). */
  readonly activityId?: string;
  /** Only those submitted at or after this instant (ISO 8601 with offset). */
  readonly since?: string;
}

/** A completed measure and its stored score, as {@link ClientSubmissions.scored} lists them. */
export interface ScoredSubmission {
  readonly submission: Submission;
  readonly score: StoredScore;
}

/** Submissions of the signed-in user's partition. */
export interface ClientSubmissions {
  /**
   * Validates and saves a submission. A completed measure is scored with core's
   * `scoreMeasure` when its definition is given or stored. Submission, score and outbox
   * entries are written in ONE transaction; the promise resolves once it committed, which
   * is when a UI may say "Saved on this device". Sync is then nudged in the background:
   * the promise never waits for the network.
   *
   * @throws ValidationError (before anything is written) for an invalid submission, a
   *   definition that does not match it, a client saving for another client, or non-numeric
   *   answers to a measure; `InvalidAnswerError` for an answer the measure does not allow;
   *   `StorageError` when the device could not store it (then nothing was stored).
   */
  save(submission: Submission, options?: SaveSubmissionOptions): Promise<SavedSubmissionResult>;
  /** Stored submissions, oldest `submittedAt` first; unreadable ones are reported and skipped. */
  list(query?: SubmissionQuery): Promise<Submission[]>;
  /**
   * Submissions that have a stored score (completed measures), oldest first, each with its
   * score: what an outcome chart or a score history needs in one read.
   */
  scored(query?: SubmissionQuery): Promise<ScoredSubmission[]>;
  /**
   * Core's `trackedSeries` over the stored check-in templates (every version) and the matching
   * check-in submissions: a mood chart's series in one read, without the chart carrying core's
   * template lookup. Series in template id order, then item order; empty ones included.
   */
  tracked(query?: SubmissionQuery): Promise<TrackedSeries[]>;
  /** One submission, or `undefined`. */
  get(id: string): Promise<Submission | undefined>;
  /** The stored score of a submission, or `undefined` (not a measure, or not scored). */
  score(submissionId: string): Promise<StoredScore | undefined>;
}

/** @internal */
export function clientSubmissions(context: ClientContext): ClientSubmissions {
  return {
    async save(submission, options = {}) {
      const session = await context.session();
      const { repository } = session;
      const parsed = repository.submissions.validate(submission);
      if (context.user.role === 'client' && parsed.clientId !== context.user.id) {
        throw new ValidationError('submission', [
          { path: ['clientId'], code: 'custom', message: 'must be the signed-in client' },
        ]);
      }
      const extraOps: WriteOp[] = [];
      let definition: MeasureDefinition | undefined;
      if (options.definition !== undefined) {
        definition = givenDefinition(repository, parsed, options.definition);
        // Kept on the device so later saves, flags and session prep can use it offline.
        extraOps.push(repository.definitions.putOp({ id: definitionKey(definition), definition }));
      }
      let score: Score | undefined;
      if (parsed.activity.kind === 'measure' && parsed.status === 'completed') {
        definition ??= await storedDefinition(repository, parsed);
        // An abandoned run is not scored: its missing items would read as unknown risk.
        if (definition) score = scoreMeasure(definition, measureAnswers(parsed));
      }
      if (options.draft) {
        // Let queued draft writes land first, so none recreates the draft after the delete.
        await session.drafts.flush();
        extraOps.push(session.drafts.discardOp(options.draft));
      }
      const saved = await repository.saveSubmission(parsed, {
        ...(score ? { score } : {}),
        extraOps,
        parsed: true,
      });
      context.written(
        [
          'submissions',
          'outbox',
          ...(saved.score ? (['scores'] as const) : []),
          ...(options.definition ? (['definitions'] as const) : []),
          ...(options.draft ? (['drafts'] as const) : []),
        ],
        saved.outbox.length,
      );
      return { submission: saved.submission, score: saved.score };
    },
    list: (query = {}) =>
      context.read('submissions.list', [], (session) => listSubmissions(session.repository, query)),
    scored: (query = {}) =>
      context.read('submissions.scored', [], async ({ repository }) => {
        const [submissions, scores] = await Promise.all([
          listSubmissions(repository, { ...query, kind: 'measure' }),
          repository.scores.list(),
        ]);
        const bySubmission = new Map(scores.map((score) => [score.submissionId, score]));
        return submissions.flatMap((submission) => {
          const score = bySubmission.get(submission.id);
          return score ? [{ submission, score }] : [];
        });
      }),
    tracked: (query = {}) =>
      context.read('submissions.tracked', [], async ({ repository }) => {
        const [submissions, stored] = await Promise.all([
          listSubmissions(repository, { ...query, kind: 'check-in' }),
          repository.definitions.list(),
        ]);
        const templates = stored
          .map(({ definition }) => definition)
          .filter((definition): definition is CheckInTemplate => definition.kind === 'check-in')
          .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : compareVersions(a.version, b.version)));
        return trackedSeries(templates, submissions);
      }),
    get: (id) =>
      context.read('submissions.get', undefined, ({ repository }) => repository.submissions.get(id)),
    score: (submissionId) =>
      context.read('submissions.score', undefined, ({ repository }) =>
        repository.scores.get(scoreId(submissionId)),
      ),
  };
}

async function listSubmissions(repository: Repository, query: SubmissionQuery): Promise<Submission[]> {
  const since = query.since === undefined ? undefined : Date.parse(query.since);
  if (since !== undefined && Number.isNaN(since)) {
    throw new ValidationError('submission query', [
      { path: ['since'], code: 'invalid_format', message: 'must be an ISO 8601 date-time' },
    ]);
  }
  const matches = (item: Submission): boolean =>
    (query.assignmentId === undefined || item.assignmentId === query.assignmentId) &&
    (query.clientId === undefined || item.clientId === query.clientId) &&
    (query.kind === undefined || item.activity.kind === query.kind) &&
    (query.activityId === undefined || item.activity.id === query.activityId) &&
    (since === undefined || Date.parse(item.submittedAt) >= since);
  // One assignment's or one client's runs come through an index, not a read of every run.
  const candidates =
    query.assignmentId !== undefined
      ? await repository.submissions.listWhere('assignmentId', query.assignmentId)
      : query.clientId !== undefined
        ? await repository.submissions.listWhere('clientId', query.clientId)
        : await repository.submissions.list();
  return candidates
    .filter(matches)
    .sort(
      (a, b) =>
        Date.parse(a.submittedAt) - Date.parse(b.submittedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

function givenDefinition(
  repository: Repository,
  submission: Submission,
  definition: MeasureDefinition,
): MeasureDefinition {
  const stored = repository.definitions.validate({ id: definitionKey(definition), definition });
  const ref = submission.activity;
  const parsed = stored.definition;
  if (
    parsed.kind !== 'measure' ||
    ref.kind !== 'measure' ||
    parsed.id !== ref.id ||
    parsed.version !== ref.version
  ) {
    throw new ValidationError('save options', [
      {
        path: ['definition'],
        code: 'custom',
        message: 'must be the measure definition the submission answered (same id and version)',
      },
    ]);
  }
  return parsed;
}

async function storedDefinition(
  repository: Repository,
  submission: Submission,
): Promise<MeasureDefinition | undefined> {
  const stored = await repository.definitions.get(definitionKey(submission.activity));
  return stored?.definition.kind === 'measure' ? stored.definition : undefined;
}

/** A measure's answers are option values or `null` (skipped); anything else is invalid. */
function measureAnswers(submission: Submission): MeasureAnswers {
  const answers: Record<string, number | null> = {};
  for (const [itemId, value] of Object.entries(submission.answers)) {
    if (typeof value !== 'number' && value !== null) {
      throw new ValidationError('submission', [
        {
          path: ['answers', itemId],
          code: 'invalid_type',
          message: 'must be a number or null for a measure',
        },
      ]);
    }
    answers[itemId] = value;
  }
  return answers;
}
