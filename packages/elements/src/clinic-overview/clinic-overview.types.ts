import type { ClinicAggregates, MeasureDefinition } from '@interlude/core';

/** The periods the overview offers, in weeks back from today. */
export const CLINIC_OVERVIEW_PERIODS = [4, 12, 26, 52] as const;

/** Most groups (clinicians plus cohorts) a vendor's `data` may hold. */
export const CLINIC_OVERVIEW_MAX_GROUPS = 2000;

/** What the overview shows: core's clinic aggregates and the measures' definitions for their titles. */
export interface ClinicOverviewData {
  /** Core's `clinicAggregates` (with its small-group suppression), e.g. computed on your server. */
  readonly report: ClinicAggregates;
  /** Definitions of the measures in the report, for titles and direction; optional. */
  readonly measures?: readonly Pick<MeasureDefinition, 'id' | 'title'>[];
}
