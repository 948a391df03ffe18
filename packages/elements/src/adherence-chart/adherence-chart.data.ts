/**
 * Where `<il-adherence-chart>`'s (and `<il-progress>`'s) occurrences come from: the vendor's
 * `data` property (validated here), or the client's assignments and `client.occurrences`.
 *
 * @module
 */
import * as z from 'zod/mini';
import {
  InstantStringSchema,
  LocalDateSchema,
  TimeZoneSchema,
  localizedText,
  safeParse,
  type ParseResult,
} from '@interlude/core';
import type { Interlude } from '@interlude/store';
import {
  ADHERENCE_CHART_MAX_OCCURRENCES,
  ADHERENCE_STATUSES,
  type AdherenceChartData,
} from './adherence-chart.types.js';

const Text = z.string().check(z.minLength(1), z.maxLength(600));

/** Schema of {@link AdherenceChartData}. */
export const AdherenceChartDataSchema = z.object({
  assignments: z.array(z.object({ id: Text, title: Text })).check(z.maxLength(500)),
  occurrences: z
    .array(
      z.object({
        id: Text,
        assignmentId: Text,
        localDate: LocalDateSchema,
        dueAt: InstantStringSchema,
        status: z.enum(ADHERENCE_STATUSES),
      }),
    )
    .check(z.maxLength(ADHERENCE_CHART_MAX_OCCURRENCES)),
  from: z.optional(LocalDateSchema),
  to: z.optional(LocalDateSchema),
  timeZone: z.optional(TimeZoneSchema),
});

/** Validates the vendor's data; errors name the path, never a value. */
export function parseAdherenceChartData(input: unknown): ParseResult<AdherenceChartData> {
  return safeParse(AdherenceChartDataSchema, input, 'adherence chart data');
}

const DAY_MS = 86_400_000;

/**
 * Reads one client's assignments and their occurrences over the last `days` days up to the
 * client's clock (statuses judged by the store at that moment), with titles in `lang`.
 */
export async function loadAdherenceChartData(
  client: Interlude,
  clientId: string,
  days: number,
  lang: string,
): Promise<AdherenceChartData> {
  const now = client.now();
  const from = new Date(Date.parse(now) - days * DAY_MS).toISOString();
  const [assignments, definitions] = await Promise.all([
    client.assignments.list({ clientId }),
    client.definitions.list(),
  ]);
  const ids = new Set(assignments.map((assignment) => assignment.id));
  const occurrences = (await client.occurrences.list({ from, to: now, now })).filter((occurrence) =>
    ids.has(occurrence.assignmentId),
  );
  const titles = new Map(
    definitions.map((definition) => [`${definition.kind}/${definition.id}`, definition.title]),
  );
  return {
    assignments: assignments.map((assignment) => {
      const title = titles.get(`${assignment.activity.kind}/${assignment.activity.id}`);
      return { id: assignment.id, title: title ? localizedText(title, lang) : assignment.activity.id };
    }),
    occurrences: occurrences.map(({ id, assignmentId, localDate, dueAt, status }) => ({
      id,
      assignmentId,
      localDate,
      dueAt,
      status,
    })),
    timeZone: assignments[0]?.schedule.timeZone ?? client.user.timeZone,
  };
}
