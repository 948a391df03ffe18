import type { MeasureFormStrings } from './measure-form.js';

export const de = {
  measureLicenceRefused: 'Dieser Fragebogen kann hier nicht angeboten werden',
  measureSubmit: 'Antworten absenden',
  measureItemCount: (count: number) => `${count} Fragen`,
  measureItemMissing: 'Diese Frage ist noch nicht beantwortet.',
  measureMissingAll: (first: number) =>
    `Bitte beantworten Sie alle Fragen. Frage ${first} ist noch nicht beantwortet.`,
  measureMissingSome: (first: number, allowed: number) =>
    `Bitte beantworten Sie Frage ${first}. Bis zu ${allowed} Fragen dürfen offen bleiben, es sind aber mehr.`,
  measureThanks: 'Danke. Ihre Antworten sind gespeichert.',
  measureScore: (total: string, max: string, band: string) =>
    band ? `Ihr Wert: ${total} von ${max} (${band})` : `Ihr Wert: ${total} von ${max}`,
  measureUnscorable: 'Es wurden zu wenige Fragen beantwortet, um einen Wert zu berechnen.',
} satisfies MeasureFormStrings;
