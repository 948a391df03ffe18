/**
 * The journal in the Origin Private File System (the preferred medium): one append-only file
 * per backend, `interlude-journal/<partition>/j.<owner>.<generation>`, in the frame format of
 * `frames.ts`. The file starts with a header frame (`{ h: 1, owner, instance }`), then holds
 * entry frames (`{ e, t, ops }`), commit frames (`{ c: [seq, …] }`: those entries' transactions
 * committed) and retire frames (`{ r: [seq, …] }`).
 *
 * Appends only ever add bytes at the end. When most of the file is retired, a compaction
 * writes the live entries into the next generation's file and only then deletes the old one,
 * so a kill at any moment leaves at least one complete copy (a reader merges both). Sign-out
 * leaves a tombstone `w.<instance>` next to the journals.
 *
 * @module
 */
import { concatBytes, decodeFrames, encodeFrame } from './frames.js';
import {
  JournalError,
  newOwnerId,
  parseEntry,
  storedEntry,
  type ForeignJournal,
  type JournalEntry,
  type JournalMedium,
} from './journal.js';
import { OpfsFiles, type OpfsPath } from './opfs-files.js';

/** Compact once this many bytes are retired (and they outweigh the live ones). */
const COMPACT_AFTER_BYTES = 64 * 1024;

const ROOT = 'interlude-journal';

/** Where every journal of a partition lives: one directory named after its database. */
function directoryOf(partition: string): OpfsPath {
  return [ROOT, encodeURIComponent(partition)];
}

function journalName(owner: string, generation: number): string {
  return `j.${owner}.${generation}`;
}

/** `j.<owner>.<generation>` → its parts. */
function parseName(name: string): { owner: string; generation: number } | undefined {
  const match = /^j\.([0-9a-f]{1,64})\.(\d{1,9})$/.exec(name);
  return match ? { owner: match[1] as string, generation: Number(match[2]) } : undefined;
}

/** The content of one journal file: its header and its live entries. */
function readJournal(bytes: Uint8Array): {
  owner: string | undefined;
  instance: string | undefined;
  entries: Map<number, JournalEntry>;
  retired: Set<number>;
  committed: Set<number>;
} {
  const { values } = decodeFrames(bytes);
  const entries = new Map<number, JournalEntry>();
  const retired = new Set<number>();
  const committed = new Set<number>();
  let owner: string | undefined;
  let instance: string | undefined;
  for (const value of values) {
    const frame = value as {
      h?: unknown;
      owner?: unknown;
      instance?: unknown;
      r?: unknown;
      c?: unknown;
    } | null;
    if (frame && frame.h === 1) {
      owner = typeof frame.owner === 'string' ? frame.owner : undefined;
      instance = typeof frame.instance === 'string' ? frame.instance : undefined;
    } else if (frame && Array.isArray(frame.r)) {
      for (const seq of frame.r) if (typeof seq === 'number') retired.add(seq);
    } else if (frame && Array.isArray(frame.c)) {
      for (const seq of frame.c) if (typeof seq === 'number') committed.add(seq);
    } else {
      const entry = parseEntry(value);
      if (entry) entries.set(entry.seq, entry);
    }
  }
  return { owner, instance, entries, retired, committed };
}

/** The OPFS journal of one backend. */
export class OpfsJournal implements JournalMedium {
  readonly kind = 'opfs' as const;
  readonly #files: OpfsFiles;
  readonly #directory: OpfsPath;
  readonly #owner = newOwnerId();
  readonly #flush: boolean;
  #generation = 0;
  #instance = '';
  /** Bytes written to the current file so far: where the next frame goes. */
  #size = 0;
  /** The frames of live entries, kept for compaction. */
  readonly #live = new Map<number, Uint8Array>();
  /** Live entries known to be committed, so a compaction carries the mark over. */
  readonly #commits = new Set<number>();
  #liveBytes = 0;
  #deadBytes = 0;
  #headerBytes = 0;
  /** Foreign files this backend opened (and so holds) while reading them. */
  readonly #heldForeign = new Map<string, OpfsPath[]>();
  #started = false;

