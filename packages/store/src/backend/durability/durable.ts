/**
 * A partition that survives the browser deleting its own database.
 *
 * Chromium deletes an origin's IndexedDB when it finds it corrupt (a kill of the whole
 * browser mid-write can leave a LevelDB checksum mismatch), and browsers evict origins under
 * storage pressure. Both look, to the page, like a new device. This layer, between the
 * IndexedDB backend and the encryption wrapper, makes both visible and recoverable:
 *
 * - **Detect.** The database holds a random instance id (`meta`, {@link INSTANCE_META_ID});
 *   a marker in localStorage and every journal's header name it too. A database without it,
 *   where a marker or journal says one existed, was deleted; one missing records the journal
 *   (entries marked committed) or the marker vouch for is emptier than it was. Either way
 *   {@link StorageLoss} says so. A deleted database gets every live entry back, also one whose
 *   transaction may not have committed (its save was never confirmed, so either is right).
 * - **Recover.** Every batch holding a local change (a record with its outbox entry) or a
 *   draft is appended to a journal outside IndexedDB (OPFS, else localStorage) in the same
 *   `write()`, before the transaction: the write resolves only when the journal has the entry
 *   and the transaction committed. Entries retire once the server has their changes. After a loss, the live
 *   entries of every journal are written back into the fresh database.
 * - **Ask to keep it.** The first write of a session asks the browser for persistent storage.
 *
 * Sign-out deletes the marker and the journals with the database, and leaves a tombstone, so
 * a signed-out partition is never mistaken for a lost one.
 *
 * @module
 */
import type {
  CollectionName,
  DurabilityReport,
  IndexedCollection,
  IndexedField,
  PersistenceOutcome,
  StorageBackend,
  StorageLoss,
  SubmissionRange,
  WriteOp,
} from '../types.js';
import { inSubmissionRanges } from '../submission-ranges.js';
import { validateOps } from '../validate.js';
import { JournalIndex, planBatch } from './journal-index.js';
import {
  JournalError,
  MARKS_DELAY_MS,
  type ForeignJournal,
  type JournalEntry,
  type JournalMedium,
} from './journal.js';
import { LocalStorageJournal, localStorageSupported } from './local-storage-journal.js';
import {
  NEWEST_KEPT,
  clearMarker,
  readMarker,
  updateMarker,
  writeMarker,
  type PartitionMarker,
} from './marker.js';
import { OpfsJournal } from './opfs-journal.js';
import { opfsSupported } from './opfs-files.js';
import { INSTANCE_META_ID, examine, type Findings } from './detect.js';
import { persistedNow, requestPersistence } from './persistence.js';

export { INSTANCE_META_ID } from './detect.js';

/** Where the journal may live: `'auto'` tries OPFS, then localStorage. */
export type JournalChoice = 'auto' | 'opfs' | 'local-storage' | false;

/** Options of {@link openDurable}. */
export interface DurableOptions {
  readonly journal: JournalChoice;
  /** Cap of a localStorage journal, in UTF-16 code units. */
  readonly journalLimit: number | undefined;
  /** Ask for persistent storage on the first write of a session. */
  readonly requestPersistence: boolean;
  /** Flush journal writes to the disk too (as `durability: 'strict'` does for IndexedDB). */
  readonly flush: boolean;
}

const SYNCED: readonly CollectionName[] = [
  'definitions',
  'assignments',
  'submissions',
  'scores',
  'flags',
  'acknowledgements',
  'preferences',
];

/**
 * Wraps an open IndexedDB partition: checks it against its marker and journals, writes back
 * what the journals hold if it was lost, and journals every local change from now on.
 * Runs under a Web Lock per partition, so two tabs opening at once never recover twice.
 */
export async function openDurable(
  inner: StorageBackend,
  partition: string,
  options: DurableOptions,
): Promise<StorageBackend> {
  return withLock(`interlude-open:${partition}`, async () => {
    const journal = await openJournal(partition, options);
    try {
      return await DurableBackend.open(inner, partition, journal, options);
    } catch (error) {
      await journal?.close(false).catch(() => undefined);
      throw error;
    }
  });
}

async function openJournal(partition: string, options: DurableOptions): Promise<JournalMedium | undefined> {
  if (options.journal === false) return undefined;
  if (options.journal !== 'local-storage' && opfsSupported()) {
    try {
      return await OpfsJournal.open(partition, options.flush);
    } catch {
      // no worker (Content-Security-Policy) or no OPFS here: fall back
    }
  }
  if (options.journal !== 'opfs' && localStorageSupported()) {
    return new LocalStorageJournal(partition, options.journalLimit);
  }
  return undefined;
}

