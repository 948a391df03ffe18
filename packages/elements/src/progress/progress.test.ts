import { expect, fixture, html } from '@open-wc/testing';
import { dailyMood } from '@interlude/content';
import type { Submission } from '@interlude/core';
import { mountWithClient, testClient } from '../shared/testing/test-client.js';
import { adherenceSample, dayAt } from '../shared/testing/chart-samples.js';
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
import type { IlProgress } from './progress.js';
import type { ProgressData } from './progress.types.js';

/** Fourteen days of mood: the first week at `before`, the second at `after`. */
function mood(before: number, after: number): ProgressData {
  return {
    series: {
      id: 'daily-mood/mood',
      label: 'Mood',
      direction: 'higher-is-better',
      min: 1,
      max: 5,
      points: Array.from({ length: 14 }, (_, day) => ({
        at: dayAt('2026-03-23T19:00:00Z', day),
        value: day < 7 ? before : after,
      })),
    },
    occurrences: adherenceSample(2, '2026-04-05').occurrences,
    now: '2026-04-05T21:00:00Z',
    timeZone: 'Europe/London',
  };
}

async function mount(data: ProgressData, dir: 'ltr' | 'rtl' = 'ltr'): Promise<IlProgress> {
  const wrapper = await fixture<HTMLElement>(
    html`<div dir=${dir} lang="en-GB" style="width: 420px"><il-progress .data=${data}></il-progress></div>`,
  );
  const chart = wrapper.querySelector('il-progress')!;
  await drawn(chart);
  return chart;
}

describe('il-progress', () => {
  it('passes axe, and right to left', async () => {
    await expect(await mount(mood(3, 4))).to.be.accessible();
    const rtl = await mount(mood(3, 4), 'rtl');
    await expect(rtl.parentElement!).to.be.accessible();
  });

  it('says what changed, in encouraging words', async () => {
    expect(summary(await mount(mood(2, 4)))).to.match(
      /^Your mood has been higher this week than the week before/,
    );
    expect(summary(await mount(mood(3, 3)))).to.match(/^Your mood has been steady/);
    const harder = summary(await mount(mood(4, 2)));
    expect(harder).to.match(
      /^This week your mood has been harder than the week before; it helps that you keep checking in/,
    );
  });

  it('never speaks of failing or missing, and draws in the accent colour only', async () => {
    const chart = await mount(mood(4, 2));
    const text = chart.shadowRoot!.textContent!.toLowerCase();
    expect(text).to.not.match(/fail|missed|behind/);
    const point = chart.shadowRoot!.querySelector<SVGElement>('.dots')!;
    const accent = getComputedStyle(chart).getPropertyValue('--il-color-accent').trim() || 'rgb(26, 95, 180)';
    expect(getComputedStyle(point).stroke).to.equal(accent.startsWith('#') ? 'rgb(26, 95, 180)' : accent);
    expect(chart.shadowRoot!.querySelector('.dots.outside')!.getAttribute('d')).to.equal('');
  });

  it('shows the streak and this week’s count', async () => {
    const chart = await mount(mood(3, 4));
    const streak = chart
      .shadowRoot!.querySelector('[part="streak"]')!
      .textContent!.replace(/\s+/g, ' ')
      .trim();
    expect(streak).to.match(/^\d+ activit(y|ies) done in a row$/);
    const week = chart.shadowRoot!.querySelector('[part="week"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(week).to.match(/^\d+ done this week$/);
  });

  it('lets the keyboard walk the values and toggles the table', async () => {
    const chart = await mount(mood(3, 4));
    tabStops(chart)[0]!.focus();
    expect(readOut(chart)).to.equal('Mood 4 of 5, Sun 5 Apr');
    await press(chart, 'ArrowLeft');
    expect(readOut(chart)).to.equal('Mood 4 of 5, Sat 4 Apr');
    const rows = await toggleTable(chart);
    expect(rows).to.have.length(14);
    expect(rows[0]).to.deep.equal(['Mon, 23 Mar 2026, 19:00', '3']);
  });

  it('invites a first check-in when there is none', async () => {
    const chart = await fixture<IlProgress>(html`<il-progress .data=${{ occurrences: [] }}></il-progress>`);
    expect(summary(chart)).to.equal('A few more check-ins and you will see how things change.');
    expect(chart.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.equal(
      'Your check-ins will appear here.',
    );
  });

  it('shows the signed-in client their own mood', async () => {
    const client = testClient({ role: 'client', now: () => '2026-04-05T21:00:00Z' });
    await client.definitions.put(dailyMood);
    for (let day = 0; day < 10; day += 1) {
      const at = dayAt('2026-03-27T19:00:00Z', day);
      await client.submissions.save({
        id: crypto.randomUUID(),
        assignmentId: 'a-1',
        clientId: 'c-1',
        activity: { kind: 'check-in', id: dailyMood.id, version: dailyMood.version },
        answers: { mood: day < 5 ? 2 : 4, distress: 3 },
        startedAt: at,
        submittedAt: at,
        timeZone: 'Europe/London',
        status: 'completed',
      } satisfies Submission);
    }
    const chart = await mountWithClient<IlProgress>(
      html`<il-progress lang="en-GB" style="width: 400px"></il-progress>`,
      client,
    );
    await chart.settled();
    await until(() => summary(chart).startsWith('Your mood'), 'read');
    expect(summary(chart)).to.match(/higher this week/);
    await drawn(chart);
    expect(chart.shadowRoot!.querySelector('.dots')!.getAttribute('d')!.match(/M/g)).to.have.length(10);
  });
});
