/**
 * The pull cursor of the FHIR transport: where each incremental search stands. Opaque to the
 * sync engine, which persists it with the page it belongs to; JSON inside so it survives any
 * storage.
 *
 * Each search ("stream": Tasks of the user, Questionnaires, a caseload group's
 * QuestionnaireResponses, ...) keeps:
 * - `since`: the highest `meta.lastUpdated` it has delivered. The next round searches
 *   `_lastUpdated=ge<since>`: `ge`, not `gt`, because several resources can share one
 *   millisecond and a `gt` would skip the ones written after the last search in that same
 *   millisecond;
 * - `seen`: ids already delivered at exactly `since`, skipped when `ge` returns them again;
 * - `next`: the server's `next` link while a round is paging through results;
 * - `done`: the stream reached its last page in the current round.
 *
 * @module
 */
import { safeParse } from '@interlude/core';
import * as z from 'zod/mini';

const StreamStateSchema = z.object({
  since: z.optional(z.string()),
  seen: z.optional(z.array(z.string())),
  next: z.optional(z.string()),
  done: z.optional(z.boolean()),
});

/** Where one incremental search stands. */
export type StreamState = z.output<typeof StreamStateSchema>;

const CaseloadGroupSchema = z.object({
  /** Patient references (`Patient/<id>`), searched together as `subject=a,b,…`. */
  patients: z.array(z.string()),
  streams: z.record(z.string(), StreamStateSchema),
});

/** Clinicians: a set of their clients searched together, with its own streams. */
export type CaseloadGroup = z.output<typeof CaseloadGroupSchema>;

const CursorStateSchema = z.object({
  v: z.literal(1),
  /** Who the streams are about; a cursor made for another user or mode is not reused. */
  scope: z.string(),
  streams: z.record(z.string(), StreamStateSchema),
  caseload: z.array(CaseloadGroupSchema),
});

/** The decoded cursor. */
export type CursorState = z.output<typeof CursorStateSchema>;

/** A fresh cursor for `scope`: every stream from the beginning. */
export function emptyCursor(scope: string): CursorState {
  return { v: 1, scope, streams: {}, caseload: [] };
}

/**
 * Decodes a cursor. One that does not parse or belongs to another scope starts over: a full
 * re-pull costs time, never correctness, because pulled changes are applied idempotently.
 */
export function decodeCursor(cursor: string | null, scope: string): CursorState {
  if (cursor === null) return emptyCursor(scope);
  let json: unknown;
  try {
    json = JSON.parse(cursor);
  } catch {
    return emptyCursor(scope);
  }
  const result = safeParse(CursorStateSchema, json, 'FHIR pull cursor');
  if (!result.ok || result.value.scope !== scope) return emptyCursor(scope);
  return result.value;
}

/** Encodes a cursor for the engine to persist. */
export function encodeCursor(state: CursorState): string {
  return JSON.stringify(state);
}

/**
 * Advances a stream past one page of resources (sorted by `_lastUpdated`, ascending).
 * Returns the resources not delivered before, and the new state.
 */
export function advanceStream<
  R extends { readonly id?: string; readonly meta?: { readonly lastUpdated?: string } },
>(state: StreamState, resources: readonly R[]): { fresh: R[]; state: StreamState } {
  let since = state.since;
  let seen = new Set(state.seen ?? []);
  const fresh: R[] = [];
  for (const resource of resources) {
    const lastUpdated = resource.meta?.lastUpdated;
    const id = resource.id;
    if (lastUpdated === undefined || id === undefined) {
      fresh.push(resource);
      continue;
    }
    if (since !== undefined && lastUpdated === since && seen.has(id)) continue;
    fresh.push(resource);
    if (since === undefined || Date.parse(lastUpdated) > Date.parse(since)) {
      since = lastUpdated;
      seen = new Set([id]);
    } else if (lastUpdated === since) {
      seen.add(id);
    }
  }
  return {
    fresh,
    state: {
      ...(since === undefined ? {} : { since }),
      ...(seen.size > 0 ? { seen: [...seen] } : {}),
      ...(state.next === undefined ? {} : { next: state.next }),
      ...(state.done === undefined ? {} : { done: state.done }),
    },
  };
}
