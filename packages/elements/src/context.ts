/**
 * The context through which `<il-provider>` hands an {@link InterludeClient} to every
 * Interlude element below it.
 *
 * @module
 */
import { createContext } from '@lit/context';
import type { InterludeClient } from '@interlude/core';

/**
 * Keyed with `Symbol.for(...)`, not a fresh `Symbol()`, so that an npm copy and a CDN copy
 * of `@interlude/elements` on the same page still find each other's provider.
 */
export const interludeClientContext = createContext<InterludeClient | undefined>(
  Symbol.for('@interlude/elements:client'),
);
