/**
 * The review queue: which flags a clinician sees now (open, snoozed, acknowledged), filtered by
 * kind and clinician, in the flag engine's order, with the counts a filter bar shows.
 *
 * @module
 */
import type { Assignment } from '../model/assignment.js';
import type { Flag } from './flag.js';
import { FLAG_KINDS, type FlagKind } from './flag-kinds.js';

/** Where a flag stands for the clinician. */
export const REVIEW_STATES = ['open', 'snoozed', 'acknowledged'] as const;

/** `'open' | 'snoozed' | 'acknowledged'`. */
export type ReviewState = (typeof REVIEW_STATES)[number];

/** Options of {@link reviewQueue}. */
export interface ReviewQueueQuery {
  /** Which flags to list. Default `'open'`: neither acknowledged nor snoozed. */
  readonly state?: ReviewState;
  /** Only these kinds. Default (or empty): every kind. */
  readonly kinds?: readonly FlagKind[];
  /** Only clients this clinician has an assignment for (any status). Needs `assignments`. */
  readonly clinicianId?: string;
  /** The caseload's assignments: who is whose clinician. */
  readonly assignments?: readonly Pick<Assignment, 'clientId' | 'clinicianId'>[];
}

/** The result of {@link reviewQueue}. */
export interface ReviewQueue {
  /** The matching flags, in the engine's order (urgent first, then most recent; see `compareFlags`). */
  readonly flags: Flag[];
  /** Flags of each kind in the chosen state and clinician (before the kind filter): the filter's counts. */
  readonly kindCounts: Readonly<Record<FlagKind, number>>;
  /** Flags in each state for the chosen kinds and clinician. */
  readonly stateCounts: Readonly<Record<ReviewState, number>>;
  /** Every clinician with an assignment in the caseload, sorted: the clinician filter's choices. */
  readonly clinicianIds: string[];
}

/**
 * Where `flag` stands: `acknowledged` once acknowledged, `snoozed` while a snooze runs, else `open`.
 *
 * @example
 * ```ts
 * flagState(flag); // 'open'
 * ```
 */
export function flagState(flag: Pick<Flag, 'acknowledgedAt' | 'snoozedUntil'>): ReviewState {
  if (flag.acknowledgedAt !== undefined) return 'acknowledged';
  if (flag.snoozedUntil !== undefined) return 'snoozed';
  return 'open';
}

/**
 * Whether a clinician may snooze `flag`: any open flag except an urgent one (a risk answer is
 * acknowledged after it was followed up, never put off; `computeFlags` ignores such a snooze).
 */
export function canSnooze(flag: Pick<Flag, 'severity' | 'acknowledgedAt'>): boolean {
  return flag.severity !== 'urgent' && flag.acknowledgedAt === undefined;
}

/**
 * Picks the flags of one review view from `computeFlags`' result (or `client.flags.forCaseload()`),
 * keeping the engine's order, and counts what each filter would show. Pure; flags are not changed.
 *
 * @example
 * ```ts
 * const flags = await client.flags.forCaseload();
 * const assignments = await client.assignments.list();
 * const queue = reviewQueue(flags, { kinds: ['risk', 'deterioration'], clinicianId: 't-1', assignments });
 * queue.flags;            // open risk and deterioration flags of t-1's clients, urgent first
 * queue.kindCounts.risk;  // open risk flags of t-1's clients
 * ```
 */
export function reviewQueue(flags: readonly Flag[], query: ReviewQueueQuery = {}): ReviewQueue {
  const state = query.state ?? 'open';
  const kinds = query.kinds !== undefined && query.kinds.length > 0 ? new Set(query.kinds) : undefined;
  const clinicians = new Map<string, Set<string>>();
  for (const { clientId, clinicianId } of query.assignments ?? []) {
    let own = clinicians.get(clinicianId);
    if (own === undefined) clinicians.set(clinicianId, (own = new Set()));
    own.add(clientId);
  }
  const clients =
    query.clinicianId === undefined ? undefined : (clinicians.get(query.clinicianId) ?? new Set());

  const kindCounts = Object.fromEntries(FLAG_KINDS.map((kind) => [kind, 0])) as Record<FlagKind, number>;
  const stateCounts: Record<ReviewState, number> = { open: 0, snoozed: 0, acknowledged: 0 };
  const chosen: Flag[] = [];
  for (const flag of flags) {
    if (clients !== undefined && !clients.has(flag.clientId)) continue;
    const own = flagState(flag);
    const kindMatches = kinds === undefined || kinds.has(flag.kind);
    if (kindMatches) stateCounts[own] += 1;
    if (own !== state) continue;
    kindCounts[flag.kind] += 1;
    if (kindMatches) chosen.push(flag);
  }
  return {
    flags: chosen,
    kindCounts,
    stateCounts,
    clinicianIds: [...clinicians.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
  };
}
