/**
 * A caseload indexed once per run: submissions grouped by client and by assignment, each
 * `submittedAt` parsed once, the clients' histories sorted once. The flag engine, the lean
 * adherence summaries and session prep all read from one index, so a nightly job over a
 * whole clinic pays for the grouping and the date parsing once, not once per engine or client.
 *
 * @module
 */
import type { Assignment } from '../model/assignment.js';
import type { Score } from '../scoring/score.js';
import { PlanCache } from '../schedule/expand.js';
import { digitsAt, epochMs, epochDayOf, isCalendarDate } from '../schedule/zoned.js';
import {
  DefinitionIndex,
  ScoreLookup,
  byTime,
  scoresById,
  compareText,
  sortAssignments,
  type Caseload,
  type TimedSubmission,
} from '../flags/caseload.js';

/**
 * A completed submission as the index keeps it: its instant parsed, and the slot its
 * `occurrenceId` names read once (see {@link slotKeyOfOccurrenceId}).
 *
 * @internal
 */
export interface IndexedSubmission extends TimedSubmission {
  /** The named slot's key, or NaN when the id does not name a slot of its own assignment. */
  readonly slot: number;
}

/** One client's part of a {@link CaseloadIndex}. */
interface IndexedClient {
  /** In input order. */
  readonly assignments: Assignment[];
  /** Oldest first (ties by id), lazily. */
  sortedAssignments: Assignment[] | undefined;
  /** Completed submissions with this `clientId`, oldest first (ties by id), a repeated one (same id and time) once. */
  readonly completed: TimedSubmission[];
  /** The measure submissions of `completed`, in its order (the rules that read scores walk only these). */
  measures: TimedSubmission[];
  /** Whether `completed` and `measures` are still sorted as they fill (see {@link insertByTime}). */
  sorted: boolean;
  /** Whether an insertion put an entry beside one with the same id: then repeats are dropped afterwards. */
  repeats: boolean;
}

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * A {@link Caseload} indexed for the engines that read a whole caseload at once. Build it with
 * {@link indexCaseload} and pass it to `computeFlags`, `caseloadAdherence` and
 * `prepareSessions` in place of the caseload; the results are the same as from the caseload
 * itself. The index reads its input once and does not copy it: it is a view, so build a new one
 * when the data changes.
 */
export class CaseloadIndex {
  /** The caseload it was built from. */
  readonly caseload: Caseload;
  /** Every client with an assignment or a submission, sorted. */
  readonly clientIds: readonly string[];
  /** @internal */
  readonly definitions: DefinitionIndex;
  /** @internal One score per submission (the first, should one appear twice). */
  readonly scores: ReadonlyMap<string, Score>;
  /** @internal Scores by submission, each computed at most once per index. */
  readonly scoring: ScoreLookup;
  /** @internal Slot plans by schedule, worked out once for every engine that reads the index. */
  readonly plans = new PlanCache();
  readonly #clients = new Map<string, IndexedClient>();
  // Completed submissions by assignment id, in input order and (lazily) by time.
  readonly #byAssignment = new Map<string, IndexedSubmission[]>();
  readonly #byAssignmentSorted = new Map<string, IndexedSubmission[]>();

