/**
 * A deterministic caseload simulator: stable clients with personal baselines and realistic
 * day-to-day noise, and clients with one planted event on a known date. It is what the flag
 * engine's defaults were chosen on (see `measureFlagCalibration`), and it gives benches and
 * demos a caseload that behaves like a real one.
 *
 * What a simulated client does (every range is drawn per client, uniformly, from the profile):
 * - a daily check-in due at 09:00 local time, answered on a share of days (`checkInAdherence`)
 *   some minutes to hours later; each tracked item is the client's own level plus AR(1) noise
 *   (day-to-day autocorrelation `autocorrelation`) with the client's own SD, rounded to the
 *   item's step and kept on its scale; the items' daily noise is correlated (`itemCorrelation`,
 *   mood and distress move against each other);
 * - a PHQ-9 and a GAD-7 due every Monday at 09:00, answered on a share of weeks
 *   (`measureAdherence`); each total is the client's level plus normal noise, spread over the
 *   items; PHQ-9 item 9 is 0 unless a risk answer is planted.
 *
 * The planted events (one per event client, on a date inside the simulated span, after at
 * least four weeks of history):
 * - `risk`: PHQ-9 item 9 answered 1 on one Monday;
 * - `deterioration`: the PHQ-9 level rises by `deteriorationRise` points for two weeks (two
 *   administrations, both answered), each score at least the measure's reliable-change
 *   threshold above the client's own level (so it is a reliable deterioration in the data,
 *   not just on average);
 * - `mood-shift`: for 5–7 days every tracked item moves by its profile's `eventShift` (mood
 *   1.5 points lower, distress 4 points higher);
 * - `non-engagement`: a client with good adherence (at least 90 %) goes silent for 14 days.
 *
 * Deterministic: the same options give the same caseload, byte for byte.
 *
 * @module
 */
import type { CheckInTemplate } from '../definitions/check-in.js';
import type { ActivityRef } from '../definitions/common.js';
import type { MeasureDefinition } from '../definitions/measure.js';
import type { Caseload, SubmissionScore } from '../flags/caseload.js';
import { trackedItems } from '../flags/caseload.js';
import type { Assignment } from '../model/assignment.js';
import type { Submission } from '../model/submission.js';
import { addDays, atWallTime, formatDate, isoWeekday, localDate, momentAt } from '../schedule/zoned.js';
import { scoreMeasure } from '../scoring/score-measure.js';
import { seededRandom, type RandomSource } from './random.js';

/** The kinds of event the simulator plants; each matches the flag kind that should catch it. */
export const PLANTED_KINDS = ['risk', 'deterioration', 'mood-shift', 'non-engagement'] as const;

/** One of {@link PLANTED_KINDS}. */
export type PlantedKind = (typeof PLANTED_KINDS)[number];

/** How one tracked check-in item behaves. */
export interface TrackedItemProfile {
  itemId: string;
  /** The range each client's own level is drawn from. */
  level: readonly [number, number];
  /** The range each client's own day-to-day SD is drawn from. */
  sd: readonly [number, number];
  /** How far a planted `mood-shift` event moves the item, in its own units (signed). */
  eventShift: number;
}

/** How one weekly measure behaves: its total is the client's level plus normal noise. */
export interface MeasureProfile {
  level: readonly [number, number];
  /** Week-to-week SD of the total. */
  sd: number;
}

