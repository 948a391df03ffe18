/**
 * Strings of il-provider: its notice when it is given a client it cannot use. Only the provider
 * shows it, so it is not in `common` (which every element, e.g. each chart, carries).
 * English is the reference: `provider.de.ts` and `provider.ar.ts` must give the same keys with the
 * same arguments (`satisfies ProviderStrings`). See README.md in this folder.
 *
 * @module
 */
import type { StringGroup } from './strings.js';

export const en = {
  invalidClientTitle: 'The Interlude client is not valid',
  invalidClientBody: (problem: string) => `The provider received a client it cannot use: ${problem}`,
};

export type ProviderStrings = typeof en;

/** English bundled; German and Arabic loaded on first use. */
export const providerStrings: StringGroup<ProviderStrings> = {
  en,
  de: () => import('./provider.de.js').then((module) => module.de),
  ar: () => import('./provider.ar.js').then((module) => module.ar),
};
