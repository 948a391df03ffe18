/**
 * Files in the Origin Private File System, written through a dedicated worker with
 * synchronous access handles. The main thread's OPFS API writes through a swap file
 * (several milliseconds per write); a sync access handle writes straight into the file, so a
 * write that returned has reached the operating system and survives the browser being killed
 * the next instant. `flush()` (to the disk itself, for power cuts) runs in the background, at
 * most {@link FLUSH_DELAY_MS} after a write.
 *
 * A sync access handle is exclusive: while one backend holds its journal file open, no other
 * tab can open it, which is how a tab tells a live tab's journal from a dead one's.
 *
 * One worker serves every journal of the page; it starts with the first and stops with the
 * last. It is made from a Blob URL, so hosts need no extra file; a Content-Security-Policy
 * without `worker-src blob:` blocks it, and the journal falls back to localStorage.
 *
 * @module
 */

/** The longest a written frame waits for its flush to the disk. */
export const FLUSH_DELAY_MS = 50;

/**
 * A `getSize()` slower than this (in the fastest of several batches) means the files are not on
 * disk: a local `fstat` takes a few microseconds even on slow phones, a round trip to the
 * browser process (a private window) a few hundred on a busy machine. Erring towards "disk"
 * is harmless: the journal then only costs a private window a little more per save.
 */
const IN_MEMORY_ABOVE_US = 100;

/** A path below the OPFS root: directory names, then the file name. */
export type OpfsPath = readonly string[];

/** What {@link OpfsFiles.open} found. */
export type OpenedFile =
  /** Opened exclusively; `bytes` is its content. */
  | { readonly locked: false; readonly bytes: Uint8Array }
  /** Another tab holds it; `bytes` is its content as of now. */
  | { readonly locked: true; readonly bytes: Uint8Array };

/** A failure inside the worker, by the DOMException name only. */
export class OpfsError extends Error {
  constructor(readonly failure: string) {
    super(`OPFS ${failure}`);
    this.name = 'OpfsError';
  }
}