/** What {@link simulateCaseload} needs and may vary. */
export interface SimulationOptions {
  /** The daily check-in; its tracked items are simulated as {@link SimulationOptions.items} says. */
  checkIn: CheckInTemplate;
  /** The weekly depression measure; its first risk item carries the planted risk answer. */
  phq9: MeasureDefinition;
  /** The weekly anxiety measure. */
  gad7: MeasureDefinition;
  /** Default 13. */
  seed?: number;
  /** Clients with no event. Default 200. */
  stableClients?: number;
  /** Clients per planted kind. Default 50. */
  eventsPerKind?: number;
  /** Days simulated. Default 91 (13 weeks). */
  days?: number;
  /** Local date of the first day, a Monday. Default `2026-01-05` (the span crosses a daylight-saving change). */
  startDate?: string;
  /** Default `Europe/Berlin`. */
  timeZone?: string;
  /** One profile per tracked item of `checkIn`. Default: {@link DAILY_MOOD_PROFILES}. */
  items?: readonly TrackedItemProfile[];
  /** Default {@link DEFAULT_PHQ9_PROFILE}. */
  phq9Profile?: MeasureProfile;
  /** Default {@link DEFAULT_GAD7_PROFILE}. */
  gad7Profile?: MeasureProfile;
  /** Share of check-ins a client answers, drawn per client. Default `[0.85, 0.98]`. */
  checkInAdherence?: readonly [number, number];
  /** Share of weekly measures a client answers, drawn per client. Default `[0.9, 1]`. */
  measureAdherence?: readonly [number, number];
  /** Day-to-day autocorrelation of the check-in noise (AR(1) coefficient). Default 0.3. */
  autocorrelation?: number;
  /** Correlation of the first two tracked items' daily noise. Default −0.5. */
  itemCorrelation?: number;
  /** How many PHQ-9 points a planted deterioration adds. Default 8. */
  deteriorationRise?: number;
}

/**
 * The `daily-mood` check-in's items: mood on 1–5 and distress on 0–10, each client with their
 * own level and day-to-day SD. Answers are whole numbers, so rounding adds to the spread: the
 * answers' SD averages ≈ 0.75 for mood (latent SD 0.5–0.9) and ≈ 1.5 for distress (latent
 * 1.1–1.9). A planted spell lowers mood by 1.5 and raises distress by 4.
 */
export const DAILY_MOOD_PROFILES: readonly TrackedItemProfile[] = Object.freeze([
  { itemId: 'mood', level: [2.8, 4.2], sd: [0.5, 0.9], eventShift: -1.5 },
  { itemId: 'distress', level: [1.5, 5.5], sd: [1.1, 1.9], eventShift: 4 },
]);

/** PHQ-9 totals of a stable client: a level between 3 and 15, varying ± 1.5 from week to week. */
export const DEFAULT_PHQ9_PROFILE: MeasureProfile = Object.freeze({ level: [3, 15] as const, sd: 1.5 });

/** GAD-7 totals of a stable client: a level between 2 and 12, varying ± 1.5. */
export const DEFAULT_GAD7_PROFILE: MeasureProfile = Object.freeze({ level: [2, 12] as const, sd: 1.5 });

/** An event planted in one client's data. */
export interface PlantedEvent {
  kind: PlantedKind;
  /** When it starts: the due time of the measure that shows it, or the start of the local day. */
  onset: string;
  /** The local date of `onset`. */
  localDate: string;
}

/** One simulated client; `event` is absent for a stable client. */
export interface SimulatedClient {
  clientId: string;
  event?: PlantedEvent;
}

/** What {@link simulateCaseload} returns. */
export interface CaseloadSimulation {
  /** Everything the flag engine reads: assignments, submissions, scores and the three definitions. */
  caseload: Caseload & { definitions: readonly (CheckInTemplate | MeasureDefinition)[] };
  /** Stable clients first, then event clients by kind. */
  clients: readonly SimulatedClient[];
  timeZone: string;
  /**
   * Weekly review points (Mondays 08:00 local), from the end of week 2 to the end of the
   * span. The first one only settles what was raised before it; each later one is a
   * client-week of review.
   */
  reviews: readonly string[];
}

const DUE_TIME = '09:00';
const REVIEW_TIME = '08:00';
const FIRST_EVENT_DAY = 28;
const SILENCE_DAYS = 14;
const ELEVATED_WEEKS = 2;

