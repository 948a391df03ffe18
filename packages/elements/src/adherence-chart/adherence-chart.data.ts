/**
 * Validation of `<il-adherence-chart>`'s `data` property; errors name the path, never a value.
 *
 * @module
 */
import * as z from 'zod/mini';
import { safeParse, type ParseResult } from '@interlude/core';
import {
  ChartLocalDateSchema,
  ChartTimeZoneSchema,
  OccurrenceItemSchema,
  chartText,
} from '../shared/chart/schemas.js';
import { ADHERENCE_CHART_MAX_OCCURRENCES, type AdherenceChartData } from './adherence-chart.types.js';

/** Schema of {@link AdherenceChartData}. */
export const AdherenceChartDataSchema = z.object({
  assignments: z.array(z.object({ id: chartText(600), title: chartText(600) })).check(z.maxLength(500)),
  occurrences: z.array(OccurrenceItemSchema).check(z.maxLength(ADHERENCE_CHART_MAX_OCCURRENCES)),
  from: z.optional(ChartLocalDateSchema),
  to: z.optional(ChartLocalDateSchema),
  timeZone: z.optional(ChartTimeZoneSchema),
});

/** Validates the vendor's data. */
export function parseAdherenceChartData(input: unknown): ParseResult<AdherenceChartData> {
  return safeParse(AdherenceChartDataSchema, input, 'adherence chart data');
}
