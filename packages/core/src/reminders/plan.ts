/**
 * Reminder planning: which reminders to send, and when, for a client's occurrences. The SDK
 * plans; the vendor's channel (push, SMS, e-mail) sends, and writes no reminder text here.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Assignment } from '../model/assignment.js';
import { InstantStringSchema } from '../model/time.js';
import { parse } from '../parse.js';
import type { ClassifiedOccurrence } from '../schedule/classify.js';
import { dateAtEpochMs, epochMs, formatDate, formatInstant } from '../schedule/zoned.js';
import {
  parseReminderPreferences,
  type ReminderPreferences,
  type ReminderPreferencesInput,
} from './preferences.js';
import { endOfQuietHours, isInQuietHours } from './quiet-hours.js';
import { atLocalTime, dayOf, nextDay, zonedAtEpochMs } from './wall-clock.js';

/** The two kinds of reminder: when an occurrence comes due, and an optional nudge before it expires. */
export const REMINDER_KINDS = ['due', 'follow-up'] as const;

/** `'due' | 'follow-up'`. */
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Why a reminder's `sendAt` differs from its nominal time. */
export type ReminderAdjustment = 'preferred-time' | 'snooze' | 'quiet-hours' | 'catch-up';

/** What {@link planReminders} reads from an occurrence (as {@link classifyOccurrences} returns it). */
export type ReminderOccurrence = Pick<
  ClassifiedOccurrence,
  'id' | 'assignmentId' | 'localTime' | 'dueAt' | 'windowEndsAt' | 'expiresAt' | 'status'
>;

/** A reminder the channel has already sent; `sentAt` lets it count towards that day's cap. */
export interface SentReminder {
  dedupeKey: string;
  sentAt: string;
}

/** The input of {@link planReminders}. */
export interface PlanRemindersInput {
  /** The client's occurrences with their status at `now`; only `pending` ones are reminded. */
  occurrences: readonly ReminderOccurrence[];
  /** Validated here; defaults fill what is left out (see `DEFAULT_REMINDER_PREFERENCES`). */
  preferences: ReminderPreferencesInput | ReminderPreferences;
  /** The planning moment; nothing is planned before it. */
  now: string;
  /** Plan only reminders sent before this instant (exclusive). Default: no limit. */
  horizon?: string;
  /**
   * Dedupe keys of reminders already sent (bare keys, or with `sentAt`). They are never
   * planned again, and they take up their day's share of `maxPerDay`: on the day of
   * `sentAt`, or for a bare key, on the day this plan would send it (never a past day, so
   * a bare key errs towards fewer reminders; give `sentAt` for exact accounting).
   */
  alreadySent?: readonly (string | SentReminder)[];
  /** When given, occurrences of assignments listed with a status other than `active` get no reminders. */
  assignments?: readonly Pick<Assignment, 'id' | 'status'>[];
}

/** One reminder to send. */
export interface PlannedReminder {
  /** When to send it: an ISO instant with the offset of the client's zone at that moment. */
  sendAt: string;
  occurrenceId: string;
  assignmentId: string;
  kind: ReminderKind;
  /** Stable per occurrence and kind, so re-planning never double-sends; see {@link reminderDedupeKey}. */
  dedupeKey: string;
  /** The occurrence's due instant and expiry, for the channel's convenience. */
  dueAt: string;
  expiresAt: string;
  /** Why `sendAt` moved from the nominal time, in the order the rules applied. */
  adjustedFor: ReminderAdjustment[];
}

/**
 * The dedupe key of a reminder: the same occurrence and kind always give the same key,
 * whatever time it is planned for. Built from ids only (never names or answers).
 *
 * @example
 * ```ts
 * reminderDedupeKey({ assignmentId: 'a-1', id: 'a-1@2026-03-29T09:00' }, 'due'); // 'a-1/a-1%402026-03-29T09%3A00/due'
 * ```
 */
export function reminderDedupeKey(
  occurrence: { assignmentId: string; id: string },
  kind: ReminderKind,
): string {
  return `${encodeURIComponent(occurrence.assignmentId)}/${encodeURIComponent(occurrence.id)}/${kind}`;
}

const OptionsSchema = z.object({
  now: InstantStringSchema,
  horizon: z.optional(InstantStringSchema),
  alreadySent: z.optional(
    z.array(
      z.union([
        z.string().check(z.minLength(1)),
        z.object({ dedupeKey: z.string().check(z.minLength(1)), sentAt: InstantStringSchema }),
      ]),
    ),
  ),
});

interface Placed {
  ms: number;
  adjustedFor: ReminderAdjustment[];
}

interface Candidate {
  occurrence: ReminderOccurrence;
  kind: ReminderKind;
  key: string;
  dueMs: number;
  /** `ideal`, or caught up to `now` when that has passed; for a sent one, where this plan would send it. */
  final: Placed;
}

const MINUTE = 60_000;

