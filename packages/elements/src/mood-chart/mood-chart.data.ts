/**
 * Validation of `<il-mood-chart>`'s `data` property; errors name the path, never a value.
 *
 * @module
 */
import * as z from 'zod/mini';
import { safeParse, type ParseResult } from '@interlude/core';
import {
  ChartInstantSchema,
  ChartTimeZoneSchema,
  TrackedSeriesSchema,
  chartText,
} from '../shared/chart/schemas.js';
import { MOOD_CHART_MAX_POINTS, MOOD_CHART_MAX_SERIES, type MoodChartData } from './mood-chart.types.js';

/** Schema of {@link MoodChartData}. */
export const MoodChartDataSchema = z.object({
  series: z.array(TrackedSeriesSchema(MOOD_CHART_MAX_POINTS)).check(z.maxLength(MOOD_CHART_MAX_SERIES)),
  activities: z.optional(
    z
      .array(z.object({ at: ChartInstantSchema, title: chartText() }))
      .check(z.maxLength(MOOD_CHART_MAX_POINTS)),
  ),
  timeZone: z.optional(ChartTimeZoneSchema),
});

/** Validates the vendor's data. */
export function parseMoodChartData(input: unknown): ParseResult<MoodChartData> {
  return safeParse(MoodChartDataSchema, input, 'mood chart data');
}
