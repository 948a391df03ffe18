/**
 * Where `<il-progress>`'s data comes from: the vendor's `data` property (validated here), or the
 * signed-in client's own check-ins and occurrences.
 *
 * @module
 */
import type { ParseResult } from '@interlude/core';
import type { Interlude } from '@interlude/store';
import { list, object, validate } from '../shared/chart/check.js';
import { chartInstant, chartTimeZone, occurrenceItem, trackedSeries } from '../shared/chart/schemas.js';
import { loadDueOccurrences, loadSeries } from '../shared/chart/loaders.js';
import type { ProgressData } from './progress.types.js';

/** The check of {@link ProgressData}. */
const progressData = object(
  { occurrences: list(occurrenceItem, 10_000) },
  { series: trackedSeries(5000), now: chartInstant, timeZone: chartTimeZone },
);

/** Validates the vendor's data; errors name the path, never a value. */
export function parseProgressData(input: unknown): ParseResult<ProgressData> {
  return validate<ProgressData>(progressData, input, 'progress data');
}

/**
 * The signed-in client's own data over the last `days` days: the tracked series named `seriesId`
 * (default: the first whose higher values are better, usually mood) and their occurrences.
 */
export async function loadProgressData(
  client: Interlude,
  seriesId: string,
  days: number,
  lang: string,
): Promise<ProgressData> {
  const clientId = client.user.id;
  const [checkIns, work] = await Promise.all([
    loadSeries(client, clientId, lang),
    loadDueOccurrences(client, clientId, days),
  ]);
  const series =
    checkIns.series.find((entry) => entry.id === seriesId) ??
    checkIns.series.find((entry) => entry.direction === 'higher-is-better' && entry.points.length > 0) ??
    checkIns.series.find((entry) => entry.points.length > 0);
  const since = Date.parse(client.now()) - days * 86_400_000;
  const timeZone = checkIns.timeZone ?? work.timeZone;
  return {
    ...(series
      ? { series: { ...series, points: series.points.filter((point) => Date.parse(point.at) >= since) } }
      : {}),
    occurrences: work.occurrences,
    now: client.now(),
    ...(timeZone ? { timeZone } : {}),
  };
}
