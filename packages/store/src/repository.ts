/**
 * The typed layer over a {@link StorageBackend}: one collection per kind of record, every read
 * parsed through core's schemas, every multi-record change in one atomic write.
 *
 * Stored data is untrusted: it may be corrupt, written by an older release, or altered. A
 * record that fails to parse is moved to the `quarantine` collection (with the paths and
 * codes of what was wrong, never its content, in the reason), reported through `onProblem`,
 * and skipped; it is never thrown at the UI. Infrastructure failures (storage unavailable,
 * quota, wrong encryption key) still reject with a `StorageError`: those need the host's
 * attention, not silence.
 *
 * @module
 */
import {
  AssignmentSchema,
  CheckInTemplateSchema,
  FlagAcknowledgementSchema,
  FlagSchema,
  ExerciseDefinitionSchema,
  InstantStringSchema,
  MeasureDefinitionSchema,
  RecordIdSchema,
  ScoreSchema,
  SubmissionSchema,
  safeParse,
  type ActivityRef,
  type Assignment,
  type Flag,
  type Score,
  type Submission,
  type ValidationIssue,
} from '@interlude/core';
import * as z from 'zod/mini';
import {
  INDEXED_FIELDS,
  type CollectionName,
  type IndexedCollection,
  type IndexedField,
  type StorageBackend,
  type WriteOp,
} from './backend/types.js';
import { tracksGenerations } from './backend/generations.js';
import { DraftSchema, type Draft } from './drafts.js';
import { acceptStoredScore } from './score-fast-path.js';
import { acceptSubmission, rememberAccepted } from './submission-fast-path.js';
import { OutboxEntrySchema, queueChange, type OutboxEntry } from './sync/outbox.js';

/**
 * A score as stored, with the submission it scores. Its id is {@link scoreId}, not the
 * submission's id: record ids double as outbox keys and must be unique across collections.
 */
export const StoredScoreSchema = z
  .intersection(z.object({ id: z.string().check(z.minLength(1)), submissionId: RecordIdSchema }), ScoreSchema)
  .check(
    z.refine((stored) => stored.id === scoreId(stored.submissionId), {
      message: 'must be score: followed by the submission id',
      path: ['id'],
    }),
  );

/** A score as stored; see {@link StoredScoreSchema}. */
export type StoredScore = z.output<typeof StoredScoreSchema>;

/**
 * The stored id of a submission's score: `score:<submission id>`.
 *
 * @example
 * ```ts
 * const score = await repository.scores.get(scoreId(submission.id));
 * ```
 */
export function scoreId(submissionId: string): string {
  return `score:${submissionId}`;
}

export type { ActivityDefinition } from '@interlude/core';

/** A definition as stored: keyed by {@link definitionKey} so every version is kept. */
export const StoredDefinitionSchema = z
  .object({
    id: z.string().check(z.minLength(1)),
    definition: z.discriminatedUnion('kind', [
      MeasureDefinitionSchema,
      CheckInTemplateSchema,
      ExerciseDefinitionSchema,
    ]),
  })
  .check(
    z.refine((stored) => stored.id === definitionKey(stored.definition), {
      message: 'must be the definition key kind:id@version',
      path: ['id'],
    }),
  );

/** A definition as stored, wrapped with its key. */
export type StoredDefinition = z.output<typeof StoredDefinitionSchema>;

/**
 * The stored id of a definition version: `kind:id@version`, e.g. `measure:phq-9@1.0.0`.
 *
 * @example
 * ```ts
 * await repository.definitions.get(definitionKey(submission.activity));
 * ```
 */
export function definitionKey(ref: Pick<ActivityRef, 'kind' | 'id' | 'version'>): string {
  return `${ref.kind}:${ref.id}@${ref.version}`;
}

/**
 * An acknowledgement as stored: core's acknowledgement with `id` equal to its `flagId`, so
 * acknowledging a flag twice keeps one record. A snooze (with `snoozedUntil`) has an id of its
 * own, so every snooze is kept beside the acknowledgement (the collection is append-only).
 */
