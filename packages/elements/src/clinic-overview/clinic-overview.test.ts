import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CLINIC_CSV_COLUMNS, type ClinicClient } from '@interlude/core';
import { mountWithClient } from '../shared/testing/test-client.js';
import { sampleClinician } from '../shared/testing/clinician-samples.js';
import {
  SAMPLE_CLINICIAN_NAMES as NAMES,
  SAMPLE_ROSTER as ROSTER,
} from '../shared/testing/clinic-samples.js';
import { deepActive, until } from '../shared/testing/interaction.js';
import type { IlClinicExportEvent } from '../shared/events/clinic-export.js';
import './define.js';
import type { IlClinicOverview } from './clinic-overview.js';

type Client = Awaited<ReturnType<typeof sampleClinician>>;

async function mountOverview(
  client: Client,
  options: { roster?: readonly ClinicClient[]; min?: number; lang?: string; dir?: 'ltr' | 'rtl' } = {},
) {
  const overview = await mountWithClient<IlClinicOverview>(
    html`<il-clinic-overview
      lang=${options.lang ?? 'en'}
      dir=${options.dir ?? 'ltr'}
      .roster=${options.roster}
      .minGroupSize=${options.min}
      .clinicianNames=${NAMES}
    ></il-clinic-overview>`,
    client,
  );
  await overview.settled();
  await until(() => overview.shadowRoot!.querySelector('.overview') !== null);
  await overview.updateComplete;
  return overview;
}

