// Each step kind on its own: keyboard use, what a screen reader hears, and a reload at that
// step resuming exactly (a new client on the same IndexedDB, as after a page reload).
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import type { Answers, ExerciseDefinition } from '@interlude/core';
import { idbStore, partitionDatabaseName, type Interlude } from '@interlude/store';
import { mountWithClient, testClient } from '../shared/testing/test-client.js';
import { exerciseOf, resumedClient } from '../shared/testing/exercises.js';
import './define.js';
import type { IlExercisePlayer } from './exercise-player.js';
import {
  answerByKeyboard,
  currentStep,
  deepActive,
  expectAccessible,
  part,
  playerActive,
  press,
  tabTo,
  text,
  type,
  until,
  EVERY_KIND,
} from './player.test-suite.js';

const before = { situation: 'It rained' };

async function at(stepId: string, answers: Answers = before, definition: ExerciseDefinition = EVERY_KIND) {
  const client = await resumedClient(definition, stepId, answers);
  const player = await mountWithClient<IlExercisePlayer>(
    html`<il-exercise-player .definition=${definition}></il-exercise-player>`,
    client,
  );
  part(player, '#step-heading').focus();
  return { player, client };
}

const answer = (client: Interlude, id: string) =>
  client.drafts
    .resume({ activity: { kind: 'exercise', id: EVERY_KIND.id } })
    .then((draft) => draft?.answers[id]);

const announced = (player: IlExercisePlayer) => text(player, '[part="announcer"]');
const cardsIn = (player: IlExercisePlayer, zone: string) =>
  [...player.shadowRoot!.querySelectorAll(`[data-zone="${zone}"] .card-label`)].map(
    (card) => card.textContent,
  );