export const StoredAcknowledgementSchema = z
  .intersection(z.object({ id: z.string().check(z.minLength(1)) }), FlagAcknowledgementSchema)
  .check(
    z.refine((stored) => stored.snoozedUntil !== undefined || stored.id === stored.flagId, {
      message: 'must equal flagId',
      path: ['id'],
    }),
    z.refine((stored) => stored.snoozedUntil === undefined || stored.id !== stored.flagId, {
      message: 'must differ from flagId for a snooze',
      path: ['id'],
    }),
  );

/** An acknowledgement as stored; `id` is the flag's id (a snooze's is its own). */
export type StoredAcknowledgement = z.output<typeof StoredAcknowledgementSchema>;

/**
 * Reminder preferences as stored, one record per partition (id {@link PREFERENCES_ID}). Checked
 * for their id and time zone here; core's reminder planner validates the rest when it uses them.
 */
export const StoredPreferencesSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  timeZone: z.string().check(z.minLength(1)),
});

/** Reminder preferences as stored; see {@link StoredPreferencesSchema}. */
export type StoredPreferences = z.output<typeof StoredPreferencesSchema>;

/** The id of the partition's reminder preferences record. */
export const PREFERENCES_ID = 'reminders';

/** A record moved aside because it no longer parsed. Its content is kept for recovery. */
export const QuarantineRecordSchema = z.object({
  /** `${collection}/${recordId}`. */
  id: z.string().check(z.minLength(1)),
  collection: z.string(),
  recordId: z.string(),
  quarantinedAt: InstantStringSchema,
  /** Where and how it failed: paths and codes only, no values. */
  issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), code: z.string() })),
  /** The record as it was stored. */
  record: z.unknown(),
});

/** A record moved aside because it no longer parsed. */
export type QuarantineRecord = z.output<typeof QuarantineRecordSchema>;

/** Something wrong with stored data that the repository handled instead of throwing. */
export interface StoreProblem {
  readonly kind: 'invalid-record';
  readonly collection: CollectionName;
  /** The record's id, when it had a usable one. Ids are opaque, never content. */
  readonly id: string | undefined;
  /** What failed, by path and code (no values). */
  readonly issues: readonly Pick<ValidationIssue, 'path' | 'code'>[];
  /** Whether the record was moved to `quarantine` (false if that write failed too). */
  readonly quarantined: boolean;
}

/** Options of {@link Repository}. */
export interface RepositoryOptions {
  /** Told about every record that failed to parse (and was quarantined and skipped). */
  readonly onProblem?: (problem: StoreProblem) => void;
  /** The clock, for quarantine and outbox timestamps. Defaults to `new Date()`. */
  readonly now?: () => Date;
}

/** The stored shape of each collection, as its schema outputs it. */
export interface RecordTypes {
  definitions: StoredDefinition;
  assignments: Assignment;
  submissions: Submission;
  scores: StoredScore;
  flags: Flag;
  acknowledgements: StoredAcknowledgement;
  preferences: StoredPreferences;
  drafts: Draft;
  outbox: OutboxEntry;
  quarantine: QuarantineRecord;
}

/** Collections with a typed view. `meta` stays internal to the backend and the sync engine. */
export type TypedCollection = keyof RecordTypes;

const SCHEMAS: { readonly [K in TypedCollection]: z.ZodMiniType<RecordTypes[K], unknown> } = {
  definitions: StoredDefinitionSchema,
  assignments: AssignmentSchema,
  submissions: SubmissionSchema,
  scores: StoredScoreSchema,
  flags: FlagSchema,
  acknowledgements: StoredAcknowledgementSchema,
  preferences: StoredPreferencesSchema,
  drafts: DraftSchema,
  outbox: OutboxEntrySchema,
  quarantine: QuarantineRecordSchema,
};

/**
 * The format of validated records: what the schemas above accept. Puts of values these schemas
 * produced carry it (`WriteOp.validated`); a backend that authenticates it (the encrypted
 * wrapper) hands it back, and a record validated under this very format is not parsed again.
 * **Change it whenever a schema here or in core changes what it accepts or outputs** (a test
 * fingerprints the schemas and fails until it is changed), so records validated by an older
 * release are parsed by the new one.
 *
 * @internal
 */
export const RECORD_FORMAT = '2026-12-01.2';

/** @internal The schema of each collection, for tests that fingerprint them. */
export const RECORD_SCHEMAS: Readonly<Record<TypedCollection, z.ZodMiniType>> = SCHEMAS;

