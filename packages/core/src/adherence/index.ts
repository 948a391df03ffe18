/**
 * Adherence: completion, timeliness, streaks, time spent, weekly series and engagement decay.
 *
 * @module
 */
export {
  assignmentAdherence,
  clientAdherence,
  type AdherenceOptions,
  type AdherenceSubmission,
  type AdherenceCounts,
  type WeeklyAdherence,
  type AdherenceSummary,
  type AssignmentAdherence,
  type ClientAdherence,
} from './adherence.js';
export {
  caseloadAdherence,
  clientAdherenceTotals,
  type AdherenceTotals,
  type AssignmentAdherenceTotals,
  type ClientAdherenceTotals,
} from './summary.js';
export {
  engagementDecay,
  DEFAULT_ENGAGEMENT_DECAY,
  type EngagementDecayOptions,
  type EngagementDecay,
  type DecayWeek,
} from './decay.js';
