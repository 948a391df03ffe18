/**
 * One JSON request over `fetch` with everything a sync transport needs: a bearer token from
 * the host's callback, a timeout, the caller's cancellation, HTTP statuses mapped to
 * {@link TransportError} kinds, and response bodies parsed and validated with typed,
 * value-free errors. Shared by `httpTransport` and `@interlude/fhir`'s `fhirTransport`, and
 * usable by a vendor's own transport.
 *
 * @module
 */
import { safeParse } from '@interlude/core';
import type * as z from 'zod/mini';
import { InvalidResponseError, TransportError } from './transport.js';

/** How {@link jsonRequester} talks to the server. */
export interface JsonRequesterOptions {
  /** Default: the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** Sent with every request. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Returns the current access token, sent as `Authorization: Bearer <token>`; `undefined` sends none. */
  readonly auth?: () => Promise<string | undefined>;
  /** A request that takes longer fails with `timeout`. */
  readonly timeoutMs: number;
  /** Media type of request and response bodies. Default `application/json`. */
  readonly mediaType?: string;
  /** Extra headers for requests with a body (e.g. FHIR's `Prefer`). */
  readonly bodyHeaders?: Readonly<Record<string, string>>;
}

/** Performs one request and resolves with the parsed JSON body; see {@link jsonRequester}. */
export type JsonRequest = (
  endpoint: string,
  url: string,
  init: { readonly method: 'GET' | 'POST' | 'PUT'; readonly body?: string },
  signal: AbortSignal,
) => Promise<unknown>;

/**
 * Makes the request function a transport calls. `endpoint` names the call in error messages
 * (`push`, `batch`, …); messages never contain request or response content.
 *
 * @example
 * ```ts
 * const request = jsonRequester({ timeoutMs: 15_000, auth: () => session.token() });
 * const body = await request('changes', 'https://api.example.org/changes', { method: 'GET' }, signal);
 * const page = validateResponse(PageSchema, body, 'changes');
 * ```
 */
export function jsonRequester(options: JsonRequesterOptions): JsonRequest {
  const mediaType = options.mediaType ?? 'application/json';
  return async function request(endpoint, url, init, signal) {
    const doFetch = options.fetch ?? globalThis.fetch;
    let token: string | undefined;
    try {
      token = await options.auth?.();
    } catch (error) {
      throw new TransportError('auth', 'The auth callback failed to provide a token.', { cause: error });
    }
    const headers: Record<string, string> = { Accept: mediaType, ...options.headers };
    if (init.body !== undefined) Object.assign(headers, { 'Content-Type': mediaType }, options.bodyHeaders);
    if (token) headers.Authorization = `Bearer ${token}`;

    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), options.timeoutMs);
    const onAbort = (): void => timeout.abort();
    signal.addEventListener('abort', onAbort);
    /** The error for an aborted request: our timeout, or the caller cancelling. */
    const aborted = (error: unknown): TransportError | undefined => {
      if (signal.aborted) return new TransportError('network', `The ${endpoint} request was cancelled.`);
      if (!timeout.signal.aborted) return undefined;
      return new TransportError(
        'timeout',
        `The ${endpoint} request took longer than ${options.timeoutMs} ms.`,
        {
          cause: error,
        },
      );
    };
    try {
      let response: Response;
      try {
        response = await doFetch(url, { ...init, headers, signal: timeout.signal });
      } catch (error) {
        throw (
          aborted(error) ??
          new TransportError('network', `The ${endpoint} request failed to reach the server.`, {
            cause: error,
          })
        );
      }
      if (!response.ok) {
        // Drain the body so the connection can be reused; it may echo PHI, so it is not kept.
        await response.text().catch(() => undefined);
        throw httpStatusError(endpoint, response);
      }
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        throw (
          aborted(error) ??
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
  };
}

/**
 * Validates a response body; a mismatch is an {@link InvalidResponseError} listing the paths
 * and expectations, never the values the server sent.
 */
export function validateResponse<S extends z.ZodMiniType>(
  schema: S,
  body: unknown,
  endpoint: string,
): z.output<S> {
  const result = safeParse(schema, body, `${endpoint} response`);
  if (result.ok) return result.value;
  throw new InvalidResponseError(endpoint, result.error.message, {
    issues: result.error.issues,
    cause: result.error,
  });
}

/** Maps a non-2xx response to the {@link TransportError} kind that decides retrying. */
export function httpStatusError(endpoint: string, response: Response): TransportError {
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

/** `Retry-After` is either delta-seconds or an HTTP date; returns milliseconds from `now`. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number.parseInt(trimmed, 10) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
