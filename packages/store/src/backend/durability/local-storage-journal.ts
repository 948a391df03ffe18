/**
 * The journal in localStorage: the fallback where OPFS or its worker is not available. One
 * key per entry (`interlude-journal:<partition>:<owner>:<seq>`), so retiring an entry is
 * removing its key, plus per owner a header key (`…:h`) and a key listing the entries whose
 * transactions committed (`…:c`, written once the journal is idle), and one list of
 * signed-out instances.
 *
 * Weaker than OPFS in two ways, both documented for hosts: browsers write localStorage to
 * disk lazily (Chromium batches it for about a second or more), so the last moments before a
 * kill may be missing; and the origin's localStorage is small (about 5 MB, shared with the
 * host's own use), so this journal stops at a cap and reports `full`.
 *
 * A live owner holds a Web Lock named after its journal; a journal whose lock is free
 * belongs to a tab that is gone.
 *
 * @module
 */
import {
  JournalError,
  MARKS_DELAY_MS,
  newOwnerId,
  parseEntry,
  storedEntry,
  type ForeignJournal,
  type JournalEntry,
  type JournalMedium,
} from './journal.js';

/** The default cap of one backend's localStorage journal, in UTF-16 code units. */
export const LOCAL_STORAGE_JOURNAL_LIMIT = 1024 * 1024;

interface LockManagerLike {
  request(name: string, callback: () => Promise<void>): Promise<void>;
  request(
    name: string,
    options: { ifAvailable: boolean },
    callback: (lock: unknown) => Promise<boolean>,
  ): Promise<boolean>;
}

function locks(): LockManagerLike | undefined {
  const manager = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  return manager && typeof manager.request === 'function' ? manager : undefined;
}

/** Whether localStorage can be used here (it throws in some privacy modes). */
export function localStorageSupported(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage !== null;
  } catch {
    return false;
  }
}

/** The localStorage journal of one backend. */
export class LocalStorageJournal implements JournalMedium {
  readonly kind = 'local-storage' as const;
  readonly #prefix: string;
  readonly #owner = newOwnerId();
  readonly #limit: number;
  /** Length of every live own entry, by seq. */
  readonly #sizes = new Map<number, number>();
  #used = 0;
  /** Live own entries whose transactions committed, written to one key when idle. */
  readonly #committed = new Set<number>();
  #marksTimer: ReturnType<typeof setTimeout> | undefined;
  #unlock: (() => void) | undefined;

  constructor(partition: string, limit = LOCAL_STORAGE_JOURNAL_LIMIT) {
    this.#prefix = `interlude-journal:${partition}:`;
    this.#limit = limit;
  }

