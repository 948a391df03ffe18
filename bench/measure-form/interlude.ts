// The PHQ-9 in il-measure-form, to interactive (its draft looked up on the device included).
import { phq9 } from '@interlude/content';
import type { Interlude } from '@interlude/store';
import '../../packages/elements/src/measure-form/define.js';
import type { IlMeasureForm } from '../../packages/elements/src/measure-form/measure-form.js';
import { OPTIONS } from './common.js';

/** Renders the PHQ-9 into `host` and resolves once every option is present and enabled. */
export async function renderInterlude(host: HTMLElement, client: Interlude | undefined): Promise<void> {
  const form = document.createElement('il-measure-form') as IlMeasureForm;
  form.client = client;
  form.definition = phq9;
  host.append(form);
  await form.whenResumed();
  await form.updateComplete;
  // The same check as SurveyJS's: every option an enabled radio button.
  const enabled = form.shadowRoot?.querySelectorAll('input[type="radio"]:not([disabled])').length ?? 0;
  if (enabled !== OPTIONS) throw new Error(`il-measure-form: ${enabled} options`);
}
