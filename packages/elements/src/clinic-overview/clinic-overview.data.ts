/**
 * Where `<il-clinic-overview>`'s figures come from: the store's `client.caseload.aggregates`
 * (computed by core on the device), or the vendor's `data` property, validated here for what the
 * overview reads; the rest of a report passes through untouched.
 *
 * @module
 */
import * as z from 'zod/mini';
import {
  safeParse,
  type ClinicAggregates,
  type ClinicClient,
  type MeasureDefinition,
  type ParseResult,
} from '@interlude/core';
import type { Interlude } from '@interlude/store';
import { CLINIC_OVERVIEW_MAX_GROUPS, type ClinicOverviewData } from './clinic-overview.types.js';

const Text = z.string().check(z.minLength(1), z.maxLength(500));
const Count = z.int().check(z.gte(0));
const Rate = z.nullable(z.number().check(z.gte(0), z.lte(1)));
const Finite = z.nullable(z.number().check(z.refine(Number.isFinite, 'must be finite')));
const Share = z.looseObject({ count: Count, of: Count, share: Rate });

const MeasureSchema = z.looseObject({
  measureId: Text,
  clientsWithChange: Count,
  medianImprovement: Finite,
  reliableImprovement: Share,
  completionVsImprovement: z.looseObject({
    rho: z.nullable(z.number().check(z.gte(-1), z.lte(1))),
    n: Count,
  }),
});

const GroupSchema = z.union([
  z.looseObject({
    kind: z.enum(['overall', 'clinician', 'cohort']),
    key: Text,
    suppressed: z.literal(false),
    clientCount: Count,
    activeClients: Count,
    completion: z.looseObject({ completionRate: Rate }),
    measures: z.array(MeasureSchema),
  }),
  z.looseObject({
    kind: z.enum(['overall', 'clinician', 'cohort']),
    key: Text,
    suppressed: z.literal(true),
    clientCount: Count,
  }),
]);

const Groups = z.array(GroupSchema).check(z.maxLength(CLINIC_OVERVIEW_MAX_GROUPS));

const ReportSchema = z.looseObject({
  from: Text,
  to: Text,
  now: Text,
  minGroupSize: z.int().check(z.gte(1)),
  overall: GroupSchema,
  clinicians: Groups,
  cohorts: Groups,
});

const DataSchema = z.object({
  report: ReportSchema,
  measures: z.optional(z.array(z.looseObject({ id: Text, title: z.record(z.string(), Text) }))),
});

/** Validates the vendor's data; the error names the path, never a value. */
export function parseClinicOverviewData(input: unknown): ParseResult<ClinicOverviewData> {
  return safeParse(DataSchema, input, 'clinic overview data') as ParseResult<ClinicOverviewData>;
}

/** What the overview asks of the store. */
export interface ClinicOverviewQuery {
  readonly from: string;
  readonly to: string;
  readonly clients?: readonly ClinicClient[];
  readonly minGroupSize?: number;
}

/** The report over `[from, to)` from the client's caseload, with the measures' definitions. */
export async function loadClinicOverviewData(
  client: Interlude,
  query: ClinicOverviewQuery,
): Promise<ClinicOverviewData> {
  const [report, measures] = await Promise.all([
    client.caseload.aggregates({
      from: query.from,
      to: query.to,
      ...(query.clients ? { clients: query.clients } : {}),
      ...(query.minGroupSize !== undefined ? { minGroupSize: query.minGroupSize } : {}),
    }),
    client.definitions.list({ kind: 'measure' }) as Promise<MeasureDefinition[]>,
  ]);
  return { report: report as ClinicAggregates, measures };
}
