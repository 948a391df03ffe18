/**
 * The outbox: one entry per local record that still has to reach the server.
 *
 * An entry holds no record content, only the record's id and collection: the engine loads
 * the record when it pushes, so the server always gets the latest local version and a
 * record written twice before a sync is pushed once. The repository writes the entry in
 * the same atomic batch as the record ({@link outboxPut}), so a record is never stored
 * without its entry, or the other way round.
 *
 * The entry's `id` is the record's id, which is also the idempotency key the server
 * de-duplicates on. Record ids must therefore be unique across the synced collections of
 * a partition (UUIDs made on the device are).
 *
 * @module
 */
import { parse, safeParse } from '@interlude/core';
import * as z from 'zod/mini';
import type { StorageBackend, WriteOp } from '../backend/types.js';
import { SYNCED_COLLECTIONS, TRANSPORT_FAILURES, type SyncedCollection } from './transport.js';

/** `pending` entries are pushed when due; `rejected` ones were refused by the server and stay for inspection. */
export const OUTBOX_STATES = ['pending', 'rejected'] as const;

/** One of {@link OUTBOX_STATES}. */
export type OutboxState = (typeof OUTBOX_STATES)[number];

/**
 * Why the last attempt failed: a whole-call {@link TRANSPORT_FAILURES | transport failure},
 * or `retry` when the server asked to retry this one entry.
 */
export const OUTBOX_FAILURES = [...TRANSPORT_FAILURES, 'retry'] as const;

/** One of {@link OUTBOX_FAILURES}. */
export type OutboxFailure = (typeof OUTBOX_FAILURES)[number];

const InstantSchema = z.iso.datetime({ offset: true });

/** Schema for {@link OutboxEntry}; stored entries are parsed with it, never trusted. */
export const OutboxEntrySchema = z.object({
  /** The record's id: the idempotency key. */
  id: z.string().check(z.minLength(1)),
  collection: z.enum(SYNCED_COLLECTIONS),
  /** When the change was made on the device. */
  enqueuedAt: InstantSchema,
  /** Failed attempts so far; drives the backoff. */
  attempts: z.number().check(z.int(), z.gte(0)),
  /** The earliest time the engine pushes it (again). */
  nextAttemptAt: InstantSchema,
  /** The kind of the last failure. Only the kind: server messages may quote content. */
  lastFailure: z.optional(z.enum(OUTBOX_FAILURES)),
  state: z.enum(OUTBOX_STATES),
  /** The server version the local change was based on, passed on as `PushEntry.baseVersion`. */
  baseVersion: z.optional(z.string()),
});

/** A local record waiting to be pushed (or refused by the server). */
export type OutboxEntry = z.output<typeof OutboxEntrySchema>;

/**
 * A new, immediately due outbox entry for a record written at `now`.
 *
 * @example
 * ```ts
 * const entry = createOutboxEntry({ id: submission.id, collection: 'submissions', now: new Date() });
 * await backend.write([{ type: 'put', collection: 'submissions', value: submission }, outboxPut(entry)]);
 * ```
 */
export function createOutboxEntry(options: {
  id: string;
  collection: SyncedCollection;
  now: Date;
  baseVersion?: string;
}): OutboxEntry {
  const at = options.now.toISOString();
  return {
    id: options.id,
    collection: options.collection,
    enqueuedAt: at,
    attempts: 0,
    nextAttemptAt: at,
    state: 'pending',
    ...(options.baseVersion === undefined ? {} : { baseVersion: options.baseVersion }),
  };
}

/**
 * The write op that stores `entry`, for the same atomic batch as its record. Putting an
 * entry for a record already in the outbox replaces it (attempts start again at 0).
 *
 * @throws ValidationError when `entry` is malformed, before anything is written.
 */
export function outboxPut(entry: OutboxEntry): WriteOp {
  return { type: 'put', collection: 'outbox', value: parse(OutboxEntrySchema, entry, 'outbox entry') };
}

