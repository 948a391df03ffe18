// Flag calibration on the deterministic caseload simulator (`@interlude/core/testing`): per rule,
// the share of planted events caught within 7 days (sensitivity) and the attention + urgent
// flags per stable client-week at weekly reviews (noise), with the rules before calibration
// (`PRE_CALIBRATION_FLAG_OPTIONS`) and with the default options. Then the defaults on a few more
// seeds, to show how much the figures move with the draw. Targets (issue 13): risk 100 %, every
// other planted kind ≥ 95 %, stable clients ≤ 0.1 per client-week. Runs against the BUILT
// packages (`npm run bench` builds them first).
//
//   node bench/flags-calibration.bench.mjs [seed] [more seeds, e.g. 1,2,3,4,5]
import {
  PLANTED_KINDS,
  PRE_CALIBRATION_FLAG_OPTIONS,
  measureFlagCalibration,
  simulateCaseload,
} from '@interlude/core/testing';
import { getCheckInTemplate, getMeasure } from '@interlude/content';

const seed = Number(process.argv[2] ?? 13);
const moreSeeds = (process.argv[3] ?? '1,2,3,4,5').split(',').filter(Boolean).map(Number);
const definitions = {
  checkIn: getCheckInTemplate('daily-mood'),
  phq9: getMeasure('phq-9'),
  gad7: getMeasure('gad-7'),
};
if (!definitions.checkIn || !definitions.phq9 || !definitions.gad7)
  throw new Error('content not built: run npm run build:node-tested');

const percent = (rate) => `${(100 * rate).toFixed(0)} %`;
const perWeek = (value) => value.toFixed(3);

const simulation = simulateCaseload({ ...definitions, seed });
const stable = simulation.clients.filter((client) => client.event === undefined).length;
const before = measureFlagCalibration(simulation, PRE_CALIBRATION_FLAG_OPTIONS);
const after = measureFlagCalibration(simulation);

console.log(
  `caseload: seed ${seed}, ${stable} stable clients + ${simulation.clients.length - stable} with one planted event, ` +
    `${simulation.caseload.submissions.length} submissions over 13 weeks; ${after.noise.clientWeeks} stable client-weeks at weekly reviews`,
);
console.log('');
console.log('| rule | planted | caught before | caught after | noise before | noise after |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const kind of PLANTED_KINDS) {
  console.log(
    `| ${kind} | ${after.sensitivity[kind].planted} | ${percent(before.sensitivity[kind].rate)} | ` +
      `${percent(after.sensitivity[kind].rate)} | ${perWeek(before.noise.perClientWeekByKind[kind])} | ` +
      `${perWeek(after.noise.perClientWeekByKind[kind])} |`,
  );
}
console.log(
  `| all attention + urgent (per stable client-week) | | | | ${perWeek(before.noise.perClientWeek)} | ${perWeek(after.noise.perClientWeek)} |`,
);
console.log(
  `| stable client-weeks with a flag | | | | ${percent(before.noise.flaggedShare)} | ${percent(after.noise.flaggedShare)} |`,
);
console.log('');
console.log(
  `per 25-client caseload and week: ${(25 * before.noise.perClientWeek).toFixed(1)} attention flags on stable clients before, ` +
    `${(25 * after.noise.perClientWeek).toFixed(1)} after`,
);

if (moreSeeds.length > 0) {
  const runs = moreSeeds.map((other) =>
    measureFlagCalibration(simulateCaseload({ ...definitions, seed: other })),
  );
  const range = (values, format) => {
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    return `${format(Math.min(...values))}–${format(Math.max(...values))} (mean ${format(mean)})`;
  };
  console.log(`\ndefaults on seeds ${moreSeeds.join(', ')}:`);
  for (const kind of PLANTED_KINDS) {
    console.log(
      `  ${kind}: caught ${range(
        runs.map((run) => run.sensitivity[kind].rate),
        percent,
      )}`,
    );
  }
  console.log(
    `  noise: ${range(
      runs.map((run) => run.noise.perClientWeek),
      perWeek,
    )} per stable client-week`,
  );
}
