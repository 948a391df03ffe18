/**
 * Helpers for the browser tests of the store: unique database names and cleanup, so every
 * test database is deleted afterwards.
 *
 * @module
 */

let counter = 0;
const created = new Set<string>();

/** A database-name prefix no other test (or earlier run) uses. */
export function uniqueName(label: string): string {
  counter += 1;
  const name = `il-test-${label}-${Date.now().toString(36)}-${counter}`;
  created.add(name);
  return name;
}

/**
 * Deletes every database whose name starts with a prefix handed out by {@link uniqueName},
 * with the markers and journals the IndexedDB backend keeps outside it.
 */
export async function deleteTestDatabases(): Promise<void> {
  const ours = (name: string): boolean => [...created].some((prefix) => name.startsWith(prefix));
  for (const key of Object.keys(localStorage)) {
    const name = key.replace(/^interlude-(partition|journal):/, '');
    if (name !== key && ours(name)) localStorage.removeItem(key);
  }
  try {
    const journals = await (await navigator.storage.getDirectory()).getDirectoryHandle('interlude-journal');
    for await (const name of journals.keys()) {
      if (ours(decodeURIComponent(name)))
        await journals.removeEntry(name, { recursive: true }).catch(() => undefined);
    }
  } catch {
    // no journal directory yet
  }
  const databases = await indexedDB.databases();
  await Promise.all(
    databases
      .map((database) => database.name ?? '')
      .filter(ours)
      .map(
        (name) =>
          new Promise<void>((resolve) => {
            const request = indexedDB.deleteDatabase(name);
            request.onsuccess = request.onerror = request.onblocked = () => resolve();
          }),
      ),
  );
}

/** Reads every value of one object store with the plain IndexedDB API (no wrapper). */
export async function rawGetAll(databaseName: string, storeName: string): Promise<unknown[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(databaseName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
  try {
    return await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(storeName).objectStore(storeName).getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(request.error ?? new Error('getAll failed'));
    });
  } finally {
    db.close();
  }
}

/** Puts values into one object store with the plain IndexedDB API (no wrapper, no validation). */
export async function rawPut(
  databaseName: string,
  storeName: string,
  values: readonly unknown[],
): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(databaseName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction(storeName, 'readwrite');
      for (const value of values) transaction.objectStore(storeName).put(value);
      transaction.oncomplete = () => resolve();
      transaction.onabort = () => reject(transaction.error ?? new Error('aborted'));
    });
  } finally {
    db.close();
  }
}
