// Definitions and answers are untrusted: every text field of a definition and every client
// answer carries script and markup payloads here, and none of them may become markup.
import { expect, html } from '@open-wc/testing';
import type { ExerciseDefinition } from '@interlude/core';
import { mountWithClient } from '../shared/testing/test-client.js';
import { everyKindSteps, exerciseOf, resumedClient } from '../shared/testing/exercises.js';
import './define.js';
import type { IlExercisePlayer } from './exercise-player.js';
import { currentStep, part } from './player.test-suite.js';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '"><svg onload="window.__pwned=3"></svg>',
  '<a href="javascript:window.__pwned=4">link</a> **not markup**',
];
const FIXTURES = new URL('./test-fixtures/', import.meta.url);

/** Replaces every client-facing string of the definition with a payload (ids and URLs stay). */
function hostile<T>(value: T, key = '', index = { n: 0 }): T {
  const keep = ['id', 'kind', 'stepId', 'src', 'version', 'modality', 'op', 'locale', 'quotes'];
  if (typeof value === 'string') {
    if (keep.includes(key) || (key === 'value' && !value.includes(' '))) return value;
    return PAYLOADS[index.n++ % PAYLOADS.length] as T;
  }
  if (Array.isArray(value)) return value.map((entry) => hostile(entry, key, index)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([child, entry]) => [
        child,
        hostile(entry, child === 'en' ? key : child, index),
      ]),
    ) as T;
  }
  return value;
}

/** Every element in the player's shadow trees, nested ones included. */
function allElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [
    element,
    ...(element.shadowRoot ? allElements(element.shadowRoot) : []),
  ]);
}

function expectInert(player: IlExercisePlayer, where: string): void {
  const tags = allElements(player.shadowRoot!).map((element) => element.localName);
  expect(tags, where).not.to.include.members(['img', 'script', 'svg', 'a', 'iframe']);
  expect((window as { __pwned?: number }).__pwned, where).to.equal(undefined);
}

describe('il-exercise-player: payloads stay text', () => {
  it('renders every definition text field and every answer inert, on every step', async function () {
    this.timeout(30000);
    const [a, b, c, d] = PAYLOADS as [string, string, string, string];
    const base = exerciseOf(everyKindSteps({ audio: new URL('guide.wav', FIXTURES).href }));
    // Keep the reflection's placeholders (they are structure, not text) and the choice ids conditions name.
    const steps = base.steps.map((step) =>
      step.kind === 'reflection'
        ? { ...hostile(step), template: { en: `${a} {situation} ${b} {parts}` } }
        : hostile(step),
    );
    const definition = { ...hostile(base), steps } as ExerciseDefinition;
    const answers = {
      situation: a,
      feel: 'reactive',
      plan: { text: [b], day: ['mon'], time: ['17:00'], pleasure: ['4'] },
      steps: [c, d],
      parts: { name: [a], role: ['manager'], body: [b], feeling: [''], needs: [c], note: [d] },
      summary: b,
    };
    const client = await resumedClient(definition, 'intro', answers);
    const player = await mountWithClient<IlExercisePlayer>(
      html`<il-exercise-player .definition=${definition}></il-exercise-player>`,
      client,
    );
    const seen = new Set<string>();
    for (let guard = 0; guard < 20 && !player.shadowRoot!.querySelector('#done-heading'); guard++) {
      const step = currentStep(player, definition);
      seen.add(step.kind);
      await new Promise((resolve) => setTimeout(resolve, 20)); // an onerror or onload would have run by now
      expectInert(player, step.id);
      expect(player.shadowRoot!.textContent).to.include('window.__pwned');
      part(player, '[part~="next"]').click();
      await player.updateComplete;
    }
    expect(seen.size).to.equal(11);
    expectInert(player, 'done');
    const reflection = (await client.submissions.list())[0]!;
    expect(reflection.answers['situation']).to.equal(a);
  });

  it('shows the start page text inert', async () => {
    const base = exerciseOf(everyKindSteps({ audio: 'https://cdn.example.org/a.mp3' }));
    const definition = { ...hostile(base), steps: base.steps };
    const client = await resumedClient(definition, 'missing', {});
    await client.drafts.discard({ activity: { kind: 'exercise', id: definition.id } });
    const player = await mountWithClient<IlExercisePlayer>(
      html`<il-exercise-player .definition=${definition}></il-exercise-player>`,
      client,
    );
    expectInert(player, 'start');
    expect(part(player, '.attribution').textContent).to.include('<script>');
  });
});