  /** @internal Use {@link indexCaseload}. */
  constructor(caseload: Caseload) {
    this.caseload = caseload;
    this.definitions = new DefinitionIndex(caseload.definitions);
    this.scores = scoresById(caseload.scores);
    this.scoring = new ScoreLookup(this.scores, this.definitions);

    for (const assignment of caseload.assignments)
      this.#client(assignment.clientId).assignments.push(assignment);
    // Submissions usually come grouped (by client, by assignment): reuse the last lookups.
    let client: IndexedClient | undefined;
    let clientId: string | undefined;
    let own: IndexedSubmission[] | undefined;
    let ownId: string | undefined;
    for (const submission of caseload.submissions) {
      if (submission.clientId !== clientId || client === undefined) {
        clientId = submission.clientId;
        client = this.#client(clientId);
      }
      if (submission.status !== 'completed') continue;
      const timed: IndexedSubmission = {
        submission,
        at: epochMs(submission.submittedAt),
        score: undefined,
        slot:
          submission.occurrenceId === undefined
            ? Number.NaN
            : slotKeyOfOccurrenceId(submission.occurrenceId, submission.assignmentId),
      };
      if (client.sorted) {
        const placed = insertByTime(client.completed, timed);
        if (placed === UNSORTED) client.sorted = false;
        else {
          if (placed === REPEAT) client.repeats = true;
          if (submission.activity.kind === 'measure') insertByTime(client.measures, timed);
        }
      } else client.completed.push(timed);
      if (submission.assignmentId !== ownId || own === undefined) {
        ownId = submission.assignmentId;
        own = this.#byAssignment.get(ownId);
        if (own === undefined) this.#byAssignment.set(ownId, (own = []));
      }
      own.push(timed);
    }
    for (const entry of this.#clients.values()) {
      if (entry.sorted && !entry.repeats) continue; // sorted, measures collected on the way
      if (!entry.sorted) entry.completed.sort(byTime);
      dropRepeats(entry.completed);
      entry.measures = entry.completed.filter(({ submission }) => submission.activity.kind === 'measure');
    }
    this.clientIds = [...this.#clients.keys()].sort(compareText);
  }

  /** @internal A client's assignments in input order. */
  assignmentsOf(clientId: string): readonly Assignment[] {
    return this.#clients.get(clientId)?.assignments ?? EMPTY;
  }

  /** @internal A client's assignments oldest first (ties by id). */
  sortedAssignmentsOf(clientId: string): readonly Assignment[] {
    const client = this.#clients.get(clientId);
    if (client === undefined) return EMPTY;
    client.sortedAssignments ??= sortAssignments(client.assignments);
    return client.sortedAssignments;
  }

  /**
   * @internal A client's completed submissions submitted at or before `nowMs`, oldest first
   * (ties by id), a repeated one once: what `completedUpTo` gives for the client's submissions.
   */
  completedOf(clientId: string, nowMs: number): readonly TimedSubmission[] {
    const all = this.#clients.get(clientId)?.completed;
    if (all === undefined) return EMPTY;
    const end = upTo(all, nowMs);
    return end === all.length ? all : all.slice(0, end);
  }

  /** @internal What {@link completedOf} gives, measure submissions only. */
  measuresOf(clientId: string, nowMs: number): readonly TimedSubmission[] {
    const all = this.#clients.get(clientId)?.measures;
    if (all === undefined) return EMPTY;
    const end = upTo(all, nowMs);
    return end === all.length ? all : all.slice(0, end);
  }

  /** @internal Completed submissions of an assignment (any client), in input order. */
  completedForAssignment(assignmentId: string): readonly IndexedSubmission[] {
    return this.#byAssignment.get(assignmentId) ?? EMPTY;
  }

  /** @internal The same, oldest first (ties by id), repeats kept. */
  sortedForAssignment(assignmentId: string): readonly IndexedSubmission[] {
    let sorted = this.#byAssignmentSorted.get(assignmentId);
    if (sorted === undefined) {
      const inInputOrder = this.#byAssignment.get(assignmentId) ?? [];
      sorted = isSortedByTime(inInputOrder) ? inInputOrder : [...inInputOrder].sort(byTime);
      this.#byAssignmentSorted.set(assignmentId, sorted);
    }
    return sorted;
  }

  #client(clientId: string): IndexedClient {
    let client = this.#clients.get(clientId);
    if (client === undefined) {
      client = {
        assignments: [],
        sortedAssignments: undefined,
        completed: [],
        measures: [],
        sorted: true,
        repeats: false,
      };
      this.#clients.set(clientId, client);
    }
    return client;
  }
}

/**
 * Indexes a caseload once for {@link computeFlags}, {@link caseloadAdherence} and
 * {@link prepareSessions}. Inputs are trusted to have been parsed at the boundary.
 *
 * @example
 * ```ts
 * const index = indexCaseload({ assignments, submissions, scores, definitions });
 * const flags = computeFlags(index, now);
 * const adherence = caseloadAdherence(index, { from, to: now, now });
 * const preps = prepareSessions(index, { now, sessions: [{ clientId: 'c-1', since }] });
 * ```
 */
export function indexCaseload(caseload: Caseload): CaseloadIndex {
  return new CaseloadIndex(caseload);
}

/** The caseload's index: the one given, or a new one. */
export function caseloadIndexOf(input: Caseload | CaseloadIndex): CaseloadIndex {
  return input instanceof CaseloadIndex ? input : new CaseloadIndex(input);
}

/** The number of leading entries submitted at or before `nowMs` (the list is sorted by time). */
function upTo(sorted: readonly TimedSubmission[], nowMs: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as TimedSubmission).at <= nowMs) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** How far {@link insertByTime} moves an entry back before it leaves the list to a sort. */
const INSERT_REACH = 16;
const PLACED = 0;
const REPEAT = 1;
const UNSORTED = 2;

