import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { TransportError, memoryServer, memoryTransport, type Transport } from '@interlude/store';
import type { ExerciseDefinition } from '@interlude/core';
import { mountWithClient, testClient } from '../shared/testing/test-client.js';
import { resumedClient } from '../shared/testing/exercises.js';
import type { IlDraftSavedEvent } from '../shared/events/draft-saved.js';
import type { IlStepChangeEvent } from '../shared/events/step-change.js';
import type { IlSubmitEvent } from '../shared/events/submit.js';
import './define.js';
import type { IlExercisePlayer } from './exercise-player.js';
import {
  answerByKeyboard,
  currentStep,
  expectAccessible,
  next,
  part,
  playerActive,
  press,
  tabTo,
  text,
  type,
  until,
  EVERY_KIND,
} from './player.test-suite.js';

function events<T extends Event>(target: EventTarget, type: string): T[] {
  const seen: T[] = [];
  target.addEventListener(type, (event) => seen.push(event as T));
  return seen;
}

async function mount(definition: ExerciseDefinition = EVERY_KIND, client = testClient()) {
  const player = await mountWithClient<IlExercisePlayer>(
    html`<il-exercise-player .definition=${definition}></il-exercise-player>`,
    client,
  );
  return { player, client };
}

async function start(player: IlExercisePlayer): Promise<void> {
  part(player, '[part="start"]').click();
  await player.updateComplete;
}

