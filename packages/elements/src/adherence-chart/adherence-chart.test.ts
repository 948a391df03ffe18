import { expect, fixture, html } from '@open-wc/testing';
import type { Assignment, Submission } from '@interlude/core';
import { mountWithClient, testClient } from '../shared/testing/test-client.js';
import { adherenceSample } from '../shared/testing/chart-samples.js';
import {
  drawn,
  press,
  readOut,
  summary,
  tabStops,
  toggleTable,
  until,
} from '../shared/testing/chart-helpers.js';
import './define.js';
import type { IlAdherenceChart } from './adherence-chart.js';
import type { AdherenceChartData, AdherenceChartOccurrence } from './adherence-chart.types.js';

const occurrence = (
  assignmentId: string,
  localDate: string,
  status: AdherenceChartOccurrence['status'],
): AdherenceChartOccurrence => ({
  id: `${assignmentId}@${localDate}`,
  assignmentId,
  localDate,
  dueAt: `${localDate}T09:00:00+01:00`,
  status,
});

/** Mon 30 Mar – Sun 5 Apr 2026: done, late, missed (and an exercise done), still open. */
const week: AdherenceChartData = {
  assignments: [
    { id: 'a-1', title: 'Daily check-in' },
    { id: 'a-2', title: 'Values card sort' },
  ],
  occurrences: [
    occurrence('a-1', '2026-03-30', 'completed'),
    occurrence('a-1', '2026-03-31', 'late'),
    occurrence('a-1', '2026-04-01', 'missed'),
    occurrence('a-2', '2026-04-01', 'completed'),
    occurrence('a-1', '2026-04-02', 'pending'),
  ],
};

async function mount(data: AdherenceChartData, dir: 'ltr' | 'rtl' = 'ltr'): Promise<IlAdherenceChart> {
  const wrapper = await fixture<HTMLElement>(
    html`<div dir=${dir} lang="en-GB" style="width: 600px">
      <il-adherence-chart .data=${data}></il-adherence-chart>
    </div>`,
  );
  const chart = wrapper.querySelector('il-adherence-chart')!;
  await drawn(chart);
  return chart;
}

