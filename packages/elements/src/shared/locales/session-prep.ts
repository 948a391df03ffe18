/**
 * Strings of il-session-prep (its chrome: title, copy and print). The prep's own sentences are
 * core's, translated in `clinical/`.
 * English is the reference: `session-prep.de.ts` and `session-prep.ar.ts` must give the same keys with the same
 * arguments (`satisfies SessionPrepStrings`). See README.md in this folder.
 *
 * @module
 */
import type { StringGroup } from './strings.js';

export const en = {
  sessionPrepTitle: (name: string) => `Session prep: ${name}`,
  sessionPrepTitleNoName: 'Session prep',
  sessionPrepChooseClient: 'Choose a client and the date of the last session to prepare.',
  sessionPrepCopy: 'Copy as text',
  sessionPrepPrint: 'Print',
  sessionPrepCopied: 'Session prep copied as text.',
  sessionPrepCopyFailed: 'The clipboard is not available here: the text is selected below to copy by hand.',
  sessionPrepCopyFallback: 'Session prep as text',
};

export type SessionPrepStrings = typeof en;

/** English bundled; German and Arabic loaded on first use. */
export const sessionPrepStrings: StringGroup<SessionPrepStrings> = {
  en,
  de: () => import('./session-prep.de.js').then((module) => module.de),
  ar: () => import('./session-prep.ar.js').then((module) => module.ar),
};
