/**
 * What the CBT exercises share: the rating fields of activity plans and diaries, and the
 * attribution to cognitive and behavioural therapy's primary sources.
 *
 * @module
 */
import type { Attribution, EntryField } from '@interlude/core';

const BECK =
  'Beck, A. T., Rush, A. J., Shaw, B. F., & Emery, G. (1979). Cognitive Therapy of Depression. Guilford Press.';
const MARTELL =
  'Martell, C. R., Dimidjian, S., & Herman-Dunn, R. (2010). Behavioral Activation for Depression: A Clinician’s Guide. Guilford Press.';

/** The attribution of a CBT exercise; behavioural activation exercises also credit Martell et al. */
export function cbtAttribution(behaviouralActivation: boolean): Attribution {
  return {
    approach: behaviouralActivation
      ? 'Cognitive Behavioural Therapy (CBT): behavioural activation'
      : 'Cognitive Behavioural Therapy (CBT)',
    credit: behaviouralActivation ? `${BECK} ${MARTELL}` : BECK,
    note: 'Written for Interlude in its own words; not a reproduction of a published worksheet.',
  };
}

/** A 0–10 rating field of an activity entry, e.g. pleasure or mastery. */
export function zeroToTen(id: string, label: string, low: string, high: string): EntryField {
  return {
    id,
    kind: 'rating',
    label: { en: label },
    min: 0,
    max: 10,
    anchors: { low: { en: low }, high: { en: high } },
  };
}
