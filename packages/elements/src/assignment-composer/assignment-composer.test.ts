import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CheckInTemplate } from '@interlude/core';
import { mountWithClient } from '../shared/testing/test-client.js';
import { SAMPLE_NOW, sampleClinician } from '../shared/testing/clinician-samples.js';
import { longCheckIn } from '../shared/testing/clinic-samples.js';
import { PAYLOADS, deepActive, tabUntil, until } from '../shared/testing/interaction.js';
import type { IlAssignmentSaveEvent } from '../shared/events/assignment-save.js';
import './define.js';
import type { IlAssignmentComposer } from './assignment-composer.js';

type Client = Awaited<ReturnType<typeof sampleClinician>>;

async function mountComposer(
  client: Client,
  attributes: { clientId?: string; name?: string; lang?: string; dir?: 'ltr' | 'rtl' } = {},
) {
  const composer = await mountWithClient<IlAssignmentComposer>(
    html`<il-assignment-composer
      client-id=${attributes.clientId ?? 'c-busy'}
      client-name=${attributes.name ?? 'Mateo García'}
      lang=${attributes.lang ?? 'en'}
      dir=${attributes.dir ?? 'ltr'}
    ></il-assignment-composer>`,
    client,
  );
  await composer.settled();
  await composer.updateComplete;
  return composer;
}

const root = (composer: IlAssignmentComposer) => composer.shadowRoot!;
const $ = <E extends Element = HTMLElement>(composer: IlAssignmentComposer, selector: string) =>
  root(composer).querySelector<E>(selector);
const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const activities = (composer: IlAssignmentComposer) =>
  [...root(composer).querySelectorAll('.activity')].map((label) =>
    text(label.querySelector('.activity-title')),
  );

/** Checks the activity whose title is `title`, as a click on its label would. */
async function choose(composer: IlAssignmentComposer, title: string) {
  const label = [...root(composer).querySelectorAll<HTMLLabelElement>('.activity')].find(
    (candidate) => text(candidate.querySelector('.activity-title')) === title,
  );
  label!.querySelector('input')!.click();
  await composer.updateComplete;
}