// The worker, as source text: small, plain JavaScript, one queue so requests run in order.
const WORKER_SOURCE = `
const held = new Map();
const flushes = new Map();
let queue = Promise.resolve();
async function directory(parts, create) {
  let dir = await navigator.storage.getDirectory();
  for (const part of parts) dir = await dir.getDirectoryHandle(part, { create });
  return dir;
}
async function file(path, create) {
  const dir = await directory(path.slice(0, -1), create);
  return dir.getFileHandle(path[path.length - 1], { create });
}
function handle(path) {
  const access = held.get(path.join('/'));
  if (!access) throw new DOMException('not open', 'InvalidStateError');
  return access;
}
function flushSoon(path, delay) {
  const key = path.join('/');
  if (flushes.has(key)) return;
  flushes.set(key, setTimeout(() => {
    queue = queue.then(() => {
      flushes.delete(key);
      const access = held.get(key);
      if (access) access.flush();
    }).catch(() => {});
  }, delay));
}
const ops = {
  async probe({ path }) {
    if (!('createSyncAccessHandle' in FileSystemFileHandle.prototype)) {
      throw new DOMException('no sync access handles', 'NotSupportedError');
    }
    // On disk, getSize() asks the operating system (microseconds); in a private window the
    // files live in the browser's memory and every call is a message to the browser process.
    const entry = await file(path, true);
    const access = await entry.createSyncAccessHandle();
    let fastest = Infinity;
    try {
      // Timed in batches (without cross-origin isolation the clock ticks every 100 µs), and
      // the fastest batch counts: a busy machine slows some batches down, never speeds one up.
      for (let batch = 0; batch < 5; batch += 1) {
        const start = performance.now();
        for (let i = 0; i < 5; i += 1) access.getSize();
        fastest = Math.min(fastest, (performance.now() - start) / 5);
      }
    } finally {
      access.close();
      await (await directory(path.slice(0, -1), false)).removeEntry(path[path.length - 1]).catch(() => {});
    }
    return fastest * 1000;
  },
  async list({ path }) {
    try {
      const names = [];
      for await (const [name, entry] of (await directory(path, false)).entries()) {
        if (entry.kind === 'file') names.push(name);
      }
      return names;
    } catch (error) {
      if (error && error.name === 'NotFoundError') return [];
      throw error;
    }
  },
  async open({ path }) {
    const key = path.join('/');
    const mine = held.get(key);
    if (mine) {
      // Another journal of this page holds it: as locked as another tab's.
      const bytes = new Uint8Array(mine.getSize());
      mine.read(bytes, { at: 0 });
      return { locked: true, bytes };
    }
    const entry = await file(path, true);
    let access;
    try {
      access = await entry.createSyncAccessHandle();
    } catch (error) {
      if (!error || error.name !== 'NoModificationAllowedError') throw error;
      return { locked: true, bytes: new Uint8Array(await (await entry.getFile()).arrayBuffer()) };
    }
    held.set(key, access);
    const bytes = new Uint8Array(access.getSize());
    access.read(bytes, { at: 0 });
    return { locked: false, bytes };
  },
  write({ path, bytes, at, flush, delay }) {
    handle(path).write(bytes, { at });
    if (flush) flushSoon(path, delay);
    return true;
  },
  truncate({ path, size }) {
    handle(path).truncate(size);
    return true;
  },
  flush({ path }) {
    handle(path).flush();
    return true;
  },
  close({ path }) {
    const key = path.join('/');
    const access = held.get(key);
    if (access) {
      access.flush();
      access.close();
      held.delete(key);
    }
    return true;
  },
  async remove({ path }) {
    ops.close({ path });
    try {
      await (await directory(path.slice(0, -1), false)).removeEntry(path[path.length - 1]);
    } catch (error) {
      if (!error || error.name !== 'NotFoundError') throw error;
    }
    return true;
  },
  async touch({ path }) {
    await file(path, true);
    return true;
  },
};
onmessage = (event) => {
  const { id, op, args } = event.data;
  queue = queue.then(async () => {
    try {
      postMessage({ id, ok: true, result: await ops[op](args) });
    } catch (error) {
      postMessage({ id, ok: false, failure: (error && error.name) || 'Error' });
    }
  });
};
`;

interface Reply {
  readonly id: number;
  readonly ok: boolean;
  readonly result?: unknown;
  readonly failure?: string;
}

interface Waiting {
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * Whether this environment may run the journal's worker at all. (Sync access handles exist
 * only inside workers, so the worker checks for them itself when {@link OpfsFiles.connect}s.)
 */
export function opfsSupported(): boolean {
  return (
    typeof Worker !== 'undefined' &&
    typeof Blob !== 'undefined' &&
    typeof URL !== 'undefined' &&
    typeof URL.createObjectURL === 'function' &&
    typeof FileSystemFileHandle !== 'undefined' &&
    typeof navigator !== 'undefined' &&
    typeof navigator.storage?.getDirectory === 'function'
  );
}

/** The page's one journal worker, shared by every {@link OpfsFiles} user. */
class WorkerConnection {
  readonly #worker: Worker;
  readonly #waiting = new Map<number, Waiting>();
  #next = 0;
  #broken: OpfsError | undefined;