/** Singular names for error messages (`Invalid submission: ...`). */
const SUBJECTS: { readonly [K in TypedCollection]: string } = {
  definitions: 'stored definition',
  assignments: 'assignment',
  submissions: 'submission',
  scores: 'stored score',
  flags: 'flag',
  acknowledgements: 'acknowledgement',
  preferences: 'reminder preferences',
  drafts: 'draft',
  outbox: 'outbox entry',
  quarantine: 'quarantine record',
};

/**
 * A typed view of one collection. Reads parse (and quarantine what fails); writes validate
 * first and throw core's `ValidationError` for invalid input, before anything is stored.
 */
export class Collection<T extends { readonly id: string }> {
  /** @internal Use the repository's properties. */
  constructor(
    readonly name: TypedCollection,
    private readonly repository: Repository,
  ) {}

  /** The record, or `undefined` if absent or unreadable (then quarantined and reported). */
  async get(id: string): Promise<T | undefined> {
    const raw = await this.repository.backend.get(this.name, id);
    if (raw === undefined) return undefined;
    return this.repository.accept<T>(this.name, raw);
  }

  /** Every readable record in id order; unreadable ones are quarantined, reported and skipped. */
  async list(): Promise<T[]> {
    return this.accepted(await this.repository.backend.getAll(this.name));
  }

  /**
   * @internal The readable records of `raws`, values this collection's backend just returned
   * (from `getAll`, `getSubmissionRanges`, …), in their order; unreadable ones are quarantined,
   * reported and skipped, as in {@link list}.
   */
  async accepted(raws: readonly unknown[]): Promise<T[]> {
    const records: T[] = [];
    for (const raw of raws) {
      // Parsed synchronously; only a record that fails waits (for its quarantine write).
      const checked = this.repository.check<T>(this.name, raw);
      if (checked.ok) records.push(checked.value);
      else await this.repository.reject(this.name, raw, checked.error);
    }
    return records;
  }

  /**
   * @internal What {@link list} gives, frozen and shared between calls: kept in memory at the
   * collection's write generation (see `trackGenerations`) and read and validated again once
   * any tab has written to the collection since. On a backend without generations it is
   * {@link list}, frozen. The review queue reads a whole caseload this way, so recomputing it
   * (after an acknowledgement, a sync or a second look) does not parse every record again.
   */
  async listShared(): Promise<readonly T[]> {
    const { backend } = this.repository;
    // The token is read before the records: a write in between leaves a token this entry does not have.
    const generation = tracksGenerations(backend) ? await backend.generation(this.name) : undefined;
    const cached = this.#shared;
    if (generation !== undefined && cached?.generation === generation) return cached.records;
    const records = Object.freeze((await this.list()).map(deepFreeze));
    this.#shared = generation === undefined ? undefined : { generation, records };
    return records;
  }

  #shared: { generation: string; records: readonly T[] } | undefined;

  /**
   * Every readable record whose `field` equals `value`, in id order: through the backend's
   * index where it has one (IndexedDB), else by filtering the whole collection (the encrypted
   * wrapper, whose records are ciphertext). Unreadable records are handled as in {@link list}.
   */
  async listWhere(field: IndexedField<IndexedCollection>, value: string): Promise<T[]> {
    const { backend } = this.repository;
    const indexed = (INDEXED_FIELDS as Partial<Record<string, readonly string[]>>)[this.name]?.includes(
      field,
    );
    const raws =
      backend.getAllWhere === undefined || !indexed
        ? (await backend.getAll(this.name)).filter((raw) => fieldOf(raw, field) === value)
        : await backend.getAllWhere(this.name as IndexedCollection, field, value);
    const records: T[] = [];
    for (const raw of raws) {
      const checked = this.repository.check<T>(this.name, raw);
      if (!checked.ok) {
        await this.repository.reject(this.name, raw, checked.error);
        continue;
      }
      // The parsed record decides, not the raw one the index saw.
      if (fieldOf(checked.value, field) === value) records.push(checked.value);
    }
    return records;
  }

  /** Validates and stores one record; resolves with the parsed value once it is committed. */
  async put(value: T): Promise<T> {
    const parsed = this.validate(value);
    await this.repository.backend.write([
      { type: 'put', collection: this.name, value: parsed, validated: RECORD_FORMAT },
    ]);
    return parsed;
  }

