import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { dailyMood, ifsPartsCheckIn } from '@interlude/content';
import type { Submission } from '@interlude/core';
import { mountWithClient, testClient } from '../shared/testing/test-client.js';
import { dayAt, moodSample } from '../shared/testing/chart-samples.js';
import {
  drawn,
  focusedPoint,
  press,
  readOut,
  summary,
  tabStops,
  toggleTable,
  until,
} from '../shared/testing/chart-helpers.js';
import type { IlPointFocusEvent } from '../shared/events/index.js';
import './define.js';
import type { IlMoodChart } from './mood-chart.js';
import type { MoodChartData } from './mood-chart.types.js';

/** Distress over ten days with a spike to 9 on the last day, and one activity. */
function spike(): MoodChartData {
  const values = [3, 4, 3, 4, 3, 4, 3, 4, 3, 9];
  return {
    series: [
      {
        id: 'daily-mood/distress',
        label: 'Distress',
        direction: 'higher-is-worse',
        min: 0,
        max: 10,
        points: values.map((value, day) => ({ at: dayAt('2026-03-23T19:00:00Z', day), value })),
      },
    ],
    activities: [{ at: '2026-04-01T10:00:00Z', title: 'Values card sort' }],
    timeZone: 'Europe/London',
  };
}

async function mount(data: MoodChartData, attributes = html``): Promise<IlMoodChart> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang="en-GB" style="width: 640px">
      ${attributes}<il-mood-chart .data=${data}></il-mood-chart>
    </div>`,
  );
  const chart = wrapper.querySelector('il-mood-chart')!;
  await drawn(chart);
  return chart;
}

function checkIn(at: string, answers: Submission['answers']): Submission {
  return {
    id: crypto.randomUUID(),
    assignmentId: 'a-1',
    clientId: 'c-1',
    activity: { kind: 'check-in', id: dailyMood.id, version: dailyMood.version },
    answers,
    startedAt: at,
    submittedAt: at,
    timeZone: 'Europe/London',
    status: 'completed',
  };
}

describe('il-mood-chart', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  describe('accessibility', () => {
    it('passes axe with a year of two series', async () => {
      const chart = await mount(moodSample(365));
      await expect(chart).to.be.accessible();
    });

    it('passes axe right to left, in Arabic, with the table open', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl" lang="ar" style="width: 480px">
          <il-mood-chart .data=${spike()} table-open></il-mood-chart>
        </div>`,
      );
      await drawn(wrapper.querySelector('il-mood-chart')!);
      await expect(wrapper).to.be.accessible();
    });

    it('names the plot by its title and describes it with a one-sentence summary', async () => {
      const chart = await mount(spike(), html``);
      const svg = chart.shadowRoot!.querySelector('svg[part="svg"]')!;
      expect(svg.getAttribute('role')).to.equal('group');
      const root = chart.shadowRoot;
      expect(root!.getElementById(svg.getAttribute('aria-labelledby')!)!.textContent).to.equal(
        'Check-ins over time',
      );
      expect(svg.getAttribute('aria-describedby')).to.equal('summary');
      expect(summary(chart)).to.equal(
        '10 check-ins from 23 Mar 2026 to 1 Apr 2026; latest: Distress 9, above usual (3–4).',
      );
      expect(summary(chart).match(/\./g)).to.have.length(1);
    });

    it('has one tab stop per lane, on the latest point, named with its read-out', async () => {
      const chart = await mount(spike());
      const stops = tabStops(chart);
      expect(stops).to.have.length(2);
      expect(stops.map((stop) => stop.getAttribute('role'))).to.deep.equal(['img', 'img']);
      expect(stops[0]!.getAttribute('aria-label')).to.equal('Values card sort completed, Wed 1 Apr, 11:00');
      expect(stops[1]!.getAttribute('aria-label')).to.equal(
        'Distress 9 of 10, Wed 1 Apr, 20:00, above usual (3–4)',
      );
      // Only the tab stops carry names: 730 points do not mean 730 labels (or 730 nodes).
      expect(chart.shadowRoot!.querySelectorAll('[aria-label]')).to.have.length(2);
    });

    it('does not tell outside from inside by colour alone: outside values are squares', async () => {
      const chart = await mount(spike());
      const outside = chart.shadowRoot!.querySelector('.dots.outside')!;
      expect(outside.getAttribute('d')!.match(/M/g)).to.have.length(1);
      expect(getComputedStyle(outside).strokeLinecap).to.equal('square');
      const inside = chart.shadowRoot!.querySelector('.dots:not(.outside):not(.activity)')!;
      expect(inside.getAttribute('d')!.match(/M/g)).to.have.length(9);
      expect(getComputedStyle(inside).strokeLinecap).to.equal('round');
    });
  });

  describe('keyboard', () => {
    it('moves through the points with the arrow keys, Home and End', async () => {
      const chart = await mount(spike());
      tabStops(chart)[1]!.focus();
      expect(readOut(chart)).to.match(/^Distress 9 of 10, Wed 1 Apr/);
      await press(chart, 'ArrowLeft');
      expect(readOut(chart)).to.match(/^Distress 3 of 10, Tue 31 Mar/);
      expect(focusedPoint(chart)!.getAttribute('data-i')).to.equal('8');
      await press(chart, 'Home');
      expect(readOut(chart)).to.match(/^Distress 3 of 10, Mon 23 Mar, 19:00, no baseline yet/);
      await press(chart, 'PageDown');
      expect(focusedPoint(chart)!.getAttribute('data-i')).to.equal('7');
      await press(chart, 'End');
      expect(focusedPoint(chart)!.getAttribute('data-i')).to.equal('9');
      // Still one tab stop in the lane, now where the person left it.
      expect(tabStops(chart)).to.have.length(2);
    });

    it('moves between the activity lane and the series with Up and Down', async () => {
      const chart = await mount(spike());
      tabStops(chart)[1]!.focus();
      await press(chart, 'ArrowUp');
      expect(readOut(chart)).to.equal('Values card sort completed, Wed 1 Apr, 11:00');
      await press(chart, 'ArrowDown');
      expect(readOut(chart)).to.match(/^Distress 9 of 10/);
    });

    it('swaps Left and Right in right-to-left layouts', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl" style="width: 480px"><il-mood-chart .data=${spike()}></il-mood-chart></div>`,
      );
      const chart = wrapper.querySelector('il-mood-chart')!;
      await drawn(chart);
      tabStops(chart)[1]!.focus();
      await press(chart, 'ArrowRight');
      expect(focusedPoint(chart)!.getAttribute('data-i')).to.equal('8');
      await press(chart, 'ArrowLeft');
      expect(focusedPoint(chart)!.getAttribute('data-i')).to.equal('9');
    });

    it('shows the read-out as a tooltip while a point has focus, and Escape hides it', async () => {
      const chart = await mount(spike());
      tabStops(chart)[1]!.focus();
      await chart.updateComplete;
      const tooltip = () => chart.shadowRoot!.querySelector('[part="tooltip"]');
      expect(tooltip()?.textContent?.trim()).to.equal(readOut(chart));
      expect(chart.shadowRoot!.querySelector('.focus-ring')).to.not.equal(null);
      await press(chart, 'Escape');
      expect(tooltip()).to.equal(null);
      await press(chart, 'ArrowLeft');
      expect(tooltip()?.textContent?.trim()).to.match(/^Distress 3 of 10/);
    });

    it('fires il-point-focus with the point it reached', async () => {
      const chart = await mount(spike());
      const events: IlPointFocusEvent[] = [];
      document.addEventListener('il-point-focus', (event) => events.push(event), { once: true });
      tabStops(chart)[1]!.focus();
      await chart.updateComplete;
      expect(events).to.have.length(1);
      expect(events[0]!.detail).to.include({ series: 'Distress', index: 9 });
      expect(events[0]!.detail.at).to.equal(Date.parse(dayAt('2026-03-23T19:00:00Z', 9)));
      expect(events[0]!.composed).to.equal(true);
    });
  });

  describe('data table', () => {
    it('toggles a table of every value and activity, in time order', async () => {
      const chart = await mount(spike());
      const button = chart.shadowRoot!.querySelector('[part="table-toggle"]')!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(chart.shadowRoot!.querySelector('table')).to.equal(null);
      const rows = await toggleTable(chart);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.textContent?.trim()).to.equal('Hide data table');
      expect(rows).to.have.length(11);
      expect(rows[0]).to.deep.equal(['Mon, 23 Mar 2026, 19:00', 'Distress', '3', 'no baseline yet', '']);
      expect(rows[9]).to.deep.equal([
        'Wed, 1 Apr 2026, 11:00',
        'Activity completed',
        'Values card sort',
        '',
        '',
      ]);
      expect(rows[10]).to.deep.equal(['Wed, 1 Apr 2026, 20:00', 'Distress', '9', 'usual 3–4', 'above usual']);
      expect(chart.shadowRoot!.querySelector('caption')!.textContent!.trim()).to.equal('Check-ins over time');
      expect(await toggleTable(chart)).to.deep.equal([]);
    });
  });

  describe('series', () => {
    it('draws a panel per series and hides one when its box is unticked', async () => {
      const chart = await mount(moodSample(30));
      expect(chart.shadowRoot!.querySelectorAll('.panel')).to.have.length(2);
      const boxes = chart.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
      expect([...boxes].map((box) => box.parentElement!.textContent!.trim())).to.deep.equal([
        'Mood',
        'Distress',
      ]);
      boxes[0]!.click();
      await chart.updateComplete;
      expect(chart.shadowRoot!.querySelectorAll('.panel')).to.have.length(1);
      expect(summary(chart)).to.not.include('Mood');
    });

    it('shows only the series named in `series`', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 500px">
          <il-mood-chart series="daily-mood/distress" .data=${moodSample(20)}></il-mood-chart>
        </div>`,
      );
      const chart = wrapper.querySelector('il-mood-chart')!;
      await drawn(chart);
      expect(chart.shadowRoot!.querySelectorAll('.panel')).to.have.length(1);
    });
  });

  describe('states', () => {
    it('says so when there is nothing to chart', async () => {
      const chart = await fixture<IlMoodChart>(html`<il-mood-chart .data=${{ series: [] }}></il-mood-chart>`);
      expect(chart.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.equal(
        'No check-ins to show yet.',
      );
      expect(summary(chart)).to.equal('No check-ins to show yet.');
    });

    it('draws a single point in the middle of a week', async () => {
      const one = spike();
      const chart = await mount({
        series: [{ ...one.series[0]!, points: one.series[0]!.points.slice(0, 1) }],
      });
      const point = chart.shadowRoot!.querySelector<SVGGraphicsElement>('.point')!;
      const box = point.getBoundingClientRect();
      const plot = chart.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
      expect(Math.abs(box.x + box.width / 2 - (plot.x + plot.width / 2))).to.be.below(40);
    });

    it('breaks the line at a gap of several days', async () => {
      const data = moodSample(30, { gaps: [[10, 16]] });
      const chart = await mount({ series: [data.series[1]!] });
      const d = chart.shadowRoot!.querySelector('.line')!.getAttribute('d')!;
      expect(d.match(/M/g)).to.have.length(2);
    });

    it('refuses invalid data with a notice naming the path, never the value', async () => {
      const bad = spike();
      const data = {
        series: [{ ...bad.series[0]!, points: [{ at: 'not a date', value: 12345 }] }],
      } as unknown as MoodChartData;
      const chart = await fixture<IlMoodChart>(html`<il-mood-chart .data=${data}></il-mood-chart>`);
      const notice = chart.shadowRoot!.querySelector('[part="configuration-notice"]')!;
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(notice.textContent).to.include('series[0].points[0].at');
      expect(notice.textContent).to.include('series[0].points[0].value');
      expect(notice.textContent).to.not.include('12345');
      expect(notice.textContent).to.not.include('not a date');
      expect(chart.configurationError?.issues.map((issue) => issue.path.join('.'))).to.include.members([
        'series.0.points.0.at',
      ]);
    });

    it('shows the not-connected notice without a provider or data', async () => {
      const chart = await fixture<IlMoodChart>(html`<il-mood-chart client-id="c-1"></il-mood-chart>`);
      expect(chart.shadowRoot!.querySelector('[part="configuration-notice"]')!.textContent).to.include(
        'not connected',
      );
    });

    it('dates points in the client’s time zone, not the viewer’s', async () => {
      const late = spike();
      // 22:30 UTC on Thursday 2 April is already Friday in Berlin but still Thursday in London.
      const series = [{ ...late.series[0]!, points: [{ at: '2026-04-02T22:30:00Z', value: 3 }] }];
      const london = await mount({ series, timeZone: 'Europe/London' });
      expect(tabStops(london)[0]!.getAttribute('aria-label')).to.include('Thu 2 Apr, 23:30');
      const berlin = await mount({ series, timeZone: 'Europe/Berlin' });
      expect(tabStops(berlin)[0]!.getAttribute('aria-label')).to.include('Fri 3 Apr, 00:30');
    });

    it('puts the time ticks on the client’s midnights and labels them with the client’s dates', async () => {
      // Points at local midnight on five days, in zones far from each other and from the browser's.
      const midnights = {
        'Pacific/Auckland': '2026-03-23T11:00:00Z', // 24 Mar 00:00 in Auckland
        'America/Los_Angeles': '2026-03-24T07:00:00Z', // 24 Mar 00:00 in Los Angeles
      } as const;
      for (const [zone, start] of Object.entries(midnights)) {
        const series = [
          {
            ...spike().series[0]!,
            points: [0, 1, 2, 3, 4].map((day) => ({ at: dayAt(start, day), value: 3 })),
          },
        ];
        const chart = await mount({ series });
        chart.setAttribute('time-zone', zone);
        await chart.updateComplete;
        const root = chart.shadowRoot!;
        // Each dot's pixel x: its data x under the plot group's transform.
        const [k, , , , e] = root
          .querySelector('.panel .data')!
          .getAttribute('transform')!
          .match(/-?[\d.]+/g)!
          .map(Number);
        const dots = [
          ...root
            .querySelector('.dots.round')!
            .getAttribute('d')!
            .matchAll(/M([\d.]+) /g),
        ].map(([, x]) => k! * Number(x) + e!);
        const ticks = [...root.querySelectorAll<SVGTextElement>('.axis-x .tick-label')].map((label) => ({
          x: Number(label.getAttribute('x')),
          label: label.textContent!.trim(),
        }));
        expect(
          ticks.map((tick) => tick.label),
          zone,
        ).to.deep.equal(['24 Mar', '25 Mar', '26 Mar', '27 Mar', '28 Mar']);
        ticks.forEach((tick, day) => expect(tick.x, `${zone} ${tick.label}`).to.be.closeTo(dots[day]!, 0.01));
        expect(summary(chart), zone).to.include('from 24 Mar 2026 to 28 Mar 2026');
      }
    });

    it('follows its container’s width (ResizeObserver)', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 300px"><il-mood-chart .data=${spike()}></il-mood-chart></div>`,
      );
      const chart = wrapper.querySelector('il-mood-chart')!;
      await drawn(chart);
      const svg = () => chart.shadowRoot!.querySelector('svg[part="svg"]')!;
      expect(svg().getAttribute('width')).to.equal('300');
      wrapper.style.width = '520px';
      await until(() => svg().getAttribute('width') === '520', 'resized');
    });
  });

  describe('appending', () => {
    it('adds one point without touching the ones drawn before', async () => {
      const data = spike();
      const chart = await mount(data);
      const panel = () => chart.shadowRoot!.querySelectorAll('.panel .data')[0]!;
      const nodes = [...panel().children];
      const dots = panel().querySelector('.dots:not(.outside)')!.getAttribute('d')!;
      const series = data.series[0]!;
      chart.data = {
        ...data,
        series: [
          { ...series, points: [...series.points, { at: dayAt('2026-03-23T19:00:00Z', 10), value: 4 }] },
        ],
      };
      await chart.updateComplete;
      // The same nodes; the earlier dots keep their coordinates (the plot's transform absorbs
      // the wider time range) and the new one is appended to the path.
      const after = [...panel().children];
      expect(after.slice(0, 4)).to.deep.equal(nodes.slice(0, 4));
      const grown = panel().querySelector('.dots:not(.outside)')!.getAttribute('d')!;
      expect(grown.startsWith(dots)).to.equal(true);
      expect(grown.slice(dots.length)).to.equal('M10.7917 4h0'); // day 10, 19:00
    });
  });

  describe('from the client', () => {
    it('reads tracked check-in values and completed activities, and re-reads after a save', async () => {
      const client = testClient({ role: 'clinician' });
      await client.definitions.put(dailyMood);
      for (let day = 0; day < 6; day += 1) {
        await client.submissions.save(checkIn(dayAt('2026-03-23T19:00:00Z', day), { mood: 3, distress: 4 }));
      }
      const chart = await mountWithClient<IlMoodChart>(
        html`<il-mood-chart client-id="c-1" style="width: 600px"></il-mood-chart>`,
        client,
      );
      await chart.settled();
      await drawn(chart);
      expect(chart.shadowRoot!.querySelectorAll('.panel')).to.have.length(2);
      expect(summary(chart)).to.match(/^6 check-ins/);
      await client.submissions.save(checkIn(dayAt('2026-03-23T19:00:00Z', 6), { mood: 1, distress: 9 }));
      await until(() => summary(chart).startsWith('7 check-ins'), 're-read');
      expect(summary(chart)).to.include('Distress 9, above usual (4–4)');
      expect(summary(chart)).to.include('Mood 1, below usual (3–3)');
    });

    it('draws only what the client answered, not every template in the catalogue', async () => {
      const client = testClient({ role: 'clinician' });
      await client.definitions.put(dailyMood);
      await client.definitions.put(ifsPartsCheckIn);
      await client.submissions.save(checkIn('2026-03-23T19:00:00Z', { mood: 3, distress: 4 }));
      const chart = await mountWithClient<IlMoodChart>(
        html`<il-mood-chart client-id="c-1" style="width: 600px"></il-mood-chart>`,
        client,
      );
      await chart.settled();
      await drawn(chart);
      expect(chart.shadowRoot!.querySelectorAll('.panel')).to.have.length(2);
      expect(chart.shadowRoot!.querySelectorAll('input[type="checkbox"]')).to.have.length(2);
    });
  });

  describe('memory', () => {
    it('leaves nothing behind after being mounted and removed many times', async () => {
      const gc = (globalThis as { gc?: () => void }).gc;
      expect(gc, 'Chromium runs with --js-flags=--expose-gc').to.be.a('function');
      const client = testClient({ role: 'clinician' });
      await client.definitions.put(dailyMood);
      await client.submissions.save(checkIn('2026-03-23T19:00:00Z', { mood: 3, distress: 4 }));
      const refs: WeakRef<Element>[] = [];
      for (let round = 0; round < 20; round += 1) {
        // Mounted by hand: a lit fixture keeps its last render (and so the element) alive.
        const provider = document.createElement('il-provider');
        provider.client = client;
        const chart = document.createElement('il-mood-chart');
        chart.clientId = 'c-1';
        chart.style.width = '400px';
        provider.append(chart);
        document.body.append(provider);
        await chart.updateComplete;
        await chart.settled();
        await drawn(chart);
        // The chart's own key handling, as a key press runs it (tooltip, tab stop, focus), without
        // a round trip to the test runner per round: twenty of those made the test's duration,
        // and so its timeout, depend on the machine's load.
        const stop = tabStops(chart)[0]!;
        stop.focus();
        stop.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true }));
        await chart.updateComplete;
        await chart.updateComplete;
        expect(focusedPoint(chart)).to.equal(tabStops(chart)[0]);
        expect(chart.shadowRoot!.querySelector('[part="tooltip"]')).to.not.equal(null);
        chart.tableOpen = true;
        await chart.updateComplete;
        refs.push(new WeakRef(chart));
        provider.remove();
      }
      // Counted collections, not a time limit: each one after the pending tasks have run.
      for (let attempt = 0; attempt < 40 && refs.slice(0, -1).some((ref) => ref.deref()); attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        gc!();
      }
      // The engine may keep the very last one reachable a little longer; none before it.
      expect(refs.slice(0, -1).filter((ref) => ref.deref() !== undefined)).to.have.length(0);
    });
  });
});
