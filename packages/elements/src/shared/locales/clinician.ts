/**
 * Strings the clinician elements share (il-review-queue, il-session-prep and the clinician
 * formatting helpers): loading, read and write errors, the fallback name for a client id.
 * English is the reference: `clinician.de.ts` and `clinician.ar.ts` must give the same keys with the same
 * arguments (`satisfies ClinicianStrings`). See README.md in this folder.
 *
 * @module
 */
import type { StringGroup } from './strings.js';

export const en = {
  clinicianLoading: 'Loading…',
  clinicianReadError: 'Could not read the data on this device.',
  clinicianRetry: 'Try again',
  clinicianWriteError: 'Could not save on this device. Nothing was changed.',
  clinicianClientFallback: (id: string) => `Client ${id}`,
};

export type ClinicianStrings = typeof en;

/** English bundled; German and Arabic loaded on first use. */
export const clinicianStrings: StringGroup<ClinicianStrings> = {
  en,
  de: () => import('./clinician.de.js').then((module) => module.de),
  ar: () => import('./clinician.ar.js').then((module) => module.ar),
};
