/**
 * Deterministic sample data for the charts' tests, stories and bench: a year of daily check-ins,
 * gaps, spikes, improving and deteriorating questionnaires. Not part of the public API.
 *
 * @module
 */
import type { MoodChartData, MoodChartSeries } from '../../mood-chart/mood-chart.types.js';
import type {
  AdherenceChartData,
  AdherenceChartOccurrence,
} from '../../adherence-chart/adherence-chart.types.js';

const DAY_MS = 86_400_000;

/** A small seeded PRNG (mulberry32), so every story and test sees the same data. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** ISO instant `days` after `start` at 20:00 UTC (plus `minutes`), with a `Z` offset. */
export function dayAt(start: string, days: number, minutes = 0): string {
  return new Date(Date.parse(start) + days * DAY_MS + minutes * 60_000).toISOString();
}

/** Options of {@link dailyValues}. */
export interface DailyOptions {
  readonly start?: string;
  readonly days: number;
  readonly min: number;
  readonly max: number;
  readonly base: number;
  /** Change per day (e.g. −0.01: slowly lower). */
  readonly trend?: number;
  readonly noise?: number;
  readonly seed?: number;
  /** Days (from 0) whose value is set outright: a spike. */
  readonly spikes?: Readonly<Record<number, number>>;
  /** Day ranges `[from, to)` without a check-in. */
  readonly gaps?: readonly (readonly [number, number])[];
}

/** One value a day, rounded to whole numbers and kept on the scale. */
export function dailyValues(options: DailyOptions): { at: string; value: number }[] {
  const next = random(options.seed ?? 1);
  // Times from their own generator, so series of one check-in share their moments.
  const minutes = random(99);
  const start = options.start ?? '2025-04-07T19:00:00Z';
  const points: { at: string; value: number }[] = [];
  for (let day = 0; day < options.days; day += 1) {
    const offset = Math.round(minutes() * 120);
    if (options.gaps?.some(([from, to]) => day >= from && day < to)) continue;
    const noise = (next() + next() + next() - 1.5) * 2 * (options.noise ?? 1);
    const raw = options.spikes?.[day] ?? options.base + (options.trend ?? 0) * day + noise;
    const value = Math.min(options.max, Math.max(options.min, Math.round(raw)));
    points.push({ at: dayAt(start, day, offset), value });
  }
  return points;
}

/** Mood (1–5, higher is better) and distress (0–10, higher is worse) over `days` days. */
export function moodSample(days: number, extra: Partial<DailyOptions> = {}): MoodChartData {
  const series: MoodChartSeries[] = [
    {
      id: 'daily-mood/mood',
      label: 'Mood',
      direction: 'higher-is-better',
      min: 1,
      max: 5,
      points: dailyValues({ days, min: 1, max: 5, base: 3, noise: 0.6, seed: 7, ...extra, spikes: {} }),
    },
    {
      id: 'daily-mood/distress',
      label: 'Distress',
      direction: 'higher-is-worse',
      min: 0,
      max: 10,
      points: dailyValues({ days, min: 0, max: 10, base: 4, noise: 1.2, seed: 11, ...extra }),
    },
  ];
  const start = extra.start ?? '2025-04-07T19:00:00Z';
  const activities = Array.from({ length: Math.floor(days / 7) }, (_, week) => ({
    at: dayAt(start, week * 7 + 2, -300),
    title: week % 2 === 0 ? 'Values card sort' : 'Thought record',
  }));
  return { series, activities, timeZone: 'Europe/London' };
}

/** Weekly PHQ-9-like totals: improving, deteriorating, or crossing the reliable-change line both ways. */
export function weeklyTotals(
  shape: 'improving' | 'deteriorating' | 'crossings',
  weeks = 10,
  start = '2026-01-05T10:00:00Z',
): { at: string; total: number | null }[] {
  const shapes = {
    improving: (week: number) => 19 - week * 1.1,
    deteriorating: (week: number) => 8 + week * 1.2,
    crossings: (week: number) => [11, 13, 18, 19, 14, 9, 4, 5, 12, 17][week % 10] ?? 11,
  } as const;
  const next = random(5);
  return Array.from({ length: weeks }, (_, week) => ({
    at: dayAt(start, week * 7),
    total: Math.max(0, Math.min(27, Math.round(shapes[shape](week) + (next() - 0.5) * 2))),
  }));
}

/** Occurrences of a daily check-in and a weekly exercise over `weeks` weeks, mostly done, some late or missed. */
export function adherenceSample(weeks = 8, today = '2026-04-05'): AdherenceChartData {
  const next = random(3);
  const end = Date.parse(`${today}T12:00:00Z`);
  const days = weeks * 7;
  const occurrences: AdherenceChartOccurrence[] = [];
  for (let day = days - 1; day >= 0; day -= 1) {
    const date = new Date(end - day * 86_400_000).toISOString().slice(0, 10);
    const roll = next();
    const status = day === 0 ? 'pending' : roll < 0.7 ? 'completed' : roll < 0.85 ? 'late' : 'missed';
    occurrences.push({
      id: `a-1@${date}T20:00`,
      assignmentId: 'a-1',
      localDate: date,
      dueAt: `${date}T20:00:00+01:00`,
      status,
    });
    if (new Date(`${date}T12:00:00Z`).getUTCDay() === 3) {
      occurrences.push({
        id: `a-2@${date}T09:00`,
        assignmentId: 'a-2',
        localDate: date,
        dueAt: `${date}T09:00:00+01:00`,
        status: next() < 0.6 ? 'completed' : 'missed',
      });
    }
  }
  return {
    assignments: [
      { id: 'a-1', title: 'Daily check-in' },
      { id: 'a-2', title: 'Values card sort' },
    ],
    occurrences,
    timeZone: 'Europe/London',
  };
}
