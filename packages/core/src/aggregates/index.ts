/**
 * Clinic aggregates: engagement and outcome per clinician and cohort, with small groups suppressed.
 *
 * @module
 */
export {
  clinicAggregates,
  DEFAULT_MIN_GROUP_SIZE,
  type ClinicClient,
  type ClinicScore,
  type ClinicSubmission,
  type ClinicData,
  type ClinicAggregateOptions,
  type Share,
  type CompletionAggregate,
  type MeasureAggregate,
  type ClinicGroupKind,
  type GroupAggregate,
  type SuppressedGroup,
  type ClinicGroup,
  type ClinicAggregates,
} from './clinic-aggregates.js';
export {
  spearmanCorrelation,
  MIN_CORRELATION_PAIRS,
  type RankCorrelation,
  type CorrelationUnknownReason,
} from './statistics.js';
export { clinicAggregatesToCsv, CLINIC_CSV_COLUMNS } from './csv.js';
