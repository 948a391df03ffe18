import type { CommonStrings } from './common.js';

export const de = {
  notConfiguredTitle: 'Dieses Interlude-Element ist nicht verbunden',
  notConfiguredBody:
    'Setzen Sie es in ein <il-provider>-Element und geben Sie diesem einen mit createInterlude() erstellten Client.',
  invalidSettingsTitle: 'Dieses Interlude-Element ist falsch eingerichtet',
  invalidSettingsBody: (problem: string) => `Prüfen Sie seine Attribute und Eigenschaften: ${problem}`,
} satisfies CommonStrings;