/**
 * Simulates a caseload; see the module notes for what the clients do.
 *
 * @example
 * ```ts
 * import { getCheckInTemplate, getMeasure } from '@interlude/content';
 * const simulation = simulateCaseload({
 *   checkIn: getCheckInTemplate('daily-mood')!, phq9: getMeasure('phq-9')!, gad7: getMeasure('gad-7')!,
 * });
 * computeFlags(simulation.caseload, simulation.reviews[3]!);
 * ```
 */
export function simulateCaseload(options: SimulationOptions): CaseloadSimulation {
  const settings = {
    seed: options.seed ?? 13,
    stableClients: options.stableClients ?? 200,
    eventsPerKind: options.eventsPerKind ?? 50,
    days: options.days ?? 91,
    startDate: localDate(options.startDate ?? '2026-01-05'),
    timeZone: options.timeZone ?? 'Europe/Berlin',
    items: options.items ?? DAILY_MOOD_PROFILES,
    phq9Profile: options.phq9Profile ?? DEFAULT_PHQ9_PROFILE,
    gad7Profile: options.gad7Profile ?? DEFAULT_GAD7_PROFILE,
    checkInAdherence: options.checkInAdherence ?? [0.85, 0.98],
    measureAdherence: options.measureAdherence ?? [0.9, 1],
    autocorrelation: options.autocorrelation ?? 0.3,
    itemCorrelation: options.itemCorrelation ?? -0.5,
    deteriorationRise: options.deteriorationRise ?? 8,
  };
  if (isoWeekday(settings.startDate) !== 1) throw new RangeError('startDate must be a Monday');
  if (settings.days < FIRST_EVENT_DAY + 21)
    throw new RangeError(`days must be at least ${FIRST_EVENT_DAY + 21}`);
  const scales = new Map(trackedItems(options.checkIn).map((tracked) => [tracked.item.id, tracked]));
  for (const profile of settings.items) {
    if (!scales.has(profile.itemId))
      throw new RangeError(`no tracked item ${profile.itemId} in the check-in`);
  }
  const riskItem = options.phq9.scoring.riskItems?.[0]?.itemId;
  if (riskItem === undefined) throw new RangeError('phq9 needs a risk item');
  const reliableChange = options.phq9.scoring.reliableChange?.threshold ?? 0;

  const random = seededRandom(settings.seed);
  const ids = uuidSource(random);
  const refOf = (definition: CheckInTemplate | MeasureDefinition): ActivityRef => ({
    kind: definition.kind,
    id: definition.id,
    version: definition.version,
  });
  const zone = settings.timeZone;
  const dayStart = (day: number) => atWallTime(addDays(settings.startDate, day), undefined, zone);
  const dueOn = (day: number) => atWallTime(addDays(settings.startDate, day), DUE_TIME, zone);
  const createdAt = dayStart(-1).text;
  const mondays: number[] = [];
  for (let day = 0; day < settings.days; day += 7) mondays.push(day);

  const assignments: Assignment[] = [];
  const submissions: Submission[] = [];
  const scores: SubmissionScore[] = [];
  const clients: SimulatedClient[] = [];

  const plan: (PlantedKind | undefined)[] = [
    ...Array.from({ length: settings.stableClients }, () => undefined),
    ...PLANTED_KINDS.flatMap((kind) => Array.from({ length: settings.eventsPerKind }, () => kind)),
  ];
  plan.forEach((kind, index) => {
    const clientId = `${kind ?? 'stable'}-${String(index).padStart(4, '0')}`;
    const assignment = (suffix: string, activity: ActivityRef, weekly: boolean): Assignment => ({
      id: `${clientId}-${suffix}`,
      clientId,
      clinicianId: `clinician-${index % 8}`,
      activity,
      schedule: {
        kind: 'repeat',
        timeZone: zone,
        repeat: {
          periodUnit: weekly ? 'wk' : 'd',
          ...(weekly ? { dayOfWeek: ['mon' as const] } : {}),
          timeOfDay: [DUE_TIME],
          boundsPeriod: { start: formatDate(settings.startDate) },
        },
      },
      status: 'active',
      createdAt,
    });
    const checkIn = assignment('check-in', refOf(options.checkIn), false);
    const phq9 = assignment('phq-9', refOf(options.phq9), true);
    const gad7 = assignment('gad-7', refOf(options.gad7), true);
    assignments.push(checkIn, phq9, gad7);

    // The client's own parameters.
    const itemLevels = settings.items.map((profile) => ({
      profile,
      level: random.uniform(...profile.level),
      sd: random.uniform(...profile.sd),
      state: 0,
    }));
    const phqLevel = random.uniform(...settings.phq9Profile.level);
    const gadLevel = random.uniform(...settings.gad7Profile.level);
    const lowAdherence =
      kind === 'non-engagement' ? Math.max(0.9, settings.checkInAdherence[0]) : settings.checkInAdherence[0];
    const checkInAdherence = random.uniform(
      lowAdherence,
      Math.max(lowAdherence, settings.checkInAdherence[1]),
    );
    const measureAdherence = random.uniform(...settings.measureAdherence);

    // The event, on a known date.
    let event: PlantedEvent | undefined;
    let eventDay = -1;
    let spellDays = 0;
    if (kind === 'risk' || kind === 'deterioration') {
      const lastMonday = settings.days - (kind === 'deterioration' ? 7 * ELEVATED_WEEKS : 7);
      const candidates = mondays.filter((day) => day >= FIRST_EVENT_DAY && day <= lastMonday);
      eventDay = candidates[random.integer(0, candidates.length - 1)] as number;
      event = {
        kind,
        onset: dueOn(eventDay).text,
        localDate: formatDate(addDays(settings.startDate, eventDay)),
      };
    } else if (kind !== undefined) {
      eventDay = random.integer(
        FIRST_EVENT_DAY,
        settings.days - (kind === 'non-engagement' ? SILENCE_DAYS : 14),
      );
      spellDays = kind === 'mood-shift' ? random.integer(5, 7) : SILENCE_DAYS;
      event = {
        kind,
        onset: dayStart(eventDay).text,
        localDate: formatDate(addDays(settings.startDate, eventDay)),
      };
    }
    clients.push(event === undefined ? { clientId } : { clientId, event });
    const inSpell = (day: number) => eventDay >= 0 && day >= eventDay && day < eventDay + spellDays;
    const silent = (day: number) => kind === 'non-engagement' && inSpell(day);

    const submit = (
      of: Assignment,
      day: number,
      answers: Submission['answers'],
      measure?: MeasureDefinition,
    ): void => {
      const due = dueOn(day);
      const submitted = momentAt(due.ms + random.integer(1, 600) * 60_000, zone);
      const submission: Submission = {
        id: ids(),
        assignmentId: of.id,
        occurrenceId: `${of.id}@${formatDate(addDays(settings.startDate, day))}T${DUE_TIME}`,
        clientId,
        activity: of.activity,
        answers,
        startedAt: submitted.text,
        submittedAt: submitted.text,
        timeZone: zone,
        status: 'completed',
        durationSeconds: measure === undefined ? 45 : 150,
      };
      submissions.push(submission);
      if (measure !== undefined) {
        scores.push({
          submissionId: submission.id,
          score: scoreMeasure(measure, answers as Record<string, number>),
        });
      }
    };

    const phi = settings.autocorrelation;
    const shared = Math.sqrt(Math.abs(settings.itemCorrelation));
    for (let day = 0; day < settings.days; day += 1) {
      // AR(1) noise with unit variance; the first two items share a factor (signed correlation).
      const factor = random.normal();
      itemLevels.forEach((item, position) => {
        const own = random.normal();
        const innovation =
          position < 2
            ? (position === 1 && settings.itemCorrelation < 0 ? -1 : 1) * shared * factor +
              Math.sqrt(1 - shared * shared) * own
            : own;
        item.state = phi * item.state + Math.sqrt(1 - phi * phi) * innovation;
      });
      if (!silent(day) && random.chance(checkInAdherence)) {
        const answers: Submission['answers'] = {};
        for (const item of itemLevels) {
          const scale = scales.get(item.profile.itemId);
          if (scale === undefined) continue;
          const step = scale.item.kind === 'slider' ? scale.item.step : 1;
          const shift = kind === 'mood-shift' && inSpell(day) ? item.profile.eventShift : 0;
          const raw = item.level + item.sd * item.state + shift;
          answers[item.profile.itemId] = clamp(
            scale.min + Math.round((raw - scale.min) / step) * step,
            scale.min,
            scale.max,
          );
        }
        submit(checkIn, day, answers);
      }
      if (day % 7 !== 0) continue;
      const elevated = kind === 'deterioration' && day >= eventDay && day < eventDay + 7 * ELEVATED_WEEKS;
      const forced = (kind === 'risk' && day === eventDay) || elevated;
      const riskAnswer = kind === 'risk' && day === eventDay ? 1 : 0;
      if (silent(day) || !(forced || random.chance(measureAdherence))) continue;
      const draw = () =>
        phqLevel + (elevated ? settings.deteriorationRise : 0) + settings.phq9Profile.sd * random.normal();
      let phqTotal = draw();
      // A planted deterioration is a reliable one: each score during it is at least the RCI above
      // the client's own level (redrawn, so the noise still varies how far above).
      for (
        let tries = 1;
        elevated && tries < 100 && Math.round(phqTotal) - phqLevel < reliableChange;
        tries += 1
      ) {
        phqTotal = draw();
      }
      submit(phq9, day, spread(options.phq9, phqTotal, random, { [riskItem]: riskAnswer }), options.phq9);
      const gadTotal = gadLevel + settings.gad7Profile.sd * random.normal();
      submit(gad7, day, spread(options.gad7, gadTotal, random, {}), options.gad7);
    }
  });

  const reviews: string[] = [];
  for (let day = 14; day <= settings.days; day += 7) {
    reviews.push(atWallTime(addDays(settings.startDate, day), REVIEW_TIME, zone).text);
  }
  return {
    caseload: {
      assignments,
      submissions,
      scores,
      definitions: [options.checkIn, options.phq9, options.gad7],
    },
    clients,
    timeZone: zone,
    reviews,
  };
}