/**
 * Plans the reminders for a client's occurrences. Rules, in order:
 * 1. none when opted out globally, for opted-out assignments, for assignments listed as not
 *    active, for occurrences not `pending` (done, done late or missed), or with `maxPerDay` 0;
 * 2. the `due` reminder's nominal time is `dueAt − leadMinutes`; for an "any time that day"
 *    occurrence it is the first preferred time at or after `dueAt` within its on-time
 *    window, else `dueAt`. The `follow-up` (only when `preferences.followUp` is set) is
 *    `expiresAt − beforeExpiryMinutes`, and only if that is after `dueAt`;
 * 3. while snoozed, a reminder moves to `snoozeUntil`; in quiet hours it moves to their end
 *    (DST-aware, on the client's wall clock);
 * 4. one whose time has passed is caught up at `now` (then rule 3 again), so a reminder the
 *    channel never sent is not lost; `alreadySent` keys are never planned again;
 * 5. a reminder that would land at or after the occurrence's expiry is dropped; a follow-up
 *    not later than its due reminder is dropped (and a due reminder not earlier than a
 *    follow-up that is planned or sent);
 * 6. at most `maxPerDay` per local day in the client's zone, already-sent ones included;
 *    when over, the reminders of the earliest-due occurrences are kept;
 * 7. only those before `horizon`, when given.
 *
 * Pure and deterministic: the same input gives the same plan, sorted by `sendAt`.
 *
 * @throws {@link ValidationError} when the preferences, `now`, `horizon` or `alreadySent` are malformed.
 * @example
 * ```ts
 * const occurrences = classifyOccurrences(expandOccurrences(assignment, range), submissions, now);
 * const plan = planReminders({
 *   occurrences,
 *   preferences: { timeZone: 'Europe/Berlin', quietHours: { start: '22:00', end: '07:30' } },
 *   now,
 *   horizon: '2026-04-06T00:00:00+02:00',
 *   alreadySent: sentKeys,
 * });
 * for (const reminder of plan) channel.schedule(reminder.sendAt, reminder.dedupeKey, reminder.occurrenceId);
 * ```
 */
export function planReminders(input: PlanRemindersInput): PlannedReminder[] {
  const preferences = parseReminderPreferences(input.preferences);
  const options = parse(
    OptionsSchema,
    { now: input.now, horizon: input.horizon, alreadySent: input.alreadySent },
    'reminder planning options',
  );
  if (preferences.optedOut || preferences.maxPerDay === 0) return [];

  const nowMs = ceilSecond(epochMs(options.now));
  const horizonMs = options.horizon === undefined ? Infinity : epochMs(options.horizon);
  const optedOut = new Set(preferences.optedOutAssignmentIds);
  const inactive = new Set(
    (input.assignments ?? []).filter((assignment) => assignment.status !== 'active').map((a) => a.id),
  );
  const sentAt = new Map<string, number | undefined>();
  for (const entry of options.alreadySent ?? []) {
    const key = typeof entry === 'string' ? entry : entry.dedupeKey;
    const at = typeof entry === 'string' ? undefined : epochMs(entry.sentAt);
    if (!sentAt.has(key) || (sentAt.get(key) === undefined && at !== undefined)) sentAt.set(key, at);
  }

  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  for (const occurrence of input.occurrences) {
    if (occurrence.status !== 'pending') continue;
    if (optedOut.has(occurrence.assignmentId) || inactive.has(occurrence.assignmentId)) continue;
    const identity = reminderDedupeKey(occurrence, 'due');
    if (seen.has(identity)) continue;
    seen.add(identity);
    candidates.push(...occurrenceCandidates(occurrence, preferences, nowMs, sentAt));
  }

  // Rule 6: the daily cap, counting what was already sent.
  const used = new Map<string, number>();
  const dayOfMs = (ms: number) => formatDate(dateAtEpochMs(ms, preferences.timeZone));
  const take = (ms: number) => used.set(dayOfMs(ms), (used.get(dayOfMs(ms)) ?? 0) + 1);
  for (const at of sentAt.values()) if (at !== undefined) take(at);
  for (const candidate of candidates) {
    if (sentAt.has(candidate.key) && sentAt.get(candidate.key) === undefined) take(candidate.final.ms);
  }
  const planned: Candidate[] = [];
  const unsent = candidates.filter((candidate) => !sentAt.has(candidate.key)).sort(byDueThenKind);
  for (const candidate of unsent) {
    if ((used.get(dayOfMs(candidate.final.ms)) ?? 0) >= preferences.maxPerDay) continue;
    take(candidate.final.ms);
    planned.push(candidate);
  }

  return planned
    .filter((candidate) => candidate.final.ms < horizonMs)
    .sort((a, b) => a.final.ms - b.final.ms || byDueThenKind(a, b))
    .map((candidate) => ({
      sendAt: formatInstant(zonedAtEpochMs(candidate.final.ms, preferences.timeZone)),
      occurrenceId: candidate.occurrence.id,
      assignmentId: candidate.occurrence.assignmentId,
      kind: candidate.kind,
      dedupeKey: candidate.key,
      dueAt: candidate.occurrence.dueAt,
      expiresAt: candidate.occurrence.expiresAt,
      adjustedFor: candidate.final.adjustedFor,
    }));
}

