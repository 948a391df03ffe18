/**
 * Strings every element can show: the not-connected and not-set-up notices (the inputs' "required" message is the `input` group). `LocalizeController` always has this group.
 * English is the reference: `common.de.ts` and `common.ar.ts` must give the same keys with the same
 * arguments (`satisfies CommonStrings`). See README.md in this folder.
 *
 * @module
 */
import type { StringGroup } from './strings.js';

export const en = {
  notConfiguredTitle: 'This Interlude widget is not connected',
  notConfiguredBody:
    'Place it inside <il-provider> and give the provider a client created with createInterlude().',
  invalidSettingsTitle: 'This Interlude widget is not set up correctly',
  invalidSettingsBody: (problem: string) => `Check its attributes and properties: ${problem}`,
};

export type CommonStrings = typeof en;

/** English bundled; German and Arabic loaded on first use. */
export const commonStrings: StringGroup<CommonStrings> = {
  en,
  de: () => import('./common.de.js').then((module) => module.de),
  ar: () => import('./common.ar.js').then((module) => module.ar),
};
