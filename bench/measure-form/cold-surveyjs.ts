// The cold page for SurveyJS: as cold-interlude.ts, its bundle (survey-core + survey-js-ui) and
// its style sheet loaded from a fresh page, then the render.
import { afterPaint, box } from './common.js';
import { renderSurveyJs } from './surveyjs.js';

await renderSurveyJs(box());
await afterPaint();
window.coldSample = { firstMs: performance.now() };
