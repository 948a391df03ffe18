import { IlReminderSettings } from './reminder-settings.js';

export { IlReminderSettings };

// Guarded so a page that loads Interlude twice (npm and CDN) does not throw.
if (!customElements.get('il-reminder-settings'))
  customElements.define('il-reminder-settings', IlReminderSettings);

declare global {
  interface HTMLElementTagNameMap {
    'il-reminder-settings': IlReminderSettings;
  }
}
