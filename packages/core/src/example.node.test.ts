// Keeps docs/model.md honest: the guide's example runs against the built packages and
// still tells the story the guide says it tells.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';

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
