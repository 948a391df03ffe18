/**
 * Shared fixtures of the sync tests (not exported from the package).
 *
 * @module
 */
import { memoryStore } from '../backend/memory.js';
import type { StorageBackend, StoreFactory } from '../backend/types.js';
import { createOutboxEntry, outboxPut, readOutbox } from './outbox.js';
import type { SyncedCollection } from './transport.js';

/** A clock tests move by hand. */
export interface FakeClock {
  now(): Date;
  advance(ms: number): void;
}

/** A clock starting at `start`. */
export function fakeClock(start = '2026-03-02T09:00:00.000Z'): FakeClock {
  let at = Date.parse(start);
  return {
    now: () => new Date(at),
    advance: (ms) => {
      at += ms;
    },
  };
}

/** A memory store and one opened partition (a "tab"); open more tabs with `store.open`. */
export async function openPartition(
  userId = 'c-1',
): Promise<{ store: StoreFactory; backend: StorageBackend }> {
  const store = memoryStore();
  const backend = await store.open({ userId, role: 'client' });
  return { store, backend };
}

/** Writes a submission and its outbox entry in one batch, like the repository does. */
export async function saveLocal(
  backend: StorageBackend,
  clock: FakeClock,
  collection: SyncedCollection,
  record: { id: string } & Record<string, unknown>,
  baseVersion?: string,
): Promise<void> {
  await backend.write([
    { type: 'put', collection, value: record },
    outboxPut(
      createOutboxEntry({
        id: record.id,
        collection,
        now: clock.now(),
        ...(baseVersion === undefined ? {} : { baseVersion }),
      }),
    ),
  ]);
}

/** A submission-shaped record; the engine never looks inside. */
export function submission(id: string): { id: string } & Record<string, unknown> {
  return { id, assignmentId: 'a-1', status: 'completed', answers: { mood: 3 } };
}

/** Outbox entries by state. */
export async function outboxStates(backend: StorageBackend): Promise<Record<string, string>> {
  const { entries } = await readOutbox(backend);
  return Object.fromEntries(entries.map((entry) => [entry.id, entry.state]));
}

/** Resolves after `ms` real milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Timers the test fires by hand. */
export function manualTimers(): {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  delays(): number[];
  pending(): number;
  runAll(): Promise<void>;
} {
  let next = 0;
  const armed = new Map<number, { callback: () => void; ms: number }>();
  return {
    setTimeout(callback, ms) {
      next += 1;
      armed.set(next, { callback, ms });
      return next;
    },
    clearTimeout(handle) {
      armed.delete(handle as number);
    },
    delays: () => [...armed.values()].map((timer) => timer.ms),
    pending: () => armed.size,
    async runAll() {
      const due = [...armed.entries()];
      armed.clear();
      for (const [, timer] of due) timer.callback();
      await settle();
    },
  };
}

/** Lets promise chains (a sync over the memory backend) finish. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 50; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}
