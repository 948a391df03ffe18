/**
 * Drafts: an in-progress check-in, measure or exercise, saved on every answer change so a
 * reload, a crash, a locked screen or a dead battery loses nothing, and resumed at the step
 * where it stopped.
 *
 * Writes are debounced (300 ms by default, and never postponed more than `maxWaitMs`), and
 * flushed at once when the page is hidden or left (`visibilitychange` to hidden, `pagehide`),
 * which is the last moment a mobile browser reliably runs code. `update()`'s promise resolves
 * only after the transaction holding that change committed: that is the moment a UI may say
 * "saved" (and fire `il-draft-saved`).
 *
 * @module
 */
import {
  ActivityRefSchema,
  AnswersSchema,
  InstantStringSchema,
  RecordIdSchema,
  type ActivityRef,
  type AnswerValue,
  type Answers,
} from '@interlude/core';
import * as z from 'zod/mini';
import type { WriteOp } from './backend/types.js';
import type { Repository } from './repository.js';

/** Schema for {@link Draft}. */
export const DraftSchema = z.object({
  /** {@link draftId} of its key. */
  id: z.string().check(z.minLength(1)),
  /** Whose draft; the partition already isolates users, this double-checks on resume. */
  userId: RecordIdSchema,
  assignmentId: z.optional(RecordIdSchema),
  occurrenceId: z.optional(z.string().check(z.minLength(1), z.maxLength(600))),
  /** The definition version being answered (a resumed draft keeps its version). */
  activity: ActivityRefSchema,
  answers: AnswersSchema,
  /** The step or item to resume at; absent means the beginning. */
  stepId: z.optional(z.string().check(z.minLength(1), z.maxLength(256))),
  /**
   * When the run began: the first saved change (or the patch's `startedAt`), kept by every
   * later save, so the submission's `startedAt` survives a reload. Absent in older drafts.
   */
  startedAt: z.optional(InstantStringSchema),
  updatedAt: InstantStringSchema,
  /** Counts saves of this draft, from 1. */
  revision: z.int().check(z.gte(1)),
});

/** An in-progress run of an activity, as stored. */
export type Draft = z.output<typeof DraftSchema>;

/**
 * What a draft belongs to (within the signed-in user's partition): an assignment occurrence,
 * an unscheduled run of an assignment (no `occurrenceId`), or an activity done on the
 * client's own initiative.
 */
export type DraftKey =
  | { readonly assignmentId: string; readonly occurrenceId?: string }
  | { readonly activity: Pick<ActivityRef, 'kind' | 'id'> };

/**
 * The stored id of a draft key. Ids stay readable even with encryption at rest, so they are
 * built from opaque ids only, never the user id or any answer.
 */
export function draftId(key: DraftKey): string {
  return 'activity' in key
    ? `activity:${key.activity.kind}:${key.activity.id}`
    : `assignment:${JSON.stringify([key.assignmentId, key.occurrenceId ?? null])}`;
}

/** A change to a draft. */
export interface DraftPatch {
  /** Required when the draft does not exist yet. */
  readonly activity?: ActivityRef;
  /** Merged into the answers; an `undefined` value removes that answer. */
  readonly answers?: Readonly<Record<string, AnswerValue | undefined>>;
  /** Where the client is now. */
  readonly stepId?: string;
  /** When the run began, if the caller knows better than "the first saved change". */
  readonly startedAt?: string;
}

/** Options of {@link DraftStore}. */
export interface DraftStoreOptions {
  /** The signed-in user; written into every draft and checked on resume. */
  readonly userId: string;
  /** Quiet time after the last change before writing. Default 300 ms. */
  readonly debounceMs?: number;
  /** Upper bound on how long a stream of changes may postpone a write. Default 2000 ms. */
  readonly maxWaitMs?: number;
  /** Flush on `pagehide` and `visibilitychange` to hidden (when `document` exists). Default true. */
  readonly autoFlush?: boolean;
  /** Called with each draft once its write committed. */
  readonly onSaved?: (draft: Draft) => void;
  /** Called when a write failed (the change stays pending and is retried on the next flush). */
  readonly onError?: (error: unknown, key: DraftKey) => void;
  /** The clock for `updatedAt`. */
  readonly now?: () => Date;
}

interface Waiter {
  resolve(draft: Draft): void;
  reject(error: unknown): void;
}