  /** Deletes one record. */
  async delete(id: string): Promise<void> {
    await this.repository.backend.write([this.deleteOp(id)]);
  }

  /** A validated put for {@link Repository.write}, to change several records atomically. */
  putOp(value: T): WriteOp {
    return { type: 'put', collection: this.name, value: this.validate(value), validated: RECORD_FORMAT };
  }

  /** The value as it would be stored (parsed, defaults filled); throws `ValidationError` if invalid. */
  validate(value: T): T {
    if (this.name === 'submissions') {
      // A save's submission is usually of the usual shape: the same output without zod (a test
      // checks both agree); anything else, and every error, still comes from the schema.
      const fast = acceptSubmission(value);
      if (fast !== undefined) return fast as unknown as T;
    }
    const result = safeParse(SCHEMAS[this.name], value, SUBJECTS[this.name]);
    if (!result.ok) throw result.error;
    if (this.name === 'submissions') rememberAccepted(result.value as Submission);
    return result.value as T;
  }

  /** A delete for {@link Repository.write}. */
  deleteOp(id: string): WriteOp {
    return { type: 'delete', collection: this.name, id };
  }
}

/**
 * @internal Freezes a parsed record and everything in it, so a shared one cannot be changed by
 * a reader.
 */
export function deepFreeze<V>(value: V): V {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    // for…in, not Object.values: no array per object, and primitives are skipped without a call.
    for (const key in value) {
      const inner: unknown = value[key];
      if (typeof inner === 'object' && inner !== null) deepFreeze(inner);
    }
  }
  return value;
}

function fieldOf(record: unknown, field: string): unknown {
  return typeof record === 'object' && record !== null
    ? (record as Record<string, unknown>)[field]
    : undefined;
}

/** Result of {@link Repository.saveSubmission}. */
export interface SavedSubmission {
  readonly submission: Submission;
  readonly score: StoredScore | undefined;
  /** The outbox entries written with it (none when `sync: false`). */
  readonly outbox: readonly OutboxEntry[];
}

/**
 * Typed, validated access to one user's partition.
 *
 * @example
 * ```ts
 * const backend = await idbStore({ name: 'my-portal' }).open({ userId: 'c-1', role: 'client' });
 * const repository = new Repository(backend, { onProblem: (problem) => telemetry.count(problem.kind) });
 * const assignments = await repository.assignments.list(); // corrupt records are skipped, not thrown
 * await repository.saveSubmission(submission, { score }); // submission + score + outbox, one transaction
 * ```
 */
export class Repository {
  readonly definitions: Collection<StoredDefinition>;
  readonly assignments: Collection<Assignment>;
  readonly submissions: Collection<Submission>;
  readonly scores: Collection<StoredScore>;
  readonly flags: Collection<Flag>;
  readonly acknowledgements: Collection<StoredAcknowledgement>;
  readonly preferences: Collection<StoredPreferences>;
  readonly drafts: Collection<Draft>;
  readonly outbox: Collection<OutboxEntry>;
  readonly quarantine: Collection<QuarantineRecord>;
  readonly #now: () => Date;

  constructor(
    /** The partition this repository reads and writes. */
    readonly backend: StorageBackend,
    private readonly options: RepositoryOptions = {},
  ) {
    this.#now = options.now ?? (() => new Date());
    this.definitions = new Collection('definitions', this);
    this.assignments = new Collection('assignments', this);
    this.submissions = new Collection('submissions', this);
    this.scores = new Collection('scores', this);
    this.flags = new Collection('flags', this);
    this.acknowledgements = new Collection('acknowledgements', this);
    this.preferences = new Collection('preferences', this);
    this.drafts = new Collection('drafts', this);
    this.outbox = new Collection('outbox', this);
    this.quarantine = new Collection('quarantine', this);
  }

  /** Applies ops (from the collections' `putOp`/`deleteOp`) in one atomic write. */
  write(ops: readonly WriteOp[]): Promise<void> {
    return this.backend.write(ops);
  }

