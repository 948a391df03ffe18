import { expect, fixture, html } from '@open-wc/testing';
import { gad7, phq9, who5 } from '@interlude/content';
import type { MeasureDefinition, Submission } from '@interlude/core';
import { mountWithClient, testClient } from '../shared/testing/test-client.js';
import { dayAt, weeklyTotals } from '../shared/testing/chart-samples.js';
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
import type { IlOutcomeChart } from './outcome-chart.js';
import type { OutcomeChartData } from './outcome-chart.types.js';

const weeks = (totals: (number | null)[]) =>
  totals.map((total, week) => ({ at: dayAt('2026-03-02T10:00:00Z', week * 7), total }));

async function mount(
  data: OutcomeChartData,
  dir: 'ltr' | 'rtl' = 'ltr',
  lang = 'en-GB',
): Promise<IlOutcomeChart> {
  const wrapper = await fixture<HTMLElement>(
    html`<div dir=${dir} lang=${lang} style="width: 640px">
      <il-outcome-chart .data=${data}></il-outcome-chart>
    </div>`,
  );
  const chart = wrapper.querySelector('il-outcome-chart')!;
  await drawn(chart);
  return chart;
}

const marks = (chart: IlOutcomeChart) =>
  [...chart.shadowRoot!.querySelectorAll('svg[part="svg"] .mark')].map((mark) =>
    [...mark.classList].find((c) => c !== 'mark'),
  );