describe('il-exercise-player', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  describe('setup', () => {
    it('shows a notice, not a blank box, without a client', async () => {
      const player = await fixture<IlExercisePlayer>(
        html`<il-exercise-player .definition=${EVERY_KIND}></il-exercise-player>`,
      );
      expect(part(player, '[part="configuration-notice"]').getAttribute('role')).to.equal('alert');
      await expectAccessible(player);
    });

    it('names the path of an invalid definition and never echoes its values', async () => {
      const broken = { ...EVERY_KIND, title: { en: '<b>secret</b>' }, steps: [{ id: 'x', kind: 'video' }] };
      const { player } = await mount(broken as unknown as ExerciseDefinition);
      const notice = text(player, '[part="configuration-notice"]');
      expect(notice).to.include('steps[0].kind');
      expect(notice).not.to.include('secret');
      expect(notice).not.to.include('video');
    });
  });

  describe('start page', () => {
    it('gives the rationale, the minutes and the attribution before anything starts', async () => {
      const { player } = await mount();
      const start = text(player, '.start');
      expect(start).to.include('Why this can help');
      expect(start).to.include('So every step kind can be seen and tried in one place.');
      expect(start).to.include('About 12 minutes');
      expect(start).to.include('Based on Interlude test content.');
      expect(part(player, '#title').getAttribute('aria-level')).to.equal('2');
      await expectAccessible(player);
    });

    it('takes the heading level from heading-level', async () => {
      const client = testClient();
      const player = await mountWithClient<IlExercisePlayer>(
        html`<il-exercise-player heading-level="3" .definition=${EVERY_KIND}></il-exercise-player>`,
        client,
      );
      await start(player);
      expect(part(player, '#title').getAttribute('aria-level')).to.equal('3');
      expect(part(player, '#step-heading').getAttribute('aria-level')).to.equal('4');
    });
  });

  describe('navigation', () => {
    it('moves focus to the new step heading on next and back, with progress and il-step-change', async () => {
      const { player } = await mount();
      const changes = events<IlStepChangeEvent>(player, 'il-step-change');
      await tabTo(player, '[part="start"]');
      await press(player, 'Enter');
      expect(playerActive(player)?.id).to.equal('step-heading');
      expect(text(player, '#step-heading')).to.equal('Welcome');
      expect(text(player, '#progress-label')).to.equal('Step 1 of 12');
      await next(player);
      expect(playerActive(player)?.id).to.equal('step-heading');
      expect(text(player, '#step-heading')).to.equal('What happened?');
      await tabTo(player, '[part~="back"]');
      await press(player, 'Enter');
      expect(playerActive(player)?.id).to.equal('step-heading');
      expect(text(player, '#step-heading')).to.equal('Welcome');
      expect(
        changes.map((event) => [event.detail.stepId, event.detail.index, event.detail.count]),
      ).to.deep.equal([
        ['intro', 0, 12],
        ['situation', 1, 12],
        ['intro', 0, 12],
      ]);
      expect(changes[0]!.bubbles && changes[0]!.composed).to.equal(true);
    });

    it('keeps a required step until it is answered, saying why', async () => {
      const { player } = await mount();
      await start(player);
      await next(player);
      await next(player);
      expect(currentStep(player, EVERY_KIND).id).to.equal('situation');
      expect(text(player, '#step-error')).to.equal('This step needs an answer before you go on.');
      expect(part(player, '#step-error').getAttribute('role')).to.equal('alert');
      expect(part(player, '#answer').getAttribute('aria-invalid')).to.equal('true');
      await expectAccessible(player);
      part(player, '#answer').focus();
      await type(player, 'It rained');
      expect(player.shadowRoot!.querySelector('#step-error')).to.equal(null);
      await next(player);
      expect(currentStep(player, EVERY_KIND).id).to.equal('belief');
    });

    it('offers Skip on an optional step until it is answered', async () => {
      const { client } = { client: await resumedClient(EVERY_KIND, 'belief', { situation: 'x' }) };
      const { player } = await mount(EVERY_KIND, client);
      expect(text(player, '[part~="next"]')).to.equal('Skip');
      expect(text(player, '.optional')).to.equal('Optional');
      await answerByKeyboard(player, currentStep(player, EVERY_KIND));
      expect(text(player, '[part~="next"]')).to.equal('Next');
    });

    it('shows a conditional step only when its condition holds', async () => {
      const client = await resumedClient(EVERY_KIND, 'feel', { situation: 'x' });
      const { player } = await mount(EVERY_KIND, client);
      expect(text(player, '#progress-label')).to.equal('Step 4 of 12');
      const [frustrated] = [...player.shadowRoot!.querySelectorAll<HTMLInputElement>('.choice input')].slice(
        1,
      );
      frustrated!.click();
      await player.updateComplete;
      expect(text(player, '#progress-label')).to.equal('Step 4 of 13');
      expect(text(player, '[part="feedback"]')).to.equal(
        'That frustration may be another part, and that is okay.',
      );
      await next(player);
      expect(text(player, '#step-heading')).to.equal('Stepping back');
    });
  });

  describe('drafts and submit', () => {
    it('keeps every answer as a draft and says so', async () => {
      const { player } = await mount();
      const saved = events<IlDraftSavedEvent>(player, 'il-draft-saved');
      await start(player);
      await next(player);
      part(player, '#answer').focus();
      await type(player, 'Hi');
      await until(
        () => saved.some((event) => event.detail.draft.answers['situation'] === 'Hi'),
        'draft saved',
      );
      await player.updateComplete;
      expect(text(player, '[part="draft-status"]')).to.equal('Saved on this device');
      expect(saved.at(-1)!.detail.draft.stepId).to.equal('situation');
    });

    it('resumes at the step of the draft with its answers, and says it is where they left off', async () => {
      const client = await resumedClient(EVERY_KIND, 'values', {
        situation: 'x',
        values: { very: ['play'] },
      });
      const changes = events<IlStepChangeEvent>(document, 'il-step-change');
      const { player } = await mount(EVERY_KIND, client);
      expect(currentStep(player, EVERY_KIND).id).to.equal('values');
      expect(text(player, '.resumed')).to.equal('Welcome back: this is where you left off.');
      expect(text(player, '[data-zone="very"] .cards')).to.equal('Play');
      expect(changes.map((event) => event.detail.stepId)).to.deep.equal(['values']);
    });

    it('submits the answers of visible steps, fires il-submit, focuses the thanks, and can start again', async () => {
      const client = await resumedClient(EVERY_KIND, 'summary', {
        situation: 'It rained',
        feel: 'curious',
        unblend: 'left over from an earlier answer',
      });
      const { player } = await mount(EVERY_KIND, client);
      const submitted = events<IlSubmitEvent>(player, 'il-submit');
      expect(text(player, '[part~="next"]')).to.equal('Finish');
      await next(player);
      await player.updateComplete;
      expect(submitted).to.have.length(1);
      const { submission } = submitted[0]!.detail;
      expect(submission.answers).to.deep.equal({ situation: 'It rained', feel: 'curious' });
      expect(submission.assignmentId).to.equal('self:exercise:test-every-kind');
      expect(playerActive(player)?.id).to.equal('done-heading');
      expect(text(player, '.done')).to.include('Saved on this device');
      await expectAccessible(player);
      expect(
        (await client.submissions.list({ activityId: EVERY_KIND.id })).map((entry) => entry.id),
      ).to.deep.equal([submission.id]);
      part(player, '.again').click();
      await player.updateComplete;
      expect(player.shadowRoot!.querySelector('[part="start"]')).not.to.equal(null);
    });

    it('finish() goes to the first required step still open instead of saving', async () => {
      const { player, client } = await mount();
      await start(player);
      expect(await player.finish()).to.equal(false);
      await player.updateComplete;
      expect(currentStep(player, EVERY_KIND).id).to.equal('situation');
      expect(player.shadowRoot!.querySelector('#step-error')).not.to.equal(null);
      expect(await client.submissions.list()).to.deep.equal([]);
    });

    it('offline: saves on the device at once and syncs once back online', async () => {
      const server = memoryServer();
      const inner = memoryTransport({ server });
      let online = false;
      const offline = () => Promise.reject(new TransportError('network', 'offline'));
      const transport: Transport = {
        push: (...args) => (online ? inner.push(...args) : offline()),
        pull: (...args) => (online ? inner.pull(...args) : offline()),
      };
      let clock = Date.parse('2026-03-10T20:00:00Z');
      const client = await resumedClient(
        EVERY_KIND,
        'summary',
        { situation: 'It rained' },
        { transport, now: () => new Date(clock).toISOString() },
      );
      const { player } = await mount(EVERY_KIND, client);
      expect(await player.finish()).to.equal(true);
      expect(player.shadowRoot!.querySelector('#done-heading')).not.to.equal(null);
      await client.sync.syncNow();
      expect(server.all('submissions')).to.have.length(0);
      online = true;
      clock += 15 * 60_000;
      await client.sync.syncNow();
      const [synced] = server.all('submissions');
      expect(synced?.['activity']).to.deep.equal({ kind: 'exercise', id: EVERY_KIND.id, version: '1.0.0' });
    });
  });

  describe('languages and layout', () => {
    it('speaks German and Arabic (right to left) for its own strings', async () => {
      const client = await resumedClient(EVERY_KIND, 'situation', {});
      const wrapper = await fixture<HTMLElement>(html`<div lang="de"></div>`);
      const player = document.createElement('il-exercise-player');
      player.definition = EVERY_KIND;
      const provider = document.createElement('il-provider');
      provider.client = client;
      provider.append(player);
      wrapper.append(provider);
      await until(
        () => player.shadowRoot?.querySelector('[part~="next"]')?.textContent?.trim() === 'Weiter',
        'de',
      );
      expect(text(player, '#step-heading')).to.equal('Was ist passiert?');
      expect(text(player, '#title')).to.equal('Jede Art von Schritt');
      wrapper.setAttribute('lang', 'ar');
      wrapper.setAttribute('dir', 'rtl');
      await until(
        () => player.shadowRoot?.querySelector('[part~="next"]')?.textContent?.trim() === 'التالي',
        'ar',
      );
      expect(part(player, '[part="base"]').getAttribute('dir')).to.equal('rtl');
      expect(text(player, '#progress-label')).to.equal('الخطوة 2 من 12');
      // No Arabic in the definition: its English text is the fallback, as core's localizedText says.
      expect(text(player, '#step-heading')).to.equal('What happened?');
      await expectAccessible(player);
    });

    for (const stepId of ['values', 'plan', 'parts', 'listen', 'breathe']) {
      it(`fits 320 px without horizontal scrolling (${stepId})`, async () => {
        await setViewport({ width: 320, height: 640 });
        const client = await resumedClient(EVERY_KIND, stepId, {
          situation: 'x',
          plan: {
            text: ['Walk to the park with a very long description'],
            day: ['mon'],
            time: ['17:00'],
            pleasure: ['6'],
          },
          parts: {
            name: ['The planner'],
            role: ['manager'],
            body: [''],
            feeling: [''],
            needs: [''],
            note: [''],
          },
        });
        const { player } = await mount(EVERY_KIND, client);
        const base = part(player, '[part="base"]');
        expect(base.scrollWidth).to.be.at.most(base.clientWidth);
        expect(player.getBoundingClientRect().right).to.be.at.most(320);
      });
    }
  });

  describe('reduced motion', () => {
    it('holds the breathing pacer still and keeps it usable as timed text', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const client = await resumedClient(EVERY_KIND, 'breathe', { situation: 'x' });
      const { player } = await mount(EVERY_KIND, client);
      part(player, '.practice-button.start').click();
      await player.updateComplete;
      const circle = part(player, '.circle');
      expect(getComputedStyle(circle).transform).to.equal('none');
      expect(getComputedStyle(circle).transitionDuration).to.equal('0s');
      expect(text(player, '.phase')).to.match(/^Breathe in \d$/);
      expect(text(player, '[part="pacer"] .hint')).to.equal('Breath 1 of 3');
      expect(text(player, '[part="announcer"]')).to.equal('Breathe in');
    });

    it('animates the pacer otherwise, over the phase’s length', async () => {
      const client = await resumedClient(EVERY_KIND, 'breathe', { situation: 'x' });
      const { player } = await mount(EVERY_KIND, client);
      part(player, '.practice-button.start').click();
      await player.updateComplete;
      expect(getComputedStyle(part(player, '.circle')).transitionDuration).to.equal('4s');
    });
  });

  describe('lifecycle', () => {
    it('leaves no timer or window listener behind when removed mid-practice or mid-drag', async () => {
      const active = new Set<number>();
      const listeners = new Map<string, number>();
      const { setInterval: set, clearInterval: clear } = window;
      const { addEventListener: add, removeEventListener: remove } = window;
      window.setInterval = ((handler: TimerHandler, ms?: number) => {
        const id = set(handler, ms);
        active.add(id);
        return id;
      }) as typeof window.setInterval;
      window.clearInterval = ((id?: number) => {
        if (id !== undefined) active.delete(id);
        clear(id);
      }) as typeof window.clearInterval;
      window.addEventListener = ((type: string, listener: EventListener, options?: boolean) => {
        listeners.set(type, (listeners.get(type) ?? 0) + 1);
        add.call(window, type, listener, options);
      }) as typeof addEventListener;
      window.removeEventListener = ((type: string, listener: EventListener, options?: boolean) => {
        listeners.set(type, (listeners.get(type) ?? 0) - 1);
        remove.call(window, type, listener, options);
      }) as typeof removeEventListener;
      try {
        for (let round = 0; round < 10; round++) {
          const timer = await resumedClient(EVERY_KIND, 'pause', { situation: 'x' });
          const { player } = await mount(EVERY_KIND, timer);
          part(player, '.practice-button.start').click();
          await player.updateComplete;
          player.closest('il-provider')!.remove();
          const sort = await resumedClient(EVERY_KIND, 'values', { situation: 'x' });
          const { player: sorter } = await mount(EVERY_KIND, sort);
          const card = part(sorter, '[data-key="family"]');
          card.dispatchEvent(
            new PointerEvent('pointerdown', { button: 0, isPrimary: true, bubbles: true, composed: true }),
          );
          sorter.closest('il-provider')!.remove();
        }
        expect(active.size).to.equal(0);
        for (const type of ['pointermove', 'pointerup', 'pointercancel'])
          expect(listeners.get(type), type).to.equal(0);
      } finally {
        Object.assign(window, {
          setInterval: set,
          clearInterval: clear,
          addEventListener: add,
          removeEventListener: remove,
        });
      }
    });
  });
});
