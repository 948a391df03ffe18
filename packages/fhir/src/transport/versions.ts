/**
 * Which server version of each mutable record (assignments, flags) this device last saw, so an
 * edit is sent as `PUT` with `If-Match` on that version and a concurrent edit elsewhere comes
 * back as a 412 conflict instead of being overwritten.
 *
 * The store's outbox does not record versions, so the transport learns them from its own
 * pushes and pulls. Versions are strings `<type>/<id>/_history/<versionId>`, the same string
 * the transport reports as `PushOutcome.version` and `PulledChange.version`, so a host that
 * passes `baseVersion` on its outbox entries gives the transport exactly what it needs.
 *
 * @module
 */
import type { SyncedCollection } from '@interlude/store';

/** Remembers the last server version seen per record. */
export interface VersionStore {
  get(collection: SyncedCollection, id: string): string | undefined | Promise<string | undefined>;
  set(collection: SyncedCollection, id: string, version: string): void | Promise<void>;
}

/**
 * A {@link VersionStore} in memory: enough for one session. After a reload it is empty, and
 * an edit of a record whose version is unknown is sent as a conditional create: if the server
 * already holds a different version, that is reported as a conflict (server wins, with a
 * notice) rather than overwritten blindly. Pass a persistent store to keep edits after reloads.
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
