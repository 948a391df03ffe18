import type { Messages } from './en.js';

export const de = {
  notConfiguredTitle: 'Dieses Interlude-Element ist nicht verbunden',
  notConfiguredBody:
    'Setzen Sie es in ein <il-provider>-Element und geben Sie diesem einen mit createInterlude() erstellten Client.',
  invalidClientTitle: 'Der Interlude-Client ist ungültig',
  invalidClientBody: (problem: string) => `Der Provider hat einen unbrauchbaren Client erhalten: ${problem}`,
  ratingValueText: (value: number, max: number) => `${value} von ${max}`,
  ratingValueWithAnchor: (value: number, max: number, anchor: string) => `${value} von ${max}, ${anchor}`,
  required: 'Bitte wählen Sie einen Wert.',
  invalidSettingsTitle: 'Dieses Interlude-Element ist falsch eingerichtet',
  invalidSettingsBody: (problem: string) => `Prüfen Sie seine Attribute und Eigenschaften: ${problem}`,

  // ── Run an activity (shared by il-measure-form, il-check-in, il-exercise-player): status, submit, errors ──
  // (add this group's keys below this line)

  // ── Client elements: il-measure-form, il-check-in, il-today, il-crisis-resources, il-reminder-settings, il-slider ──
  // (add this group's keys below this line)

  // ── Exercise player: il-exercise-player and its steps ──
  // (add this group's keys below this line)

  // ── Charts: the chart foundation, il-mood-chart, il-outcome-chart, il-adherence-chart, il-progress ──
  // (add this group's keys below this line)

  // ── Clinician elements: il-review-queue, il-session-prep, il-assignment-composer, il-clinic-overview ──
  // (add this group's keys below this line)
} satisfies Messages;
