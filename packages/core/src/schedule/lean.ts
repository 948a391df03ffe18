/**
 * Occurrences without objects: an assignment's slots visited through the memoised instants
 * and classified by `classifyOccurrences`' rules in reusable typed arrays. The lean adherence
 * summaries, the `non-engagement` flag and session prep all classify this way; each reads
 * the few slots it reports as objects, and a test compares each with the detailed path.
 *
 * @internal
 * @module
 */
import type { Submission } from '../model/submission.js';
import { slotKey, slotKeyOfOccurrenceId } from '../caseload/caseload-index.js';
import type { TimedSubmission } from '../flags/caseload.js';
import { visitSlots, type SchedulableAssignment, type SlotInstants, type SlotPlan } from './expand.js';
import { dateText } from './zoned.js';

/** A completed submission as the lean classifier reads it (an `IndexedSubmission` is one). */
export interface SlottedSubmission {
  readonly submission: Pick<Submission, 'id' | 'occurrenceId'>;
  /** `submittedAt` in epoch ms. */
  readonly at: number;
  /** The slot its `occurrenceId` names (`slotKeyOfOccurrenceId`), NaN for none. */
  readonly slot: number;
}

/** A slot's status in {@link Scratch.status}. */
export const PENDING = 0;
export const COMPLETED = 1;
export const LATE = 2;
export const MISSED = 3;

/** Scratch space reused across assignments and clients: nothing is allocated per occurrence. */
export class Scratch {
  due = new Float64Array(256);
  windowEnd = new Float64Array(256);
  expires = new Float64Array(256);
  day = new Int32Array(256);
  time = new Int32Array(256);
  slot = new Float64Array(256);
  status = new Uint8Array(256);
  matched = new Int32Array(256);
  /** The slot's memoised instants (references only: their text for the few slots reported). */
  instants: SlotInstants[] = [];
  length = 0;

  push(day: number, time: number, slot: number, instants: SlotInstants): void {
    if (this.length === this.due.length) this.#grow();
    const at = this.length;
    const due = instants.due.ms;
    const windowEnd = instants.windowEnd.ms;
    const expires = instants.expires.ms;
    this.instants[at] = instants;
    this.slot[at] = slot;
    this.day[at] = day;
    this.time[at] = time;
    this.due[at] = due;
    this.windowEnd[at] = windowEnd;
    this.expires[at] = expires;
    this.matched[at] = -1;
    this.length += 1;
  }

  #grow(): void {
    const size = this.due.length * 2;
    const grow = <T extends Float64Array | Int32Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.due = grow(this.due, (n) => new Float64Array(n));
    this.windowEnd = grow(this.windowEnd, (n) => new Float64Array(n));
    this.expires = grow(this.expires, (n) => new Float64Array(n));
    this.day = grow(this.day, (n) => new Int32Array(n));
    this.time = grow(this.time, (n) => new Int32Array(n));
    this.slot = grow(this.slot, (n) => new Float64Array(n));
    this.status = grow(this.status, (n) => new Uint8Array(n));
    this.matched = grow(this.matched, (n) => new Int32Array(n));
  }
}

/** One assignment's slots in a {@link Scratch}: positions `[start, end)`, classified against `sorted`. */
export interface Segment {
  assignment: SchedulableAssignment & { readonly id: string };
  plan: SlotPlan;
  start: number;
  end: number;
  /** The submissions classified against, oldest first (ties by id). */
  sorted: readonly SlottedSubmission[];
}

/** The occurrence id the detailed path would give a slot (only needed to break rare ties). */
export function occurrenceIdAt(scratch: Scratch, segment: Segment, at: number): string {
  const time = segment.plan.times[scratch.time[at] as number];
  const date = dateText(scratch.day[at] as number);
  return `${segment.assignment.id}@${date}${time === undefined ? '' : `T${time}`}`;
}

/**
 * Puts a segment in due order, ties by occurrence id, as expandOccurrences does. Slots come in
 * that order already unless a daylight-saving gap moved one past the next (then: sort).
 */
function sortSegment(scratch: Scratch, segment: Segment): void {
  let sorted = true;
  for (let at = segment.start + 1; at < segment.end && sorted; at += 1)
    sorted = (scratch.due[at - 1] as number) <= (scratch.due[at] as number);
  if (sorted) return;
  const order = Array.from({ length: segment.end - segment.start }, (_, offset) => segment.start + offset);
  const ids = new Map(order.map((at) => [at, occurrenceIdAt(scratch, segment, at)]));
  order.sort(
    (a, b) =>
      (scratch.due[a] as number) - (scratch.due[b] as number) ||
      ((ids.get(a) as string) < (ids.get(b) as string) ? -1 : 1),
  );
  const copy = (array: Float64Array | Int32Array) => {
    const values = order.map((at) => array[at] as number);
    values.forEach((value, offset) => (array[segment.start + offset] = value));
  };
  const instants = order.map((at) => scratch.instants[at] as SlotInstants);
  instants.forEach((value, offset) => (scratch.instants[segment.start + offset] = value));
  for (const array of [
    scratch.due,
    scratch.windowEnd,
    scratch.expires,
    scratch.day,
    scratch.time,
    scratch.slot,
  ])
    copy(array);
}

