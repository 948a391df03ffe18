/**
 * Which server version of each mutable record (assignments, flags) this device last saw, so an
 * edit is sent as `PUT` with `If-Match` on that version and a concurrent edit elsewhere comes
 * back as a 412 conflict instead of being overwritten.
 *
 * The store's outbox does not record versions, so the transport learns them from its own
 * pushes and pulls, and keeps them in the partition (the engine's `TransportState`, see
 * {@link stateVersionStore}): after a reload an edit still goes out as `PUT` with `If-Match`.
 * The same versions give the literal references (`ServiceRequest/123`) written beside identifiers. Versions are strings `<type>/<id>/_history/<versionId>`, the same string
 * the transport reports as `PushOutcome.version` and `PulledChange.version`, so a host that
 * passes `baseVersion` on its outbox entries gives the transport exactly what it needs.
 *
 * @module
 */
import type { SyncedCollection, TransportState } from '@interlude/store';

/** Remembers the last server version seen per record. */
export interface VersionStore {
  get(collection: SyncedCollection, id: string): string | undefined | Promise<string | undefined>;
  set(collection: SyncedCollection, id: string, version: string): void | Promise<void>;
  /** Sets several at once (one storage transaction); the transport uses it when present. */
  setMany?(
    versions: readonly { collection: SyncedCollection; id: string; version: string }[],
  ): void | Promise<void>;
}

/**
 * A {@link VersionStore} in the partition, through the engine's `TransportState` (the `meta`
 * collection): versions survive reloads and are wiped with the partition. What `fhirTransport`
 * uses by default whenever the sync engine calls it.
 *
 * @example
 * ```ts
 * const versions = stateVersionStore(metaTransportState(backend));
 * ```
 */
export function stateVersionStore(state: TransportState): VersionStore {
  const key = (collection: SyncedCollection, id: string) => `fhir:version:${collection}/${id}`;
  return {
    async get(collection, id) {
      const value = await state.get(key(collection, id));
      return typeof value === 'string' ? value : undefined;
    },
    set: (collection, id, version) => state.set([{ key: key(collection, id), value: version }]),
    setMany: (versions) =>
      state.set(
        versions.map(({ collection, id, version }) => ({ key: key(collection, id), value: version })),
      ),
  };
}

/**
 * A {@link VersionStore} in memory: enough for one session, and what the transport falls back to
 * when it is called without the engine's state. After a reload it is empty, and an edit of a
 * record whose version is unknown is sent as a conditional create: if the server already holds a
 * different version, that is reported as a conflict (server wins, with a notice) rather than
 * overwritten blindly.
 *
 * @example
 * ```ts
 * const transport = fhirTransport({ baseUrl, versions: memoryVersionStore() });
 * ```
 */
export function memoryVersionStore(): VersionStore {
  const versions = new Map<string, string>();
  return {
    get: (collection, id) => versions.get(`${collection}/${id}`),
    set: (collection, id, version) => void versions.set(`${collection}/${id}`, version),
  };
}

/** A parsed version string. */
export interface ResourceVersion {
  readonly resourceType: string;
  readonly id: string;
  readonly versionId: string;
}

/** `<type>/<id>/_history/<versionId>`, the transport's version string. */
export function formatVersion(version: ResourceVersion): string {
  return `${version.resourceType}/${version.id}/_history/${version.versionId}`;
}

/** Parses a version string; `undefined` for anything else (then the version counts as unknown). */
export function parseVersion(value: string | undefined): ResourceVersion | undefined {
  const match = value ? /^([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})\/_history\/([^/\s]+)$/.exec(value) : null;
  if (!match) return undefined;
  return { resourceType: match[1] as string, id: match[2] as string, versionId: match[3] as string };
}
