/**
 * Where `<il-outcome-chart>`'s data comes from: the vendor's `data` property (validated here, for
 * what the chart reads of each definition), or the client's scored measure submissions.
 *
 * @module
 */
import { measureTotalRange, type MeasureDefinition, type ParseResult } from '@interlude/core';
import type { Interlude } from '@interlude/store';
import {
  boolean,
  list,
  nullable,
  number,
  object,
  oneOf,
  record,
  refine,
  text,
  validate,
} from '../shared/chart/check.js';
import { chartInstant, chartTimeZone } from '../shared/chart/schemas.js';
import { OUTCOME_CHART_MAX_POINTS, type OutcomeChartData } from './outcome-chart.types.js';

const Text = text(500);
const Localized = refine<Record<string, unknown>>(record(text(35, 2), Text), (localized, fail) => {
  if (typeof localized['en'] !== 'string') fail('must have an en entry');
});
const whole = number(true);
const Threshold = object({ threshold: number(false, 0), source: Text });

/**
 * The parts of a measure definition the chart reads (range, bands, direction, thresholds),
 * checked here; the rest passes through untouched. Full definitions come from
 * `@interlude/content` or `parseMeasureDefinition`.
 */
const definition = object({
  kind: oneOf(['measure'] as const),
  id: Text,
  title: Localized,
  items: list(
    object(
      { scored: boolean, options: list(object({ value: whole }), Infinity, 1) },
      { reverse: object({ max: whole }) },
    ),
    Infinity,
    1,
  ),
  scoring: object(
    {
      direction: oneOf(['higher-is-worse', 'higher-is-better'] as const),
      bands: list(object({ id: Text, min: whole, max: whole, label: Localized }), Infinity, 1),
    },
    {
      reliableChange: Threshold,
      meaningfulChange: Threshold,
      caseness: object({
        threshold: number(),
        caseWhen: oneOf(['at-or-above', 'below'] as const),
        source: Text,
      }),
    },
  ),
});

const measure = refine<{ definition: MeasureDefinition; points: { total: number | null }[] }>(
  object({
    definition,
    points: list(object({ at: chartInstant, total: nullable(number()) }), OUTCOME_CHART_MAX_POINTS),
  }),
  (checked, fail) => {
    const range = measureTotalRange(checked.definition);
    checked.points.forEach(({ total }, index) => {
      if (total !== null && (total < range.min || total > range.max))
        fail('must lie within the measure range', 'points', index, 'total');
    });
  },
);

/** The check of {@link OutcomeChartData}. */
const outcomeChartData = object({ measures: list(measure, 20) }, { timeZone: chartTimeZone });

/** Validates the vendor's data; errors name the path, never a value. */
export function parseOutcomeChartData(input: unknown): ParseResult<OutcomeChartData> {
  return validate<OutcomeChartData>(outcomeChartData, input, 'outcome chart data');
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
