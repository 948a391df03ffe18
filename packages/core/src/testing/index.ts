/**
 * `@interlude/core/testing`: a deterministic caseload simulator and the flag calibration
 * measured on it, for tests, benches and demos. Not needed at run time.
 *
 * @packageDocumentation
 */
export { seededRandom, type RandomSource } from './random.js';
export {
  PLANTED_KINDS,
  DAILY_MOOD_PROFILES,
  DEFAULT_PHQ9_PROFILE,
  DEFAULT_GAD7_PROFILE,
  simulateCaseload,
  type PlantedKind,
  type TrackedItemProfile,
  type MeasureProfile,
  type SimulationOptions,
  type PlantedEvent,
  type SimulatedClient,
  type CaseloadSimulation,
} from './caseload-simulator.js';
export {
  measureFlagCalibration,
  PRE_CALIBRATION_FLAG_OPTIONS,
  type PlantedResult,
  type FlagCalibration,
} from './flag-calibration.js';