/**
 * Answers whose sum is `total` (rounded, kept within what the free items allow), spread at
 * random over the scored items not fixed in `fixed`, each within its own options.
 */
function spread(
  definition: MeasureDefinition,
  total: number,
  random: RandomSource,
  fixed: Readonly<Record<string, number>>,
): Record<string, number> {
  const free = definition.items.filter((item) => item.scored && !(item.id in fixed));
  const answers: Record<string, number> = {};
  const maximum = new Map<string, number>();
  for (const item of free) {
    const values = item.options.map((option) => option.value);
    answers[item.id] = Math.min(...values);
    maximum.set(item.id, Math.max(...values));
  }
  const floor = free.reduce((sum, item) => sum + (answers[item.id] as number), 0);
  const ceiling = free.reduce((sum, item) => sum + (maximum.get(item.id) as number), 0);
  let remaining = clamp(Math.round(total), floor, ceiling) - floor;
  while (remaining > 0) {
    const open = free.filter((item) => (answers[item.id] as number) < (maximum.get(item.id) as number));
    const item = open[random.integer(0, open.length - 1)];
    if (item === undefined) break;
    answers[item.id] = (answers[item.id] as number) + 1;
    remaining -= 1;
  }
  return { ...answers, ...fixed };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Version-4-shaped UUIDs from the seeded source, so submissions validate and runs repeat. */
function uuidSource(random: RandomSource): () => string {
  const word = () =>
    Math.floor(random.next() * 4_294_967_296)
      .toString(16)
      .padStart(8, '0');
  return () => {
    const [a, b, c, d] = [word(), word(), word(), word()];
    const variant = (8 + (parseInt(c.slice(0, 1), 16) % 4)).toString(16);
    return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
  };
}
