/**
 * Which journal entries still protect something. An entry holds local changes (records with
 * an outbox entry in the same batch) and draft values. A change stops needing protection once
 * the server confirmed it (its outbox entry is deleted) or a later entry holds a newer version
 * of it; a draft, once a later entry holds a newer value or the draft was deleted. An entry
 * with nothing left is retired.
 *
 * @module
 */
import type { CollectionName, WriteOp } from '../types.js';

/** Collections whose records sync (everything but drafts and bookkeeping). */
const RECORD_COLLECTIONS: ReadonlySet<CollectionName> = new Set([
  'definitions',
  'assignments',
  'submissions',
  'scores',
  'flags',
  'acknowledgements',
  'preferences',
]);

/** What one write batch means for the journal. */
export interface BatchPlan {
  /** The ops to journal (none: nothing in the batch needs protection). */
  readonly journal: readonly WriteOp[];
  /** Local changes in the batch: record ids with an outbox entry in the same batch. */
  readonly changes: readonly { readonly id: string; readonly collection: CollectionName }[];
  /** Drafts written. */
  readonly draftPuts: readonly string[];
  /** Drafts deleted (a discard, or the submission that finished them). */
  readonly draftDeletes: readonly string[];
  /** Outbox entries deleted: the server has those changes (or they were dropped). */
  readonly confirmed: readonly string[];
  /** Submissions the batch puts as local changes, and the ids of any it deletes. */
  readonly submissionsSaved: readonly string[];
  readonly submissionsDeleted: readonly string[];
}

/** Reads a batch: what to journal, and what it changes about the live entries. */
export function planBatch(ops: readonly WriteOp[]): BatchPlan {
  const queued = new Set<string>();
  for (const op of ops) if (op.type === 'put' && op.collection === 'outbox') queued.add(op.value.id);
  const changes: { id: string; collection: CollectionName }[] = [];
  const draftPuts: string[] = [];
  const draftDeletes: string[] = [];
  const confirmed: string[] = [];
  const submissionsSaved: string[] = [];
  const submissionsDeleted: string[] = [];
  for (const op of ops) {
    const id = op.type === 'put' ? op.value.id : op.id;
    if (op.collection === 'outbox') {
      if (op.type === 'delete') confirmed.push(id);
    } else if (op.collection === 'drafts') {
      (op.type === 'put' ? draftPuts : draftDeletes).push(id);
    } else if (RECORD_COLLECTIONS.has(op.collection)) {
      if (op.collection === 'submissions' && op.type === 'delete') submissionsDeleted.push(id);
      if (!queued.has(id) || op.unless) continue;
      changes.push({ id, collection: op.collection });
      if (op.collection === 'submissions' && op.type === 'put') submissionsSaved.push(id);
    }
  }
  const journaled = changes.length > 0 || draftPuts.length > 0;
  return {
    // Sync bookkeeping and quarantine are not the user's work; a fresh partition rebuilds them.
    journal: journaled ? ops.filter((op) => op.collection !== 'meta' && op.collection !== 'quarantine') : [],
    changes,
    draftPuts,
    draftDeletes,
    confirmed,
    submissionsSaved,
    submissionsDeleted,
  };
}

/** The live entries of one backend's journal. */
export class JournalIndex {
  readonly #entries = new Map<number, { changes: Set<string>; drafts: Set<string> }>();
  readonly #changeAt = new Map<string, number>();
  readonly #draftAt = new Map<string, number>();

  /** Whether any entry is live. */
  get empty(): boolean {
    return this.#entries.size === 0;
  }

  /**
   * Registers a new entry; returns the older entries it made unnecessary (and the new one
   * itself if it holds nothing). Writes may finish out of order: an id a later entry already
   * holds stays with that one.
   */
  add(seq: number, changes: readonly string[], drafts: readonly string[]): number[] {
    const newer = (where: Map<string, number>) => (id: string) => (where.get(id) ?? -1) < seq;
    const claimedChanges = changes.filter(newer(this.#changeAt));
    const claimedDrafts = drafts.filter(newer(this.#draftAt));
    const retired = [
      ...this.#take(this.#changeAt, claimedChanges, 'changes'),
      ...this.#take(this.#draftAt, claimedDrafts, 'drafts'),
    ];
    if (claimedChanges.length === 0 && claimedDrafts.length === 0) return [...retired, seq];
    this.#entries.set(seq, { changes: new Set(claimedChanges), drafts: new Set(claimedDrafts) });
    for (const id of claimedChanges) this.#changeAt.set(id, seq);
    for (const id of claimedDrafts) this.#draftAt.set(id, seq);
    return retired;
  }

  /** Changes the server confirmed; returns the entries left with nothing to protect. */
  confirm(ids: readonly string[]): number[] {
    return this.#take(this.#changeAt, ids, 'changes');
  }

  /** Drafts deleted; returns the entries left with nothing to protect. */
  dropDrafts(ids: readonly string[]): number[] {
    return this.#take(this.#draftAt, ids, 'drafts');
  }

  /** Removes `ids` from the entries holding them; returns the seqs of entries now empty. */
  #take(where: Map<string, number>, ids: readonly string[], kind: 'changes' | 'drafts'): number[] {
    const emptied: number[] = [];
    for (const id of ids) {
      const seq = where.get(id);
      if (seq === undefined) continue;
      where.delete(id);
      const entry = this.#entries.get(seq);
      if (!entry) continue;
      entry[kind].delete(id);
      if (entry.changes.size === 0 && entry.drafts.size === 0) {
        this.#entries.delete(seq);
        emptied.push(seq);
      }
    }
    return emptied;
  }
}
