/**
 * Where `<il-mood-chart>`'s data comes from: the vendor's `data` property (validated here), or
 * the client's submissions and the check-in templates that define the tracked items.
 *
 * @module
 */
import * as z from 'zod/mini';
import {
  InstantStringSchema,
  TimeZoneSchema,
  localizedText,
  safeParse,
  trackedSeries,
  type ActivityDefinition,
  type CheckInTemplate,
  type ParseResult,
} from '@interlude/core';
import type { Interlude } from '@interlude/store';
import {
  MOOD_CHART_MAX_POINTS,
  MOOD_CHART_MAX_SERIES,
  MOOD_DIRECTIONS,
  type MoodChartData,
} from './mood-chart.types.js';

const Text = z.string().check(z.minLength(1), z.maxLength(200));

const SeriesSchema = z
  .object({
    id: Text,
    label: Text,
    direction: z.enum(MOOD_DIRECTIONS),
    min: z.number().check(z.refine(Number.isFinite, 'must be finite')),
    max: z.number().check(z.refine(Number.isFinite, 'must be finite')),
    points: z
      .array(
        z.object({
          at: InstantStringSchema,
          value: z.number().check(z.refine(Number.isFinite, 'must be finite')),
        }),
      )
      .check(z.maxLength(MOOD_CHART_MAX_POINTS)),
  })
  .check(
    z.refine((series) => series.max > series.min, { message: 'must be more than min', path: ['max'] }),
    z.superRefine((series, ctx) => {
      series.points.forEach((point, index) => {
        if (point.value < series.min || point.value > series.max) {
          ctx.addIssue({
            code: 'custom',
            message: 'must lie within min and max',
            path: ['points', index, 'value'],
          });
        }
      });
    }),
  );

/** Schema of {@link MoodChartData}. */
export const MoodChartDataSchema = z.object({
  series: z.array(SeriesSchema).check(z.maxLength(MOOD_CHART_MAX_SERIES)),
  activities: z.optional(
    z.array(z.object({ at: InstantStringSchema, title: Text })).check(z.maxLength(MOOD_CHART_MAX_POINTS)),
  ),
  timeZone: z.optional(TimeZoneSchema),
});

/** Validates the vendor's data; errors name the path, never a value. */
export function parseMoodChartData(input: unknown): ParseResult<MoodChartData> {
  return safeParse(MoodChartDataSchema, input, 'mood chart data');
}

/**
 * Reads one client's tracked check-in values and completed activities through the client: the
 * submissions, and the definitions that name them. Labels are in `lang`.
 */
export async function loadMoodChartData(
  client: Interlude,
  clientId: string,
  lang: string,
): Promise<MoodChartData> {
  const [submissions, definitions] = await Promise.all([
    client.submissions.list({ clientId }),
    client.definitions.list({ allVersions: true }),
  ]);
  const templates = definitions.filter(
    (definition): definition is CheckInTemplate => definition.kind === 'check-in',
  );
  const titles = new Map<string, ActivityDefinition>(
    definitions.map((definition) => [`${definition.kind}/${definition.id}`, definition]),
  );
  const series = trackedSeries(templates, submissions).map((tracked) => ({
    id: tracked.id,
    label: localizedText(tracked.tracked.label, lang),
    direction: tracked.tracked.direction,
    min: tracked.min,
    max: tracked.max,
    points: tracked.values.map(({ at, value }) => ({ at, value })),
  }));
  const activities = submissions
    .filter((submission) => submission.status === 'completed' && submission.activity.kind !== 'check-in')
    .map((submission) => {
      const definition = titles.get(`${submission.activity.kind}/${submission.activity.id}`);
      return {
        at: submission.submittedAt,
        title: definition ? localizedText(definition.title, lang) : submission.activity.id,
      };
    });
  const latest = submissions[submissions.length - 1];
  return { series, activities, ...(latest ? { timeZone: latest.timeZone } : {}) };
}
