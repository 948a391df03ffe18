import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { dailyMood } from '@interlude/content';
// The vendor theme of examples/cdn, the page a vendor copies: one source for both.
import '../../../../../examples/cdn/northwind-theme.css';
import '../../check-in/define.js';
import '../../rating-scale/define.js';
import '../../slider/define.js';
import { inProvider, type LoadedClient } from '../testing/stories.js';
import { testClient } from '../testing/test-client.js';
import { THEME_TOKENS, TOKEN_GROUPS, type ThemeToken } from './tokens.js';

const meta = { title: 'Theming' } satisfies Meta;
export default meta;

/** A swatch for colours, a bar for sizes: the token drawn with its own current value. */
function sample(token: ThemeToken) {
  if (token.group === 'color' || token.name === '--il-color-focus') {
    return html`<span
      class="swatch"
      style="display:inline-block;inline-size:2rem;block-size:1.25rem;border:1px solid currentColor;background:var(${token.name})"
    ></span>`;
  }
  if (token.group === 'space' || token.name === '--il-focus-ring-width') {
    return html`<span
      style="display:inline-block;block-size:0.75rem;inline-size:var(${token.name});background:currentColor"
    ></span>`;
  }
  if (token.group === 'shape') {
    return html`<span
      style="display:inline-block;inline-size:2rem;block-size:2rem;border:2px solid currentColor;border-radius:var(${token.name})"
    ></span>`;
  }
  return html`<span style="font-family:var(${token.name});font-size:var(${token.name})">Aa</span>`;
}

/** Each token's computed value where the elements read it: the theme in the toolbar applies. */
function tokensTable() {
  return html`${TOKEN_GROUPS.map(
    (group) =>
      html`<table style="border-collapse:collapse;margin-block-end:1.5rem;min-inline-size:36rem">
        <caption style="text-align:start;font-weight:700">
          ${group} tokens
        </caption>
        <thead>
          <tr>
            <th scope="col" style="text-align:start">token</th>
            <th scope="col" style="text-align:start">now</th>
            <th scope="col" style="text-align:start">default</th>
            <th scope="col" style="text-align:start">sample</th>
          </tr>
        </thead>
        <tbody>
          ${THEME_TOKENS.filter((token) => token.group === group).map(
            (token) =>
              html`<tr title=${token.description}>
                <th scope="row" style="text-align:start;font-weight:400"><code>${token.name}</code></th>
                <td><code class="live" data-token=${token.name}></code></td>
                <td><code>${token.default}</code></td>
                <td>${sample(token)}</td>
              </tr>`,
          )}
        </tbody>
      </table>`,
  )}`;
}

/** Fills in each token's current value after render (custom properties are read from the live page). */
function showLiveValues({ canvasElement }: { canvasElement: HTMLElement }) {
  for (const cell of canvasElement.querySelectorAll<HTMLElement>('code.live')) {
    const value = getComputedStyle(cell).getPropertyValue(cell.dataset['token']!).trim();
    cell.textContent = value || '(default)';
  }
  return Promise.resolve();
}

/**
 * Every global token, its value in the theme chosen in the toolbar, its default inside the elements,
 * and a sample; below, elements drawn with those values. The list is `THEME_TOKENS`, the same one
 * docs/theming.md is generated from.
 */
export const Tokens: StoryObj = {
  render: () => html`
    ${tokensTable()}
    <il-rating-scale label="A rating scale in these tokens" min="0" max="5" value="3"></il-rating-scale>
    <il-slider label="A slider in these tokens" min="0" max="10" value="4"></il-slider>
  `,
  play: showLiveValues,
};

/**
 * A vendor's own look (examples/cdn/northwind-theme.css): a few global tokens, one per-element token
 * (`--il-rating-scale-option-size`) and `::part` rules for the check-in's title, save button and
 * feedback. The page a vendor copies uses exactly this file.
 */
export const VendorTheme: StoryObj = {
  loaders: [async (): Promise<LoadedClient> => ({ client: testClient() })],
  render: (_args, { loaded }) =>
    html`<div class="northwind" style="padding:1rem">
      ${inProvider(
        (loaded as LoadedClient).client,
        html`<il-check-in .template=${dailyMood} heading-level="2"></il-check-in>
          <il-rating-scale label="How confident do you feel?" min="0" max="5"></il-rating-scale>`,
      )}
    </div>`,
};
