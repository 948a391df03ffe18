/**
 * What every flag rule receives: one client's data, already sorted, and the shared lookups.
 *
 * @internal
 * @module
 */
import type { Assignment } from '../model/assignment.js';
import type { Score } from '../scoring/score.js';
import type { PlanCache } from '../schedule/expand.js';
import type { Scratch } from '../schedule/lean.js';
import type { DefinitionIndex, ScoreLookup, TimedSubmission } from './caseload.js';
import type { Flag } from './flag.js';
import type { ResolvedFlagOptions } from './options.js';

/** One client's part of the caseload. */
export interface ClientData {
  clientId: string;
  /** The client's zone; "days" are counted in it. */
  timeZone: string;
  /** Oldest first. */
  assignments: readonly Assignment[];
  /** Completed submissions up to `now`, oldest first. */
  completed: readonly TimedSubmission[];
  /** The measure submissions of `completed`, in its order. */
  measures: readonly TimedSubmission[];
}

/** Shared by every rule of one run. */
export interface RuleContext {
  now: string;
  nowMs: number;
  options: ResolvedFlagOptions;
  definitions: DefinitionIndex;
  scores: ReadonlyMap<string, Score>;
  /** Each measure submission's score, computed once per run. */
  scoring: ScoreLookup;
  /** `now` minus `days` local days in `timeZone` (memoised: many clients share a zone). */
  daysBeforeNow(days: number, timeZone: string): { ms: number; text: string };
  /** Slot plans and the lean classifier's scratch space, shared by every client of the run. */
  plans: PlanCache;
  scratch: Scratch;
}

/** A flag before acknowledgements are applied. */
export type DraftFlag = Omit<Flag, 'acknowledgedAt' | 'snoozedUntil'>;

/** One rule: the flags it raises for one client. */
export type FlagRule = (client: ClientData, context: RuleContext) => DraftFlag[];