/** The due and follow-up reminders one pending occurrence may get (rules 2–5). */
function occurrenceCandidates(
  occurrence: ReminderOccurrence,
  preferences: ReminderPreferences,
  nowMs: number,
  sentAt: ReadonlyMap<string, number | undefined>,
): Candidate[] {
  const dueMs = epochMs(occurrence.dueAt);
  const expiresMs = epochMs(occurrence.expiresAt);
  if (nowMs >= expiresMs) return [];
  const beforeExpiry = (placed: Placed | null): Placed | null =>
    placed !== null && placed.ms < expiresMs ? placed : null;

  const dueIdeal = beforeExpiry(
    occurrence.localTime === undefined
      ? placeUntimed(occurrence, dueMs, preferences)
      : place(dueMs - preferences.leadMinutes * MINUTE, [], preferences),
  );
  const { followUp } = preferences;
  const followNominal = followUp === null ? null : expiresMs - followUp.beforeExpiryMinutes * MINUTE;
  let followIdeal =
    followNominal !== null && followNominal > dueMs
      ? beforeExpiry(place(followNominal, [], preferences))
      : null;
  if (followIdeal !== null && dueIdeal !== null && followIdeal.ms <= dueIdeal.ms) followIdeal = null;

  const catchUp = (ideal: Placed | null): Placed | null => {
    if (ideal === null || ideal.ms >= nowMs) return ideal;
    return beforeExpiry(place(nowMs, ['catch-up'], preferences));
  };
  const dueKey = reminderDedupeKey(occurrence, 'due');
  const followKey = reminderDedupeKey(occurrence, 'follow-up');
  const dueSent = sentAt.has(dueKey);
  let dueFinal = catchUp(dueIdeal);
  const followFinal = catchUp(followIdeal);
  // Caught up together, or the follow-up already went out: the follow-up alone is enough.
  if (dueFinal !== null && followFinal !== null && !dueSent && dueFinal.ms >= followFinal.ms) dueFinal = null;

  const candidates: Candidate[] = [];
  const push = (kind: ReminderKind, key: string, ideal: Placed | null, final: Placed | null) => {
    if (ideal === null) return;
    if (sentAt.has(key)) {
      // Only counted towards the cap: where this plan would send it (never a past day).
      const at = final ?? { ms: Math.max(ideal.ms, nowMs), adjustedFor: [] };
      candidates.push({ occurrence, kind, key, dueMs, final: at });
    } else if (final !== null) {
      candidates.push({ occurrence, kind, key, dueMs, final });
    }
  };
  push('due', dueKey, dueIdeal, dueFinal);
  push('follow-up', followKey, followIdeal, followFinal);
  return candidates;
}

/** An "any time that day" occurrence: the first preferred time in its on-time window, else its due instant. */
function placeUntimed(
  occurrence: ReminderOccurrence,
  dueMs: number,
  preferences: ReminderPreferences,
): Placed {
  const windowEndsMs = epochMs(occurrence.windowEndsAt);
  const times = [...preferences.preferredTimes].sort();
  if (times.length > 0) {
    let date = dayOf(zonedAtEpochMs(dueMs, preferences.timeZone));
    // A window is at most 31 days long (see the schedule schema); stop one day past it.
    for (let day = 0; day <= 32; day += 1, date = nextDay(date)) {
      for (const time of times) {
        const at = atLocalTime(date, time, preferences.timeZone).epochMilliseconds;
        if (at >= windowEndsMs) return place(dueMs, [], preferences);
        if (at >= dueMs) return place(at, ['preferred-time'], preferences);
      }
    }
  }
  return place(dueMs, [], preferences);
}

/** Rule 3: out of snooze, then out of quiet hours; both only ever move a reminder later. */
function place(
  nominalMs: number,
  adjustedFor: ReminderAdjustment[],
  preferences: ReminderPreferences,
): Placed {
  let ms = ceilSecond(nominalMs);
  const adjusted = [...adjustedFor];
  if (preferences.snoozeUntil !== null) {
    const snoozeMs = ceilSecond(epochMs(preferences.snoozeUntil));
    if (ms < snoozeMs) {
      ms = snoozeMs;
      adjusted.push('snooze');
    }
  }
  const quiet = preferences.quietHours;
  // Normally one step; a DST jump can land a moved reminder in a near-all-day quiet span again.
  for (let step = 0; quiet !== null && step < 3; step += 1) {
    const zoned = zonedAtEpochMs(ms, preferences.timeZone);
    if (!isInQuietHours(zoned, quiet)) break;
    ms = endOfQuietHours(zoned, quiet).epochMilliseconds;
    if (!adjusted.includes('quiet-hours')) adjusted.push('quiet-hours');
  }
  return { ms, adjustedFor: adjusted };
}

/** Whole seconds, rounded up: `sendAt` is written to the second and must never precede `now`. */
function ceilSecond(ms: number): number {
  return Math.ceil(ms / 1000) * 1000;
}

function byDueThenKind(a: Candidate, b: Candidate): number {
  return (
    a.dueMs - b.dueMs ||
    REMINDER_KINDS.indexOf(a.kind) - REMINDER_KINDS.indexOf(b.kind) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}