/**
 * Adds an entry to a list kept sorted by time (ties by id) as the index fills it. A history
 * arrives in time order or nearly (a client's activities interleaved), so this is an append or a
 * short move back, and the list needs no sort afterwards; equal entries keep their input order,
 * as with the stable `sort`. An entry that belongs further back is appended and the list is left
 * to a sort ({@link UNSORTED}). {@link REPEAT}: it landed beside an entry with the same id (only
 * an insertion makes two entries neighbours, so a list that never gave it has none to drop).
 */
function insertByTime(list: TimedSubmission[], entry: TimedSubmission): number {
  let position = list.length;
  while (position > 0 && byTime(list[position - 1] as TimedSubmission, entry) > 0) {
    position -= 1;
    if (list.length - position > INSERT_REACH) {
      list.push(entry);
      return UNSORTED;
    }
  }
  if (position === list.length) list.push(entry);
  else list.splice(position, 0, entry);
  const { id } = entry.submission;
  return (position > 0 && (list[position - 1] as TimedSubmission).submission.id === id) ||
    (position + 1 < list.length && (list[position + 1] as TimedSubmission).submission.id === id)
    ? REPEAT
    : PLACED;
}

function isSortedByTime(list: readonly TimedSubmission[]): boolean {
  for (let index = 1; index < list.length; index += 1) {
    if (byTime(list[index - 1] as TimedSubmission, list[index] as TimedSubmission) > 0) return false;
  }
  return true;
}

/** Sync may deliver a submission twice; it is one run (same id and time, so adjacent once sorted). */
function dropRepeats(sorted: TimedSubmission[]): void {
  let kept = 0;
  for (let index = 0; index < sorted.length; index += 1) {
    const entry = sorted[index] as TimedSubmission;
    if (kept > 0 && (sorted[kept - 1] as TimedSubmission).submission.id === entry.submission.id) continue;
    sorted[kept] = entry;
    kept += 1;
  }
  sorted.length = kept;
}

/**
 * The key of the slot an occurrence id names: `<assignment id>@YYYY-MM-DD` (any time that day)
 * or `…THH:MM` / `…THH:MM:SS` with non-zero seconds (the forms expandOccurrences writes), as
 * {@link slotKey}; NaN for anything else, so it matches exactly where the ids' strings would.
 *
 * @internal
 */
export function slotKeyOfOccurrenceId(id: string, assignmentId: string): number {
  const p = assignmentId.length + 1;
  if (id.length < p + 10 || id.charCodeAt(p - 1) !== 64 || !id.startsWith(assignmentId)) return Number.NaN;
  if (id.charCodeAt(p + 4) !== 45 || id.charCodeAt(p + 7) !== 45) return Number.NaN;
  const year = digitsAt(id, p, 4);
  const month = digitsAt(id, p + 5, 2);
  const day = digitsAt(id, p + 8, 2);
  if (Number.isNaN(year + month + day) || !isCalendarDate(year, month, day)) return Number.NaN;
  const epochDay = epochDayOf(year, month, day);
  if (id.length === p + 10) return slotKey(epochDay, undefined);
  if (id.charCodeAt(p + 10) !== 84) return Number.NaN;
  const rest = id.length - (p + 11);
  if ((rest !== 5 && rest !== 8) || id.charCodeAt(p + 13) !== 58) return Number.NaN;
  const hour = digitsAt(id, p + 11, 2);
  const minute = digitsAt(id, p + 14, 2);
  let second = 0;
  if (rest === 8) {
    if (id.charCodeAt(p + 16) !== 58) return Number.NaN;
    second = digitsAt(id, p + 17, 2);
    if (second === 0) return Number.NaN; // normalised away: `09:00:00` is written `09:00`
  }
  if (Number.isNaN(hour + minute + second) || hour > 23 || minute > 59 || second > 59) return Number.NaN;
  return epochDay * SLOT_DAY + (hour * 60 + minute) * 60 + second;
}

const SLOT_DAY = 100_000;

/**
 * A slot's key: its day number and the second of the day of its wall time (the day's last
 * key for "any time that day"), so keys compare without building id strings.
 *
 * @internal
 */
export function slotKey(epochDay: number, time: string | undefined): number {
  if (time === undefined) return epochDay * SLOT_DAY + 99_999;
  const seconds = time.length === 8 ? digitsAt(time, 6, 2) : 0;
  return epochDay * SLOT_DAY + (digitsAt(time, 0, 2) * 60 + digitsAt(time, 3, 2)) * 60 + seconds;
}