describe('il-adherence-chart', () => {
  it('passes axe with eight weeks, and right to left', async () => {
    await expect(await mount(adherenceSample(8))).to.be.accessible();
    const rtl = await mount(adherenceSample(8), 'rtl');
    await expect(rtl.parentElement!).to.be.accessible();
  });

  it('sums up the period and shows the streak', async () => {
    const chart = await mount(week);
    expect(summary(chart)).to.equal('1 week: 3 of 5 done (75%), 1 late, 1 missed; current streak 1.');
    expect(chart.shadowRoot!.querySelector('[part="streak"]')!.textContent!.trim()).to.equal(
      'Current streak: 1 in a row · longest: 2',
    );
  });

  it('stacks each week: done, late (hatched), missed (outlined), open (dotted)', async () => {
    const chart = await mount(week);
    const segments = [...chart.shadowRoot!.querySelectorAll('.segment')].filter((segment) =>
      segment.closest('svg[part="svg"]'),
    );
    expect(segments.map((segment) => segment.classList[1])).to.deep.equal([
      'completed',
      'late',
      'missed',
      'pending',
    ]);
    expect(getComputedStyle(segments[1]!).fill).to.match(/url\(/);
    expect(getComputedStyle(segments[3]!).strokeDasharray).to.not.equal('none');
  });

  it('reads out a week, then walks the calendar: Up/Down by a day, Left/Right by a week', async () => {
    const chart = await mount({ ...week, to: '2026-04-12' });
    const [weeks, days] = tabStops(chart);
    weeks!.focus();
    expect(readOut(chart)).to.equal('Week of 6 Apr: nothing assigned');
    await press(chart, 'ArrowLeft');
    expect(readOut(chart)).to.equal('Week of 30 Mar: 3 of 5 done, 1 late, 1 missed, 1 still open');
    days!.focus();
    await press(chart, 'Home');
    expect(readOut(chart)).to.equal('Mon 30 Mar: 1 of 1 done (Daily check-in: Done on time)');
    await press(chart, 'ArrowDown');
    await press(chart, 'ArrowDown');
    expect(readOut(chart)).to.equal(
      'Wed 1 Apr: 1 of 2 done, 1 missed (Daily check-in: Missed; Values card sort: Done on time)',
    );
    await press(chart, 'ArrowRight');
    expect(readOut(chart)).to.equal('Wed 8 Apr: nothing assigned');
  });

  it('filters by assignment with the picker', async () => {
    const chart = await mount(week);
    const select = chart.shadowRoot!.querySelector('select')!;
    expect([...select.options].map((option) => option.textContent!.trim())).to.deep.equal([
      'All assignments',
      'Daily check-in',
      'Values card sort',
    ]);
    select.value = 'a-2';
    select.dispatchEvent(new Event('change'));
    await chart.updateComplete;
    expect(summary(chart)).to.equal('1 week: 1 of 1 done (100%), 0 late, 0 missed; current streak 1.');
  });

  it('fits a 320 px screen even when an assignment has a long title', async () => {
    const long = 'Noticing which parts are active this week, with a short note on each of them';
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en-GB" style="width: 288px">
        <il-adherence-chart
          .data=${{ ...week, assignments: [{ id: 'a-1', title: long }, week.assignments[1]!] }}
        ></il-adherence-chart>
      </div>`,
    );
    const chart = wrapper.querySelector('il-adherence-chart')!;
    await drawn(chart);
    const controls = chart.shadowRoot!.querySelector<HTMLElement>('[part="controls"]')!;
    expect(controls.scrollWidth).to.be.at.most(controls.clientWidth);
    expect(chart.getBoundingClientRect().width).to.be.at.most(288);
  });

  it('toggles a table of the days with work', async () => {
    const chart = await mount(week);
    const rows = await toggleTable(chart);
    expect(rows).to.have.length(4);
    expect(rows[2]).to.deep.equal([
      '1 Apr 2026',
      '2',
      '1',
      '0',
      '1',
      '0',
      'Daily check-in: Missed; Values card sort: Done on time',
    ]);
  });

  it('says so when nothing was assigned, and refuses malformed dates by path', async () => {
    const empty = await fixture<IlAdherenceChart>(
      html`<il-adherence-chart .data=${{ assignments: [], occurrences: [] }}></il-adherence-chart>`,
    );
    expect(empty.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.equal(
      'Nothing assigned in this period.',
    );
    const bad = await fixture<IlAdherenceChart>(
      html`<il-adherence-chart
        .data=${{ assignments: [], occurrences: [{ ...week.occurrences[0]!, localDate: '2026-02-30' }] }}
      ></il-adherence-chart>`,
    );
    expect(bad.shadowRoot!.querySelector('[part="configuration-notice"]')!.textContent).to.include(
      'occurrences[0].localDate',
    );
  });

  it('reads assignments and occurrences through the client', async () => {
    const now = '2026-04-02T12:00:00+01:00';
    const client = testClient({ role: 'clinician', now: () => now });
    const assignment: Assignment = {
      id: 'a-1',
      clientId: 'c-1',
      clinicianId: 't-1',
      activity: { kind: 'check-in', id: 'daily-mood', version: '1.0.0' },
      schedule: {
        kind: 'repeat',
        timeZone: 'Europe/London',
        windowMinutes: 180,
        repeat: { periodUnit: 'd', timeOfDay: ['09:00'], boundsPeriod: { start: '2026-03-30' } },
      },
      status: 'active',
      createdAt: '2026-03-29T12:00:00+01:00',
    };
    await client.assignments.put(assignment);
    const done: Submission = {
      id: crypto.randomUUID(),
      assignmentId: 'a-1',
      occurrenceId: 'a-1@2026-03-30T09:00',
      clientId: 'c-1',
      activity: assignment.activity,
      answers: { mood: 3 },
      startedAt: '2026-03-30T09:10:00+01:00',
      submittedAt: '2026-03-30T09:11:00+01:00',
      timeZone: 'Europe/London',
      status: 'completed',
    };
    await client.submissions.save(done);
    const chart = await mountWithClient<IlAdherenceChart>(
      html`<il-adherence-chart
        client-id="c-1"
        weeks="1"
        lang="en-GB"
        style="width: 500px"
      ></il-adherence-chart>`,
      client,
    );
    await chart.settled();
    await until(() => summary(chart).startsWith('1 week'), 'read');
    expect(summary(chart)).to.match(/1 of 4 done/);
    await client.submissions.save({
      ...done,
      id: crypto.randomUUID(),
      occurrenceId: 'a-1@2026-03-31T09:00',
      startedAt: '2026-03-31T09:10:00+01:00',
      submittedAt: '2026-03-31T09:11:00+01:00',
    });
    await until(() => /2 of 4 done/.test(summary(chart)), 're-read');
  });
});