async function centre(element: Element): Promise<[number, number]> {
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

/** A real pointer drag from the middle of `from` to the middle of `to`, in a few moves. */
async function drag(from: Element, to: Element): Promise<void> {
  const [x0, y0] = await centre(from);
  const [x1, y1] = await centre(to);
  await sendMouse({ type: 'move', position: [x0, y0] });
  await sendMouse({ type: 'down' });
  for (const t of [0.2, 0.5, 0.8, 1]) {
    await sendMouse({
      type: 'move',
      position: [Math.round(x0 + (x1 - x0) * t), Math.round(y0 + (y1 - y0) * t)],
    });
  }
  await sendMouse({ type: 'up' });
  await resetMouse();
}

describe('il-exercise-player steps', () => {
  describe('text', () => {
    it('renders the small formatting as elements and nothing else', async () => {
      const { player } = await at('intro', {});
      const prose = part(player, '.prose');
      expect(prose.querySelector('strong')?.textContent).to.equal('one step of every kind');
      expect([...prose.querySelectorAll('li')].map((item) => item.textContent)).to.deep.equal([
        'write',
        'rate',
        'sort',
      ]);
      await expectAccessible(player);
    });
  });

  describe('prompt', () => {
    it('is a labelled text area with a character count', async () => {
      const { player } = await at('situation', {});
      await tabTo(player, '#answer');
      await type(player, 'Late again');
      expect(deepActive()?.getAttribute('aria-labelledby')).to.equal('step-heading');
      expect(text(player, '#count')).to.equal('10 of 300 characters');
      expect(part<HTMLTextAreaElement>(player, '#answer').maxLength).to.equal(300);
    });
  });

  describe('rating', () => {
    it('is a radio group with the step (0–100 in tens), named with its anchors, and keeps the value', async () => {
      const { player, client } = await at('belief');
      const group = part(player, '[part="rating-group"]');
      expect(group.getAttribute('role')).to.equal('radiogroup');
      expect(group.getAttribute('aria-labelledby')).to.equal('step-heading');
      const names = [...group.querySelectorAll('input')].map((input) => input.getAttribute('aria-label'));
      expect(names).to.have.length(11);
      expect(names[0]).to.equal('0 of 100, Not at all');
      expect(names[10]).to.equal('100 of 100, Completely');
      await tabTo(player, '.rating input');
      await press(player, 'ArrowRight');
      await press(player, 'ArrowRight');
      expect(deepActive()?.getAttribute('aria-label')).to.equal('20 of 100');
      await client.drafts.flush();
      expect(await answer(client, 'belief')).to.equal(20);
    });
  });

  describe('choice', () => {
    it('is a radio group whose feedback is read out as it appears', async () => {
      const { player } = await at('feel');
      const group = part(player, '[part="choices"]');
      expect(group.getAttribute('role')).to.equal('radiogroup');
      expect(group.getAttribute('aria-labelledby')).to.equal('step-heading');
      await tabTo(player, '.choice input');
      await press(player, 'ArrowDown');
      expect(part(player, '[part="feedback"]').getAttribute('role')).to.equal('status');
      expect(text(player, '[part="feedback"]')).to.equal(
        'That frustration may be another part, and that is okay.',
      );
      await press(player, 'ArrowUp');
      expect(text(player, '[part="feedback"]')).to.equal('Curiosity is a good place to start.');
      await expectAccessible(player);
    });
  });

  describe('card sort', () => {
    it('has one tab stop; arrows move focus between cards and piles', async () => {
      const { player } = await at('values', { ...before, values: { less: ['health'] } });
      await tabTo(player, '.card');
      const tabbable = [...player.shadowRoot!.querySelectorAll<HTMLElement>('.card')].filter(
        (card) => card.tabIndex === 0,
      );
      expect(tabbable).to.have.length(1);
      expect(deepActive()?.textContent?.trim()).to.equal('Family');
      await press(player, 'ArrowDown');
      expect(deepActive()?.textContent?.trim()).to.equal('Play');
      await press(player, 'ArrowRight');
      expect(deepActive()?.querySelector('.card-label')?.textContent).to.equal('Health');
      expect(deepActive()?.getAttribute('aria-describedby')).to.equal('sort-instructions');
    });

    it('picks up, moves and drops by keyboard, announcing each move', async () => {
      const { player, client } = await at('values');
      await tabTo(player, '.card');
      await press(player, ' ');
      expect(deepActive()?.getAttribute('aria-pressed')).to.equal('true');
      expect(announced(player)).to.equal(
        'Family picked up, in Not sorted yet, 1 of 3. Arrow keys move it, Space drops it, Escape cancels.',
      );
      await press(player, 'ArrowRight');
      expect(cardsIn(player, 'very')).to.deep.equal(['Family']);
      expect(announced(player)).to.equal('Family: Very important, 1 of 1.');
      expect(deepActive()?.textContent?.trim()).to.equal('Family');
      await press(player, 'ArrowRight');
      expect(announced(player)).to.equal('Family: Less important, 1 of 1.');
      await press(player, ' ');
      expect(announced(player)).to.equal('Family dropped in Less important, 1 of 1.');
      expect(deepActive()?.getAttribute('aria-pressed')).to.equal('false');
      await client.drafts.flush();
      expect(await answer(client, 'values')).to.deep.equal({ less: ['family'] });
      await expectAccessible(player);
    });

    it('passes over a full pile, saying so, and puts a card back on Escape', async () => {
      const { player } = await at('values', { ...before, values: { very: ['play'] } });
      expect(player.shadowRoot!.querySelectorAll('[data-zone="very"] .move-here')).to.have.length(0);
      await tabTo(player, '.card');
      await press(player, ' ');
      await press(player, 'ArrowRight');
      expect(cardsIn(player, 'less')).to.deep.equal(['Family']);
      expect(announced(player)).to.equal('Very important is full. Family: Less important, 1 of 1.');
      await press(player, 'ArrowRight');
      expect(cardsIn(player, 'less')).to.deep.equal(['Family']);
      await press(player, 'Escape');
      expect(announced(player)).to.equal('Move cancelled. Family is back in Not sorted yet.');
      expect(cardsIn(player, '-')).to.deep.equal(['Family', 'Health']);
    });

    it('refuses a drop on a full pile and says why', async () => {
      const { player } = await at('values', { ...before, values: { very: ['play'] } });
      await drag(part(player, '[data-key="health"]'), part(player, '[data-zone="very"]'));
      await player.updateComplete;
      expect(cardsIn(player, 'very')).to.deep.equal(['Play']);
      expect(announced(player)).to.equal('Very important holds at most 1 cards. Move one out first.');
    });

    it('swaps Left and Right right to left', async () => {
      const client = await resumedClient(EVERY_KIND, 'values', before);
      const wrapper = await fixture<HTMLElement>(html`<div dir="rtl"></div>`);
      const player = document.createElement('il-exercise-player');
      player.definition = EVERY_KIND;
      const provider = document.createElement('il-provider');
      provider.client = client;
      provider.append(player);
      wrapper.append(provider);
      await player.updateComplete;
      part(player, '#step-heading').focus();
      await tabTo(player, '.card');
      await press(player, ' ');
      await press(player, 'ArrowLeft');
      expect(cardsIn(player, 'very')).to.deep.equal(['Family']);
      await press(player, 'ArrowRight');
      expect(cardsIn(player, '-')).to.deep.equal(['Family', 'Health', 'Play']);
    });

    it('moves a card by pointer drag', async () => {
      const { player, client } = await at('values');
      const card = part(player, '[data-key="health"]');
      await drag(card, part(player, '[data-zone="less"]'));
      await player.updateComplete;
      expect(cardsIn(player, 'less')).to.deep.equal(['Health']);
      expect(announced(player)).to.equal('Health dropped in Less important, 1 of 1.');
      await drag(part(player, '[data-key="play"]'), part(player, '[data-zone="less"] [data-key="health"]'));
      await player.updateComplete;
      expect(cardsIn(player, 'less')).to.have.members(['Health', 'Play']);
      await client.drafts.flush();
      expect((await answer(client, 'values')) as Record<string, string[]>).to.have.keys(['less']);
    });

    it('moves a card with a tap and a "move here" button, no dragging needed', async () => {
      const { player } = await at('values');
      const [x, y] = await centre(part(player, '[data-key="play"]'));
      await sendMouse({ type: 'click', position: [x, y] });
      await resetMouse();
      await player.updateComplete;
      const moveHere = [...player.shadowRoot!.querySelectorAll<HTMLButtonElement>('.move-here')];
      expect(moveHere.map((button) => button.textContent!.trim())).to.deep.equal([
        'Move “Play” to Very important',
        'Move “Play” to Less important',
      ]);
      moveHere[0]!.click();
      await player.updateComplete;
      expect(cardsIn(player, 'very')).to.deep.equal(['Play']);
      expect(player.shadowRoot!.querySelector('.move-here')).to.equal(null);
    });
  });

  describe('list builder', () => {
    it('adds, edits, reorders and removes entries by keyboard, announcing moves', async () => {
      const { player, client } = await at('steps');
      await tabTo(player, '.add');
      await press(player, 'Enter');
      await type(player, 'walk');
      await tabTo(player, '.add');
      await press(player, 'Enter');
      await type(player, 'call Sam');
      expect(playerActive(player)?.id).to.equal('entry-1');
      await tabTo(player, '[data-entry="1"] .handle');
      expect(deepActive()?.getAttribute('aria-label')).to.equal('Reorder call Sam');
      await press(player, ' ');
      expect(announced(player)).to.equal(
        'call Sam picked up, 2 of 2. Up and Down move it, Space drops it, Escape cancels.',
      );
      await press(player, 'ArrowUp');
      expect(announced(player)).to.equal('call Sam: 1 of 2.');
      await press(player, ' ');
      expect(announced(player)).to.equal('call Sam dropped, 1 of 2.');
      await client.drafts.flush();
      expect(await answer(client, 'steps')).to.deep.equal(['call Sam', 'walk']);
      await tabTo(player, '[data-entry="0"] .move-down');
      await press(player, 'Enter');
      expect(announced(player)).to.equal('call Sam: 2 of 2.');
      await tabTo(player, '[data-entry="0"] .remove');
      await press(player, 'Enter');
      expect(announced(player)).to.equal('walk removed.');
      expect(playerActive(player)?.id).to.equal('entry-0');
      await client.drafts.flush();
      expect(await answer(client, 'steps')).to.deep.equal(['call Sam']);
      await expectAccessible(player);
    });

    it('stops adding at its maximum and says so', async () => {
      const { player } = await at('steps', { ...before, steps: ['a', 'b', 'c'] });
      expect(part<HTMLButtonElement>(player, '.add').disabled).to.equal(true);
      expect(text(player, '#list-count')).to.equal('This list is full (3).');
    });

    it('reorders by pointer drag on the handle', async () => {
      const { player, client } = await at('steps', { ...before, steps: ['a', 'b', 'c'] });
      await drag(part(player, '[data-entry="2"] .handle'), part(player, '[data-entry="0"] .handle'));
      await player.updateComplete;
      await client.drafts.flush();
      expect(await answer(client, 'steps')).to.deep.equal(['c', 'a', 'b']);
    });

    it('keeps per-entry fields (day, time, rating) as a table', async () => {
      const { player, client } = await at('plan');
      await tabTo(player, '.add');
      await press(player, 'Enter');
      await type(player, 'Walk in the park');
      await press(player, 'Tab');
      await press(player, 'ArrowDown'); // the day select: first real day
      await press(player, 'Tab');
      await type(player, '0530P');
      await tabTo(player, '.rating input');
      await press(player, 'ArrowRight');
      await client.drafts.flush();
      const plan = (await answer(client, 'plan')) as Record<string, string[]>;
      expect(plan['text']).to.deep.equal(['Walk in the park']);
      expect(plan['day']).to.deep.equal(['mon']);
      expect(plan['time']).to.deep.equal(['17:30']);
      expect(plan['pleasure']).to.deep.equal(['1']);
      expect(part(player, 'label[for="entry-0"]').textContent).to.equal('Activity 1');
      await expectAccessible(player);
    });
  });

  describe('parts map', () => {
    it('is a form of parts and a map of them around Self, grouped by role', async () => {
      const { player, client } = await at('parts');
      await answerByKeyboard(player, currentStep(player, EVERY_KIND));
      await press(player, 'Tab'); // the role radios are one group: next is the body question
      await type(player, 'my jaw');
      await tabTo(player, '.add');
      await press(player, 'Enter');
      await type(player, 'Little one');
      expect(text(player, '#map-caption')).to.equal('Your map: 2 parts');
      expect(text(player, '#region-manager')).to.equal('Managers');
      expect(text(player, '.region-manager ul')).to.equal('The planner');
      expect(text(player, '.region-unsure ul')).to.equal('Little one');
      expect(part(player, 'fieldset legend').textContent).to.equal('Part 1: The planner');
      await client.drafts.flush();
      expect(await answer(client, 'parts')).to.deep.equal({
        name: ['The planner', 'Little one'],
        role: ['manager', ''],
        body: ['my jaw', ''],
        feeling: ['', ''],
        needs: ['', ''],
        note: ['', ''],
      });
      await expectAccessible(player);
    });
  });

  describe('timer', () => {
    it('starts, pauses and resumes, shows and announces the guidance, and says when time is up', async () => {
      const short = exerciseOf([
        { id: 'intro', kind: 'text', body: { en: 'Hi' } },
        {
          id: 'minute',
          kind: 'timer',
          instructions: { en: 'Notice.' },
          seconds: 1,
          cues: [{ atSeconds: 0, text: { en: 'Settle in.' } }],
        },
      ]);
      const { player } = await at('minute', {}, short);
      expect(text(player, '.time')).to.equal('0:01 left');
      await tabTo(player, '.practice-button.start');
      await press(player, 'Enter');
      expect(text(player, '[part="cue"]')).to.equal('Settle in.');
      expect(announced(player)).to.equal('Settle in.');
      expect(deepActive()?.classList.contains('pause')).to.equal(true);
      await press(player, 'Enter');
      expect(player.shadowRoot!.querySelector('.practice-button.resume')).not.to.equal(null);
      await tabTo(player, '.practice-button.resume');
      await press(player, 'Enter');
      await until(() => player.shadowRoot!.querySelector('.done-note') !== null, 'time up');
      await player.updateComplete;
      expect(text(player, '.done-note')).to.equal('Time is up. Go on when you are ready.');
      expect(announced(player)).to.equal('Time is up. Go on when you are ready.');
      expect(text(player, '[part="transcript"] summary')).to.equal('All the guidance');
    });
  });

  describe('audio', () => {
    it('shows the transcript beside the recording and its captions in time', async () => {
      const { player } = await at('listen');
      expect(text(player, '[part="transcript"]')).to.include('Let your breath settle.');
      const audio = part<HTMLAudioElement>(player, 'audio');
      expect(audio.controls).to.equal(true);
      await until(() => audio.readyState >= 1, 'audio metadata');
      const track = part<HTMLTrackElement>(player, 'track');
      await until(() => track.readyState === 2, 'captions loaded');
      // The test server cannot serve byte ranges, so seeking is out: play it (muted) instead.
      audio.muted = true;
      await audio.play();
      await until(
        () => text(player, '[part="caption"]') === 'Notice your feet on the floor.',
        'first caption',
      );
      await until(() => text(player, '[part="caption"]') === 'Let your breath settle.', 'second caption');
      audio.pause();
      await expectAccessible(player);
    });
  });

  describe('breathing', () => {
    it('paces the breath in text with start, pause and resume', async () => {
      const { player } = await at('breathe');
      expect(text(player, '.phase')).to.equal('Start when you are ready');
      expect(text(player, '.breathing-plan')).to.equal('In for 4 s, hold 2 s, out for 6 s; 3 breaths.');
      await tabTo(player, '.practice-button.start');
      await press(player, 'Enter');
      expect(text(player, '.phase-name')).to.equal('Breathe in');
      await press(player, 'Enter');
      expect(part(player, '.circle').classList.contains('paused')).to.equal(true);
      await expectAccessible(player);
    });
  });

  describe('reflection', () => {
    it('quotes earlier answers as text and takes a note', async () => {
      const { player } = await at('summary', {
        situation: 'the bus was late',
        values: { very: ['family'] },
        plan: { text: ['walk'], day: [''], time: [''], pleasure: [''] },
        parts: { name: ['Critic'], role: ['manager'], body: [''], feeling: [''], needs: [''], note: [''] },
      });
      const paragraphs = [...player.shadowRoot!.querySelectorAll('[part="reflection"] p')];
      expect(paragraphs.map((paragraph) => paragraph.textContent)).to.deep.equal([
        'When the bus was late.',
        'Values: Very important: Family\nPlan: walk\nParts: Critic',
      ]);
      await tabTo(player, '#answer');
      expect(deepActive()?.getAttribute('aria-labelledby')).to.equal('prompt');
    });
  });

  describe('reload at any step resumes exactly', () => {
    const cases: [string, (player: IlExercisePlayer) => void][] = [
      ['intro', () => undefined],
      [
        'situation',
        (player) =>
          expect(part<HTMLTextAreaElement>(player, '#answer').value).to.equal('It rainedTyped by keyboard'),
      ],
      ['belief', (player) => expect(text(player, '[part~="rating-checked"]')).to.equal('10')],
      ['feel', (player) => expect(part<HTMLInputElement>(player, '.choice input').checked).to.equal(true)],
      ['values', (player) => expect(cardsIn(player, 'very')).to.deep.equal(['Family'])],
      [
        'steps',
        (player) => expect(part<HTMLInputElement>(player, '#entry-0').value).to.equal('A keyboard entry'),
      ],
      [
        'plan',
        (player) => expect(part<HTMLInputElement>(player, '#entry-0').value).to.equal('A keyboard entry'),
      ],
      ['pause', (player) => expect(text(player, '.time')).to.equal('0:30 left')],
      ['listen', (player) => expect(player.shadowRoot!.querySelector('audio')).not.to.equal(null)],
      ['breathe', (player) => expect(text(player, '.phase')).to.equal('Start when you are ready')],
      [
        'parts',
        (player) => {
          expect(part<HTMLInputElement>(player, '#part-0-name').value).to.equal('The planner');
          expect(part<HTMLInputElement>(player, 'input[name="part-0-role"]').checked).to.equal(true);
        },
      ],
      [
        'summary',
        (player) => expect(part<HTMLTextAreaElement>(player, '#answer').value).to.equal('A reflection'),
      ],
    ];
    const names: string[] = [];
    afterEach(async () => {
      await Promise.all(names.splice(0).map((name) => indexedDB.deleteDatabase(name)));
    });

    for (const [stepId, check] of cases) {
      it(`${currentKind(stepId)} (${stepId})`, async () => {
        const name = `player-${crypto.randomUUID()}`;
        names.push(await partitionDatabaseName(name, { userId: 'c-1', role: 'client' }));
        const first = await resumedClient(EVERY_KIND, stepId, before, { store: idbStore({ name }) });
        const player = await mountWithClient<IlExercisePlayer>(
          html`<il-exercise-player .definition=${EVERY_KIND}></il-exercise-player>`,
          first,
        );
        part(player, '#step-heading').focus();
        await answerByKeyboard(player, currentStep(player, EVERY_KIND));
        await first.drafts.flush();
        await first.close();
        player.closest('il-provider')!.remove();

        const second = testClient({ store: idbStore({ name }) });
        const again = await mountWithClient<IlExercisePlayer>(
          html`<il-exercise-player .definition=${EVERY_KIND}></il-exercise-player>`,
          second,
        );
        expect(currentStep(again, EVERY_KIND).id).to.equal(stepId);
        check(again);
        await second.close();
      });
    }
  });
});

function currentKind(stepId: string): string {
  return EVERY_KIND.steps.find((step) => step.id === stepId)!.kind;
}
