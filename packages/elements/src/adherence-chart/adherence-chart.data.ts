/**
 * Validation of `<il-adherence-chart>`'s `data` property; errors name the path, never a value.
 *
 * @module
 */
import type { ParseResult } from '@interlude/core';
import { list, object, validate } from '../shared/chart/check.js';
import { chartLocalDate, chartText, chartTimeZone, occurrenceItem } from '../shared/chart/schemas.js';
import { ADHERENCE_CHART_MAX_OCCURRENCES, type AdherenceChartData } from './adherence-chart.types.js';

/** The check of {@link AdherenceChartData}. */
const adherenceChartData = object(
  {
    assignments: list(object({ id: chartText(600), title: chartText(600) }), 500),
    occurrences: list(occurrenceItem, ADHERENCE_CHART_MAX_OCCURRENCES),
  },
  { from: chartLocalDate, to: chartLocalDate, timeZone: chartTimeZone },
);

/** Validates the vendor's data. */
export function parseAdherenceChartData(input: unknown): ParseResult<AdherenceChartData> {
  return validate<AdherenceChartData>(adherenceChartData, input, 'adherence chart data');
}
