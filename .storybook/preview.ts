import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../packages/elements/custom-elements.json';
import '../packages/elements/themes/light.css';
import '../packages/elements/themes/dark.css';
import '../packages/elements/themes/high-contrast.css';
import './preview.css';
import { argTypesFromManifest } from './arg-types.js';

// Autodocs tables (attributes, properties, events, parts, CSS properties, slots) come
// from the manifest that `npm run cem` generates from the elements' JSDoc.
setCustomElementsManifest(manifest);

/** Wraps every story in the chosen theme, direction and language (preview.css paints it). */
const withTheme: Decorator = (story, context) => {
  const { theme, dir, lang } = context.globals as { theme?: string; dir?: string; lang?: string };
  return html`<div class="il-story il-theme-${theme ?? 'light'}" dir=${dir ?? 'ltr'} lang=${lang ?? 'en'}>
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
    docs: { extractArgTypes: (tagName: string) => argTypesFromManifest(manifest, tagName) },
    // The story's wrapper fills the canvas itself (preview.css), so the theme paints all of it.
    layout: 'fullscreen',
  },
};

export default preview;
