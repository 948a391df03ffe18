import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../packages/elements/custom-elements.json';
import '../packages/elements/themes/light.css';
import '../packages/elements/themes/dark.css';
import '../packages/elements/themes/high-contrast.css';

// Autodocs tables (attributes, properties, events, parts, CSS properties, slots) come
// from the manifest that `npm run cem` generates from the elements' JSDoc.
setCustomElementsManifest(manifest);

/** Wraps every story in the chosen theme, direction and language. */
const withTheme: Decorator = (story, context) => {
  const { theme, dir, lang } = context.globals as { theme?: string; dir?: string; lang?: string };
  return html`<div
    class="il-theme-${theme ?? 'light'}"
    dir=${dir ?? 'ltr'}
    lang=${lang ?? 'en'}
    style="padding: 1rem; min-height: 100%; background: var(--il-color-bg); color: var(--il-color-text);"
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  decorators: [withTheme],
  globalTypes: {
    theme: {
      description: 'Theme (the --il-* token presets)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'high-contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    lang: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'ar', title: 'العربية' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', dir: 'ltr', lang: 'en' },
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
