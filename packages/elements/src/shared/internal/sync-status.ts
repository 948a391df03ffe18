/**
 * The honest save status every element that saves shows: "Saved on this device" while anything
 * waits in the outbox (or there is no server at all), "Synced" once the outbox is empty after a
 * successful sync, and a calmer offline wording when the device is offline. Follows
 * `client.sync` and re-renders the host on every change.
 *
 * @module
 */
import type { ReactiveController } from 'lit';
import type { Interlude, SyncStatus } from '@interlude/store';
import type { ClientController, ClientHost } from './client-controller.js';
import type { LocalizeController } from './localize.js';

/** What the status line says. */
export type SaveState = 'device' | 'offline' | 'synced';

/** Follows the sync status of the host's client. */
export class SyncStatusController implements ReactiveController {
  readonly #host: ClientHost;
  readonly #clients: ClientController;
  #client: Interlude | undefined;
  #unsubscribe: (() => void) | undefined;
  #status: SyncStatus | undefined;

  constructor(host: ClientHost, clients: ClientController) {
    this.#host = host;
    this.#clients = clients;
    host.addController(this);
  }

  /** Where saved work stands now. */
  get state(): SaveState {
    const status = this.#status;
    if (!status || status.pending > 0 || status.rejected > 0 || !status.lastSuccessAt) {
      return status?.state === 'offline' ? 'offline' : 'device';
    }
    return 'synced';
  }

  /** The words for {@link state}. */
  text(localize: LocalizeController): string {
    const state = this.state;
    return localize.term(
      state === 'synced' ? 'syncSynced' : state === 'offline' ? 'syncOffline' : 'syncOnDevice',
    );
  }

  hostUpdate(): void {
    const client = this.#clients.store;
    if (client === this.#client) return;
    this.#stop();
    this.#client = client;
    if (!client) return;
    let subscribing = true; // the first status arrives synchronously, during this update
    try {
      this.#unsubscribe = client.sync.subscribe((status) => {
        this.#status = status;
        if (!subscribing) this.#host.requestUpdate();
      });
    } catch {
      // A signed-out client: nothing to follow; the status stays "Saved on this device".
    }
    subscribing = false;
  }

  hostDisconnected(): void {
    this.#stop();
    this.#client = undefined;
  }

  #stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#status = undefined;
  }
}
