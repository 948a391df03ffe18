/**
 * What the ACT exercises share: the credit to the approach's primary source and the note that
 * every one is written for Interlude in its own words.
 *
 * @module
 */
import type { Attribution } from '@interlude/core';

/** Hayes, Strosahl & Wilson (2012), the book that sets out ACT's model and methods. */
export const ACT_CREDIT =
  'Hayes, S. C., Strosahl, K. D., & Wilson, K. G. (2012). Acceptance and Commitment Therapy: The Process and Practice of Mindful Change (2nd ed.). Guilford Press.';

/** The attribution of an ACT exercise; `extra` names a further source for a specific method. */
export function actAttribution(extra?: string): Attribution {
  return {
    approach: 'Acceptance and Commitment Therapy (ACT)',
    credit: extra ? `${ACT_CREDIT} ${extra}` : ACT_CREDIT,
    note: 'Written for Interlude in its own words; not a reproduction of a published worksheet, script or recording.',
  };
}
