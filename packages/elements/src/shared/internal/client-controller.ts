import { ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import type { InterludeClient } from '@interlude/core';
import type { Interlude } from '@interlude/store';
import { interludeClientContext } from '../../context.js';

/** An element that may be handed a client directly, as a property. */
export type ClientHost = ReactiveControllerHost & HTMLElement & { client?: InterludeClient | undefined };

/**
 * Finds the client an element should use. Resolution order: the element's own `client`
 * property, then the nearest `<il-provider>`, then nothing (the element then shows the
 * "not connected" message instead of an empty box). Re-renders the host when the
 * provider's client changes (the context consumer it holds is the host's controller;
 * this class needs no lifecycle of its own).
 */
export class ClientController {
  readonly #host: ClientHost;
  readonly #consumer: ContextConsumer<typeof interludeClientContext, ClientHost>;

  constructor(host: ClientHost) {
    this.#host = host;
    this.#consumer = new ContextConsumer(host, { context: interludeClientContext, subscribe: true });
  }

  /** The client to read and write through, or `undefined` when the element is not configured. */
  get client(): InterludeClient | undefined {
    return this.#host.client ?? this.#consumer.value;
  }

  /**
   * The client as a full store client (`createInterlude(...)`), or `undefined` when there is
   * none or it lacks the data API (e.g. a bare `{ user }` object): elements that read or write
   * data show the configuration notice then.
   */
  get store(): Interlude | undefined {
    const client = this.client;
    return isStoreClient(client) ? client : undefined;
  }
}

/** Whether `client` offers the data API of `createInterlude` that elements read and write through. */
export function isStoreClient(client: InterludeClient | undefined): client is Interlude {
  const candidate = client as Partial<Interlude> | undefined;
  return (
    typeof candidate?.subscribe === 'function' &&
    typeof candidate.submissions?.save === 'function' &&
    typeof candidate.drafts?.update === 'function'
  );
}