/** classifyOccurrences' rules, on the segment's slots and the assignment's submissions. */
function classifySegment(scratch: Scratch, segment: Segment, nowMs: number): void {
  const { start, end, sorted } = segment;
  let unscheduled = false;
  let hint = start;
  // Rule 2: submissions that name their occurrence, earliest first.
  for (let j = 0; j < sorted.length; j += 1) {
    const { submission, at } = sorted[j] as SlottedSubmission;
    if (at > nowMs) break;
    if (submission.occurrenceId === undefined) {
      unscheduled = true;
      continue;
    }
    const { slot } = sorted[j] as SlottedSubmission;
    if (Number.isNaN(slot)) continue;
    // Submissions come in time order, and so do the occurrences they name: search on from
    // the last one found (then wrap around), which finds most at the first or second look.
    const count = end - start;
    for (let look = 0; look < count; look += 1) {
      const i = start + ((hint - start + look) % count);
      if (scratch.slot[i] !== slot) continue;
      if (scratch.matched[i] === -1 && at < (scratch.expires[i] as number)) scratch.matched[i] = j;
      hint = i;
      break;
    }
  }
  // Rule 3: unscheduled submissions fill the earliest open occurrence they fall into.
  if (unscheduled) {
    const used = new Set<string>();
    for (let i = start; i < end; i += 1) {
      const j = scratch.matched[i] as number;
      if (j >= 0) used.add((sorted[j] as SlottedSubmission).submission.id);
    }
    for (let j = 0; j < sorted.length; j += 1) {
      const { submission, at } = sorted[j] as SlottedSubmission;
      if (at > nowMs) break;
      if (submission.occurrenceId !== undefined || used.has(submission.id)) continue;
      for (let i = start; i < end; i += 1) {
        if (
          scratch.matched[i] !== -1 ||
          at < (scratch.due[i] as number) ||
          at >= (scratch.expires[i] as number)
        )
          continue;
        scratch.matched[i] = j;
        used.add(submission.id);
        break;
      }
    }
  }
  for (let i = start; i < end; i += 1) {
    const j = scratch.matched[i] as number;
    if (j >= 0) {
      scratch.status[i] =
        (sorted[j] as SlottedSubmission).at < (scratch.windowEnd[i] as number) ? COMPLETED : LATE;
    } else {
      scratch.status[i] = nowMs >= (scratch.expires[i] as number) ? MISSED : PENDING;
    }
  }
}

/** A completed submission with the slot its occurrence id names (an indexed one has it already). */
export function withSlot(timed: TimedSubmission): TimedSubmission & SlottedSubmission {
  if ('slot' in timed) return timed as TimedSubmission & SlottedSubmission;
  const { occurrenceId, assignmentId } = timed.submission;
  return {
    ...timed,
    slot: occurrenceId === undefined ? Number.NaN : slotKeyOfOccurrenceId(occurrenceId, assignmentId),
  };
}

/**
 * Adds the assignment's slots due in `[fromMs, toMs)` and at or before `nowMs` to `scratch`
 * (in due order, ties by occurrence id, as `expandOccurrences`) and classifies them at
 * `nowMs` against `sorted` (the assignment's completed submissions, oldest first, ties by id),
 * as `classifyOccurrences` would.
 */
export function addSegment<A extends SchedulableAssignment & { readonly id: string }>(
  scratch: Scratch,
  assignment: A,
  plan: SlotPlan,
  range: { fromMs: number; toMs: number; nowMs: number },
  sorted: readonly SlottedSubmission[],
): Segment & { assignment: A } {
  const { fromMs, toMs, nowMs } = range;
  const start = scratch.length;
  // A slot key is the day times a constant plus the time of day's part (see slotKey).
  const timeKeys = plan.times.map((time) => slotKey(0, time));
  const dayKey = slotKey(1, undefined) - slotKey(0, undefined);
  visitSlots(assignment, plan, fromMs, toMs, (day, time, instants) => {
    if (instants.due.ms > nowMs) return;
    scratch.push(day, time, day * dayKey + (timeKeys[time] as number), instants);
  });
  const segment = { assignment, plan, start, end: scratch.length, sorted };
  sortSegment(scratch, segment);
  classifySegment(scratch, segment, nowMs);
  return segment;
}
