/**
 * Real clients for tests and stories: `createInterlude` over an in-memory store (or any store
 * and transport given), so elements are exercised against the same code vendors run, never a
 * mock. Not part of the public API.
 *
 * @module
 */
import { fixture } from '@open-wc/testing-helpers';
import { html, type TemplateResult } from 'lit';
import type { Licensing, UserRole } from '@interlude/core';
import {
  createInterlude,
  memoryStore,
  type Interlude,
  type StoreFactory,
  type Transport,
} from '@interlude/store';
import '../../provider/define.js';

/** Options of {@link testClient}. */
export interface TestClientOptions {
  readonly role?: UserRole;
  readonly id?: string;
  readonly timeZone?: string;
  readonly locale?: string;
  readonly now?: () => string;
  readonly store?: StoreFactory;
  readonly transport?: Transport;
  /** Sync automatically (default `false`, so tests decide when with `client.sync.syncNow()`). */
  readonly autoSync?: boolean;
  /** The vendor's declared use (default: commercial, as `createInterlude` assumes). */
  readonly licensing?: Licensing;
}

/** A client for one user: by default the client `c-1` in Europe/London on an in-memory store. */
export function testClient(options: TestClientOptions = {}): Interlude {
  const role = options.role ?? 'client';
  return createInterlude({
    user: {
      id: options.id ?? (role === 'client' ? 'c-1' : 't-1'),
      role,
      timeZone: options.timeZone ?? 'Europe/London',
      ...(options.locale ? { locale: options.locale } : {}),
    },
    store: options.store ?? memoryStore(),
    ...(options.transport ? { transport: options.transport } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.licensing ? { licensing: options.licensing } : {}),
    sync: { autoStart: options.autoSync ?? false },
  });
}

/**
 * Mounts `template` inside an `<il-provider>` holding `client` and returns the provider's first
 * element child once it has rendered.
 */
export async function mountWithClient<E extends HTMLElement>(
  template: TemplateResult,
  client: Interlude | undefined,
): Promise<E> {
  const provider = await fixture<HTMLElement>(html`<il-provider .client=${client}>${template}</il-provider>`);
  const element = provider.firstElementChild as E;
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}
