/**
 * Workload: what a new assignment would add to a client's week, and the composer's warnings.
 *
 * @module
 */
export {
  WorkloadLimitsSchema,
  DEFAULT_WORKLOAD_LIMITS,
  previewAssignment,
  type WorkloadLimits,
  type WorkloadWarning,
  type WeekLoad,
  type AssignmentPreviewInput,
  type AssignmentPreview,
} from './assignment-preview.js';
