/**
 * `client.caseload`: a clinician's (or a clinic director's) questions about the whole caseload,
 * answered on the device by core's engines from what the partition holds: who the clients are,
 * their adherence, and the clinic aggregates with small groups suppressed.
 *
 * @module
 */
import {
  caseloadAdherence,
  clinicAggregates,
  type Assignment,
  type ClientAdherenceTotals,
  type ClinicAggregates,
  type ClinicClient,
  type MeasureDefinition,
} from '@interlude/core';
import type { ClientContext } from './context.js';
import { NotPermittedError } from './errors.js';

/** One client of the caseload, as the stored assignments show them. */
export interface CaseloadClient {
  readonly clientId: string;
  /** Clinicians with an assignment for this client, sorted. */
  readonly clinicianIds: readonly string[];
  /** The clinician of the client's most recent assignment (who a clinic report counts them under). */
  readonly clinicianId: string;
  /** Active assignments. */
  readonly activeAssignments: number;
}

/** Options of {@link ClientCaseload.adherence}. */
export interface CaseloadAdherenceQuery {
  /** Start of the range (inclusive), ISO 8601 with offset. */
  readonly from: string;
  /** End of the range (exclusive). */
  readonly to: string;
  /** Default: the client's clock. */
  readonly now?: string;
}

/** Options of {@link ClientCaseload.aggregates}. */
export interface ClinicAggregatesQuery extends CaseloadAdherenceQuery {
  /**
   * The clients to report, with their clinician and cohort. Default: every client in the stored
   * assignments, under the clinician of their most recent assignment, without cohorts.
   */
  readonly clients?: readonly ClinicClient[];
  /** Only this measure. */
  readonly measureId?: string;
  /** Groups smaller than this are suppressed. Default: core's `DEFAULT_MIN_GROUP_SIZE` (5). */
  readonly minGroupSize?: number;
}

/** Caseload-wide queries. Clinician only. */
export interface ClientCaseload {
  /** Every client with a stored assignment, sorted by id. */
  clients(): Promise<CaseloadClient[]>;
  /** Core's `caseloadAdherence` over the stored assignments and submissions. */
  adherence(query: CaseloadAdherenceQuery): Promise<ClientAdherenceTotals[]>;
  /**
   * Core's `clinicAggregates` over the stored data: active clients, completion and outcome change
   * per clinician, cohort and clinic, with groups smaller than `minGroupSize` suppressed.
   *
   * @throws ValidationError for a malformed range or option (core's messages).
   */
  aggregates(query: ClinicAggregatesQuery): Promise<ClinicAggregates>;
}

/** @internal */
export function clientCaseload(context: ClientContext): ClientCaseload {
  const clinicianOnly = (operation: string): void => {
    if (context.user.role !== 'clinician') throw new NotPermittedError(operation, 'clinician');
  };
  const assignments = (operation: string) =>
    context.read(operation, [] as Assignment[], ({ repository }) => repository.assignments.list());
  const submissions = (operation: string) =>
    context.read(operation, [], ({ repository }) => repository.submissions.list());
  return {
    async clients() {
      clinicianOnly('caseload.clients');
      return caseloadClients(await assignments('caseload.clients'));
    },
    async adherence(query) {
      clinicianOnly('caseload.adherence');
      const [stored, runs] = await Promise.all([
        assignments('caseload.adherence'),
        submissions('caseload.adherence'),
      ]);
      return caseloadAdherence(
        { assignments: stored, submissions: runs },
        { from: query.from, to: query.to, now: query.now ?? context.now() },
      );
    },
    async aggregates(query) {
      clinicianOnly('caseload.aggregates');
      const [stored, runs, scores, definitions] = await Promise.all([
        assignments('caseload.aggregates'),
        submissions('caseload.aggregates'),
        context.read('caseload.aggregates', [], ({ repository }) => repository.scores.list()),
        context.read('caseload.aggregates', [], ({ repository }) => repository.definitions.list()),
      ]);
      const clients =
        query.clients ??
        caseloadClients(stored).map(({ clientId, clinicianId }) => ({ clientId, clinicianId }));
      return clinicAggregates(
        {
          clients,
          assignments: stored,
          submissions: runs,
          scores: scores.map((score) => ({ submissionId: score.submissionId, score })),
          measures: definitions
            .map((entry) => entry.definition)
            .filter((definition): definition is MeasureDefinition => definition.kind === 'measure'),
        },
        {
          from: query.from,
          to: query.to,
          now: query.now ?? context.now(),
          ...(query.measureId !== undefined ? { measureId: query.measureId } : {}),
          ...(query.minGroupSize !== undefined ? { minGroupSize: query.minGroupSize } : {}),
        },
      );
    },
  };
}

/** Clients of a set of assignments, with their clinicians; the latest assignment decides `clinicianId`. */
function caseloadClients(assignments: readonly Assignment[]): CaseloadClient[] {
  const byClient = new Map<string, { clinicians: Set<string>; latest: Assignment; active: number }>();
  for (const assignment of assignments) {
    const entry = byClient.get(assignment.clientId);
    const active = assignment.status === 'active' ? 1 : 0;
    if (entry === undefined) {
      byClient.set(assignment.clientId, {
        clinicians: new Set([assignment.clinicianId]),
        latest: assignment,
        active,
      });
      continue;
    }
    entry.clinicians.add(assignment.clinicianId);
    entry.active += active;
    const later = Date.parse(assignment.createdAt) - Date.parse(entry.latest.createdAt);
    if (later > 0 || (later === 0 && assignment.id > entry.latest.id)) entry.latest = assignment;
  }
  return [...byClient]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([clientId, { clinicians, latest, active }]) => ({
      clientId,
      clinicianIds: [...clinicians].sort(),
      clinicianId: latest.clinicianId,
      activeAssignments: active,
    }));
}
