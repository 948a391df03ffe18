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
import { safeParse, type ValidationIssue } from '@interlude/core';
import { z } from 'zod/mini';
import {
  InvalidResponseError,
  SYNCED_COLLECTIONS,
  TransportError,
  type PullResult,
  type PushOutcome,
  type Transport,
} from './transport.js';

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
  const timeoutMs = options.timeoutMs ?? 15_000;

  async function call(
    endpoint: 'push' | 'changes',
    url: string,
    init: { method: 'GET' | 'POST'; body?: string },
    signal: AbortSignal,
  ): Promise<unknown> {
    const doFetch = options.fetch ?? globalThis.fetch;
    let token: string | undefined;
    try {
      token = await options.auth?.();
    } catch (error) {
      throw new TransportError('auth', 'The auth callback failed to provide a token.', { cause: error });
    }
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    if (token) headers.Authorization = `Bearer ${token}`;

    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const onAbort = (): void => timeout.abort();
    signal.addEventListener('abort', onAbort);
    try {
      let response: Response;
      try {
        response = await doFetch(url, { ...init, headers, signal: timeout.signal });
      } catch (error) {
        throw (
          aborted(endpoint, signal, error) ??
          new TransportError('network', `The ${endpoint} request failed to reach the server.`, {
            cause: error,
          })
        );
      }
      if (!response.ok) {
        // Drain the body so the connection can be reused; its content is not ours to log.
        await response.text().catch(() => undefined);
        throw statusError(endpoint, response);
      }
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        throw (
          aborted(endpoint, signal, error) ??
          new TransportError('network', `The ${endpoint} response was cut off.`, { cause: error })
        );
      }
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new InvalidResponseError(endpoint, `Invalid ${endpoint} response: the body is not JSON.`, {
          status: response.status,
        });
      }
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    }

    /** The error for an aborted request: our timeout, or the caller cancelling. */
    function aborted(name: string, callerSignal: AbortSignal, error: unknown): TransportError | undefined {
      if (callerSignal.aborted) return new TransportError('network', `The ${name} request was cancelled.`);
      if (timeout.signal.aborted) {
        return new TransportError('timeout', `The ${name} request took longer than ${timeoutMs} ms.`, {
          cause: error,
        });
      }
      return undefined;
    }
  }

  return {
    async push(entries, { signal }) {
      const body = await call(
        'push',
        `${base}/push`,
        { method: 'POST', body: JSON.stringify({ entries }) },
        signal,
      );
      return validate(PushResponseSchema, body, 'push').outcomes as PushOutcome[];
    },
    async pull(cursor, { signal }) {
      const query = cursor === null ? '' : `?cursor=${encodeURIComponent(cursor)}`;
      const body = await call('changes', `${base}/changes${query}`, { method: 'GET' }, signal);
      return validate(PullResponseSchema, body, 'changes') as PullResult;
    },
  };
}

function validate<S extends z.ZodMiniType>(schema: S, body: unknown, endpoint: string): z.output<S> {
  const result = safeParse(schema, body, `${endpoint} response`);
  if (result.ok) return result.value;
  const issues: readonly ValidationIssue[] = result.error.issues;
  // ValidationError messages carry paths and expectations only, never the values sent.
  throw new InvalidResponseError(endpoint, result.error.message, { issues, cause: result.error });
}

function statusError(endpoint: string, response: Response): TransportError {
  const status = response.status;
  const what = `The ${endpoint} request failed with HTTP ${status}.`;
  if (status === 401 || status === 403) return new TransportError('auth', what, { status });
  if (status === 408) return new TransportError('timeout', what, { status });
  if (status === 429 || status >= 500) {
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
    return new TransportError('server', what, {
      status,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });
  }
  if (status >= 400) return new TransportError('rejected', what, { status });
  // 1xx/3xx that fetch did not follow: the server is misconfigured, which may be fixed.
  return new TransportError('server', what, { status });
}

/** `Retry-After` is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number.parseInt(trimmed, 10) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
