// Keeps docs/model.md honest: the guide's example runs against the built packages and
// still tells the story the guide says it tells.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLINIC_CSV_COLUMNS, type ClinicAggregates } from './aggregates/index.js';

describe('examples/node-caseload (the example in docs/model.md)', () => {
  it('scores, flags and summarises one client week', () => {
    const output = execFileSync('node', ['examples/node-caseload/caseload.mjs'], { encoding: 'utf8' });
    expect(output).to.include("PHQ-9: 13 moderate risk items: [ 'phq9-9' ]");
    expect(output).to.match(/Flag: urgent risk \(risk:c-1042:[0-9a-f-]+:phq9-9\)/);
    expect(output).to.include('Distress rose from 3 to 8 on Thu, Mar 5');
    expect(output).to.include('on Wednesday, and distress rose on Thursday — what happened?');
    expect(output).to.include('Reminder at 2026-03-09T20:00:00+00:00');
  });
});

describe('examples/node-caseload/clinic-overview.mjs (the clinic report in docs/data-and-fhir.md)', () => {
  it('computes the overview, suppresses small groups, and writes the CSV and JSON exports', () => {
    const out = mkdtempSync(join(tmpdir(), 'clinic-overview-'));
    try {
      const output = execFileSync('node', ['examples/node-caseload/clinic-overview.mjs', out], {
        encoding: 'utf8',
      });
      expect(output).to.match(/^overall overall: 14 clients, completion 0\.\d\d, PHQ-9 median improvement/m);
      expect(output).to.include('clinician p-11: 2 clients, fewer than 5: suppressed');
      expect(output).to.include('cohort pilot: 4 clients, fewer than 5: suppressed');

      const csv = readFileSync(join(out, 'clinic-overview.csv'), 'utf8').split('\r\n');
      expect(csv[0]).to.equal(CLINIC_CSV_COLUMNS.join(','));
      const suppressed = csv.find((line) => line.startsWith('clinician,p-11,'));
      expect(suppressed).to.match(/^clinician,p-11,true,2,,+2026-03-02T00:00:00Z,2026-04-27T00:00:00Z$/);

      const report = JSON.parse(readFileSync(join(out, 'clinic-overview.json'), 'utf8')) as ClinicAggregates;
      expect(report.minGroupSize).to.equal(5);
      expect(report.clinicians.map((group) => [group.key, group.suppressed])).to.deep.equal([
        ['p-11', true],
        ['p-7', false],
        ['p-9', false],
      ]);
      expect(report.overall.suppressed).to.equal(false);
      if (!report.overall.suppressed) expect(report.overall.measures[0]?.measureId).to.equal('phq-9');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
