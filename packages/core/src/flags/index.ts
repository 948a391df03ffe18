/**
 * Flags: review by exception over a caseload (risk, deterioration, mood shifts,
 * non-engagement, completions, overload).
 *
 * @module
 */
export {
  FLAG_KINDS,
  FLAG_SEVERITIES,
  FLAG_REASONS,
  EVIDENCE_ROLES,
  compareFlags,
  type FlagKind,
  type FlagSeverity,
  type FlagReason,
  type EvidenceRole,
} from './flag-kinds.js';
export {
  FlagEvidenceSchema,
  FlagSchema,
  FlagAcknowledgementSchema,
  parseFlag,
  type FlagEvidence,
  type Flag,
  type FlagAcknowledgement,
} from './flag.js';
export {
  FlagOptionsSchema,
  DEFAULT_FLAG_OPTIONS,
  type FlagOptions,
  type ResolvedFlagOptions,
} from './options.js';
export { type Caseload, type SubmissionScore, type ActivityDefinition } from './caseload.js';
export { computeFlags } from './compute-flags.js';
export { flagHistoryWindow, clientsNeedingHistory, type FlagHistoryWindow } from './history.js';
export {
  REVIEW_STATES,
  flagState,
  canSnooze,
  reviewQueue,
  type ReviewState,
  type ReviewQueueQuery,
  type ReviewQueue,
} from './review-queue.js';
export { describeFlag, flagNames, type DescribeFlagOptions, type FlagNames } from './describe.js';
export { FLAG_MESSAGES_EN, type FlagMessages } from './messages.js';
export { reliableChangeThreshold } from './statistics.js';