  async readForeign(): Promise<ForeignJournal[]> {
    const byOwner = new Map<
      string,
      { instance: string | undefined; entries: JournalEntry[]; committed: Set<number> }
    >();
    for (const key of this.#keys()) {
      const [owner, part] = key.slice(this.#prefix.length).split(':');
      if (!owner || part === undefined || owner === this.#owner || owner === 'wiped') continue;
      const journal = byOwner.get(owner) ?? {
        instance: undefined,
        entries: [],
        committed: new Set<number>(),
      };
      byOwner.set(owner, journal);
      const value = readJson(key);
      if (part === 'c') {
        if (Array.isArray(value))
          for (const seq of value) if (typeof seq === 'number') journal.committed.add(seq);
      } else if (part === 'h') {
        const instance = (value as { instance?: unknown } | undefined)?.instance;
        journal.instance = typeof instance === 'string' ? instance : undefined;
      } else {
        const entry = parseEntry(value);
        if (entry) journal.entries.push(entry);
      }
    }
    const journals: ForeignJournal[] = [];
    for (const [owner, { instance, entries, committed }] of byOwner) {
      journals.push({
        owner,
        instance,
        entries: entries.sort((a, b) => a.seq - b.seq),
        committed,
        adoptable: await this.#ownerGone(owner),
      });
    }
    return journals;
  }

  wipedInstances(): Promise<Set<string>> {
    return Promise.resolve(new Set(this.#wiped()));
  }

  forgetWiped(instances: readonly string[]): Promise<void> {
    const gone = new Set(instances);
    this.#setWiped(this.#wiped().filter((instance) => !gone.has(instance)));
    return Promise.resolve();
  }

  async start(instance: string, entries: readonly JournalEntry[]): Promise<void> {
    const manager = locks();
    if (manager) {
      await new Promise<void>((granted) => {
        void manager.request(this.#lockName(this.#owner), () => {
          granted();
          return new Promise<void>((release) => (this.#unlock = release));
        });
      });
    }
    this.#set(`${this.#owner}:h`, JSON.stringify({ instance }));
    for (const entry of entries) this.#appendNow(entry);
    // A snapshot is read from the database: committed by definition.
    this.committed(entries.map((entry) => entry.seq));
  }

  committed(seqs: readonly number[]): void {
    for (const seq of seqs) if (this.#sizes.has(seq)) this.#committed.add(seq);
    // One key for every mark, written once the journal is idle: a save costs one setItem.
    this.#marksTimer ??= setTimeout(() => this.#writeMarks(), MARKS_DELAY_MS);
  }

  #writeMarks(): void {
    if (this.#marksTimer !== undefined) clearTimeout(this.#marksTimer);
    this.#marksTimer = undefined;
    try {
      localStorage.setItem(`${this.#prefix}${this.#owner}:c`, JSON.stringify([...this.#committed]));
    } catch {
      // best effort: without the marks, these entries only count if the database was deleted
    }
  }

  append(entry: JournalEntry): Promise<void> {
    try {
      this.#appendNow(entry);
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error);
    }
  }

  retire(seqs: readonly number[]): Promise<void> {
    for (const seq of seqs) {
      const size = this.#sizes.get(seq);
      if (size === undefined) continue;
      this.#sizes.delete(seq);
      this.#used -= size;
      localStorage.removeItem(`${this.#prefix}${this.#owner}:${seq}`);
      this.#committed.delete(seq);
    }
    return Promise.resolve();
  }

  removeForeign(owners: readonly string[]): Promise<void> {
    const gone = new Set(owners);
    for (const key of this.#keys()) {
      if (gone.has(key.slice(this.#prefix.length).split(':')[0] ?? '')) localStorage.removeItem(key);
    }
    return Promise.resolve();
  }

  close(discard: boolean): Promise<void> {
    if (this.#marksTimer !== undefined) {
      if (discard) clearTimeout(this.#marksTimer);
      else this.#writeMarks();
      this.#marksTimer = undefined;
    }
    if (discard) void this.removeForeign([this.#owner]);
    this.#unlock?.();
    this.#unlock = undefined;
    return Promise.resolve();
  }

  wipe(instance: string): Promise<void> {
    if (this.#marksTimer !== undefined) clearTimeout(this.#marksTimer);
    this.#marksTimer = undefined;
    this.#setWiped([...new Set([...this.#wiped(), instance])]);
    const wipedKey = `${this.#prefix}wiped`;
    for (const key of this.#keys()) if (key !== wipedKey) localStorage.removeItem(key);
    this.#unlock?.();
    this.#unlock = undefined;
    return Promise.resolve();
  }

  #appendNow(entry: JournalEntry): void {
    const text = JSON.stringify(storedEntry(entry));
    if (this.#used + text.length > this.#limit) throw new JournalError('full');
    this.#set(`${this.#owner}:${entry.seq}`, text);
    this.#sizes.set(entry.seq, text.length);
    this.#used += text.length;
  }

  #set(suffix: string, text: string): void {
    try {
      localStorage.setItem(`${this.#prefix}${suffix}`, text);
    } catch (error) {
      throw new JournalError(
        error instanceof DOMException && error.name === 'QuotaExceededError' ? 'full' : 'failed',
      );
    }
  }

  #keys(): string[] {
    const keys: string[] = [];
    for (let index = 0; index < localStorage.length; index += 1) {
      const key = localStorage.key(index);
      if (key?.startsWith(this.#prefix)) keys.push(key);
    }
    return keys;
  }

  #wiped(): string[] {
    const value = readJson(`${this.#prefix}wiped`);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  }

  #setWiped(instances: readonly string[]): void {
    if (instances.length === 0) localStorage.removeItem(`${this.#prefix}wiped`);
    else this.#set('wiped', JSON.stringify(instances));
  }

  #lockName(owner: string): string {
    return `${this.#prefix}${owner}`;
  }

  /** A journal's owner is gone when its lock is free. Without Web Locks, assume it is alive. */
  async #ownerGone(owner: string): Promise<boolean> {
    const manager = locks();
    if (!manager) return false;
    return manager.request(this.#lockName(owner), { ifAvailable: true }, (lock) =>
      Promise.resolve(lock !== null),
    );
  }
}

function readJson(key: string): unknown {
  try {
    const text = localStorage.getItem(key);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}
