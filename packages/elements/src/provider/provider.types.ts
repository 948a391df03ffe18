/** What `<il-provider>` currently hands down, reflected as its `state` attribute. */
export const PROVIDER_STATES = ['empty', 'ready', 'invalid'] as const;

/** `'empty'` (no client yet), `'ready'` (a valid client) or `'invalid'` (a client that failed validation). */
export type ProviderState = (typeof PROVIDER_STATES)[number];
