/**
 * The journal: a second copy, outside IndexedDB, of what a partition holds that the server
 * does not have yet (unsynced changes with their outbox entries, the latest drafts). If the
 * browser deletes the database (it does after finding it corrupt, and when it evicts an
 * origin), the journal is replayed into the fresh one.
 *
 * Each open backend keeps its own journal (another tab's is read, never written), identified
 * by a random owner id. Entries are the raw write ops of one batch, exactly as the database
 * got them, so an encrypted partition's journal holds only ciphertext. This module is the
 * contract; `opfs-journal.ts` and `local-storage-journal.ts` are the two places it lives.
 *
 * @module
 */
import * as z from 'zod/mini';
import { COLLECTIONS, type JournalKind, type WriteOp } from '../types.js';

/** One journaled write batch. */
export interface JournalEntry {
  /** Increasing within one owner's journal. */
  readonly seq: number;
  /** `Date.now()` when written: orders entries of different owners on replay. */
  readonly at: number;
  readonly ops: readonly WriteOp[];
}

/** Another backend's journal of the same partition, as read when this one opened. */
export interface ForeignJournal {
  readonly owner: string;
  /** The partition instance it was written for (absent when its header was lost). */
  readonly instance: string | undefined;
  /** Its entries that were not retired, in order. */
  readonly entries: readonly JournalEntry[];
  /**
   * The seqs of entries known to have reached the database. An entry is appended while its
   * transaction runs, so a kill can leave one whose transaction never committed (and whose
   * save was never confirmed); only a committed entry missing from the database is a loss.
   */
  readonly committed: ReadonlySet<number>;
  /** Its owner is gone (the tab closed or died), so this backend may take it over and delete it. */
  readonly adoptable: boolean;
}

/** One backend's journal, on one medium. Calls are applied in the order they are made. */
export interface JournalMedium {
  readonly kind: Exclude<JournalKind, 'none'>;
  /** Every other journal of this partition. */
  readForeign(): Promise<ForeignJournal[]>;
  /** Partition instances that were signed out (their journals must never be replayed). */
  wipedInstances(): Promise<Set<string>>;
  /** Forgets sign-out marks that no journal refers to any more. */
  forgetWiped(instances: readonly string[]): Promise<void>;
  /** Starts this backend's own journal for `instance`, holding `entries` (a snapshot). */
  start(instance: string, entries: readonly JournalEntry[]): Promise<void>;
  /** Adds an entry; resolves once it is as durable as the medium allows. */
  append(entry: JournalEntry): Promise<void>;
  /**
   * Notes that the entries' transactions committed. Best effort and not awaited: a mark lost
   * in a kill only makes the open after it less sure that the record had been stored.
   */
  committed(seqs: readonly number[]): void;
  /** Marks entries as no longer needed (their changes reached the server, or were superseded). */
  retire(seqs: readonly number[]): Promise<void>;
  /** Deletes the journals of gone owners, after their entries were taken over. */
  removeForeign(owners: readonly string[]): Promise<void>;
  /** Lets go of the own journal; with `discard`, deletes it too. */
  close(discard: boolean): Promise<void>;
  /** Sign-out: marks `instance` wiped, then deletes every journal of the partition it can. */
  wipe(instance: string): Promise<void>;
}

/**
 * How long commit and retire marks wait before they are written on their own. They are not
 * urgent (a lost mark only means more checking after a kill), so a save costs one write.
 */
export const MARKS_DELAY_MS = 100;

/** The journal could not take an entry: it is full (localStorage's cap) or its storage failed. */
export class JournalError extends Error {
  constructor(readonly failure: 'full' | 'failed') {
    super(failure === 'full' ? 'The journal is full.' : 'The journal could not be written.');
    this.name = 'JournalError';
  }
}

/** A random owner id (file and key names are built from it). */
export function newOwnerId(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

const OpSchema = z.union([
  z.object({
    type: z.literal('put'),
    collection: z.enum(COLLECTIONS),
    value: z.looseObject({ id: z.string().check(z.minLength(1)) }),
  }),
  z.object({
    type: z.literal('delete'),
    collection: z.enum(COLLECTIONS),
    id: z.string().check(z.minLength(1)),
  }),
]);

/** How an entry is stored: short keys, because it is written on every save. */
export const StoredEntrySchema = z.object({
  e: z.int().check(z.gte(0)),
  t: z.number(),
  ops: z.array(OpSchema),
});

/** The stored form of an entry. */
export function storedEntry(entry: JournalEntry): z.output<typeof StoredEntrySchema> {
  return { e: entry.seq, t: entry.at, ops: entry.ops as z.output<typeof StoredEntrySchema>['ops'] };
}

/** An entry read back, or `undefined` when it does not parse (a journal is untrusted storage too). */
export function parseEntry(value: unknown): JournalEntry | undefined {
  const result = z.safeParse(StoredEntrySchema, value);
  return result.success
    ? { seq: result.data.e, at: result.data.t, ops: result.data.ops as WriteOp[] }
    : undefined;
}