describe('il-outcome-chart', () => {
  it('passes axe, left to right and right to left in Arabic', async () => {
    const data = { measures: [{ definition: phq9, points: weeklyTotals('crossings', 10) }] };
    await expect(await mount(data)).to.be.accessible();
    const rtl = await mount(data, 'rtl', 'ar');
    await expect(rtl.parentElement!).to.be.accessible();
  });

  it('sums it up: PHQ-9 went from 18 to 9 over 8 weeks, a reliable improvement and recovery', async () => {
    const chart = await mount({
      measures: [{ definition: phq9, points: weeks([18, 16, 14, 12, 11, 11, 10, 10, 9]) }],
    });
    expect(summary(chart)).to.equal(
      'PHQ-9 (Patient Health Questionnaire) went from 18 to 9 over 8 weeks: reliable improvement, recovered.',
    );
  });

  it('draws the severity bands with their names, the caseness line and the change zone', async () => {
    const chart = await mount({ measures: [{ definition: phq9, points: weeks([18, 9]) }] });
    const bands = chart.shadowRoot!.querySelectorAll('.severity-band');
    expect(bands).to.have.length(phq9.scoring.bands.length);
    expect(
      [...chart.shadowRoot!.querySelectorAll('.band-label')].map((label) => label.textContent),
    ).to.include('Moderately severe');
    expect(chart.shadowRoot!.querySelector('[part="caseness"]')).to.not.equal(null);
    expect(chart.shadowRoot!.querySelector('[part="change-zone"]')).to.not.equal(null);
  });

  it('marks each total by its change against baseline, by shape', async () => {
    const chart = await mount({ measures: [{ definition: phq9, points: weeks([10, 12, 17, 11, 3, null]) }] });
    expect(marks(chart)).to.deep.equal([
      'baseline',
      'no-change',
      'deterioration',
      'no-change',
      'improvement',
    ]);
    // Triangles point the way the score moved: worse is up on PHQ-9, better is down.
    const shape = (index: number) =>
      chart.shadowRoot!.querySelectorAll('.mark .shape')[index]!.getAttribute('d')!;
    const tip = (d: string) => Number(/^M[\d.]+ ([\d.]+)/.exec(d)![1]);
    const centre = (d: string) => Number(/L[\d.]+ ([\d.]+)/.exec(d)![1]);
    expect(tip(shape(2))).to.be.below(centre(shape(2)));
    expect(tip(shape(4))).to.be.above(centre(shape(4)));
  });

  it('reads out every total with its band, date and change, moving with the arrow keys', async () => {
    const chart = await mount({ measures: [{ definition: phq9, points: weeks([18, 14, 9]) }] });
    tabStops(chart)[0]!.focus();
    expect(readOut(chart)).to.equal(
      'PHQ-9 (Patient Health Questionnaire) 9, Mild, Mon 16 Mar; reliable improvement, recovered from baseline 18',
    );
    await press(chart, 'ArrowLeft');
    expect(readOut(chart)).to.equal(
      'PHQ-9 (Patient Health Questionnaire) 14, Moderate, Mon 9 Mar; no reliable change from baseline 18',
    );
    await press(chart, 'Home');
    expect(readOut(chart)).to.equal(
      'PHQ-9 (Patient Health Questionnaire) 18, Moderately severe, Mon 2 Mar; baseline',
    );
  });

  it('words WHO-5 change as clinically meaningful, never as reliable', async () => {
    const chart = await mount({ measures: [{ definition: who5, points: weeks([8, 12, 17]) }] });
    expect(summary(chart)).to.match(/clinically meaningful improvement/);
    expect(summary(chart)).to.not.match(/reliable/);
    const legend = chart.shadowRoot!.querySelector('[part="legend"]')!.textContent!;
    expect(legend).to.include('no clinically meaningful change');
    expect(legend).to.not.include('reliable');
  });

  it('switches measures with the picker and the `measure` attribute', async () => {
    const chart = await mount({
      measures: [
        { definition: phq9, points: weeks([18, 9]) },
        { definition: gad7, points: weeks([12, 14, 13]) },
      ],
    });
    // The measure scored most recently comes first.
    expect(summary(chart)).to.match(/^GAD-7/);
    const select = chart.shadowRoot!.querySelector('select')!;
    select.value = 'phq-9';
    select.dispatchEvent(new Event('change'));
    await chart.updateComplete;
    expect(chart.measure).to.equal('phq-9');
    expect(summary(chart)).to.match(/^PHQ-9/);
  });

  it('toggles a table of every administration, unscorable ones included', async () => {
    const chart = await mount({ measures: [{ definition: phq9, points: weeks([18, null, 9]) }] });
    const rows = await toggleTable(chart);
    expect(rows).to.deep.equal([
      ['2 Mar 2026', '18', 'Moderately severe', 'Baseline'],
      ['9 Mar 2026', 'unscorable', '', ''],
      ['16 Mar 2026', '9', 'Mild', 'reliable improvement, recovered (-9)'],
    ]);
  });

  it('says so with one score, and with none', async () => {
    const one = await mount({ measures: [{ definition: phq9, points: weeks([12]) }] });
    expect(summary(one)).to.equal(
      'PHQ-9 (Patient Health Questionnaire): one score so far, 12 (Moderate) on 2 Mar 2026.',
    );
    const none = await fixture<IlOutcomeChart>(
      html`<il-outcome-chart .data=${{ measures: [] }}></il-outcome-chart>`,
    );
    expect(none.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.equal(
      'No questionnaire scores to show yet.',
    );
  });

  it('refuses totals off the scale, naming the path', async () => {
    const chart = await fixture<IlOutcomeChart>(
      html`<il-outcome-chart
        .data=${{ measures: [{ definition: phq9, points: weeks([31]) }] }}
      ></il-outcome-chart>`,
    );
    const notice = chart.shadowRoot!.querySelector('[part="configuration-notice"]')!.textContent!;
    expect(notice).to.include('measures[0].points[0].total');
    expect(notice).to.not.include('31');
  });

  it('reads scored submissions through the client and re-reads after a new score', async () => {
    const client = testClient({ role: 'clinician' });
    const answers = (value: number) => Object.fromEntries(phq9.items.map((item) => [item.id, value]));
    const save = (at: string, value: number) =>
      client.submissions.save(
        {
          id: crypto.randomUUID(),
          assignmentId: 'a-1',
          clientId: 'c-1',
          activity: { kind: 'measure', id: phq9.id, version: phq9.version },
          answers: answers(value),
          startedAt: at,
          submittedAt: at,
          timeZone: 'Europe/London',
          status: 'completed',
        } satisfies Submission,
        { definition: phq9 as MeasureDefinition },
      );
    await save('2026-03-02T10:00:00Z', 2);
    const chart = await mountWithClient<IlOutcomeChart>(
      html`<il-outcome-chart client-id="c-1" lang="en-GB" style="width: 600px"></il-outcome-chart>`,
      client,
    );
    await chart.settled();
    expect(summary(chart)).to.match(/one score so far, 18/);
    await save('2026-04-27T10:00:00+01:00', 1);
    await until(() => summary(chart).includes('went from 18 to 9'), 're-read');
    expect(summary(chart)).to.include('over 8 weeks: reliable improvement, recovered');
  });
});