interface Pending {
  readonly key: DraftKey;
  patch: DraftPatch;
  waiters: Waiter[];
}

/**
 * Saves and resumes drafts for one user.
 *
 * @example
 * ```ts
 * const drafts = new DraftStore(repository, { userId: user.id });
 * const key = { assignmentId: 'a-1', occurrenceId: 'a-1@2026-03-29T09:00' };
 * const draft = await drafts.resume(key); // { stepId, answers, ... } or undefined
 * drafts.update(key, { activity, answers: { mood: 6 }, stepId: 'note' }).then(() => showSaved());
 * // after submitting:
 * await drafts.discard(key);
 * ```
 */
export class DraftStore {
  readonly #repository: Repository;
  readonly #options: DraftStoreOptions;
  /** Last committed (or read) state per draft id; `null` when known to be absent. */
  readonly #known = new Map<string, Draft | null>();
  readonly #pending = new Map<string, Pending>();
  /** Writes run one after another, so a later change can never be overwritten by an earlier one. */
  #queue: Promise<void> = Promise.resolve();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #firstPendingAt: number | undefined;
  readonly #onHide = (): void => {
    if (document.visibilityState === 'hidden') void this.flush();
  };
  readonly #onPageHide = (): void => {
    void this.flush();
  };

  constructor(repository: Repository, options: DraftStoreOptions) {
    this.#repository = repository;
    this.#options = options;
    if (options.autoFlush !== false && typeof document !== 'undefined' && typeof window !== 'undefined') {
      document.addEventListener('visibilitychange', this.#onHide);
      window.addEventListener('pagehide', this.#onPageHide);
    }
  }

  /**
   * Records a change and schedules its write. Cheap: merges into memory and (re)arms a timer.
   * The promise resolves with the saved draft once the change is committed; it rejects if
   * the write failed (the change stays pending). Ignoring the promise is fine.
   */
  update(key: DraftKey, patch: DraftPatch): Promise<Draft> {
    const id = draftId(key);
    const pending = this.#pending.get(id);
    let settle!: Waiter;
    const saved = new Promise<Draft>((resolve, reject) => {
      settle = { resolve, reject };
    });
    // Callers may fire and forget: keep a failure from becoming an unhandled rejection.
    saved.catch(() => {});
    if (pending) {
      pending.patch = mergePatches(pending.patch, patch);
      pending.waiters.push(settle);
    } else {
      this.#pending.set(id, { key, patch: mergePatches({}, patch), waiters: [settle] });
    }
    this.#schedule();
    return saved;
  }

  /** Writes every pending change now; resolves once they are committed (or failed). */
  flush(): Promise<void> {
    this.#clearTimer();
    if (this.#pending.size === 0) return this.#queue;
    // Take the batch synchronously: on `pagehide` the write must start before the page goes.
    const batch = [...this.#pending.entries()];
    this.#pending.clear();
    this.#queue = this.#queue.then(() => this.#write(batch));
    return this.#queue;
  }

  /**
   * The draft to resume, with every change made so far (pending ones are flushed first), or
   * `undefined`. A stored draft that does not parse is quarantined and reported by the
   * repository and resumes as `undefined`.
   */
  async resume(key: DraftKey): Promise<Draft | undefined> {
    const id = draftId(key);
    if (this.#pending.has(id)) await this.flush();
    else await this.#queue;
    const draft = await this.#base(id);
    return draft && draft.userId === this.#options.userId ? structuredClone(draft) : undefined;
  }

  /** Drops a draft (after its submission was saved) and any change still pending for it. */
  async discard(key: DraftKey): Promise<void> {
    const id = draftId(key);
    const pending = this.#pending.get(id);
    this.#pending.delete(id);
    const run = this.#queue.then(async () => {
      await this.#repository.drafts.delete(id);
      this.#known.set(id, null);
    });
    this.#queue = run.catch(() => {});
    await run;
    // The changes were superseded by the discard; nothing of them needs saving any more.
    pending?.waiters.forEach((waiter) => waiter.reject(new DraftDiscardedError()));
  }

  /** A delete op for the draft, to commit with the submission in one transaction. */
  discardOp(key: DraftKey): WriteOp {
    const id = draftId(key);
    this.#pending.delete(id);
    this.#known.set(id, null);
    return this.#repository.drafts.deleteOp(id);
  }

  /** Flushes and stops listening to page lifecycle events. */
  async dispose(): Promise<void> {
    if (typeof document !== 'undefined' && typeof window !== 'undefined') {
      document.removeEventListener('visibilitychange', this.#onHide);
      window.removeEventListener('pagehide', this.#onPageHide);
    }
    await this.flush();
  }

  #schedule(): void {
    const now = Date.now();
    this.#firstPendingAt ??= now;
    const debounce = this.#options.debounceMs ?? 300;
    const maxWait = this.#options.maxWaitMs ?? 2000;
    const delay = Math.max(0, Math.min(debounce, this.#firstPendingAt + maxWait - now));
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), delay);
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#firstPendingAt = undefined;
  }

  async #base(id: string): Promise<Draft | undefined> {
    const known = this.#known.get(id);
    if (known !== undefined) return known ?? undefined;
    const stored = await this.#repository.drafts.get(id);
    this.#known.set(id, stored ?? null);
    return stored;
  }

  async #write(batch: readonly [string, Pending][]): Promise<void> {
    const updatedAt = (this.#options.now?.() ?? new Date()).toISOString();
    const ops: WriteOp[] = [];
    const drafts: [string, Pending, Draft][] = [];
    for (const [id, pending] of batch) {
      try {
        const base = await this.#base(id);
        const { key, patch } = pending;
        const draft: Draft = {
          id,
          userId: this.#options.userId,
          ...('activity' in key
            ? {}
            : {
                assignmentId: key.assignmentId,
                ...(key.occurrenceId ? { occurrenceId: key.occurrenceId } : {}),
              }),
          activity: (patch.activity ?? base?.activity) as ActivityRef,
          answers: applyAnswers(base?.answers ?? {}, patch.answers),
          ...((patch.stepId ?? base?.stepId) ? { stepId: patch.stepId ?? base?.stepId } : {}),
          startedAt: base?.startedAt ?? patch.startedAt ?? updatedAt,
          updatedAt,
          revision: (base?.revision ?? 0) + 1,
        };
        // Validates (e.g. a first change without `activity`); only this draft fails then.
        ops.push(this.#repository.drafts.putOp(draft));
        drafts.push([id, pending, draft]);
      } catch (error) {
        this.#fail(id, pending, error, false);
      }
    }
    if (ops.length === 0) return;
    try {
      await this.#repository.write(ops);
    } catch (error) {
      for (const [id, pending] of drafts) this.#fail(id, pending, error, true);
      return;
    }
    for (const [id, pending, draft] of drafts) {
      this.#known.set(id, draft);
      try {
        this.#options.onSaved?.(draft);
      } catch {
        // a listener's error is not a failed save
      }
      pending.waiters.forEach((waiter) => waiter.resolve(draft));
    }
  }

  /** Rejects a change's waiters; a retryable (storage) failure keeps the change pending. */
  #fail(id: string, pending: Pending, error: unknown, keep: boolean): void {
    if (keep) {
      const newer = this.#pending.get(id);
      this.#pending.set(id, {
        key: pending.key,
        patch: newer ? mergePatches(pending.patch, newer.patch) : pending.patch,
        waiters: newer?.waiters ?? [],
      });
    }
    try {
      this.#options.onError?.(error, pending.key);
    } catch {
      // ignore listener errors
    }
    pending.waiters.forEach((waiter) => waiter.reject(error));
  }
}

/** The promise of an `update()` whose change was dropped by `discard()`. */
export class DraftDiscardedError extends Error {
  constructor() {
    super('The draft was discarded before this change was saved.');
    this.name = 'DraftDiscardedError';
  }
}

function mergePatches(older: DraftPatch, newer: DraftPatch): DraftPatch {
  return {
    activity: newer.activity ?? older.activity,
    stepId: newer.stepId ?? older.stepId,
    startedAt: older.startedAt ?? newer.startedAt,
    answers: older.answers || newer.answers ? { ...older.answers, ...newer.answers } : undefined,
  };
}

function applyAnswers(base: Answers, changes: DraftPatch['answers']): Answers {
  if (!changes) return base;
  const answers: Record<string, AnswerValue> = { ...base };
  for (const [itemId, value] of Object.entries(changes)) {
    if (value === undefined) delete answers[itemId];
    else answers[itemId] = value;
  }
  return answers;
}