/** The journals of other tabs, as one medium found them. */
interface Source {
  readonly medium: JournalMedium;
  readonly journals: readonly ForeignJournal[];
}

class DurableBackend implements StorageBackend {
  readonly kind: StorageBackend['kind'];
  readonly #inner: StorageBackend;
  readonly #partition: string;
  readonly #options: DurableOptions;
  #journal: JournalMedium | undefined;
  /** The localStorage journals of tabs that fell back to it, read beside an OPFS journal. */
  #others: JournalMedium | undefined;
  readonly #index = new JournalIndex();
  #seq = 0;
  #instance: string;
  #marker: PartitionMarker;
  #loss: StorageLoss | undefined;
  #journalFailure: DurabilityReport['journalFailure'];
  #persistence: PersistenceOutcome = 'not-requested';
  #asked = false;
  #markerTimer: ReturnType<typeof setTimeout> | undefined;
  /** Retire calls run one after another, after the writes that caused them. */
  #retiring: Promise<void> = Promise.resolve();

  private constructor(
    inner: StorageBackend,
    partition: string,
    journal: JournalMedium | undefined,
    options: DurableOptions,
    findings: Findings,
    marker: PartitionMarker,
  ) {
    this.kind = inner.kind;
    this.#inner = inner;
    this.#partition = partition;
    this.#journal = journal;
    this.#options = options;
    this.#instance = findings.instance;
    this.#loss = findings.loss;
    this.#marker = marker;
  }

  static async open(
    inner: StorageBackend,
    partition: string,
    journal: JournalMedium | undefined,
    options: DurableOptions,
  ): Promise<DurableBackend> {
    const marker = readMarker(partition);
    // A tab that could not use OPFS kept its journal in localStorage: read (and wipe) both.
    const others =
      journal?.kind === 'opfs' && localStorageSupported() ? new LocalStorageJournal(partition) : undefined;
    let unreadable = false;
    const sources: Source[] = [];
    const wiped = new Set<string>();
    for (const medium of [journal, others]) {
      if (!medium) continue;
      const journals = await medium.readForeign().catch(() => {
        // Reported below; the database itself is still checked against the marker.
        unreadable = true;
        return [];
      });
      sources.push({ medium, journals });
      for (const instance of await medium.wipedInstances().catch(() => new Set<string>()))
        wiped.add(instance);
    }
    // Journals of a signed-out instance are leftovers of a sign-out: never replayed.
    const relevant = sources
      .flatMap((source) => source.journals)
      .filter((found) => !(found.instance !== undefined && wiped.has(found.instance)));
    const findings = await examine(inner, marker, relevant);

    const writes: WriteOp[] = [...findings.replay.flatMap((entry) => entry.ops)];
    if (findings.isNew)
      writes.push({
        type: 'put',
        collection: 'meta',
        value: { id: INSTANCE_META_ID, instance: findings.instance },
      });
    if (writes.length > 0) await inner.write(writes);

    const nextMarker: PartitionMarker = {
      v: 1,
      instance: findings.instance,
      createdAt: marker?.instance === findings.instance ? marker.createdAt : new Date().toISOString(),
      newest: marker?.instance === findings.instance ? marker.newest : [],
    };
    writeMarker(partition, nextMarker);

    const backend = new DurableBackend(inner, partition, journal, options, findings, nextMarker);
    backend.#others = others;
    if (unreadable) backend.#journalFailed(new JournalError('failed'));
    await backend.#startJournal(relevant, sources, wiped);
    backend.#persistence = await persistedNow();
    return backend;
  }