  constructor() {
    const url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));
    try {
      this.#worker = new Worker(url, { name: 'interlude-journal' });
    } finally {
      URL.revokeObjectURL(url);
    }
    this.#worker.onmessage = (event: MessageEvent<Reply>) => {
      const waiting = this.#waiting.get(event.data.id);
      if (!waiting) return;
      this.#waiting.delete(event.data.id);
      if (event.data.ok) waiting.resolve(event.data.result);
      else waiting.reject(new OpfsError(event.data.failure ?? 'Error'));
    };
    // A worker that cannot start (blocked by CSP, out of memory) fails every call.
    this.#worker.onerror = (event) => {
      event.preventDefault();
      this.#fail(new OpfsError('WorkerError'));
    };
  }

  call<T>(op: string, args: Record<string, unknown>): Promise<T> {
    if (this.#broken) return Promise.reject(this.#broken);
    const id = (this.#next += 1);
    return new Promise<T>((resolve, reject) => {
      this.#waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.#worker.postMessage({ id, op, args });
    });
  }

  terminate(): void {
    this.#worker.terminate();
    this.#fail(new OpfsError('Terminated'));
  }

  #fail(error: OpfsError): void {
    this.#broken = error;
    for (const waiting of this.#waiting.values()) waiting.reject(error);
    this.#waiting.clear();
  }
}

let shared: { connection: WorkerConnection; users: number } | undefined;

/**
 * One user's access to OPFS files through the shared worker. Calls run in the order they are
 * made. `release()` when done; the worker stops when its last user releases it.
 */
export class OpfsFiles {
  readonly #connection: WorkerConnection;
  #released = false;

  private constructor(connection: WorkerConnection) {
    this.#connection = connection;
  }

  /**
   * Connects to the page's journal worker (starting it), and checks that it answers and that
   * `directory` is on disk: where OPFS lives in memory (a private window), it protects nothing
   * that localStorage would not, at a higher cost per write, so this fails with `InMemory`.
   */
  static async connect(directory: OpfsPath): Promise<OpfsFiles> {
    if (!shared) shared = { connection: new WorkerConnection(), users: 0 };
    shared.users += 1;
    const files = new OpfsFiles(shared.connection);
    try {
      const probe = [...directory, `probe.${Math.random().toString(36).slice(2)}`];
      const getSizeUs = await files.#connection.call<number>('probe', { path: probe });
      if (getSizeUs > IN_MEMORY_ABOVE_US) throw new OpfsError('InMemory');
      return files;
    } catch (error) {
      files.release();
      throw error;
    }
  }

  /** Names of the files in a directory (none when it does not exist). */
  list(path: OpfsPath): Promise<string[]> {
    return this.#connection.call('list', { path });
  }

  /** Creates the file if needed and opens it exclusively, or reports that another tab holds it. */
  open(path: OpfsPath): Promise<OpenedFile> {
    return this.#connection.call('open', { path });
  }

  /**
   * Writes `bytes` at `at` of a file this user opened. Resolves once the bytes are in the
   * file; with `flush`, they reach the disk within {@link FLUSH_DELAY_MS} afterwards.
   */
  write(path: OpfsPath, bytes: Uint8Array, at: number, flush: boolean): Promise<void> {
    return this.#connection.call('write', { path, bytes, at, flush, delay: FLUSH_DELAY_MS });
  }

  truncate(path: OpfsPath, size: number): Promise<void> {
    return this.#connection.call('truncate', { path, size });
  }

  flush(path: OpfsPath): Promise<void> {
    return this.#connection.call('flush', { path });
  }

  /** Flushes and closes a file this user opened, letting other tabs open it. */
  close(path: OpfsPath): Promise<void> {
    return this.#connection.call('close', { path });
  }

  /** Deletes a file (closing it first if this page holds it). Fails while another tab holds it. */
  remove(path: OpfsPath): Promise<void> {
    return this.#connection.call('remove', { path });
  }

  /** Creates an empty file (a tombstone) if it does not exist. */
  touch(path: OpfsPath): Promise<void> {
    return this.#connection.call('touch', { path });
  }

  /** This user is done; the last one stops the worker. */
  release(): void {
    if (this.#released || !shared || shared.connection !== this.#connection) return;
    this.#released = true;
    shared.users -= 1;
    if (shared.users === 0) {
      shared.connection.terminate();
      shared = undefined;
    }
  }
}
