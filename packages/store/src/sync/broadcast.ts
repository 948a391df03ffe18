/**
 * Cross-tab change notices: when one tab writes (a local save, or sync pulling server
 * changes), the other tabs of the same partition hear which collections changed and
 * refresh their subscribers. Only collection names travel, never records or ids.
 *
 * Built on `BroadcastChannel('interlude:<partitionId>')`. Where there is none (old
 * runtimes), publishing does nothing and subscribing never calls back: each tab then only
 * sees its own changes, which is safe, just less fresh.
 *
 * @module
 */
import { COLLECTIONS, type CollectionName } from '../backend/types.js';

/** What another tab tells us. */
export interface ChangeNotice {
  /** The collections that changed; refresh what shows them. */
  readonly collections: readonly CollectionName[];
}

const MESSAGE_TYPE = 'interlude-change';
const KNOWN: ReadonlySet<string> = new Set(COLLECTIONS);

/** The channel name for a partition; exported for tests and for vendors' own listeners. */
export function channelName(partitionId: string): string {
  return `interlude:${partitionId}`;
}

/**
 * Tells every other tab (and every other subscriber in this tab) that `collections` of
 * `partitionId` changed.
 *
 * @example
 * ```ts
 * await backend.write(ops);
 * publishChange('client:c-1', ['submissions', 'outbox']);
 * ```
 */
export function publishChange(partitionId: string, collections: readonly CollectionName[]): void {
  if (typeof BroadcastChannel === 'undefined' || collections.length === 0) return;
  // The message is queued for every other channel object at once, so one sending channel per
  // partition serves every notice: opening a channel per message cost more than the save it announced.
  senderOf(partitionId).postMessage({ type: MESSAGE_TYPE, collections: [...new Set(collections)] });
}

/** How long a sending channel stays open after its last notice. */
const SENDER_IDLE_MS = 1000;

interface Sender {
  readonly channel: BroadcastChannel;
  lastUsed: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

const senders = new Map<string, Sender>();

/** The partition's sending channel, opened on first use and closed once idle. */
function senderOf(partitionId: string): BroadcastChannel {
  let sender = senders.get(partitionId);
  if (sender === undefined) {
    const channel = new BroadcastChannel(channelName(partitionId));
    // An open channel (or timer) would keep a Node process alive.
    (channel as { unref?: () => void }).unref?.();
    sender = { channel, lastUsed: 0, timer: undefined };
    senders.set(partitionId, sender);
  }
  sender.lastUsed = Date.now();
  sender.timer ??= closeWhenIdle(partitionId, sender, SENDER_IDLE_MS);
  return sender.channel;
}

function closeWhenIdle(partitionId: string, sender: Sender, delay: number): ReturnType<typeof setTimeout> {
  const timer = setTimeout(() => {
    const idle = Date.now() - sender.lastUsed;
    if (idle < SENDER_IDLE_MS) {
      sender.timer = closeWhenIdle(partitionId, sender, SENDER_IDLE_MS - idle);
      return;
    }
    senders.delete(partitionId);
    sender.channel.close();
  }, delay);
  (timer as { unref?: () => void }).unref?.();
  return timer;
}

/**
 * Calls `listener` whenever another channel object (usually another tab) publishes a change
 * for `partitionId`. Returns the unsubscribe function; call it to close the channel.
 * Messages from other versions of Interlude that do not fit are ignored.
 *
 * @example
 * ```ts
 * const unsubscribe = subscribeChanges('client:c-1', ({ collections }) => {
 *   if (collections.includes('assignments')) void reloadAssignments();
 * });
 * ```
 */
export function subscribeChanges(partitionId: string, listener: (notice: ChangeNotice) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(channelName(partitionId));
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const collections = readMessage(event.data);
    if (collections) listener({ collections });
  };
  return () => {
    channel.onmessage = null;
    channel.close();
  };
}

function readMessage(data: unknown): CollectionName[] | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, collections } = data as { type?: unknown; collections?: unknown };
  if (type !== MESSAGE_TYPE || !Array.isArray(collections)) return undefined;
  const known = collections.filter(
    (name): name is CollectionName => typeof name === 'string' && KNOWN.has(name),
  );
  return known.length > 0 ? known : undefined;
}
