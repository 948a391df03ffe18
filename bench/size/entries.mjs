// What `npm run size` measures: one module source per entry, bundled the way a vendor's
// bundler would. Element entries are discovered from packages/elements/package.json
// `exports`, so a new element gets a row (and the default budget) without touching this file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {object} SizeEntry
 * @property {string} name   row name; also the key in bench/size-budgets.json
 * @property {'element' | 'bundle' | 'core' | 'content' | 'peer'} kind
 * @property {string} source module source; bare imports resolve from the repository root
 * @property {string} [element] for element entries: the folder name (`rating-scale`)
 */

/** `./rating-scale.js` → `rating-scale`, for every export that points at an element's define module. */
export function elementNames(root) {
  const manifest = JSON.parse(readFileSync(join(root, 'packages/elements/package.json'), 'utf8'));
  return Object.entries(manifest.exports)
    .filter(([key, target]) => {
      if (!/^\.\/[a-z0-9-]+\.js$/.test(key) || typeof target !== 'object') return false;
      return Object.values(target).some((path) => typeof path === 'string' && path.endsWith('/define.ts'));
    })
    .map(([key]) => key.slice(2, -3))
    .sort();
}

/** Every entry of the report, in the order it is printed. */
export function sizeEntries(root) {
  /** @type {SizeEntry[]} */
  const entries = [];
  const core = (what, names) =>
    entries.push({
      name: `@interlude/core: ${what}`,
      kind: 'core',
      source: `export { ${names} } from '@interlude/core';`,
    });

  entries.push({
    name: '@interlude/core (everything)',
    kind: 'core',
    source: `export * from '@interlude/core';`,
  });
  // What a vendor typically imports on its own: validation at its boundary, scoring, schedules,
  // and the clinician-side engines (flags, adherence, session prep) on a server or a portal.
  core('parseUser only', 'parseUser');
  core('scoreMeasure only', 'scoreMeasure');
  core('expandOccurrences only', 'expandOccurrences');
  core('computeFlags only', 'computeFlags');
  core('caseloadAdherence (lean summaries)', 'caseloadAdherence, indexCaseload');
  core('clientAdherence (detailed)', 'clientAdherence');
  core('prepareSession + renderSessionPrepText', 'prepareSession, renderSessionPrepText');
  core(
    'a nightly job: indexCaseload, computeFlags, caseloadAdherence, prepareSessions',
    'indexCaseload, computeFlags, caseloadAdherence, prepareSessions',
  );
  entries.push({
    name: '@interlude/content: PHQ-9 only',
    kind: 'content',
    source: `export { phq9 } from '@interlude/content';`,
  });

  for (const element of elementNames(root)) {
    entries.push({
      name: `@interlude/elements/${element}.js`,
      kind: 'element',
      element,
      source: `import '@interlude/elements/${element}.js';`,
    });
  }
  entries.push({
    name: '@interlude/elements (everything)',
    kind: 'bundle',
    source: `import '@interlude/elements';`,
  });
  entries.push(...PEERS);
  return entries;
}

/**
 * What a vendor would embed instead, bundled the same way. JavaScript only: SurveyJS and
 * uPlot also need their style sheets (not counted), Interlude's styles are in its JavaScript.
 * @type {SizeEntry[]}
 */
export const PEERS = [
  {
    name: 'peer: bare Lit element',
    kind: 'peer',
    source: `import { LitElement, html, css } from 'lit';
      customElements.define('x-peer', class extends LitElement { static styles = css\`:host{display:block}\`; render() { return html\`<p>hi</p>\`; } });`,
  },
  {
    name: 'peer: zod (full), one object + parse',
    kind: 'peer',
    source: `import { z } from 'zod';
      export const parse = (v) => z.object({ id: z.string().min(1), role: z.enum(['a', 'b']) }).parse(v);`,
  },
  {
    name: 'peer: zod/mini, one object + parse',
    kind: 'peer',
    source: `import * as z from 'zod/mini';
      export const parse = (v) => z.object({ id: z.string().check(z.minLength(1)), role: z.enum(['a', 'b']) }).parse(v);`,
  },
  {
    name: 'peer: SurveyJS (survey-core + survey-js-ui), render a survey',
    kind: 'peer',
    source: `import { Model } from 'survey-core';
      import { renderSurvey } from 'survey-js-ui';
      export const render = (json, element) => renderSurvey(new Model(json), element);`,
  },
  {
    name: 'peer: Chart.js, tree-shaken line chart',
    kind: 'peer',
    source: `import { Chart, LineController, LineElement, PointElement, LinearScale, CategoryScale } from 'chart.js';
      Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale);
      export const line = (canvas, data) => new Chart(canvas, { type: 'line', data });`,
  },
  {
    name: 'peer: uPlot, line chart',
    kind: 'peer',
    source: `import uPlot from 'uplot';
      export const line = (element, data, opts) => new uPlot(opts, data, element);`,
  },
];

/** Which peers an element is compared with in the bench table (by element folder name). */
export const PEERS_OF_ELEMENT = {
  'measure-form': ['peer: SurveyJS (survey-core + survey-js-ui), render a survey'],
  'mood-chart': ['peer: uPlot, line chart', 'peer: Chart.js, tree-shaken line chart'],
  'outcome-chart': ['peer: uPlot, line chart', 'peer: Chart.js, tree-shaken line chart'],
  'adherence-chart': ['peer: uPlot, line chart', 'peer: Chart.js, tree-shaken line chart'],
};