const root = (overview: IlClinicOverview) => overview.shadowRoot!;
const text = (element: Element | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rows = (overview: IlClinicOverview, kind: string) =>
  [...root(overview).querySelectorAll(`[role="region"][aria-labelledby="groups-${kind}"] tbody tr`)].map(
    (row) => [...row.children].map((cell) => text(cell)),
  );

describe('il-clinic-overview', () => {
  it('shows the whole clinic and each clinician: active clients, completion and median PHQ-9 change; axe clean', async () => {
    const overview = await mountOverview(await sampleClinician());
    await expect(overview).to.be.accessible();
    expect(text(root(overview).querySelector('[role="heading"][aria-level="2"]'))).to.equal(
      'Clinic overview',
    );
    const figures = text(root(overview).querySelector('[part="figures"]'));
    expect(figures).to.include('Active clients 5 / 6'); // c-busy's first exercises fall due only now
    expect(figures).to.include('Median improvement on PHQ-9 -2 points 3 clients with two scores');
    const [clinician] = rows(overview, 'clinician');
    expect(clinician?.slice(0, 3)).to.deep.equal(['Dr. Ana Silva', '6', '5']);
    expect(clinician?.[4]).to.equal('3');
    expect(clinician?.[5]).to.equal('-2');
    expect(root(overview).querySelector('[aria-labelledby="groups-cohort"]')).to.equal(null);
    expect(text(root(overview).querySelector('.range'))).to.match(/^From .* 2026 to Mar 30, 2026$/);
  });

  it('suppresses groups smaller than the minimum in the tables, the scatter and the export', async () => {
    const overview = await mountOverview(await sampleClinician(), { roster: ROSTER });
    expect(rows(overview, 'clinician')).to.deep.equal([
      ['Dr. Ana Silva', '3', 'Fewer than 5 clients: not shown'],
      ['Dr. Ben Okoro', '3', 'Fewer than 5 clients: not shown'],
    ]);
    expect(rows(overview, 'cohort').map((row) => row[2])).to.deep.equal([
      'Fewer than 5 clients: not shown',
      'Fewer than 5 clients: not shown',
    ]);
    expect(text(root(overview).querySelector('[part="empty"]'))).to.equal(
      'No group is large enough, with scores, to plot.',
    );
    const exported = oneEvent(overview, 'il-clinic-export') as Promise<IlClinicExportEvent>;
    overview.addEventListener('il-clinic-export', (event) => event.preventDefault(), { once: true });
    root(overview).querySelector<HTMLButtonElement>('.export')!.click();
    const { detail } = await exported;
    expect(detail.filename).to.equal('clinic-overview-2026-03-30.csv');
    const lines = detail.csv.trim().split('\r\n');
    expect(lines[0]).to.equal(CLINIC_CSV_COLUMNS.join(','));
    const clinicianLines = lines.filter((line) => line.startsWith('clinician,'));
    expect(clinicianLines).to.have.length(2);
    for (const line of clinicianLines) expect(line).to.match(/^clinician,t-\d,true,3,,,,,,,,,,,,,,,,,/);
    await expect(overview).to.be.accessible();
  });

  it('exports CSV as a download unless a listener takes it', async () => {
    const overview = await mountOverview(await sampleClinician());
    const original = URL.createObjectURL;
    const blobs: Blob[] = [];
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return original.call(URL, blob);
    };
    try {
      const exported = oneEvent(overview, 'il-clinic-export') as Promise<IlClinicExportEvent>;
      root(overview).querySelector<HTMLButtonElement>('.export')!.click();
      const { detail } = await exported;
      expect(blobs).to.have.length(1);
      expect(await blobs[0]!.text()).to.equal(detail.csv);
      expect(detail.csv).to.equal(overview.toCsv());
    } finally {
      URL.createObjectURL = original;
    }
    await overview.updateComplete;
    expect(text(root(overview).querySelector('.visually-hidden[role="status"]'))).to.equal(
      'Exported clinic-overview-2026-03-30.csv.',
    );
  });

  it('plots completion against improvement per group, keyboard navigable, with a summary and a data table', async () => {
    const overview = await mountOverview(await sampleClinician(), { roster: ROSTER, min: 2 });
    await until(() => root(overview).querySelector('[part~="mark"]') !== null);
    expect(text(root(overview).querySelector('[part="summary"]'))).to.match(
      /^(Clients who completed more|Clients who completed more between sessions tended to improve less|Completion and improvement showed no clear relation).* on PHQ-9 \(Spearman ρ -?[\d.]+, 3 clients\)\. An association, not a cause\.$/,
    );
    expect(text(root(overview).querySelector('[part="title"]'))).to.equal(
      'Completion and improvement on PHQ-9',
    );
    const stops = [...root(overview).querySelectorAll<SVGElement>('[data-s][tabindex="0"]')];
    expect(stops).to.have.length(2); // one tab stop per series: clinicians, cohorts
    const cohorts = stops.find((stop) => stop.getAttribute('data-s') === '1')!;
    cohorts.focus();
    await overview.updateComplete;
    // The tab stop starts at the last (highest completion) mark; Home goes to the first.
    await sendKeys({ press: 'Home' });
    await overview.updateComplete;
    const first = deepActive()!;
    expect(first.getAttribute('role')).to.equal('img');
    const firstName = first.getAttribute('aria-label')!;
    expect(firstName).to.match(
      /^(Pilot|Waitlist): completion \d+%, median improvement [+-]?\d+ points \(\d with two scores\)$/,
    );
    await sendKeys({ press: 'ArrowRight' });
    await overview.updateComplete;
    expect(deepActive()!.getAttribute('aria-label')).to.not.equal(firstName);
    expect(deepActive()!.getAttribute('aria-label')).to.match(/^(Pilot|Waitlist): /);
    await sendKeys({ press: 'ArrowUp' });
    await overview.updateComplete;
    expect(deepActive()!.getAttribute('aria-label')).to.match(/^Dr\. (Ana Silva|Ben Okoro): completion/);
    expect(text(root(overview).querySelector('[part="tooltip"]'))).to.equal(
      deepActive()!.getAttribute('aria-label'),
    );
    root(overview).querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
    await overview.updateComplete;
    const table = [...root(overview).querySelectorAll('#data-table tbody tr')].map((row) =>
      text(row.firstElementChild),
    );
    expect(table).to.include.members(['Pilot', 'Waitlist']);
    await expect(overview).to.be.accessible();
  });

  it('switches the questionnaire and the period with native pickers', async () => {
    const overview = await mountOverview(await sampleClinician());
    const measure = root(overview).querySelector<HTMLSelectElement>('#measure')!;
    expect([...measure.options].map((option) => option.textContent!.trim())).to.deep.equal([
      'PHQ-9',
      'GAD-7',
    ]);
    measure.value = 'gad-7';
    measure.dispatchEvent(new Event('change'));
    await overview.updateComplete;
    expect(overview.measure).to.equal('gad-7');
    expect(text(root(overview).querySelector('[part="figures"]'))).to.include(
      'Median improvement on GAD-7 -10 points 1 client with two scores',
    );
    const period = root(overview).querySelector<HTMLSelectElement>('#period')!;
    period.value = '4';
    period.dispatchEvent(new Event('change'));
    await overview.settled();
    await overview.updateComplete;
    expect(overview.weeks).to.equal(4);
    expect(text(root(overview).querySelector('.range'))).to.equal('From Mar 2, 2026 to Mar 30, 2026');
  });

  it('shows figures handed in as data, and names the path of invalid data', async () => {
    const client = await sampleClinician();
    const report = await client.caseload.aggregates({
      from: '2026-01-05T00:00:00+01:00',
      to: '2026-03-30T09:00:00+02:00',
    });
    const overview = await fixture<IlClinicOverview>(
      html`<il-clinic-overview .data=${{ report }}></il-clinic-overview>`,
    );
    await overview.updateComplete;
    expect(report.overall.suppressed).to.equal(false);
    const active = report.overall.suppressed ? -1 : report.overall.activeClients;
    expect(text(overview.shadowRoot!.querySelector('[part="figures"]'))).to.include(
      `Active clients ${active} / 6`,
    );
    // No definitions given: the measure is named by its id.
    expect(text(overview.shadowRoot!.querySelector('[part="figures"]'))).to.include(
      'Median improvement on phq-9',
    );
    overview.data = {
      report: {
        ...report,
        clinicians: [{ kind: 'clinician', key: 't-1', suppressed: false, clientCount: -1 }],
      },
    } as never;
    await overview.updateComplete;
    const notice = text(overview.shadowRoot!.querySelector('[part="configuration-notice"]'));
    expect(notice).to.include('report.clinicians[0]');
    expect(overview.configurationError?.name).to.equal('ValidationError');
  });

  it('speaks Arabic right to left with the axis on the right; axe clean', async () => {
    const overview = await mountOverview(await sampleClinician(), {
      roster: ROSTER,
      min: 2,
      lang: 'ar',
      dir: 'rtl',
    });
    await until(() => text(root(overview).querySelector('[role="heading"]')) === 'نظرة عامة على العيادة');
    expect(root(overview).querySelector('.overview')!.getAttribute('dir')).to.equal('rtl');
    expect(text(root(overview).querySelector('.export'))).to.equal('تصدير بصيغة CSV');
    // A change keeps its sign before the number in right-to-left text (a directional mark).
    expect(rows(overview, 'clinician')[0]?.[5]).to.match(/^[\u200e\u061c]-2$/);
    await until(() => root(overview).querySelector('.axis-y .tick-label') !== null);
    const label = root(overview).querySelector<SVGTextElement>('.axis-y .tick-label')!;
    const plotWidth = Number(root(overview).querySelector('svg[part="svg"]')!.getAttribute('width'));
    expect(Number(label.getAttribute('x'))).to.be.greaterThan(plotWidth / 2);
    await expect(overview).to.be.accessible();
  });

  it('shows the configuration notice without a client, and an empty state for an empty caseload', async () => {
    const bare = await fixture<IlClinicOverview>(html`<il-clinic-overview></il-clinic-overview>`);
    expect(text(bare.shadowRoot!.querySelector('[part="configuration-notice"]'))).to.include('not connected');
    const empty = await mountOverview(await sampleClinician([]));
    expect(text(root(empty).querySelector('.empty'))).to.equal('No clients with assignments in this period.');
    await expect(empty).to.be.accessible();
  });
});
