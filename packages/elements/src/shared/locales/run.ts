/**
 * Strings for running an activity, shared by il-measure-form, il-check-in and il-exercise-player: loading, resuming, draft and sync status, submit errors, an invalid definition.
 * English is the reference: `run.de.ts` and `run.ar.ts` must give the same keys with the same
 * arguments (`satisfies RunStrings`). See README.md in this folder.
 *
 * @module
 */
import type { StringGroup } from './strings.js';

export const en = {
  runLoading: 'Loading…',
  runResumed: 'Welcome back: your earlier answers are filled in.',
  runSubmitting: 'Saving…',
  runSubmitFailed: 'This could not be saved. Your answers are still here; please try again.',
  draftSaving: 'Saving on this device…',
  draftSaved: 'Saved on this device',
  draftFailed: 'Could not save on this device. Your answers are still here.',
  syncOnDevice: 'Saved on this device',
  syncOffline: 'Saved on this device. It will sync when you are back online.',
  syncSynced: 'Synced',
  invalidDefinitionTitle: 'This activity cannot be shown',
  invalidDefinitionBody: (problem: string) => `Its definition is not valid: ${problem}`,
};

export type RunStrings = typeof en;

/** English bundled; German and Arabic loaded on first use. */
export const runStrings: StringGroup<RunStrings> = {
  en,
  de: () => import('./run.de.js').then((module) => module.de),
  ar: () => import('./run.ar.js').then((module) => module.ar),
};
