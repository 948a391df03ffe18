/**
 * A {@link Transport} over plain JSON and HTTP, for vendors with their own backend.
 *
 * ## The protocol
 *
 * `POST {baseUrl}/push` with body `{ "entries": PushEntry[] }` answers
 * `200 { "outcomes": PushOutcome[] }`, one outcome per entry, in any order.
 *
 * `GET {baseUrl}/changes?cursor=<cursor>` (no `cursor` parameter on the first pull) answers
 * `200 { "changes": PulledChange[], "cursor": string, "hasMore": boolean }`.
 *
 * Both may use `Authorization: Bearer <token>` (from the `auth` callback). Status codes:
 * `401`/`403` stop sync until the host signs in again; `408` is a timeout; `429` and `5xx`
 * are retried with backoff, no sooner than `Retry-After`; any other `4xx` rejects the
 * call (a multi-entry push is then retried entry by entry, and an entry rejected alone is
 * kept on the device as `rejected`). To refuse a single entry, answer `200` with a
 * `rejected` outcome for it instead.
 *
 * ## What the server must do to be idempotent
 *
 * The device may send the same entry more than once: when an answer is lost (timeout,
 * dropped connection, tab closed mid-request), when a proxy replays a request, or after a
 * batch is split. So the server must:
 *
 * 1. **Store by `entry.id`**, a UUID made on the device, as a unique key (or a FHIR
 *    conditional create on an identifier), never by an id of its own making.
 * 2. **Answer a second push of an id it already has with `stored`**, without creating a
 *    second record, also when the first push's answer never arrived. For append-only
 *    collections (submissions, scores, acknowledgements) that is always the answer; for
 *    the others, a push whose `baseVersion` is not the current version may be answered
 *    `conflict` with the server's record, which then replaces the device's (server wins).
 * 3. **Apply each entry on its own**: one bad entry is a `rejected` outcome for that entry,
 *    not a failed batch; a transient problem with one entry is a `retry` outcome.
 * 4. **Serve changes from a durable, ordered log** with an opaque cursor, so a pull with an
 *    old cursor returns everything after it again (the device may re-pull a page after a
 *    crash and applies it idempotently).
 *
 * `packages/store/test-server/server.mjs` is a complete reference implementation in about
 * a hundred lines.
 *
 * @module
 */
import * as z from 'zod/mini';
import { jsonRequester, validateResponse } from './json-request.js';
import { SYNCED_COLLECTIONS, type PullResult, type PushOutcome, type Transport } from './transport.js';

/** Options of {@link httpTransport}. */
export interface HttpTransportOptions {
  /** Where the two endpoints live, e.g. `https://api.example.org/interlude` (no trailing slash needed). */
  readonly baseUrl: string;
  /** Default: the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** Sent with every request (e.g. a tenant header). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Returns the current access token, sent as `Authorization: Bearer <token>`; `undefined` sends none. */
  readonly auth?: () => Promise<string | undefined>;
  /** A call that takes longer fails with `timeout`. Default 15 000. */
  readonly timeoutMs?: number;
}

const RecordSchema = z.looseObject({ id: z.string().check(z.minLength(1)) });
const CollectionSchema = z.enum(SYNCED_COLLECTIONS);

const OutcomeSchema = z.discriminatedUnion('status', [
  z.object({ id: z.string(), status: z.literal('stored'), version: z.optional(z.string()) }),
  z.object({ id: z.string(), status: z.literal('conflict'), serverRecord: z.optional(RecordSchema) }),
  z.object({ id: z.string(), status: z.literal('rejected'), reason: z.string() }),
  z.object({ id: z.string(), status: z.literal('retry'), reason: z.string() }),
]);

const PushResponseSchema = z.object({ outcomes: z.array(OutcomeSchema) });

const ChangeSchema = z.union([
  z.object({ collection: CollectionSchema, id: z.string().check(z.minLength(1)), deleted: z.literal(true) }),
  z.object({ collection: CollectionSchema, record: RecordSchema, version: z.optional(z.string()) }),
]);

const PullResponseSchema = z.object({
  changes: z.array(ChangeSchema),
  cursor: z.string(),
  hasMore: z.boolean(),
});

/**
 * A transport speaking the JSON protocol described in this module's documentation.
 * Every response is validated: a malformed one becomes an {@link InvalidResponseError}
 * naming the endpoint and the paths that are wrong, never a crash and never data accepted
 * unchecked.
 *
 * @example
 * ```ts
 * const transport = httpTransport({
 *   baseUrl: 'https://api.example.org/interlude',
 *   auth: async () => (await session.token()) ?? undefined,
 *   headers: { 'X-Tenant': 'clinic-7' },
 * });
 * ```
 */
export function httpTransport(options: HttpTransportOptions): Transport {
  const base = options.baseUrl.replace(/\/+$/, '');
  const call = jsonRequester({ ...options, timeoutMs: options.timeoutMs ?? 15_000 });

  return {
    async push(entries, { signal }) {
      const body = await call(
        'push',
        `${base}/push`,
        { method: 'POST', body: JSON.stringify({ entries }) },
        signal,
      );
      return validateResponse(PushResponseSchema, body, 'push').outcomes as PushOutcome[];
    },
    async pull(cursor, { signal }) {
      const query = cursor === null ? '' : `?cursor=${encodeURIComponent(cursor)}`;
      const body = await call('changes', `${base}/changes${query}`, { method: 'GET' }, signal);
      return validateResponse(PullResponseSchema, body, 'changes') as PullResult;
    },
  };
}
