/**
 * Where `<il-outcome-chart>`'s data comes from: the vendor's `data` property (validated here, for
 * what the chart reads of each definition), or the client's scored measure submissions.
 *
 * @module
 */
import * as z from 'zod/mini';
import { measureTotalRange, safeParse, type MeasureDefinition, type ParseResult } from '@interlude/core';
import { ChartInstantSchema, ChartTimeZoneSchema } from '../shared/chart/schemas.js';
import type { Interlude } from '@interlude/store';
import { OUTCOME_CHART_MAX_POINTS, type OutcomeChartData } from './outcome-chart.types.js';

const Text = z.string().check(z.minLength(1), z.maxLength(500));
const Localized = z
  .record(z.string().check(z.minLength(2), z.maxLength(35)), Text)
  .check(z.refine((text) => typeof text['en'] === 'string', 'must have an en entry'));
const Threshold = z.looseObject({ threshold: z.number().check(z.positive()), source: Text });

/**
 * The parts of a measure definition the chart reads (range, bands, direction, thresholds),
 * checked here; the rest passes through untouched. Full definitions come from
 * `@interlude/content` or `parseMeasureDefinition`.
 */
const DefinitionSchema = z.looseObject({
  kind: z.literal('measure'),
  id: Text,
  title: Localized,
  items: z
    .array(
      z.looseObject({
        scored: z.boolean(),
        options: z.array(z.looseObject({ value: z.int() })).check(z.minLength(1)),
        reverse: z.optional(z.looseObject({ max: z.int() })),
      }),
    )
    .check(z.minLength(1)),
  scoring: z.looseObject({
    direction: z.enum(['higher-is-worse', 'higher-is-better']),
    bands: z
      .array(z.looseObject({ id: Text, min: z.int(), max: z.int(), label: Localized }))
      .check(z.minLength(1)),
    reliableChange: z.optional(Threshold),
    meaningfulChange: z.optional(Threshold),
    caseness: z.optional(
      z.looseObject({ threshold: z.number(), caseWhen: z.enum(['at-or-above', 'below']), source: Text }),
    ),
  }),
});

const MeasureSchema = z
  .object({
    definition: DefinitionSchema,
    points: z
      .array(
        z.object({
          at: ChartInstantSchema,
          total: z.nullable(z.number().check(z.refine(Number.isFinite, 'must be finite'))),
        }),
      )
      .check(z.maxLength(OUTCOME_CHART_MAX_POINTS)),
  })
  .check(
    z.superRefine((measure, ctx) => {
      const range = measureTotalRange(measure.definition as unknown as MeasureDefinition);
      measure.points.forEach((point, index) => {
        if (point.total !== null && (point.total < range.min || point.total > range.max)) {
          ctx.addIssue({
            code: 'custom',
            message: 'must lie within the measure range',
            path: ['points', index, 'total'],
          });
        }
      });
    }),
  );

/** Schema of {@link OutcomeChartData}. */
export const OutcomeChartDataSchema = z.object({
  measures: z.array(MeasureSchema).check(z.maxLength(20)),
  timeZone: z.optional(ChartTimeZoneSchema),
});

/** Validates the vendor's data; errors name the path, never a value. */
export function parseOutcomeChartData(input: unknown): ParseResult<OutcomeChartData> {
  return safeParse(OutcomeChartDataSchema, input, 'outcome chart data') as ParseResult<OutcomeChartData>;
}

/** Reads one client's measure totals (stored scores) and the definitions they were scored with. */
export async function loadOutcomeChartData(client: Interlude, clientId: string): Promise<OutcomeChartData> {
  const [scored, definitions] = await Promise.all([
    client.submissions.scored({ clientId }),
    client.definitions.list({ kind: 'measure' }),
  ]);
  const byId = new Map(
    definitions
      .filter((definition): definition is MeasureDefinition => definition.kind === 'measure')
      .map((definition) => [definition.id, definition]),
  );
  const measures = new Map<
    string,
    { definition: MeasureDefinition; points: { at: string; total: number | null }[] }
  >();
  for (const { submission, score } of scored) {
    const definition = byId.get(score.measure.id);
    // Without its definition there are no bands or thresholds to draw: left out, not guessed.
    if (!definition) continue;
    const range = measureTotalRange(definition);
    // A total from another version outside this one's range cannot be drawn on its bands.
    if (score.total !== null && (score.total < range.min || score.total > range.max)) continue;
    const entry = measures.get(definition.id) ?? { definition, points: [] };
    entry.points.push({ at: submission.submittedAt, total: score.total });
    measures.set(definition.id, entry);
  }
  const latest = scored[scored.length - 1]?.submission;
  return { measures: [...measures.values()], ...(latest ? { timeZone: latest.timeZone } : {}) };
}
