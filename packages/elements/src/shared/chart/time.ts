/**
 * Time on a chart's x axis: instants as day numbers (so data coordinates stay small and an
 * append never moves earlier points), local days in the client's time zone, and ticks at local
 * midnights, weeks, months or years, all through `Intl` (no time-zone data shipped).
 *
 * @module
 */

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/** An instant as fractional days since 1970-01-01T00:00Z: the charts' x data coordinate. */
export function dayNumber(ms: number): number {
  return ms / DAY_MS;
}

const partsCache = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock fields of an instant in `timeZone`. */
export function wallClock(
  ms: number,
  timeZone: string,
): { year: number; month: number; day: number; hour: number; minute: number } {
  let format = partsCache.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    partsCache.set(timeZone, format);
  }
  const fields: Record<string, number> = {};
  for (const part of format.formatToParts(ms))
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  return {
    year: fields['year'] ?? 1970,
    month: fields['month'] ?? 1,
    day: fields['day'] ?? 1,
    hour: fields['hour'] ?? 0,
    minute: fields['minute'] ?? 0,
  };
}

/** The instant of local midnight starting the given wall date in `timeZone` (month may overflow). */
export function localMidnight(year: number, month: number, day: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day);
  // The zone's offset near that date, read back from Intl; a second pass settles DST edges.
  let guess = wall;
  for (let pass = 0; pass < 2; pass += 1) {
    const seen = wallClock(guess, timeZone);
    const seenWall = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute);
    guess += wall - seenWall;
  }
  return guess;
}

/** Local midnight at or before `ms` in `timeZone`. */
export function startOfLocalDay(ms: number, timeZone: string): number {
  const { year, month, day } = wallClock(ms, timeZone);
  return localMidnight(year, month, day, timeZone);
}

/** The interval between time ticks. */
export type TimeStep = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year';

/**
 * The steps below a year: each one's length in days (to choose it) and how far a tick moves, in
 * days or in months (local dates overflow into the next month or year, as `localMidnight` allows).
 */
const STEPS: readonly (readonly [step: TimeStep, length: number, days: number, months: number])[] = [
  ['day', 1, 1, 0],
  ['week', 7, 7, 0],
  ['month', 30.4, 0, 1],
  ['quarter', 91.3, 0, 3],
  ['half', 182.6, 0, 6],
];

/**
 * Ticks at local midnights in `timeZone` between `from` and `to` (ms): days, Mondays, first of
 * the month, quarter, half year or year, whichever step gives at most `maxCount` ticks.
 */
export function timeTicks(
  from: number,
  to: number,
  maxCount: number,
  timeZone: string,
): { step: TimeStep; ticks: number[] } {
  const spanDays = Math.max(0, to - from) / DAY_MS;
  const count = Math.max(1, maxCount);
  // Else years, in multiples of a year when even that gives too many ticks (length unused).
  const [step, , days, months] = STEPS.find(([, length]) => spanDays / length <= count) ?? [
    'year',
    0,
    0,
    12 * Math.max(1, Math.ceil(spanDays / 365.25 / count)),
  ];
  const start = wallClock(from, timeZone);
  const { year } = start;
  let { month, day } = start;
  // Back to the Monday of the week holding `from`, or the first of its month, quarter, half or year.
  if (days === 7) day -= (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
  else if (months) {
    day = 1;
    month -= (month - 1) % Math.min(12, months);
  }
  const ticks: number[] = [];
  for (let guard = 0; guard < 400; guard += 1) {
    const tick = localMidnight(year, month, day, timeZone);
    if (tick > to) break;
    if (tick >= from) ticks.push(tick);
    day += days;
    month += months;
  }
  return { step, ticks };
}
