/**
 * Validation of `<il-mood-chart>`'s `data` property; errors name the path, never a value.
 *
 * @module
 */
import type { ParseResult } from '@interlude/core';
import { list, object, validate } from '../shared/chart/check.js';
import { chartInstant, chartText, chartTimeZone, trackedSeries } from '../shared/chart/schemas.js';
import { MOOD_CHART_MAX_POINTS, MOOD_CHART_MAX_SERIES, type MoodChartData } from './mood-chart.types.js';

/** The check of {@link MoodChartData}. */
const moodChartData = object(
  { series: list(trackedSeries(MOOD_CHART_MAX_POINTS), MOOD_CHART_MAX_SERIES) },
  {
    activities: list(object({ at: chartInstant, title: chartText() }), MOOD_CHART_MAX_POINTS),
    timeZone: chartTimeZone,
  },
);

/** Validates the vendor's data. */
export function parseMoodChartData(input: unknown): ParseResult<MoodChartData> {
  return validate<MoodChartData>(moodChartData, input, 'mood chart data');
}
