// Interlude's core on a server (or in a browser): one client's week between two sessions.
// Run it with `npm run build && node examples/node-caseload/caseload.mjs`.
// Everything here is a pure function of its inputs and `now`: no clock, storage or network.
import {
  clientAdherence,
  computeFlags,
  expandOccurrences,
  classifyOccurrences,
  parseAssignment,
  planReminders,
  prepareSession,
  renderSessionPrepText,
  scoreMeasure,
} from '@interlude/core';
import { getCheckInTemplate, getExercise, getMeasure } from '@interlude/content';
import { completedSubmissions, ref } from './records.mjs';

const timeZone = 'Europe/London';
const phq9 = getMeasure('phq-9');
const dailyMood = getCheckInTemplate('daily-mood');
const valuesSort = getExercise('act-values-card-sort');

// 1. The clinician assigns work: a daily check-in at 20:00, a weekly PHQ-9, one exercise.
const base = { clientId: 'c-1042', clinicianId: 'p-7', status: 'active', createdAt: '2026-03-02T10:00:00Z' };
const assignments = [
  parseAssignment({
    ...base,
    id: 'a-mood',
    activity: ref(dailyMood),
    note: 'A quick check-in each evening.',
    schedule: {
      kind: 'repeat',
      timeZone,
      repeat: { periodUnit: 'd', timeOfDay: ['20:00'], boundsPeriod: { start: '2026-03-02' } },
    },
  }),
  parseAssignment({
    ...base,
    id: 'a-phq9',
    activity: ref(phq9),
    schedule: {
      kind: 'repeat',
      timeZone,
      repeat: {
        periodUnit: 'wk',
        dayOfWeek: ['mon'],
        timeOfDay: ['09:00'],
        boundsPeriod: { start: '2026-03-02' },
      },
    },
  }),
  parseAssignment({
    ...base,
    id: 'a-values',
    activity: ref(valuesSort),
    note: 'Sort the cards before Thursday; we will talk about the top three.',
    schedule: { kind: 'once', timeZone, due: '2026-03-04T18:00' },
  }),
];

// 2. The client's week: answers arrive as submissions (validated at the boundary).
const completed = completedSubmissions(timeZone);
const submission = (assignmentId, activity, occurrenceId, submittedAt, answers) =>
  completed({ clientId: 'c-1042', assignmentId, activity, occurrenceId, submittedAt, answers });
const moods = [
  [4, 3, 'Slept badly'],
  [4, 2],
  [3, 3],
  [2, 8, 'Argument at work'],
  [3, 5],
  [4, 3],
];
const submissions = moods.map(([mood, distress, note], day) => {
  const date = `2026-03-0${2 + day}`;
  return submission('a-mood', ref(dailyMood), `a-mood@${date}T20:00`, `${date}T20:05:00Z`, {
    mood,
    distress,
    ...(note ? { note } : {}),
  });
});
submissions.push(
  submission('a-values', ref(valuesSort), 'a-values@2026-03-04T18:00', '2026-03-04T17:30:00Z', {
    sort: { very: ['family', 'health'], somewhat: ['career'] },
    'chosen-value': 'family',
    lived: 'I called my sister.',
  }),
);
const phq = submission('a-phq9', ref(phq9), 'a-phq9@2026-03-02T09:00', '2026-03-02T09:10:00Z', {});
const phqAnswers = [2, 2, 1, 2, 1, 2, 1, 1, 1]; // item 9 (thoughts of self-harm) answered 1: a risk answer
submissions.push({
  ...phq,
  answers: Object.fromEntries(phq9.items.map((item, i) => [item.id, phqAnswers[i]])),
});

// 3. Score the measure with its official rules (bands, missing items, risk items).
const score = scoreMeasure(phq9, phqAnswers);
console.log('PHQ-9:', score.total, score.band, 'risk items:', score.riskItemIds);

const now = '2026-03-08T21:00:00Z';
// 4. What was due and what happened to it.
const occurrences = expandOccurrences(assignments[0], { from: '2026-03-02T00:00:00Z', to: now });
const statuses = classifyOccurrences(occurrences, submissions, now).map((o) => `${o.localDate}:${o.status}`);
console.log('Check-ins:', statuses.join(' '));

// 5. Adherence for the clinician's chart.
const adherence = clientAdherence('c-1042', assignments, submissions, {
  from: '2026-03-02T00:00:00Z',
  to: now,
  now,
});
console.log(
  'Completion rate:',
  adherence.completionRate?.toFixed(2),
  'current streak:',
  adherence.currentStreak,
);

// 6. Review by exception: only what needs attention.
const scores = [{ submissionId: phq.id, score }];
const definitions = [phq9, dailyMood, valuesSort];
const flags = computeFlags({ assignments, submissions, scores, definitions }, now);
for (const flag of flags) console.log(`Flag: ${flag.severity} ${flag.kind} (${flag.id})`);

// 7. Before the next session: what was done, what changed and when, and where to start.
const prep = prepareSession({
  clientId: 'c-1042',
  since: '2026-03-02T00:00:00Z',
  now,
  assignments,
  submissions,
  scores,
  definitions,
});
console.log(`\n${renderSessionPrepText(prep, { locale: 'en', timeZone })}`);

// 8. Reminders the vendor's channel should send (quiet hours, caps and dedupe keys applied).
const tomorrow = expandOccurrences(assignments[0], { from: now, to: '2026-03-10T00:00:00Z' });
const reminders = planReminders({
  occurrences: classifyOccurrences(tomorrow, submissions, now),
  preferences: { timeZone, quietHours: { start: '21:00', end: '08:00' }, maxPerDay: 1 },
  now,
});
for (const reminder of reminders) console.log(`Reminder at ${reminder.sendAt} (${reminder.dedupeKey})`);
