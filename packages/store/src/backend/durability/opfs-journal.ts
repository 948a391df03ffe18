/**
 * The journal in the Origin Private File System (the preferred medium): one append-only file
 * per backend, `interlude-journal/<partition>/j.<owner>.<generation>`, in the frame format of
 * `frames.ts`. The file starts with a header frame (`{ h: 1, owner, instance }`), then holds
 * entry frames (`{ e, t, ops }`), commit marks (`c: [seq, …]`: those entries' transactions
 * committed) and retire marks (`r: [seq, …]`). Marks are not urgent, so they ride along with the
 * next entry, or go in a frame of their own once the journal is idle for {@link MARKS_DELAY_MS}:
 * a save costs one write to the file.
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
  MARKS_DELAY_MS,
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
    } else if (frame) {
      // Marks come on their own frame or ride along with the next entry.
      if (Array.isArray(frame.r)) for (const seq of frame.r) if (typeof seq === 'number') retired.add(seq);
      if (Array.isArray(frame.c)) for (const seq of frame.c) if (typeof seq === 'number') committed.add(seq);
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
  /** Marks not written yet; see the module comment. */
  #marks: { c: number[]; r: number[] } = { c: [], r: [] };
  #marksTimer: ReturnType<typeof setTimeout> | undefined;
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
    return new OpfsJournal(await OpfsFiles.connect(directoryOf(partition)), partition, flush);
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
    // Everything before was retired: start the file over (the worker truncates before it writes).
    if (this.#live.size === 0 && this.#size > this.#headerBytes) this.#startOver().catch(() => undefined);
    const frame = encodeFrame({ ...storedEntry(entry), ...this.#takeMarks() });
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
    const marks = seqs.filter((seq) => this.#live.has(seq));
    if (!this.#started || marks.length === 0) return;
    for (const seq of marks) this.#commits.add(seq);
    this.#marks.c.push(...marks);
    this.#marksSoon();
  }

  retire(seqs: readonly number[]): Promise<void> {
    const retired: number[] = [];
    for (const seq of seqs) {
      const frame = this.#live.get(seq);
      if (!frame) continue;
      this.#live.delete(seq);
      this.#commits.delete(seq);
      this.#liveBytes -= frame.length;
      this.#deadBytes += frame.length;
      retired.push(seq);
    }
    if (this.#started && retired.length > 0) {
      this.#marks.r.push(...retired);
      this.#marksSoon();
    }
    return Promise.resolve();
  }

  async removeForeign(owners: readonly string[]): Promise<void> {
    for (const owner of owners) {
      for (const path of this.#heldForeign.get(owner) ?? []) await this.#files.remove(path);
      this.#heldForeign.delete(owner);
    }
  }

  async close(discard: boolean): Promise<void> {
    try {
      if (this.#started && !discard) await this.#writeMarks();
      // Foreign files read but not taken over go back to whoever comes next.
      for (const paths of this.#heldForeign.values()) for (const path of paths) await this.#files.close(path);
      this.#heldForeign.clear();
      if (this.#started) await (discard ? this.#files.remove(this.#path) : this.#files.close(this.#path));
    } finally {
      this.#stop();
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
      this.#stop();
      this.#heldForeign.clear();
      this.#files.release();
    }
  }

  #header(): Uint8Array {
    const header = encodeFrame({ h: 1, owner: this.#owner, instance: this.#instance });
    this.#headerBytes = header.length;
    return header;
  }

  #stop(): void {
    this.#started = false;
    if (this.#marksTimer !== undefined) clearTimeout(this.#marksTimer);
    this.#marksTimer = undefined;
  }

  /** The pending marks, to write now (and no longer pending). */
  #takeMarks(): { c?: number[]; r?: number[] } {
    if (this.#marksTimer !== undefined) clearTimeout(this.#marksTimer);
    this.#marksTimer = undefined;
    const { c, r } = this.#marks;
    this.#marks = { c: [], r: [] };
    return { ...(c.length > 0 ? { c } : {}), ...(r.length > 0 ? { r } : {}) };
  }

  #marksSoon(): void {
    if (this.#marksTimer !== undefined) return;
    this.#marksTimer = setTimeout(() => {
      this.#marksTimer = undefined;
      // Best effort: a mark lost only means more checking after a kill.
      this.#writeMarks().catch(() => undefined);
    }, MARKS_DELAY_MS);
  }

  /** Writes pending marks in a frame of their own; with nothing live, starts the file over instead. */
  async #writeMarks(): Promise<void> {
    if (!this.#started) return;
    if (this.#live.size === 0) {
      this.#takeMarks();
      if (this.#size > this.#headerBytes) await this.#startOver();
      return;
    }
    const marks = this.#takeMarks();
    if (marks.c === undefined && marks.r === undefined) return;
    const frame = encodeFrame(marks);
    this.#deadBytes += frame.length;
    const at = this.#size;
    this.#size += frame.length;
    await this.#write(frame, at);
    if (this.#deadBytes > COMPACT_AFTER_BYTES && this.#deadBytes > this.#liveBytes) await this.#compact();
  }

  /** Nothing left to protect: the file starts over after its header. */
  async #startOver(): Promise<void> {
    this.#size = this.#headerBytes;
    this.#deadBytes = 0;
    try {
      await this.#files.truncate(this.#path, this.#headerBytes);
    } catch {
      throw new JournalError('failed');
    }
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