  /**
   * Stores a submission, its score (if it was a measure) and their outbox entries in ONE
   * atomic write: afterwards all are there, or none is. Validates everything first.
   *
   * @param options.sync - enqueue for the server (default `true`).
   * @param options.extraOps - more ops to commit in the same transaction (e.g. deleting the draft).
   * @param options.parsed - for the store's own client only: the submission is what
   *   `submissions.validate` just returned, unchanged and never handed out, so it is not parsed a
   *   second time. (Not an `@internal` tag: typedoc would hide the whole method.)
   */
  async saveSubmission(
    submission: Submission,
    options: { score?: Score; sync?: boolean; extraOps?: readonly WriteOp[]; parsed?: boolean } = {},
  ): Promise<SavedSubmission> {
    const parsed = options.parsed === true ? submission : this.submissions.validate(submission);
    const score = options.score
      ? this.scores.validate({ ...options.score, id: scoreId(parsed.id), submissionId: parsed.id })
      : undefined;
    const now = this.#now();
    const queued =
      options.sync === false
        ? []
        : [
            queueChange(parsed.id, 'submissions', now),
            ...(score ? [queueChange(score.id, 'scores', now)] : []),
          ];
    const outbox = queued.map(({ entry }) => entry);
    const ops: WriteOp[] = [
      { type: 'put', collection: 'submissions', value: parsed, validated: RECORD_FORMAT },
      ...(score
        ? [{ type: 'put', collection: 'scores', value: score, validated: RECORD_FORMAT } as const]
        : []),
      ...queued.map(({ op }) => op),
      ...(options.extraOps ?? []),
    ];
    await this.backend.write(ops);
    return { submission: parsed, score, outbox };
  }

  /**
   * @internal Parses a stored value; on failure quarantines it, reports it and returns
   * `undefined`. Never throws for bad data.
   */
  async accept<T>(collection: TypedCollection, raw: unknown): Promise<T | undefined> {
    const checked = this.check<T>(collection, raw);
    if (checked.ok) return checked.value;
    await this.reject(collection, raw, checked.error);
    return undefined;
  }

  /**
   * @internal Parses a stored value. A value the backend proves was validated under
   * {@link RECORD_FORMAT} before it was written (an encrypted partition's authenticated mark)
   * is taken as it is: parsing it again would give the same value.
   */
  check<T>(
    collection: TypedCollection,
    raw: unknown,
  ): { ok: true; value: T } | { ok: false; error: { issues: readonly ValidationIssue[] } } {
    if (this.backend.validatedFormat?.(raw) === RECORD_FORMAT) return { ok: true, value: raw as T };
    // The usual shapes of the records read by the thousand are checked by hand (the same
    // output); anything else by the schema.
    const fast =
      collection === 'submissions'
        ? acceptSubmission(raw)
        : collection === 'scores'
          ? acceptStoredScore(raw)
          : undefined;
    if (fast !== undefined) return { ok: true, value: fast as T };
    const result = safeParse(SCHEMAS[collection], raw, SUBJECTS[collection]);
    if (!result.ok) return { ok: false, error: result.error };
    if (collection === 'submissions') rememberAccepted(result.value as Submission);
    return { ok: true, value: result.value as T };
  }

  /** @internal Quarantines and reports a stored value that failed {@link check}. */
  async reject(
    collection: TypedCollection,
    raw: unknown,
    error: { issues: readonly ValidationIssue[] },
  ): Promise<void> {
    const id = recordId(raw);
    const issues = error.issues.map(({ path, code }) => ({ path: [...path], code }));
    let quarantined = false;
    // Quarantine records are never re-quarantined (that would loop); a broken one is only reported.
    if (id !== undefined && collection !== 'quarantine') {
      try {
        const entry: QuarantineRecord = {
          id: `${collection}/${id}`,
          collection,
          recordId: id,
          quarantinedAt: this.#now().toISOString(),
          issues,
          record: raw,
        };
        await this.backend.write([
          { type: 'put', collection: 'quarantine', value: entry },
          { type: 'delete', collection, id },
        ]);
        quarantined = true;
      } catch {
        // Reading must still succeed; the problem report says the move did not happen.
      }
    }
    try {
      this.options.onProblem?.({ kind: 'invalid-record', collection, id, issues, quarantined });
    } catch {
      // A failing listener must not turn a handled problem into a crash.
    }
  }
}

function recordId(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const id = (raw as { id?: unknown }).id;
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}
