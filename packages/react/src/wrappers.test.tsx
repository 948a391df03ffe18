// Every @interlude/react wrapper rendered by React in Chromium: the element is defined and
// upgraded, props arrive as properties, and the element's events reach the typed `on…`
// callbacks (each assertion reads the event's typed `detail`, so the types are exercised too).
import { expect } from '@open-wc/testing';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { createRef, type ComponentType, type ReactElement } from 'react';
import { getCheckInTemplate, getMeasure, phq9 } from '@interlude/content';
import { createInterlude, memoryStore, type Interlude } from '@interlude/store';
import type { IlActivityOpenEvent, IlPointFocusEvent, IlSubmitEvent } from '@interlude/elements';
// Test fixtures of the elements package (not shipped): a client with a seeded week, chart data.
import { seededClient } from '../../elements/src/shared/testing/seed.js';
import {
  adherenceSample,
  moodSample,
  weeklyTotals,
} from '../../elements/src/shared/testing/chart-samples.js';
import { drawn, tabStops } from '../../elements/src/shared/testing/chart-helpers.js';
import { press, tabUntil, until } from '../../elements/src/shared/testing/interaction.js';
import * as wrappers from './index.js';
import {
  IlAdherenceChart,
  IlCheckIn,
  IlChoiceGroup,
  IlCrisisResources,
  IlMeasureForm,
  IlMoodChart,
  IlOutcomeChart,
  IlProgress,
  IlProvider,
  IlRatingScale,
  IlReminderSettings,
  IlSlider,
  IlToday,
  type IlSliderElement,
} from './index.js';

let root: Root | undefined;
let host: HTMLElement | undefined;
const clients: Interlude[] = [];

/** Renders `element` with React into a fresh container (flushed, so the DOM is there on return). */
function render(element: ReactElement): HTMLElement {
  host = document.createElement('div');
  host.style.width = '640px';
  host.lang = 'en-GB';
  document.body.append(host);
  root = createRoot(host);
  flushSync(() => root!.render(element));
  return host;
}

function client(role: 'client' | 'clinician' = 'client'): Interlude {
  const created = createInterlude({
    user: { id: role === 'client' ? 'c-1' : 't-1', role, timeZone: 'Europe/London' },
    store: memoryStore(),
    sync: { autoStart: false },
  });
  clients.push(created);
  return created;
}

/** The first `tag` in the container, once it has rendered. */
async function find<K extends keyof HTMLElementTagNameMap>(tag: K): Promise<HTMLElementTagNameMap[K]> {
  await until(() => host!.querySelector(tag) !== null);
  const element = host!.querySelector(tag)!;
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return element;
}

afterEach(async () => {
  root?.unmount();
  host?.remove();
  root = undefined;
  await Promise.all(clients.splice(0).map((created) => created.close()));
});