  private constructor(files: OpfsFiles, partition: string, flush: boolean) {
    this.#files = files;
    this.#directory = directoryOf(partition);
    this.#flush = flush;
  }

  /**
   * Connects to the page's journal worker for `partition` (the database name). `flush`: also
   * flush each write to the disk (in the background), as `durability: 'strict'` asks.
   */
  static async open(partition: string, flush: boolean): Promise<OpfsJournal> {
    return new OpfsJournal(await OpfsFiles.connect(), partition, flush);
  }

  get #path(): OpfsPath {
    return [...this.#directory, journalName(this.#owner, this.#generation)];
  }

  async readForeign(): Promise<ForeignJournal[]> {
    const byOwner = new Map<string, { generation: number; name: string }[]>();
    for (const name of await this.#files.list(this.#directory)) {
      const parsed = parseName(name);
      if (!parsed || parsed.owner === this.#owner) continue;
      byOwner.set(parsed.owner, [
        ...(byOwner.get(parsed.owner) ?? []),
        { generation: parsed.generation, name },
      ]);
    }
    const journals: ForeignJournal[] = [];
    for (const [owner, files] of byOwner) {
      const entries = new Map<number, JournalEntry>();
      const retired = new Set<number>();
      const committed = new Set<number>();
      let instance: string | undefined;
      let adoptable = true;
      const held: OpfsPath[] = [];
      // Oldest generation first: a newer one (a finished compaction) has the last word.
      for (const { name } of files.sort((a, b) => a.generation - b.generation)) {
        const path = [...this.#directory, name];
        const opened = await this.#files.open(path);
        if (opened.locked) adoptable = false;
        else held.push(path);
        const content = readJournal(opened.bytes);
        instance = content.instance ?? instance;
        for (const [seq, entry] of content.entries) entries.set(seq, entry);
        for (const seq of content.retired) retired.add(seq);
        for (const seq of content.committed) committed.add(seq);
      }
      this.#heldForeign.set(owner, held);
      journals.push({
        owner,
        instance,
        entries: [...entries.values()]
          .filter((entry) => !retired.has(entry.seq))
          .sort((a, b) => a.seq - b.seq),
        committed,
        adoptable,
      });
    }
    return journals;
  }

  async wipedInstances(): Promise<Set<string>> {
    const names = await this.#files.list(this.#directory);
    return new Set(names.filter((name) => name.startsWith('w.')).map((name) => name.slice(2)));
  }

  async forgetWiped(instances: readonly string[]): Promise<void> {
    await Promise.all(instances.map((instance) => this.#files.remove([...this.#directory, `w.${instance}`])));
  }

  async start(instance: string, entries: readonly JournalEntry[]): Promise<void> {
    this.#instance = instance;
    const opened = await this.#files.open(this.#path);
    if (opened.locked) throw new JournalError('failed');
    this.#started = true;
    const header = this.#header();
    const frames = entries.map((entry) => encodeFrame(storedEntry(entry)));
    entries.forEach((entry, index) => this.#keep(entry.seq, frames[index] as Uint8Array));
    // A snapshot is read from the database: committed by definition.
    const commits = entries.length > 0 ? [encodeFrame({ c: entries.map((entry) => entry.seq) })] : [];
    for (const entry of entries) this.#commits.add(entry.seq);
    const bytes = concatBytes([header, ...frames, ...commits]);
    this.#size = bytes.length;
    await this.#write(bytes, 0);
  }

  async append(entry: JournalEntry): Promise<void> {
    const frame = encodeFrame(storedEntry(entry));
    this.#keep(entry.seq, frame);
    const at = this.#size;
    this.#size += frame.length;
    try {
      await this.#write(frame, at);
    } catch (error) {
      if (this.#live.delete(entry.seq)) this.#liveBytes -= frame.length;
      throw error;
    }
  }

  committed(seqs: readonly number[]): void {
    if (!this.#started || seqs.length === 0) return;
    const marks = seqs.filter((seq) => this.#live.has(seq));
    if (marks.length === 0) return;
    const frame = encodeFrame({ c: marks });
    for (const seq of marks) this.#commits.add(seq);
    this.#deadBytes += frame.length;
    const at = this.#size;
    this.#size += frame.length;
    this.#write(frame, at).catch(() => undefined);
  }

  async retire(seqs: readonly number[]): Promise<void> {
    let retiring = false;
    for (const seq of seqs) {
      const frame = this.#live.get(seq);
      if (!frame) continue;
      this.#live.delete(seq);
      this.#commits.delete(seq);
      this.#liveBytes -= frame.length;
      this.#deadBytes += frame.length;
      retiring = true;
    }
    if (!retiring || !this.#started) return;
    if (this.#live.size === 0) {
      // Nothing left to protect: the file starts over after its header.
      this.#size = this.#headerBytes;
      this.#deadBytes = 0;
      try {
        await this.#files.truncate(this.#path, this.#headerBytes);
      } catch {
        throw new JournalError('failed');
      }
      return;
    }
    const frame = encodeFrame({ r: seqs });
    this.#deadBytes += frame.length;
    const at = this.#size;
    this.#size += frame.length;
    const written = this.#write(frame, at);
    if (this.#deadBytes > COMPACT_AFTER_BYTES && this.#deadBytes > this.#liveBytes) {
      await written;
      await this.#compact();
      return;
    }
    await written;
  }

  async removeForeign(owners: readonly string[]): Promise<void> {
    for (const owner of owners) {
      for (const path of this.#heldForeign.get(owner) ?? []) await this.#files.remove(path);
      this.#heldForeign.delete(owner);
    }
  }

  async close(discard: boolean): Promise<void> {
    try {
      // Foreign files read but not taken over go back to whoever comes next.
      for (const paths of this.#heldForeign.values()) for (const path of paths) await this.#files.close(path);
      this.#heldForeign.clear();
      if (this.#started) await (discard ? this.#files.remove(this.#path) : this.#files.close(this.#path));
    } finally {
      this.#started = false;
      this.#files.release();
    }
  }

  async wipe(instance: string): Promise<void> {
    try {
      // The tombstone first: a journal that cannot be deleted now (another tab holds it) is
      // recognised as signed out later.
      await this.#files.touch([...this.#directory, `w.${instance}`]);
      if (this.#started) await this.#files.remove(this.#path);
      for (const name of await this.#files.list(this.#directory)) {
        if (!parseName(name)) continue;
        await this.#files.remove([...this.#directory, name]).catch(() => undefined);
      }
    } finally {
      this.#started = false;
      this.#heldForeign.clear();
      this.#files.release();
    }
  }

  #header(): Uint8Array {
    const header = encodeFrame({ h: 1, owner: this.#owner, instance: this.#instance });
    this.#headerBytes = header.length;
    return header;
  }

  #keep(seq: number, frame: Uint8Array): void {
    this.#live.set(seq, frame);
    this.#liveBytes += frame.length;
  }

  /**
   * Writes the live entries into the next generation's file, then deletes the current one.
   * Later appends go to the new file; the worker runs these calls in order.
   */
  async #compact(): Promise<void> {
    const old = this.#path;
    this.#generation += 1;
    const commits = [...this.#live.keys()].filter((seq) => this.#commits.has(seq));
    const bytes = concatBytes([
      this.#header(),
      ...this.#live.values(),
      ...(commits.length > 0 ? [encodeFrame({ c: commits })] : []),
    ]);
    this.#size = bytes.length;
    this.#deadBytes = 0;
    const opened = this.#files.open(this.#path);
    const written = this.#write(bytes, 0);
    const flushed = this.#files.flush(this.#path);
    const removed = this.#files.remove(old);
    if ((await opened).locked) throw new JournalError('failed');
    await Promise.all([written, flushed, removed]);
  }

  async #write(bytes: Uint8Array, at: number): Promise<void> {
    try {
      await this.#files.write(this.#path, bytes, at, this.#flush);
    } catch {
      throw new JournalError('failed');
    }
  }
}
