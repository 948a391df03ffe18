/**
 * Write generations: a token per collection that changes in the same transaction as every
 * write to that collection, from this tab or any other (every tab's client wraps its backend
 * the same way). A reader that remembers what it parsed at a generation knows, from one small
 * read, whether the collection may have changed since; nothing is trusted beyond that: a
 * changed or missing token means "read and validate again".
 *
 * The tokens live in `meta` (`generation:<collection>`), which the journal does not keep and
 * the change feed does not announce: a save puts one or two small records more in its own
 * transaction.
 *
 * @module
 */
import type { CollectionName, StorageBackend, WriteOp } from './types.js';

/** The id prefix of the generation records in `meta`. */
export const GENERATION_PREFIX = 'generation:';

/**
 * The collections with a token: what the review queue reads whole. Drafts, the outbox and the
 * rest are written far more often than read whole, so their writes stay as they were.
 */
export const GENERATION_COLLECTIONS: ReadonlySet<CollectionName> = new Set([
  'definitions',
  'assignments',
  'submissions',
  'scores',
  'acknowledgements',
]);

/** A backend whose writes also change their collections' generation tokens. */
export interface GenerationTrackingBackend extends StorageBackend {
  /**
   * The collection's current token. Only equality means anything: the same token, the same
   * records. A collection no tracked write has touched yet (data from before tokens existed)
   * is given one now; `undefined` for a collection outside {@link GENERATION_COLLECTIONS} or
   * when even that write fails.
   */
  generation(collection: CollectionName): Promise<string | undefined>;
}

/** Whether `backend` tracks {@link GenerationTrackingBackend.generation}. */
export function tracksGenerations(backend: StorageBackend): backend is GenerationTrackingBackend {
  return typeof (backend as Partial<GenerationTrackingBackend>).generation === 'function';
}

/**
 * Wraps `backend` so each batch also puts a fresh token for every collection of
 * {@link GENERATION_COLLECTIONS} it touches, in the same atomic write.
 *
 * @internal
 */
export function trackGenerations(backend: StorageBackend): GenerationTrackingBackend {
  return {
    get kind() {
      return backend.kind;
    },
    get encryptedAtRest() {
      return backend.encryptedAtRest;
    },
    get durability() {
      return backend.durability;
    },
    get: (collection, id) => backend.get(collection, id),
    getAll: (collection) => backend.getAll(collection),
    ...(backend.getAllWhere === undefined
      ? {}
      : { getAllWhere: backend.getAllWhere.bind(backend) as NonNullable<StorageBackend['getAllWhere']> }),
    ...(backend.getSubmissionRanges === undefined
      ? {}
      : {
          getSubmissionRanges: backend.getSubmissionRanges.bind(backend) as NonNullable<
            StorageBackend['getSubmissionRanges']
          >,
        }),
    ...(backend.validatedFormat === undefined
      ? {}
      : {
          validatedFormat: backend.validatedFormat.bind(backend) as NonNullable<
            StorageBackend['validatedFormat']
          >,
        }),
    write: (ops) => backend.write(withGenerations(ops)),
    destroy: () => backend.destroy(),
    close: () => backend.close(),
    async generation(collection) {
      if (!GENERATION_COLLECTIONS.has(collection)) return undefined;
      const id = `${GENERATION_PREFIX}${collection}`;
      const record = await backend.get('meta', id);
      const token = (record as { token?: unknown } | undefined)?.token;
      if (typeof token === 'string') return token;
      // Unless another tab stamped it first: then that token wins and this one is never used.
      const fresh = newToken();
      try {
        await backend.write([
          {
            type: 'put',
            collection: 'meta',
            value: { id, token: fresh },
            unless: { collection: 'meta', id },
          },
        ]);
      } catch {
        return undefined;
      }
      const stamped = (await backend.get('meta', id)) as { token?: unknown } | undefined;
      return typeof stamped?.token === 'string' ? stamped.token : undefined;
    },
  };
}

function withGenerations(ops: readonly WriteOp[]): WriteOp[] {
  const touched = new Set<CollectionName>();
  for (const op of ops) if (GENERATION_COLLECTIONS.has(op.collection)) touched.add(op.collection);
  if (touched.size === 0) return [...ops];
  const token = newToken();
  return [
    ...ops,
    ...[...touched].map((collection): WriteOp => ({
      type: 'put',
      collection: 'meta',
      value: { id: `${GENERATION_PREFIX}${collection}`, token },
    })),
  ];
}

let counter = 0;

/** Unique across tabs in practice: a random part, the time and a per-tab counter. */
function newToken(): string {
  counter += 1;
  return `${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2)}`;
}
