// The measure-form bench's page: the PHQ-9 rendered by il-measure-form and by SurveyJS
// (survey-core + survey-js-ui, its default theme) from the same questionnaire, timed from
// creating the form to the end of the frame that shows every question answerable (a message
// posted from requestAnimationFrame runs after that paint). Both libraries are loaded and
// evaluated before the timing starts; the cold pages (cold-*.ts) time that too.
import { createInterlude, memoryStore, type Interlude } from '@interlude/store';
import { afterPaint, box } from './common.js';
import { renderInterlude } from './interlude.js';
import { renderSurveyJs } from './surveyjs.js';

let client: Interlude | undefined;

const libraries: Record<string, (host: HTMLElement) => Promise<void>> = {
  'il-measure-form': (host) => renderInterlude(host, client),
  SurveyJS: renderSurveyJs,
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
