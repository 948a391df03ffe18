// A synthetic caseload for the clinic-scale benches: N clients × D days, each client with a
// daily check-in (the shipped daily-mood template) and a weekly PHQ-9, about 70 % adherence,
// in four time zones (two of them crossing a daylight-saving change), a slowly wandering
// severity (so flags fire), and every PHQ-9 scored. Deterministic (a seeded PRNG): the same
// arguments give the same caseload. Needs the BUILT packages (`npm run build:node-tested`).
import { scoreMeasure } from '@interlude/core';
import { getCheckInTemplate, getMeasure } from '@interlude/content';

const ADHERENCE = 0.7;
const FIRST_DAY = Date.UTC(2026, 0, 5); // Monday 5 January 2026
const DAY_MS = 86_400_000;
const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'UTC'];

const phq9 = getMeasure('phq-9');
const mood = getCheckInTemplate('daily-mood');
if (!phq9 || !mood) throw new Error('content not built: run npm run build:node-tested');
const PHQ9 = { kind: 'measure', id: phq9.id, version: phq9.version };
const MOOD = { kind: 'check-in', id: mood.id, version: mood.version };
const phqItems = phq9.items.map((item) => item.id);

/** mulberry32: small, fast, deterministic. */
export function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// UTC offset of 09:00 local per zone and day, looked up once (Intl, not hand-rolled zone rules).
const offsetCache = new Map();
function utcOfLocalNine(zone, day) {
  const key = `${zone}|${day}`;
  let ms = offsetCache.get(key);
  if (ms === undefined) {
    const guess = FIRST_DAY + day * DAY_MS + 9 * 3_600_000;
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }).formatToParts(guess);
    const get = (type) => Number(parts.find((part) => part.type === type).value);
    const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
    ms = guess - (wall - guess); // 09:00 wall time in the zone, as an instant
    offsetCache.set(key, ms);
  }
  return ms;
}
const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');
const localDate = (day) => new Date(FIRST_DAY + day * DAY_MS).toISOString().slice(0, 10);
let uuidCounter = 0;
const uuid = () => `00000000-0000-4000-8000-${(uuidCounter++).toString(16).padStart(12, '0')}`;

/** The `Caseload` core reads from a generated one (`generateCaseload`), with other submissions and scores if given. */
export function caseloadOf(data, submissions = data.submissions, scores = data.scores) {
  return { assignments: data.assignments, submissions, scores, definitions: data.definitions };
}

export function generateCaseload(CLIENTS, DAYS = 90) {
  uuidCounter = 0;
  const random = prng(20260405);
  const assignments = [];
  const submissions = [];
  const scores = [];
  const byClient = [];
  for (let c = 0; c < CLIENTS; c += 1) {
    const clientId = `c-${c}`;
    const zone = ZONES[c % ZONES.length];
    const createdAt = iso(FIRST_DAY - DAY_MS);
    const daily = {
      id: `${clientId}-mood`,
      clientId,
      clinicianId: `t-${c % 50}`,
      activity: MOOD,
      schedule: {
        kind: 'repeat',
        timeZone: zone,
        repeat: { periodUnit: 'd', timeOfDay: ['09:00'], boundsPeriod: { start: localDate(0) } },
      },
      status: 'active',
      createdAt,
    };
    const weekly = {
      ...daily,
      id: `${clientId}-phq9`,
      activity: PHQ9,
      schedule: {
        kind: 'repeat',
        timeZone: zone,
        repeat: {
          periodUnit: 'wk',
          dayOfWeek: ['mon'],
          timeOfDay: ['09:00'],
          boundsPeriod: { start: localDate(0) },
        },
      },
    };
    const own = { assignments: [daily, weekly], submissions: [] };
    assignments.push(daily, weekly);
    // Each client has their own adherence (around 70 %) and a slowly wandering severity.
    const adherence = Math.min(0.98, Math.max(0.3, ADHERENCE + (random() - 0.5) * 0.4));
    let severity = random() * 2;
    let distress = Math.round(random() * 6 + 2);
    for (let day = 0; day < DAYS; day += 1) {
      severity = Math.min(3, Math.max(0, severity + (random() - 0.5) * 0.3));
      const due = utcOfLocalNine(zone, day);
      if (random() < adherence) {
        distress = Math.min(10, Math.max(0, distress + Math.round((random() - 0.5) * 4)));
        const at = iso(due + Math.floor(random() * 600) * 60_000);
        own.submissions.push({
          id: uuid(),
          assignmentId: daily.id,
          occurrenceId: `${daily.id}@${localDate(day)}T09:00`,
          clientId,
          activity: MOOD,
          answers: { mood: Math.max(1, Math.min(5, 5 - Math.round(distress / 2.5))), distress },
          startedAt: at,
          submittedAt: at,
          timeZone: zone,
          status: 'completed',
          durationSeconds: 40,
        });
      }
      if (day % 7 === 0 && random() < adherence) {
        const answers = {};
        for (const item of phqItems)
          answers[item] = Math.min(3, Math.max(0, Math.round(severity + random() - 0.5)));
        if (random() < 0.97) answers['phq9-9'] = 0;
        const at = iso(due + Math.floor(random() * 600) * 60_000);
        const submission = {
          id: uuid(),
          assignmentId: weekly.id,
          occurrenceId: `${weekly.id}@${localDate(day)}T09:00`,
          clientId,
          activity: PHQ9,
          answers,
          startedAt: at,
          submittedAt: at,
          timeZone: zone,
          status: 'completed',
          durationSeconds: 120,
        };
        own.submissions.push(submission);
        scores.push({ submissionId: submission.id, score: scoreMeasure(phq9, answers) });
      }
    }
    submissions.push(...own.submissions);
    byClient.push(own);
  }
  return {
    assignments,
    submissions,
    scores,
    byClient,
    definitions: [phq9, mood],
    from: iso(FIRST_DAY - DAY_MS),
    now: iso(FIRST_DAY + DAYS * DAY_MS + 12 * 3_600_000), // noon UTC after the last day
  };
}