  get durability(): DurabilityReport {
    return {
      journal: this.#journal?.kind ?? 'none',
      ...(this.#journalFailure ? { journalFailure: this.#journalFailure } : {}),
      ...(this.#loss ? { loss: this.#loss } : {}),
      persistence: this.#persistence,
    };
  }

  async get(collection: CollectionName, id: string): Promise<unknown> {
    if (collection === 'meta' && id === INSTANCE_META_ID) return undefined;
    return this.#inner.get(collection, id);
  }

  async getAll(collection: CollectionName): Promise<unknown[]> {
    const all = await this.#inner.getAll(collection);
    return collection === 'meta' ? all.filter((record) => recordId(record) !== INSTANCE_META_ID) : all;
  }

  getAllWhere(
    collection: IndexedCollection,
    field: IndexedField<IndexedCollection>,
    value: string,
  ): Promise<unknown[]> {
    const inner = this.#inner;
    if (inner.getAllWhere) return inner.getAllWhere(collection, field, value);
    return inner
      .getAll(collection)
      .then((all) => all.filter((record) => (record as Record<string, unknown> | null)?.[field] === value));
  }

  async getSubmissionRanges(ranges: readonly SubmissionRange[]): Promise<unknown[]> {
    const inner = this.#inner;
    if (inner.getSubmissionRanges) return inner.getSubmissionRanges(ranges);
    return inSubmissionRanges(await inner.getAll('submissions'), ranges);
  }

  async write(ops: readonly WriteOp[]): Promise<void> {
    validateOps(ops);
    const plan = planBatch(ops);
    this.#forgetNewest(plan.submissionsDeleted);
    const journal = plan.journal.length > 0 ? this.#journal : undefined;
    if (!journal) {
      await this.#inner.write(ops);
    } else {
      const entry: JournalEntry = { seq: (this.#seq += 1), at: Date.now(), ops: plan.journal };
      // "Saved" means both the journal and the database have it. The OPFS journal is written
      // first, then the transaction: in this order the commit is followed by the caller's
      // continuation without a task in between, so nothing (another read, a status count) sees
      // the records before the caller knows they are saved. localStorage takes the entry before
      // append() returns, and the transaction cannot complete before this task ends, so there it
      // is written while the transaction runs (the browser stores localStorage lazily either way).
      const write = (): Promise<PromiseSettledResult<void>[]> => Promise.allSettled([this.#inner.write(ops)]);
      const early = journal.kind === 'local-storage' ? write() : undefined;
      const journaled = await journal.append(entry).then(
        () => ({ status: 'fulfilled' as const }),
        (reason: unknown) => ({ status: 'rejected' as const, reason }),
      );
      const [written] = (await (early ?? write())) as [PromiseSettledResult<void>];
      if (written.status === 'rejected') {
        // Not saved, so it must not come back after a loss: retire it before saying so.
        if (journaled.status === 'fulfilled') {
          this.#retire([entry.seq]);
          await this.#retiring;
        }
        throw written.reason;
      }
      if (journaled.status === 'rejected') {
        this.#journalFailed(journaled.reason);
      } else {
        journal.committed([entry.seq]);
        this.#retire(
          this.#index.add(
            entry.seq,
            plan.changes.map((change) => change.id),
            plan.draftPuts,
          ),
        );
      }
      this.#rememberNewest(plan.submissionsSaved);
    }
    this.#retire([...this.#index.confirm(plan.confirmed), ...this.#index.dropDrafts(plan.draftDeletes)]);
    if (!this.#asked && this.#options.requestPersistence) this.#askToPersist();
  }

  async destroy(): Promise<void> {
    if (this.#markerTimer !== undefined) clearTimeout(this.#markerTimer);
    this.#markerTimer = undefined;
    clearMarker(this.#partition);
    const journal = this.#journal;
    this.#journal = undefined;
    await this.#retiring;
    await journal?.wipe(this.#instance).catch(() => undefined);
    await this.#others?.wipe(this.#instance).catch(() => undefined);
    await this.#inner.destroy();
  }

  close(): void {
    if (this.#markerTimer !== undefined) this.#writeMarkerNow();
    const journal = this.#journal;
    this.#journal = undefined;
    void this.#retiring.then(() => journal?.close(this.#index.empty)).catch(() => undefined);
    this.#inner.close();
  }

  /**
   * Starts this backend's journal with what the partition holds unsynced now (so nothing
   * depends on a journal another tab may delete), then deletes the journals of gone tabs.
   */
  async #startJournal(
    relevant: readonly ForeignJournal[],
    sources: readonly Source[],
    wiped: Set<string>,
  ): Promise<void> {
    const journal = this.#journal;
    if (!journal) return;
    try {
      const snapshot = await this.#snapshot(relevant);
      await journal.start(
        this.#instance,
        snapshot.map(({ entry }) => entry),
      );
      for (const { entry, changes, drafts } of snapshot) this.#index.add(entry.seq, changes, drafts);
      const stillReferenced = new Set<string | undefined>();
      for (const { medium, journals } of sources) {
        await medium.removeForeign(journals.filter((found) => found.adoptable).map((found) => found.owner));
        for (const found of journals) if (!found.adoptable) stillReferenced.add(found.instance);
      }
      const forgotten = [...wiped].filter((instance) => !stillReferenced.has(instance));
      for (const { medium } of sources) await medium.forgetWiped(forgotten);
    } catch (error) {
      this.#journalFailed(error);
    }
  }

  /** One entry per unsynced change (its record and outbox entry) and per draft, as stored now. */
  async #snapshot(
    relevant: readonly ForeignJournal[],
  ): Promise<{ entry: JournalEntry; changes: string[]; drafts: string[] }[]> {
    // Outbox entries of an encrypted partition do not show their record's collection; the
    // journals usually know it, otherwise each synced collection is asked in turn.
    const known = new Map<string, CollectionName>();
    for (const found of relevant)
      for (const entry of found.entries)
        for (const change of planBatch(entry.ops).changes) known.set(change.id, change.collection);
    const at = Date.now();
    const snapshot: { entry: JournalEntry; changes: string[]; drafts: string[] }[] = [];
    for (const outboxEntry of await this.#inner.getAll('outbox')) {
      const id = recordId(outboxEntry);
      if (id === undefined) continue;
      const plain = (outboxEntry as { collection?: unknown }).collection;
      const candidates =
        typeof plain === 'string'
          ? [plain as CollectionName]
          : [known.get(id), ...SYNCED].filter((name): name is CollectionName => name !== undefined);
      for (const collection of new Set(candidates)) {
        const record = await this.#inner.get(collection, id);
        if (record === undefined) continue;
        const ops: WriteOp[] = [
          { type: 'put', collection, value: record as { id: string } },
          { type: 'put', collection: 'outbox', value: outboxEntry as { id: string } },
        ];
        snapshot.push({ entry: { seq: (this.#seq += 1), at, ops }, changes: [id], drafts: [] });
        break;
      }
    }
    for (const draft of await this.#inner.getAll('drafts')) {
      const id = recordId(draft);
      if (id === undefined) continue;
      const ops: WriteOp[] = [{ type: 'put', collection: 'drafts', value: draft as { id: string } }];
      snapshot.push({ entry: { seq: (this.#seq += 1), at, ops }, changes: [], drafts: [id] });
    }
    return snapshot;
  }

  #retire(seqs: readonly number[]): void {
    const journal = this.#journal;
    if (!journal || seqs.length === 0) return;
    this.#retiring = this.#retiring
      .then(() => journal.retire(seqs))
      .catch((error: unknown) => this.#journalFailed(error));
  }

  #journalFailed(error: unknown): void {
    this.#journalFailure = error instanceof JournalError && error.failure === 'full' ? 'full' : 'failed';
  }

  #rememberNewest(ids: readonly string[]): void {
    if (ids.length === 0) return;
    const newest = [...ids].reverse();
    for (const id of this.#marker.newest) if (!newest.includes(id)) newest.push(id);
    this.#marker = { ...this.#marker, newest: newest.slice(0, NEWEST_KEPT) };
    // Behind by a moment at most, never ahead: an id only goes in after it was stored.
    this.#markerTimer ??= setTimeout(() => this.#writeMarkerNow(), MARKS_DELAY_MS);
  }

  #writeMarkerNow(): void {
    if (this.#markerTimer !== undefined) clearTimeout(this.#markerTimer);
    this.#markerTimer = undefined;
    updateMarker(this.#partition, this.#marker);
  }

  /** A submission deleted on purpose (quarantined, deleted on the server) must not read as lost. */
  #forgetNewest(ids: readonly string[]): void {
    if (ids.length === 0 || !ids.some((id) => this.#marker.newest.includes(id))) return;
    this.#marker = { ...this.#marker, newest: this.#marker.newest.filter((id) => !ids.includes(id)) };
    this.#writeMarkerNow();
  }

  #askToPersist(): void {
    this.#asked = true;
    if (this.#persistence === 'granted' || this.#persistence === 'unsupported') return;
    void requestPersistence().then((outcome) => (this.#persistence = outcome));
  }
}

function recordId(value: unknown): string | undefined {
  const id = (value as { id?: unknown } | null | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

function withLock<T>(name: string, action: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  return locks && typeof locks.request === 'function' ? locks.request(name, action) : action();
}
