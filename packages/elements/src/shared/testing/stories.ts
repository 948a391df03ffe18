/**
 * What the stories of the client elements share: a real client (in memory) handed in through a
 * loader, and a wrapper that puts an element inside `<il-provider>` in a given theme, language and
 * direction. Not shipped.
 *
 * @module
 */
import { html, type TemplateResult } from 'lit';
import type { Interlude } from '@interlude/store';
import '../../provider/define.js';

/** What a story's loader hands its render function. */
export interface LoadedClient {
  readonly client?: Interlude;
}

/** Options of {@link inProvider}: a theme class and a language/direction for this story only. */
export interface StoryFrame {
  readonly theme?: 'dark' | 'high-contrast';
  readonly lang?: string;
  readonly dir?: 'rtl' | 'ltr';
  readonly crisisRegion?: string;
}

/** `template` inside a provider holding `client`, framed as `frame` says. */
export function inProvider(client: Interlude | undefined, template: TemplateResult, frame: StoryFrame = {}) {
  const body = html`<il-provider .client=${client} crisis-region=${frame.crisisRegion ?? 'GB'}
    >${template}</il-provider
  >`;
  if (!frame.theme && !frame.lang && !frame.dir) return body;
  return html`<div
    class=${frame.theme ? `il-story il-theme-${frame.theme}` : ''}
    lang=${frame.lang ?? 'en'}
    dir=${frame.dir ?? 'ltr'}
    style="padding: 1rem"
  >
    ${body}
  </div>`;
}

/** Sets a child input's value and fires `change`, the way a person's choice would (for play functions). */
export function choose(input: Element | null | undefined, value: unknown): void {
  if (!input) return;
  (input as Element & { value: unknown }).value = value;
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}
