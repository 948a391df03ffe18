/**
 * The one way an element loads data from the client: it reads through `load`, shows what it
 * read, and reads again whenever one of `collections` changes (a local save, a sync pull,
 * another tab), the client changes, or one of `args` changes. Elements never keep their own
 * copy of store state; they render `value`.
 *
 * A newer read supersedes an older one (the older one's `signal` aborts and its result is
 * dropped), changes arriving in a burst cause one read, and the last value stays on screen
 * while a re-read runs, so a chart does not flash empty on every save.
 *
 * @module
 */
import type { ReactiveController } from 'lit';
import type { Interlude, SubscribableCollection } from '@interlude/store';
import type { ClientController, ClientHost } from './client-controller.js';

/** What an element reads, and when that goes stale. */
export interface DataSource<T> {
  /** Collections whose changes make the data stale. */
  readonly collections: readonly SubscribableCollection[];
  /** Reads the data. `signal` aborts when a newer read starts or the element disconnects. */
  load(client: Interlude, signal: AbortSignal): Promise<T>;
  /** Other inputs of the read (e.g. a `client-id` attribute); a change (by `Object.is`) reads again. */
  readonly args?: () => readonly unknown[];
  /** Whether to read at all; e.g. `false` while the vendor supplies the data as a property. */
  readonly enabled?: () => boolean;
}

/** Where a read stands. `value` is the last data read, kept while re-reading or after an error. */
export type DataState<T> =
  | { readonly status: 'unconfigured' }
  | { readonly status: 'disabled' }
  | { readonly status: 'loading'; readonly value: T | undefined }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'error'; readonly error: unknown; readonly value: T | undefined };

/** How long a burst of change notices is gathered into one re-read. */
const COALESCE_MS = 16;

/**
 * Loads data for an element and keeps it fresh.
 *
 * @example
 * ```ts
 * readonly #clients = new ClientController(this);
 * readonly #data = new DataController(this, this.#clients, {
 *   collections: ['submissions'],
 *   args: () => [this.clientId],
 *   load: (client) => client.submissions.list({ clientId: this.clientId }),
 * });
 * render() {
 *   const state = this.#data.state;
 *   if (state.status === 'unconfigured') return notConfiguredNotice(this.#localize);
 *   return html`${state.value?.length ?? 0} check-ins`;
 * }
 * ```
 */
export class DataController<T> implements ReactiveController {
  readonly #host: ClientHost;
  readonly #clients: ClientController;
  readonly #source: DataSource<T>;
  #state: DataState<T> = { status: 'unconfigured' };
  #client: Interlude | undefined;
  #args: readonly unknown[] = [];
  #unsubscribe: (() => void) | undefined;
  #reading: AbortController | undefined;
  #staleTimer: ReturnType<typeof setTimeout> | undefined;
  #connected = false;
  /** Set by `reload()` and change notices: read again at the next update. */
  #stale = true;
  /** Resolves when the read in flight (if any) has settled; for tests and `await`. */
  #settled: Promise<void> = Promise.resolve();

  constructor(host: ClientHost, clients: ClientController, source: DataSource<T>) {
    this.#host = host;
    this.#clients = clients;
    this.#source = source;
    host.addController(this);
  }

  /** Where the read stands, and the data. */
  get state(): DataState<T> {
    return this.#state;
  }

  /** The last data read, or `undefined`. */
  get value(): T | undefined {
    return 'value' in this.#state ? this.#state.value : undefined;
  }

  /** Resolves once the current read (if any) has settled and the host has rendered it. */
  async settled(): Promise<void> {
    await this.#host.updateComplete;
    await this.#settled;
    await this.#host.updateComplete;
  }

  /** Reads again now (e.g. after the element itself wrote something). */
  reload(): void {
    this.#stale = true;
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#stale = true;
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#stop();
  }

  /** Runs before each render: decides whether the inputs changed and a read must start. */
  hostUpdate(): void {
    if (!this.#connected) return;
    if (this.#source.enabled && !this.#source.enabled()) {
      this.#stop();
      this.#state = { status: 'disabled' };
      return;
    }
    const client = this.#clients.store;
    const args = this.#source.args?.() ?? [];
    const changedClient = client !== this.#client;
    const changedArgs =
      args.length !== this.#args.length || args.some((arg, i) => !Object.is(arg, this.#args[i]));
    if (!changedClient && !changedArgs && !this.#stale && this.#state.status !== 'unconfigured') return;
    if (changedClient || !this.#unsubscribe) this.#subscribe(client);
    this.#client = client;
    this.#args = args;
    this.#stale = false;
    if (!client) {
      this.#state = { status: 'unconfigured' };
      return;
    }
    this.#read(client, changedClient);
  }

  #subscribe(client: Interlude | undefined): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    if (!client) return;
    try {
      const offs = this.#source.collections.map((collection) =>
        client.subscribe(collection, () => this.#changed()),
      );
      this.#unsubscribe = () => offs.forEach((off) => off());
    } catch (error) {
      // A signed-out or closed client: show it as an error, never a blank box.
      this.#state = { status: 'error', error, value: undefined };
    }
  }

  #changed(): void {
    if (this.#staleTimer !== undefined) return;
    this.#staleTimer = setTimeout(() => {
      this.#staleTimer = undefined;
      this.reload();
    }, COALESCE_MS);
  }

  #read(client: Interlude, fresh: boolean): void {
    this.#reading?.abort();
    const reading = new AbortController();
    this.#reading = reading;
    const previous = fresh ? undefined : this.value;
    this.#state = { status: 'loading', value: previous };
    this.#settled = this.#source.load(client, reading.signal).then(
      (value) => {
        if (reading.signal.aborted) return;
        this.#state = { status: 'ready', value };
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        if (reading.signal.aborted) return;
        this.#state = { status: 'error', error, value: previous };
        this.#host.requestUpdate();
      },
    );
  }

  #stop(): void {
    this.#reading?.abort();
    this.#reading = undefined;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    if (this.#staleTimer !== undefined) clearTimeout(this.#staleTimer);
    this.#staleTimer = undefined;
    this.#client = undefined;
    this.#stale = true;
  }
}
