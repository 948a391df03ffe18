/**
 * Samples for the assignment composer's and the clinic overview's tests and stories, on top of
 * the caseload in `clinician-samples.ts`: a check-in template past the 90-second rule, and a
 * roster that splits the sample clients into two clinicians and two cohorts. Not shipped.
 *
 * @module
 */
import { getCheckInTemplate } from '@interlude/content';
import type { CheckInTemplate, ClinicClient } from '@interlude/core';

/** A check-in of five free-text items: about 130 s, past the 90 s rule. */
export function longCheckIn(
  id = 'long-diary',
  title: CheckInTemplate['title'] = { en: 'Long diary check-in' },
): CheckInTemplate {
  const base = getCheckInTemplate('daily-mood') as CheckInTemplate;
  return {
    ...base,
    id,
    title,
    items: [1, 2, 3, 4, 5].map((n) => ({
      id: `q${n}`,
      kind: 'short-text' as const,
      prompt: { en: `Question ${n}` },
      required: false,
    })),
    feedback: { ...base.feedback, rules: [] },
  } as CheckInTemplate;
}

/** Two clinicians and two cohorts of three clients each (PHQ-9: c-risk 12→14, c-worse 6→17, c-done 16→6). */
export const SAMPLE_ROSTER: readonly ClinicClient[] = [
  { clientId: 'c-risk', clinicianId: 't-1', cohort: 'Pilot' },
  { clientId: 'c-worse', clinicianId: 't-1', cohort: 'Waitlist' },
  { clientId: 'c-done', clinicianId: 't-1', cohort: 'Pilot' },
  { clientId: 'c-shift', clinicianId: 't-2', cohort: 'Pilot' },
  { clientId: 'c-quiet', clinicianId: 't-2', cohort: 'Waitlist' },
  { clientId: 'c-busy', clinicianId: 't-2', cohort: 'Waitlist' },
];

/** The vendor's names for the roster's clinicians. */
export const SAMPLE_CLINICIAN_NAMES = { 't-1': 'Dr. Ana Silva', 't-2': 'Dr. Ben Okoro' } as const;
