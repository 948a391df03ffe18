/**
 * How much of a caseload's history {@link computeFlags} looks at, so a store can read less than
 * all of it and still get the same flags. The rules need every measure submission (risk and
 * deterioration look at every score, however old), the last few weeks of everything else, and
 * for `mood-shift` a count of values per tracked series before its lookback, which no fixed
 * time covers for every client. So a store reads {@link flagHistoryWindow}'s part, asks
 * {@link clientsNeedingHistory} which clients that part may not be enough for, and adds those
 * clients' whole histories: with them, the flags equal those over the whole history.
 *
 * @module
 */
import type { ActivityKind } from '../definitions/common.js';
import { InstantStringSchema } from '../model/time.js';
import { parse } from '../parse.js';
import { DefinitionIndex, compareText, numericAnswer, type Caseload, type TrackedItem } from './caseload.js';
import { moodShiftReach } from './mood-shift.js';
import { resolveFlagOptions, type FlagOptions } from './options.js';
import { epochMs, shiftDays } from './time.js';

/** What a store reads for {@link computeFlags}; see {@link flagHistoryWindow}. */
export interface FlagHistoryWindow {
  /** Submissions of these kinds are read whatever their age. */
  readonly wholeKinds: readonly ActivityKind[];
  /** Every other submission submitted at or after this instant (UTC, ISO 8601). */
  readonly since: string;
}

const DAY_MS = 86_400_000;

/**
 * The part of the history the flags at `now` usually depend on: every measure submission, and
 * the others submitted from `since` on. `since` reaches back over the longest rule window
 * (`nonEngagementLookbackDays` + 2 local days, the completion and mood-shift lookbacks) and, for
 * `mood-shift`, two days per value a series may need before its lookback (enough for a client
 * who checks in every other day; {@link clientsNeedingHistory} names the others), plus a day for
 * daylight-saving changes.
 *
 * @throws ValidationError when `now` is not an ISO date-time with offset or an option is out of range.
 * @example
 * ```ts
 * const { wholeKinds, since } = flagHistoryWindow('2026-03-30T08:00:00+02:00');
 * // wholeKinds: ['measure']; since: 126 days before now
 * ```
 */
export function flagHistoryWindow(now: string, options?: FlagOptions): FlagHistoryWindow {
  const nowMs = epochMs(parse(InstantStringSchema, now, 'now'));
  const resolved = resolveFlagOptions(options);
  const days =
    Math.max(
      resolved.moodShiftLookbackDays + 2 * moodShiftReach(resolved),
      resolved.nonEngagementLookbackDays + 2,
      resolved.completionLookbackDays,
      // overload: its 7-day window reads assignments only, but the client's zone decides it
      7,
    ) + 1;
  return { wholeKinds: ['measure'], since: new Date(nowMs - days * DAY_MS).toISOString() };
}

/**
 * The clients whose flags at `now` may depend on submissions that `caseload` does not hold,
 * when it holds every assignment, score and definition but of the submissions only `window`'s
 * part (every one of `wholeKinds`, every other one submitted at or after `since`; more do no
 * harm). A client is named when:
 * - none of their completed submissions up to `now` is in the window: their latest completion
 *   (the client's zone, and where a lapse starts) may be older;
 * - `since` is later than a rule's window in the client's zone (a daylight-saving change or an
 *   option beyond the window's reach);
 * - a tracked check-in series with a value in the mood-shift lookback has fewer values between
 *   `since` and the lookback than a baseline may need (`2 × moodShiftBaselineSize +
 *   moodShiftWindow − 1`).
 *
 * Add every submission of the named clients, and {@link computeFlags} gives over the result
 * what it gives over the whole history, with the same `now` and `options`.
 *
 * @example
 * ```ts
 * const window = flagHistoryWindow(now);
 * const recent = { assignments, scores, definitions, submissions: inWindow };
 * const more = clientsNeedingHistory(recent, window, now); // e.g. ['c-17']
 * const flags = computeFlags({ ...recent, submissions: [...inWindow, ...historiesOf(more)] }, now);
 * ```
 */
export function clientsNeedingHistory(
  caseload: Caseload,
  window: FlagHistoryWindow,
  now: string,
  options?: FlagOptions,
): string[] {
  const nowMs = epochMs(parse(InstantStringSchema, now, 'now'));
  const sinceMs = epochMs(parse(InstantStringSchema, window.since, 'since'));
  const resolved = resolveFlagOptions(options);
  const definitions = new DefinitionIndex(caseload.definitions);
  const reach = moodShiftReach(resolved);
  const longest = Math.max(
    resolved.completionLookbackDays,
    resolved.moodShiftLookbackDays,
    resolved.nonEngagementLookbackDays + 2,
    7,
  );

  // Each client's completed submissions up to now inside the window, newest first.
  const recent = new Map<string, { at: number; submission: Caseload['submissions'][number] }[]>();
  for (const assignment of caseload.assignments)
    if (!recent.has(assignment.clientId)) recent.set(assignment.clientId, []);
  for (const submission of caseload.submissions) {
    let own = recent.get(submission.clientId);
    if (own === undefined) recent.set(submission.clientId, (own = []));
    if (submission.status !== 'completed') continue;
    const at = epochMs(submission.submittedAt);
    if (at >= sinceMs && at <= nowMs) own.push({ at, submission });
  }

  const needing: string[] = [];
  for (const [clientId, own] of recent) {
    // As the rules order a history (by time, then id), newest first: the latest gives the zone.
    own.sort((a, b) => b.at - a.at || compareText(b.submission.id, a.submission.id));
    const latest = own[0];
    if (latest === undefined) {
      needing.push(clientId);
      continue;
    }
    const timeZone = latest.submission.timeZone;
    if (shiftDays(now, -longest, timeZone).ms < sinceMs) {
      needing.push(clientId);
      continue;
    }
    // mood-shift: the series with a value in its lookback, and how many values each has before it.
    const cutoff = shiftDays(now, -resolved.moodShiftLookbackDays, timeZone).ms;
    const before = new Map<string, number>();
    for (const { at, submission } of own) {
      if (submission.activity.kind !== 'check-in') continue;
      const template = definitions.checkIn(submission.activity);
      if (template === undefined) continue;
      const { items, keys } = definitions.trackedSeries(template);
      for (let position = 0; position < items.length; position += 1) {
        const scale = items[position] as TrackedItem;
        if (numericAnswer(submission, scale.item.id, scale.min, scale.max) === undefined) continue;
        const key = keys[position] as string;
        const count = before.get(key);
        if (at > cutoff) {
          if (count === undefined) before.set(key, 0);
        } else if (count !== undefined) before.set(key, count + 1);
      }
    }
    for (const count of before.values()) {
      if (count < reach) {
        needing.push(clientId);
        break;
      }
    }
  }
  return needing.sort();
}
