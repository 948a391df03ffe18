// The measure-form bench's page: the PHQ-9 rendered by il-measure-form and by SurveyJS
// (survey-core + survey-js-ui, its default theme) from the same questionnaire, timed from
// creating the form to the end of the frame that shows every question answerable (a message
// posted from requestAnimationFrame runs after that paint).
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
// The fontless theme: the default one loads Open Sans from Google Fonts, which this offline page cannot reach.
import 'survey-core/survey-core.fontless.css';
import { localizedText, type MeasureDefinition } from '@interlude/core';
import { phq9 } from '@interlude/content';
import { createInterlude, memoryStore, type Interlude } from '@interlude/store';
import '../../packages/elements/src/measure-form/define.js';
import type { IlMeasureForm } from '../../packages/elements/src/measure-form/measure-form.js';

const afterPaint = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );

/** The same questionnaire as SurveyJS JSON: title, stem, every item a required radio group. */
export function surveyJson(definition: MeasureDefinition): Record<string, unknown> {
  const items = [...definition.items, ...(definition.supplementaryItems ?? [])];
  return {
    title: localizedText(definition.title, 'en'),
    description: definition.instructions ? localizedText(definition.instructions, 'en') : undefined,
    questionsOnPageMode: 'singlePage',
    pages: [
      {
        name: 'page1',
        elements: items.map((item) => ({
          type: 'radiogroup',
          name: item.id,
          title: localizedText(item.text, 'en'),
          isRequired: item.scored !== false,
          choices: item.options.map((option) => ({
            value: option.value,
            text: localizedText(option.label, 'en'),
          })),
        })),
      },
    ],
  };
}

const OPTIONS = [...phq9.items, ...(phq9.supplementaryItems ?? [])].reduce(
  (sum, item) => sum + item.options.length,
  0,
);

/** Polls once per frame until `ready()` holds (a render that finishes asynchronously). */
async function until(ready: () => boolean): Promise<void> {
  for (let frame = 0; !ready(); frame += 1) {
    if (frame > 600) throw new Error('the form never became interactive');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

function box(): HTMLElement {
  const element = document.createElement('div');
  element.style.cssText = 'width: 800px;';
  document.body.append(element);
  return element;
}

let client: Interlude | undefined;

const libraries: Record<string, (host: HTMLElement) => Promise<void>> = {
  'il-measure-form': async (host) => {
    const form = document.createElement('il-measure-form') as IlMeasureForm;
    form.client = client;
    form.definition = phq9;
    host.append(form);
    await form.whenResumed();
    await form.updateComplete;
    const groups = [...(form.shadowRoot?.querySelectorAll('il-choice-group') ?? [])] as IlMeasureForm[];
    await Promise.all(groups.map((group) => group.updateComplete));
    const enabled = groups.flatMap((group) => [
      ...(group.shadowRoot?.querySelectorAll('[role="radio"][aria-disabled="false"]') ?? []),
    ]);
    if (enabled.length !== OPTIONS) throw new Error(`il-measure-form: ${enabled.length} options`);
  },
  SurveyJS: async (host) => {
    renderSurvey(new Model(surveyJson(phq9)), host);
    await until(() => host.querySelectorAll('input[type="radio"]:not([disabled])').length === OPTIONS);
  },
};

declare global {
  interface Window {
    prepareMeasureFormSample(): Promise<void>;
    runMeasureFormSample(library: string): Promise<{ firstMs: number }>;
  }
}

// The vendor's app has its client before any form opens: created (and its partition open) untimed.
window.prepareMeasureFormSample = async () => {
  client = createInterlude({
    user: { id: 'c-1', role: 'client', timeZone: 'Europe/London' },
    store: memoryStore(),
    sync: { autoStart: false },
  });
  await client.ready;
  await afterPaint();
};

window.runMeasureFormSample = async (library) => {
  const render = libraries[library];
  if (render === undefined) throw new Error(`unknown library ${library}`);
  const host = box();
  const started = performance.now();
  await render(host);
  await afterPaint();
  return { firstMs: performance.now() - started };
};
