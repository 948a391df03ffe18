/**
 * What the IFS exercises share: the credit to the approach's primary source and the note that
 * every one is written for Interlude in its own words.
 *
 * @module
 */
import type { Attribution } from '@interlude/core';

/** The attribution of an IFS exercise. */
export const IFS_ATTRIBUTION: Attribution = {
  approach: 'Internal Family Systems (IFS)',
  credit:
    'Schwartz, R. C. (1995). Internal Family Systems Therapy. Guilford Press; Schwartz, R. C., & Sweezy, M. (2020). Internal Family Systems Therapy (2nd ed.). Guilford Press.',
  note: 'Written for Interlude in its own words; not a reproduction of a published exercise. Best used with an IFS-informed clinician.',
};
