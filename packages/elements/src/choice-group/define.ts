import { IlChoiceGroup } from './choice-group.js';

export { IlChoiceGroup };

// Guarded so a page that loads Interlude twice (npm and CDN) does not throw.
if (!customElements.get('il-choice-group')) customElements.define('il-choice-group', IlChoiceGroup);

declare global {
  interface HTMLElementTagNameMap {
    'il-choice-group': IlChoiceGroup;
  }
}
