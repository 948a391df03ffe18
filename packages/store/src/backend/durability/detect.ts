/**
 * The check on every open: is this the partition the marker and the journals remember, or
 * was it deleted (a database without its instance id, where they say one existed), or is it
 * emptier than they say (an unsynced record a journal vouches for, or one of the newest
 * submissions the marker lists, is missing)? And which journal entries to write back.
 *
 * @module
 */
import type { StorageBackend, StorageLoss } from '../types.js';
import { planBatch } from './journal-index.js';
import type { ForeignJournal, JournalEntry } from './journal.js';
import type { PartitionMarker } from './marker.js';

/** The `meta` record holding the partition's instance id. Never shown to callers. */
export const INSTANCE_META_ID = 'durability:instance';

/** What the journals and the marker said about the database as it opened. */
export interface Findings {
  readonly instance: string;
  readonly isNew: boolean;
  readonly loss: StorageLoss | undefined;
  readonly replay: readonly JournalEntry[];
}

/**
 * Compares the database with the marker and the journals of gone or other tabs: a database
 * without an instance id is new or deleted; one that misses records they vouch for is emptier.
 */
export async function examine(
  inner: StorageBackend,
  marker: PartitionMarker | undefined,
  journals: readonly ForeignJournal[],
): Promise<Findings> {
  const stored = await inner.get('meta', INSTANCE_META_ID);
  const existing = (stored as { instance?: unknown } | undefined)?.instance;
  if (typeof existing !== 'string') {
    const instance = crypto.randomUUID();
    const knewIt = marker !== undefined || journals.some((found) => found.instance !== undefined);
    if (!knewIt) return { instance, isNew: true, loss: undefined, replay: [] };
    const replay = ordered(journals.flatMap((found) => found.entries));
    return { instance, isNew: true, loss: lossOf('deleted', replay), replay };
  }
  const replay: JournalEntry[] = [];
  for (const found of journals) {
    if (found.instance !== undefined && found.instance !== existing) continue;
    for (const entry of found.entries) {
      // An entry whose transaction never committed was a save cut short, never confirmed.
      if (found.committed.has(entry.seq) && (await missesChanges(inner, entry))) replay.push(entry);
    }
  }
  let emptier = replay.length > 0;
  if (marker?.instance === existing) {
    for (const id of marker.newest) if ((await inner.get('submissions', id)) === undefined) emptier = true;
  }
  const sorted = ordered(replay);
  return {
    instance: existing,
    isNew: false,
    loss: emptier ? lossOf('emptier', sorted) : undefined,
    replay: sorted,
  };
}

/** Whether the database has neither the record nor the outbox entry of a change the entry holds. */
async function missesChanges(inner: StorageBackend, entry: JournalEntry): Promise<boolean> {
  for (const { id, collection } of planBatch(entry.ops).changes) {
    if ((await inner.get('outbox', id)) !== undefined) continue;
    if ((await inner.get(collection, id)) !== undefined) continue;
    return true;
  }
  return false;
}

/** Oldest first; entries of one journal keep their order. */
function ordered(entries: readonly JournalEntry[]): JournalEntry[] {
  return [...entries].sort((a, b) => a.at - b.at || a.seq - b.seq);
}

function lossOf(reason: StorageLoss['reason'], replay: readonly JournalEntry[]): StorageLoss {
  const changes = new Set<string>();
  const submissions = new Set<string>();
  const drafts = new Map<string, boolean>();
  for (const entry of replay) {
    const plan = planBatch(entry.ops);
    for (const change of plan.changes) changes.add(change.id);
    for (const id of plan.submissionsSaved) submissions.add(id);
    for (const id of plan.draftPuts) drafts.set(id, true);
    for (const id of plan.draftDeletes) drafts.set(id, false);
  }
  return {
    reason,
    detectedAt: new Date().toISOString(),
    recovered: {
      changes: changes.size,
      submissions: submissions.size,
      drafts: [...drafts.values()].filter(Boolean).length,
    },
  };
}