describe('il-assignment-composer', () => {
  it('lists the catalogue, filters it by modality and kind, searches it; axe clean', async () => {
    const composer = await mountComposer(await sampleClinician());
    await expect(composer).to.be.accessible();
    expect(text($(composer, '[role="heading"][aria-level="2"]'))).to.equal(
      'Assign an activity for Mateo García',
    );
    expect(activities(composer)).to.include.members([
      'Thought record',
      'PHQ-9 (Patient Health Questionnaire)',
      'Daily check-in',
    ]);
    const filter = async (label: string) => {
      const chip = [...root(composer).querySelectorAll<HTMLLabelElement>('.filters .chip')].find(
        (c) => text(c) === label,
      )!;
      chip.querySelector('input')!.click();
      await composer.updateComplete;
    };
    await filter('CBT');
    expect(activities(composer)).to.deep.equal(['Thought record']);
    await filter('Questionnaires');
    expect(activities(composer)).to.have.members([
      'CORE-10',
      'GAD-7 (Generalized Anxiety Disorder scale)',
      'PHQ-9 (Patient Health Questionnaire)',
    ]);
    await filter('Check-ins');
    expect(activities(composer)).to.deep.equal(['Daily check-in']);
    await filter('All');
    const search = $<HTMLInputElement>(composer, '#search')!;
    search.focus();
    await sendKeys({ type: 'part' });
    await composer.updateComplete;
    expect(activities(composer)).to.deep.equal(['Getting to know a part']);
    expect(text($(composer, '.count'))).to.equal(`1 of 7 activities shown`);
    await sendKeys({ type: 'zzz' });
    await composer.updateComplete;
    expect(text($(composer, '.catalogue .empty'))).to.equal(
      'No activity matches. Try another filter or search.',
    );
    await expect(composer).to.be.accessible();
  });

  it('refuses CORE-10 under a commercial licence with a message naming the licence, and offers it with permission', async () => {
    const composer = await mountComposer(await sampleClinician());
    const core10 = [...root(composer).querySelectorAll('.activity')].find((label) =>
      text(label).startsWith('CORE-10'),
    )!;
    const radio = core10.querySelector<HTMLInputElement>('input')!;
    expect(radio.disabled).to.equal(true);
    expect(core10.getAttribute('part')).to.equal('activity refused');
    const licence = core10.querySelector('.licence')!;
    expect(text(licence)).to.include('CC-BY-NC-ND-4.0').and.include("owner's permission");
    expect(radio.getAttribute('aria-describedby')).to.include(licence.id);
    // A save without a choice cannot pick it either.
    $<HTMLButtonElement>(composer, 'button[type="submit"]')!.click();
    await composer.updateComplete;
    expect(text($(composer, '#activity-error'))).to.equal('Choose an activity.');

    const permitted = await mountComposer(
      await sampleClinician(undefined, {
        licensing: { use: 'commercial', permissions: { 'core-10': 'CORE System Trust letter 2026-04-02' } },
      }),
    );
    const allowed = [...root(permitted).querySelectorAll('.activity')].find((label) =>
      text(label).startsWith('CORE-10'),
    )!;
    expect(allowed.querySelector<HTMLInputElement>('input')!.disabled).to.equal(false);
    expect(allowed.querySelector('.licence')).to.equal(null);
    await choose(permitted, 'CORE-10');
    expect(text($(permitted, '.preview'))).to.include('10 questions');
  });

  it('composes an assignment by keyboard alone, warns of overload, saves it and fires il-assignment-save', async () => {
    const client = await sampleClinician();
    const before = await client.assignments.list({ clientId: 'c-busy' });
    const composer = await mountComposer(client);
    // Start before the composer and Tab in, as a keyboard user would.
    const start = await fixture<HTMLButtonElement>(html`<button>before</button>`);
    start.focus();
    await tabUntil((element) => element.id === 'search');
    await sendKeys({ type: 'thought' });
    await composer.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect((deepActive() as HTMLInputElement).name).to.equal('activity');
    await sendKeys({ press: 'Space' });
    await composer.updateComplete;
    expect(text($(composer, '.preview')))
      .to.include('Thought record')
      .and.include('Exercise');
    // The busy client already has three new exercises this week: a fourth is overload.
    const warnings = $(composer, '[part="warnings"]')!;
    expect(warnings.getAttribute('role')).to.equal('status');
    expect(text(warnings)).to.include(
      'This would be 4 new exercises within 7 days; the suggested limit is 2.',
    );
    expect(text($(composer, 'button[type="submit"]'))).to.equal('Assign anyway');
    // The default: every week on tomorrow's weekday (Tuesday) at 09:00 in the client's zone.
    expect(text($(composer, '#zone-note'))).to.include('Europe/Berlin');
    expect(
      [...root(composer).querySelectorAll('.upcoming time')].map((time) => time.getAttribute('datetime')),
    ).to.deep.equal(['2026-03-31T09:00:00+02:00', '2026-04-07T09:00:00+02:00']);
    await tabUntil((element) => element.id === 'note');
    await sendKeys({ type: 'Try one situation this week.' });
    await tabUntil((element) => element.getAttribute('type') === 'submit');
    await expect(composer).to.be.accessible();
    const saved = oneEvent(composer, 'il-assignment-save') as Promise<IlAssignmentSaveEvent>;
    await sendKeys({ press: 'Enter' });
    const { detail } = await saved;
    expect(detail.warnings.map((warning) => warning.code)).to.deep.equal(['too-many-new-exercises']);
    expect(detail.assignment).to.include({
      clientId: 'c-busy',
      clinicianId: 't-1',
      status: 'active',
      createdAt: SAMPLE_NOW,
    });
    expect(detail.assignment.note).to.equal('Try one situation this week.');
    expect(detail.assignment.activity).to.deep.include({ kind: 'exercise', id: 'cbt-thought-record' });
    expect(detail.assignment.schedule).to.deep.equal({
      kind: 'repeat',
      timeZone: 'Europe/Berlin',
      repeat: {
        periodUnit: 'wk',
        dayOfWeek: ['tue'],
        timeOfDay: ['09:00'],
        boundsPeriod: { start: '2026-03-31' },
      },
    });
    const stored = await client.assignments.get(detail.assignment.id);
    expect(stored?.note).to.equal('Try one situation this week.');
    expect(await client.assignments.list({ clientId: 'c-busy' })).to.have.length(before.length + 1);
    await until(() => text($(composer, '[role="status"][aria-live="polite"].visually-hidden')).length > 0);
    expect(text($(composer, '.visually-hidden[role="status"]'))).to.equal(
      'Assigned Thought record to Mateo García. It syncs to their device.',
    );
    // The form is ready for the next one: the note is cleared, the next save is a new assignment.
    expect($<HTMLTextAreaElement>(composer, '#note')!.value).to.equal('');
  });

  it('sets a schedule of chosen days, times, start and end, and lists the next two weeks from core', async () => {
    const composer = await mountComposer(await sampleClinician(['c-shift']), {
      clientId: 'c-shift',
      name: 'Priya Raman',
    });
    await choose(composer, 'What matters to you: a values sort');
    expect($(composer, '[part="warnings"] .warning')).to.equal(null);
    const day = (name: string) =>
      [...root(composer).querySelectorAll<HTMLLabelElement>('#days .chip')]
        .find((chip) => text(chip) === name)!
        .querySelector('input')!;
    day('Tuesday').click(); // off
    day('Monday').click();
    day('Thursday').click();
    await composer.updateComplete;
    $<HTMLButtonElement>(composer, '.times > button')!.click();
    await composer.updateComplete;
    const second = $<HTMLInputElement>(composer, '#time-1')!;
    expect(deepActive()).to.equal(second);
    expect(second.value).to.equal('18:00');
    const end = $<HTMLInputElement>(composer, '#end')!;
    end.value = '2026-04-06';
    end.dispatchEvent(new Event('change'));
    await composer.updateComplete;
    const due = [...root(composer).querySelectorAll('.upcoming time')].map((time) =>
      time.getAttribute('datetime'),
    );
    expect(due).to.deep.equal([
      '2026-04-02T09:00:00+02:00',
      '2026-04-02T18:00:00+02:00',
      '2026-04-06T09:00:00+02:00',
      '2026-04-06T18:00:00+02:00',
    ]);
    expect(text($(composer, '.occurrences')))
      .to.include('Due 4 times in the next two weeks')
      .and.include('Thu, Apr 2, 9:00 AM');
    // Minutes per calendar week: 2 × 10 min of exercise plus the daily check-in's 7 × 1 min.
    expect(text($(composer, '.weeks'))).to.include(
      'Week of Mon, Mar 30, 2026: about 27 of at most 60 minutes',
    );
    composer.limits = { maxMinutesPerWeek: 20 };
    await composer.updateComplete;
    expect(text($(composer, '[part="warnings"]'))).to.include(
      'The week of Mon, Mar 30, 2026 would hold about 27 minutes of work; the limit is 20.',
    );
    // Once: one occurrence on the chosen date.
    const once = [...root(composer).querySelectorAll<HTMLLabelElement>('.schedule .chip')].find(
      (chip) => text(chip) === 'Once',
    )!;
    once.querySelector('input')!.click();
    await composer.updateComplete;
    expect(
      [...root(composer).querySelectorAll('.upcoming time')].map((time) => time.getAttribute('datetime')),
    ).to.deep.equal(['2026-03-31T09:00:00+02:00']);
    await expect(composer).to.be.accessible();
  });

  it('warns when a check-in template runs past 90 seconds', async () => {
    const client = await sampleClinician(['c-shift']);
    await client.definitions.put(longCheckIn());
    const composer = await mountComposer(client, { clientId: 'c-shift' });
    await choose(composer, 'Long diary check-in');
    expect(text($(composer, '.preview')))
      .to.include('about 130 seconds')
      .and.include('Question 5');
    expect(text($(composer, '[part="warnings"]'))).to.include(
      'This check-in takes about 130 seconds; check-ins over 90 seconds are often dropped after the first week.',
    );
  });

  it('says what is missing on save, marks the field and moves focus to it', async () => {
    const client = await sampleClinician(['c-shift']);
    const composer = await mountComposer(client, { clientId: 'c-shift' });
    await choose(composer, 'Daily check-in');
    const tuesday = [...root(composer).querySelectorAll<HTMLLabelElement>('#days .chip')].find(
      (chip) => text(chip) === 'Tuesday',
    )!;
    tuesday.querySelector('input')!.click();
    await composer.updateComplete;
    expect(text($(composer, '.occurrences'))).to.include('Choose an activity and a schedule');
    let fired = false;
    composer.addEventListener('il-assignment-save', () => (fired = true));
    $<HTMLButtonElement>(composer, 'button[type="submit"]')!.click();
    await composer.updateComplete;
    const days = $(composer, '#days')!;
    expect(days.getAttribute('aria-invalid')).to.equal('true');
    expect(text(root(composer).getElementById(days.getAttribute('aria-describedby')!))).to.equal(
      'Choose at least one day.',
    );
    expect(deepActive()?.closest('#days')).to.equal(days);
    expect(fired).to.equal(false);
    await expect(composer).to.be.accessible();
  });

  it('renders a note and activity titles as text, never markup', async () => {
    const client = await sampleClinician(['c-shift']);
    await client.definitions.put({
      ...longCheckIn(),
      id: 'payload',
      title: { en: PAYLOADS[0] },
    } as CheckInTemplate);
    const composer = await mountComposer(client, { clientId: 'c-shift', name: PAYLOADS[1] });
    expect(activities(composer)).to.include(PAYLOADS[0]);
    expect(text($(composer, '[role="heading"]'))).to.include(PAYLOADS[1]);
    expect(root(composer).querySelector('img, script, svg[onload]')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('speaks Arabic right to left and German, axe clean', async () => {
    const client = await sampleClinician(['c-busy']);
    const arabic = await mountComposer(client, { lang: 'ar', dir: 'rtl' });
    await until(() => text($(arabic, '[role="heading"]')).startsWith('إسناد نشاط'));
    expect($(arabic, 'form')!.getAttribute('dir')).to.equal('rtl');
    await choose(arabic, 'Thought record');
    expect(text($(arabic, '[part="warnings"]'))).to.include('تمارين جديدة');
    await expect(arabic).to.be.accessible();
    const german = await mountComposer(client, { lang: 'de' });
    await until(() => text($(german, '[role="heading"]')).startsWith('Aktivität zuweisen'));
    expect(text($(german, '#days'))).to.include('Dienstag');
    await expect(german).to.be.accessible();
  });

  it('shows a notice instead of a blank box without a client or a client id', async () => {
    const bare = await fixture<IlAssignmentComposer>(
      html`<il-assignment-composer client-id="c-1"></il-assignment-composer>`,
    );
    expect(text(bare.shadowRoot!.querySelector('[part="configuration-notice"]'))).to.include('not connected');
    const noId = await mountWithClient<IlAssignmentComposer>(
      html`<il-assignment-composer></il-assignment-composer>`,
      await sampleClinician(['c-shift']),
    );
    expect(text(noId.shadowRoot!.querySelector('[part="configuration-notice"]'))).to.include('Set client-id');
    await expect(noId).to.be.accessible();
  });
});
