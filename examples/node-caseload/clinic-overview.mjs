// The clinic overview on a server: a director's eight weeks across two clinicians and a pilot
// cohort, computed by core's clinicAggregates and exported for a spreadsheet (CSV) and for other
// systems (plain JSON, the shape docs/data-and-fhir.md recommends over a FHIR MeasureReport).
// Run it with `npm run build && node examples/node-caseload/clinic-overview.mjs [out-dir]`
// (default out-dir: .tmp/clinic-overview). Pure inputs and `now`; the only I/O is writing the files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clinicAggregates, clinicAggregatesToCsv, parseAssignment, scoreMeasure } from '@interlude/core';
import { dailyMood, phq9 } from '@interlude/content';
import { completedSubmissions, ref } from './records.mjs';

const timeZone = 'Europe/London';
const from = '2026-03-02T00:00:00Z';
const now = '2026-04-27T00:00:00Z'; // eight weeks later

// 1. The clinic: two clinicians with six clients each, four of them in a pilot cohort, and a
//    third clinician with two clients (too few to show: the report suppresses that group).
const clients = [
  ...Array.from({ length: 6 }, (_, i) => ({
    clientId: `c-1${i}`,
    clinicianId: 'p-7',
    ...(i < 2 ? { cohort: 'pilot' } : {}),
  })),
  ...Array.from({ length: 6 }, (_, i) => ({
    clientId: `c-2${i}`,
    clinicianId: 'p-9',
    ...(i < 2 ? { cohort: 'pilot' } : {}),
  })),
  { clientId: 'c-30', clinicianId: 'p-11' },
  { clientId: 'c-31', clinicianId: 'p-11' },
];

// 2. Each client's work: a daily check-in at 20:00 and a PHQ-9 every other Monday.
const assignments = clients.flatMap(({ clientId, clinicianId }) => {
  const base = { clientId, clinicianId, status: 'active', createdAt: '2026-03-01T10:00:00Z' };
  const start = { boundsPeriod: { start: '2026-03-02' } };
  return [
    parseAssignment({
      ...base,
      id: `${clientId}-mood`,
      activity: ref(dailyMood),
      schedule: { kind: 'repeat', timeZone, repeat: { periodUnit: 'd', timeOfDay: ['20:00'], ...start } },
    }),
    parseAssignment({
      ...base,
      id: `${clientId}-phq9`,
      activity: ref(phq9),
      schedule: {
        kind: 'repeat',
        timeZone,
        repeat: { period: 2, periodUnit: 'wk', dayOfWeek: ['mon'], timeOfDay: ['09:00'], ...start },
      },
    }),
  ];
});

// 3. What they did, made up but deterministic: client k skips every (k+2)-th check-in, and their
//    PHQ-9 total moves from a start of 12–19 by a client-specific step every fortnight.
const completed = completedSubmissions(timeZone);
const submissions = [];
const scores = [];
const day = (offset) =>
  new Date(Date.parse('2026-03-02T00:00:00Z') + offset * 86_400_000).toISOString().slice(0, 10);
clients.forEach(({ clientId }, k) => {
  const submit = (assignmentId, activity, occurrenceId, submittedAt, answers) => {
    const submission = completed({ clientId, assignmentId, activity, occurrenceId, submittedAt, answers });
    submissions.push(submission);
    return submission;
  };
  for (let d = 0; d < 56; d += 1) {
    if ((d + 1) % (k + 2) === 0) continue; // a skipped evening
    const date = day(d);
    submit(`${clientId}-mood`, ref(dailyMood), `${clientId}-mood@${date}T20:00`, `${date}T19:10:00Z`, {
      mood: 2 + ((d + k) % 3),
      distress: 3 + ((d * 7 + k) % 5),
    });
  }
  const step = [-3, -2, -1, 0, 1][k % 5]; // most improve, one holds, one gets worse
  for (let fortnight = 0; fortnight < 4; fortnight += 1) {
    const date = day(fortnight * 14);
    const total = Math.max(0, Math.min(27, 12 + (k % 8) + step * fortnight));
    // Spread the total over the nine items (0–3 each); item 9 (self-harm) stays 0 here.
    const values = Array.from({ length: 9 }, (_, i) =>
      i === 8 ? 0 : Math.min(3, Math.max(0, total - 3 * i)),
    );
    const answers = Object.fromEntries(phq9.items.map((item, i) => [item.id, values[i]]));
    const submission = submit(
      `${clientId}-phq9`,
      ref(phq9),
      `${clientId}-phq9@${date}T09:00`,
      `${date}T09:20:00Z`,
      answers,
    );
    scores.push({ submissionId: submission.id, score: scoreMeasure(phq9, values) });
  }
});

// 4. The overview: per clinician, per cohort and for the whole clinic; groups under 5 suppressed.
const report = clinicAggregates(
  { clients, assignments, submissions, scores, measures: [phq9] },
  { from, to: now, now },
);

for (const group of [report.overall, ...report.clinicians, ...report.cohorts]) {
  if (group.suppressed) {
    console.log(
      `${group.kind} ${group.key}: ${group.clientCount} clients, fewer than ${report.minGroupSize}: suppressed`,
    );
    continue;
  }
  const phq = group.measures.find((measure) => measure.measureId === 'phq-9');
  console.log(
    `${group.kind} ${group.key}: ${group.clientCount} clients, completion ${group.completion.completionRate?.toFixed(2)},` +
      ` PHQ-9 median improvement ${phq?.medianImprovement}, reliably improved ${phq?.reliableImprovement.count} of ${phq?.reliableImprovement.of}`,
  );
}

// 5. Export. CSV for the director's spreadsheet (one row per group and measure; suppressed groups
//    keep only their size), JSON for other systems (the report as typed by ClinicAggregates).
const outDir = process.argv[2] ?? '.tmp/clinic-overview';
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'clinic-overview.csv'), clinicAggregatesToCsv(report));
writeFileSync(join(outDir, 'clinic-overview.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`Wrote ${join(outDir, 'clinic-overview.csv')} and ${join(outDir, 'clinic-overview.json')}`);