// The pattern `InstantSchema` tests with; without one, {@link queueChange} parses every entry.
const INSTANT = (InstantSchema as { _zod: { def: { pattern?: RegExp } } })._zod.def.pattern ?? /(?!)/;

/**
 * @internal {@link createOutboxEntry} and {@link outboxPut} for a change to a record the caller
 * has just validated (`id` is its id): a save makes one or two of these, and parsing an entry
 * built from constants costs more than its put. The one field that can be wrong, the clock's
 * time, is tested with the schema's own pattern; an entry that fails it is parsed as before.
 */
export function queueChange(
  id: string,
  collection: SyncedCollection,
  now: Date,
): { entry: OutboxEntry; op: WriteOp } {
  const entry = createOutboxEntry({ id, collection, now });
  const checked = id.length > 0 && INSTANT.test(entry.enqueuedAt);
  return { entry, op: checked ? { type: 'put', collection: 'outbox', value: entry } : outboxPut(entry) };
}

/** The write op that removes the outbox entry of record `id`. */
export function outboxDelete(id: string): WriteOp {
  return { type: 'delete', collection: 'outbox', id };
}

/** Every outbox entry that parses; malformed ones are counted, not thrown (they hold no content to lose). */
export async function readOutbox(
  backend: StorageBackend,
): Promise<{ entries: OutboxEntry[]; invalid: number }> {
  const entries: OutboxEntry[] = [];
  let invalid = 0;
  for (const value of await backend.getAll('outbox')) {
    const result = safeParse(OutboxEntrySchema, value, 'outbox entry');
    if (result.ok) entries.push(result.value);
    else invalid += 1;
  }
  return { entries, invalid };
}

/** The stored entry for record `id`, or `undefined` (also when it does not parse). */
export async function readOutboxEntry(backend: StorageBackend, id: string): Promise<OutboxEntry | undefined> {
  const result = safeParse(OutboxEntrySchema, await backend.get('outbox', id), 'outbox entry');
  return result.ok ? result.value : undefined;
}

/**
 * Pending entries whose `nextAttemptAt` has come, oldest change first, at most `limit`.
 *
 * @example
 * ```ts
 * const batch = await dueEntries(backend, new Date(), 50);
 * ```
 */
export async function dueEntries(backend: StorageBackend, now: Date, limit: number): Promise<OutboxEntry[]> {
  const { entries } = await readOutbox(backend);
  return selectDue(entries, now, limit);
}

/** {@link dueEntries} over entries already read. */
export function selectDue(entries: readonly OutboxEntry[], now: Date, limit: number): OutboxEntry[] {
  const at = now.getTime();
  return entries
    .filter((entry) => entry.state === 'pending' && Date.parse(entry.nextAttemptAt) <= at)
    .sort((a, b) => compare(a.enqueuedAt, b.enqueuedAt, Date.parse) || compare(a.id, b.id, (id) => id))
    .slice(0, Math.max(0, limit));
}

/** How many entries are pending and rejected: what a status line shows. */
export function countOutbox(entries: readonly OutboxEntry[]): { pending: number; rejected: number } {
  let pending = 0;
  for (const entry of entries) if (entry.state === 'pending') pending += 1;
  return { pending, rejected: entries.length - pending };
}

/** When the oldest pending entry was made (its `enqueuedAt`), or `undefined` when none is pending. */
export function oldestPendingAt(entries: readonly OutboxEntry[]): string | undefined {
  let oldest: OutboxEntry | undefined;
  for (const entry of entries) {
    if (entry.state !== 'pending') continue;
    if (!oldest || Date.parse(entry.enqueuedAt) < Date.parse(oldest.enqueuedAt)) oldest = entry;
  }
  return oldest && new Date(Date.parse(oldest.enqueuedAt)).toISOString();
}

function compare<T>(a: string, b: string, key: (value: string) => T): number {
  const x = key(a);
  const y = key(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