describe('@interlude/react', () => {
  it('every wrapper renders its own defined element, forwards ref, className and style, and names itself', () => {
    const components = Object.entries(wrappers) as [string, ComponentType & { displayName?: string }][];
    expect(components.length).to.be.greaterThan(12);
    for (const [name, Component] of components) {
      const ref = createRef<HTMLElement>();
      const Wrapper = Component as ComponentType<{
        ref: typeof ref;
        className: string;
        style: { marginTop: string };
      }>;
      render(<Wrapper ref={ref} className="vendor-card" style={{ marginTop: '3px' }} />);
      const element = ref.current!;
      expect(element, name).to.be.instanceOf(HTMLElement);
      expect(element.localName.startsWith('il-'), name).to.equal(true);
      expect(customElements.get(element.localName), name).to.equal(element.constructor);
      expect(element.parentElement, name).to.equal(host);
      expect(element.getAttribute('class'), name).to.equal('vendor-card');
      expect(element.style.marginTop, name).to.equal('3px');
      expect(Component.displayName, name).to.equal(name);
      root!.unmount();
      host!.remove();
    }
    root = undefined;
  });

  it('IlProvider hands its client to the elements inside it; objects arrive as properties', async () => {
    const template = getCheckInTemplate('daily-mood')!;
    const own = client();
    render(
      <IlProvider client={own}>
        <IlCheckIn template={template} headingLevel={3} />
      </IlProvider>,
    );
    const provider = await find('il-provider');
    expect(provider.client).to.equal(own);
    await until(() => provider.getAttribute('state') === 'ready');
    const checkIn = await find('il-check-in');
    expect(checkIn.template).to.equal(template); // the same object: a property, not an attribute
    expect(checkIn.headingLevel).to.equal(3);
    await checkIn.whenResumed();
    const title = checkIn.shadowRoot!.querySelector('[part="title"]')!;
    expect([title.getAttribute('role'), title.getAttribute('aria-level')]).to.deep.equal(['heading', '3']);
  });

  it('IlCheckIn: onIlAnswerChange, onIlDraftSaved and onIlSubmit receive the typed events', async () => {
    const own = client();
    const answers: string[] = [];
    const drafts: number[] = [];
    const submitted: IlSubmitEvent[] = [];
    render(
      <IlCheckIn
        client={own}
        template={getCheckInTemplate('daily-mood')!}
        onIlAnswerChange={(event) => answers.push(`${event.detail.itemId}=${String(event.detail.value)}`)}
        onIlDraftSaved={(event) => drafts.push(event.detail.draft.revision)}
        onIlSubmit={(event) => submitted.push(event)}
      />,
    );
    const checkIn = await find('il-check-in');
    await checkIn.whenResumed();
    checkIn.focus();
    const mood = checkIn.shadowRoot!.querySelector('[data-item="mood"]')!;
    await tabUntil((active) => (active.getRootNode() as ShadowRoot).host === mood);
    await press('ArrowRight');
    const distress = checkIn.shadowRoot!.querySelector('[data-item="distress"]')!;
    await tabUntil((active) => (active.getRootNode() as ShadowRoot).host === distress);
    await press('End');
    await until(() => drafts.length > 0);
    await tabUntil((active) => active.getAttribute('part') === 'submit');
    await press('Enter');
    await until(() => submitted.length === 1);
    expect(answers[0]).to.equal('mood=2');
    expect(submitted[0]!.detail.submission.activity.id).to.equal('daily-mood');
    expect(submitted[0]!.detail.submission.answers).to.include({ mood: 2, distress: 10 });
    expect((await own.submissions.list()).map((saved) => saved.id)).to.deep.equal([
      submitted[0]!.detail.submission.id,
    ]);
  });

  it('IlMeasureForm: onIlCrisisShown fires when the risk item is endorsed, onIlSubmit carries the score', async () => {
    const own = client();
    const crisis: string[] = [];
    const scores: (number | null | undefined)[] = [];
    render(
      <IlMeasureForm
        client={own}
        definition={getMeasure('phq-9')!}
        crisisRegion="GB"
        showScore
        onIlCrisisShown={(event) => crisis.push(`${event.detail.itemId}:${event.detail.resources.region}`)}
        onIlSubmit={(event) => scores.push(event.detail.score?.total)}
      />,
    );
    const form = await find('il-measure-form');
    await form.whenResumed();
    for (const item of phq9.items) {
      // Each question is a native radio group in the form's shadow root: focus its first answer.
      const first = form.shadowRoot!.querySelector<HTMLInputElement>(
        `[data-item="${item.id}"] input[type="radio"]`,
      )!;
      first.focus();
      await press(item.id === 'phq9-9' ? 'ArrowDown' : ' ');
    }
    await until(() => crisis.length === 1);
    expect(crisis).to.deep.equal(['phq9-9:GB']);
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await until(() => scores.length === 1);
    expect(scores).to.deep.equal([1]);
  });

  it('IlToday: onIlActivityOpen says which assignment and activity the person opened', async () => {
    const seeded = await seededClient();
    clients.push(seeded);
    const opened: IlActivityOpenEvent[] = [];
    render(<IlToday client={seeded} onIlActivityOpen={(event) => opened.push(event)} />);
    const today = await find('il-today');
    await today.settled();
    today.shadowRoot!.querySelector<HTMLButtonElement>('[data-section="dueNow"] button')!.click();
    await until(() => opened.length === 1);
    expect(opened[0]!.detail.activity).to.deep.equal({
      kind: 'check-in',
      id: 'daily-mood',
      version: '1.0.0',
    });
    expect(opened[0]!.detail.assignment.clientId).to.equal('c-1');
  });

  it('IlReminderSettings: onIlPreferencesChange carries the saved preferences', async () => {
    const seeded = await seededClient();
    clients.push(seeded);
    const saved: boolean[] = [];
    render(
      <IlReminderSettings
        client={seeded}
        onIlPreferencesChange={(event) => saved.push(event.detail.preferences.optedOut)}
      />,
    );
    const settings = await find('il-reminder-settings');
    await settings.settled();
    settings.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await settings.updateComplete;
    settings.shadowRoot!.querySelector<HTMLButtonElement>('[part="save"]')!.click();
    await until(() => saved.length === 1);
    expect(saved).to.deep.equal([true]);
  });

  it('IlRatingScale, IlSlider and IlChoiceGroup: onInput and onChange fire on a person’s choice', async () => {
    const events: string[] = [];
    render(
      <form>
        <IlRatingScale
          name="distress"
          label="Distress"
          min={0}
          max={4}
          onInput={(event) => events.push(`${event.type}:scale`)}
          onChange={(event) => events.push(`${event.type}:scale`)}
        />
        <IlSlider
          name="sleep"
          label="Sleep"
          min={0}
          max={10}
          onChange={(event) =>
            events.push(`${event.type}:slider=${String((event.currentTarget as IlSliderElement).value)}`)
          }
        />
        <IlChoiceGroup
          name="weighed"
          label="What weighed most?"
          options={[
            { id: 'work', label: 'Work' },
            { id: 'sleep', label: 'Sleep' },
          ]}
          onChange={() => events.push('change:choice')}
        />
      </form>,
    );
    const scale = await find('il-rating-scale');
    const slider = await find('il-slider');
    const choice = await find('il-choice-group');
    scale.focus();
    await press('ArrowRight');
    slider.focus();
    await press('End');
    choice.focus();
    await press('ArrowDown');
    await until(() => events.includes('change:choice'));
    expect(events).to.deep.equal(['input:scale', 'change:scale', 'change:slider=10', 'change:choice']);
    const data = new FormData(host!.querySelector('form')!);
    expect([data.get('distress'), data.get('sleep'), data.get('weighed')]).to.deep.equal([
      '1',
      '10',
      'sleep',
    ]);
  });

  it('IlCrisisResources renders the region’s services from a prop given as an attribute-like string', async () => {
    render(<IlCrisisResources crisisRegion="GB" headingLevel={2} />);
    const resources = await find('il-crisis-resources');
    const calls = [...resources.shadowRoot!.querySelectorAll('a[part="call"]')].map((a) =>
      a.getAttribute('href'),
    );
    expect(calls).to.deep.equal(['tel:999', 'tel:116123']);
  });

  describe('charts: onIlPointFocus when a point receives keyboard focus', () => {
    async function focusFirstPoint(
      tag: 'il-mood-chart' | 'il-outcome-chart' | 'il-adherence-chart' | 'il-progress',
    ) {
      const chart = await find(tag);
      await drawn(chart);
      tabStops(chart)[0]!.focus();
      await chart.updateComplete;
    }
    const moodData = moodSample(14);
    const cases: [
      string,
      (onFocus: (event: IlPointFocusEvent) => void) => ReactElement,
      Parameters<typeof focusFirstPoint>[0],
    ][] = [
      ['IlMoodChart', (onFocus) => <IlMoodChart data={moodData} onIlPointFocus={onFocus} />, 'il-mood-chart'],
      [
        'IlOutcomeChart',
        (onFocus) => (
          <IlOutcomeChart
            data={{ measures: [{ definition: phq9, points: weeklyTotals('improving', 6) }] }}
            onIlPointFocus={onFocus}
          />
        ),
        'il-outcome-chart',
      ],
      [
        'IlAdherenceChart',
        (onFocus) => <IlAdherenceChart data={adherenceSample(4)} onIlPointFocus={onFocus} />,
        'il-adherence-chart',
      ],
      [
        'IlProgress',
        (onFocus) => (
          <IlProgress
            data={{
              series: moodData.series[0]!,
              occurrences: adherenceSample(2, '2026-04-05').occurrences,
              now: '2026-04-05T21:00:00Z',
              timeZone: 'Europe/London',
            }}
            onIlPointFocus={onFocus}
          />
        ),
        'il-progress',
      ],
    ];
    for (const [name, element, tag] of cases) {
      it(name, async () => {
        const focused: IlPointFocusEvent[] = [];
        render(element((event) => focused.push(event)));
        await focusFirstPoint(tag);
        await until(() => focused.length > 0);
        expect(focused[0]!.detail.series).to.be.a('string').and.not.equal('');
        expect(focused[0]!.detail.index).to.be.a('number');
        expect(focused[0]!.detail.text).to.be.a('string').and.not.equal('');
      });
    }
  });

  it('removes a callback React no longer passes', async () => {
    const calls: string[] = [];
    const scale = (onChange?: () => void) => (
      <IlRatingScale label="Distress" min={0} max={4} onChange={onChange} />
    );
    render(scale(() => calls.push('first')));
    const element = await find('il-rating-scale');
    element.focus();
    await press('ArrowRight');
    flushSync(() => root!.render(scale(undefined)));
    await press('ArrowRight');
    expect(calls).to.deep.equal(['first']);
  });
});
