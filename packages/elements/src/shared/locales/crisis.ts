/**
 * Strings of il-crisis-resources and the crisis panel an activity shows after a risk answer.
 * English is the reference: `crisis.de.ts` and `crisis.ar.ts` must give the same keys with the same
 * arguments (`satisfies CrisisStrings`). See README.md in this folder.
 *
 * @module
 */
import type { StringGroup } from './strings.js';

export const en = {
  crisisHeading: 'You don’t have to face this alone',
  crisisMessage:
    'Thank you for telling us. If you are thinking about harming yourself, please reach out now: the people below can help, day or night.',
  crisisClinicianNote:
    'Your clinician will see this answer once it is sent and synced. They are not watching in real time, so if you need help now, please contact one of the services above.',
  crisisResourcesHeading: 'If you need help now',
  crisisCall: 'Call',
  crisisText: 'Text',
  crisisWebsite: (name: string) => `${name} website`,
};

export type CrisisStrings = typeof en;

/** English bundled; German and Arabic loaded on first use. */
export const crisisStrings: StringGroup<CrisisStrings> = {
  en,
  de: () => import('./crisis.de.js').then((module) => module.de),
  ar: () => import('./crisis.ar.js').then((module) => module.ar),
};
