/**
 * English, the reference locale: every other locale must provide the same keys with the
 * same argument types (`satisfies Messages`). Keep strings short and plain.
 */
export const en = {
  notConfiguredTitle: 'This Interlude widget is not connected',
  notConfiguredBody:
    'Place it inside <il-provider> and give the provider a client created with createInterlude().',
  invalidClientTitle: 'The Interlude client is not valid',
  invalidClientBody: (problem: string) => `The provider received a client it cannot use: ${problem}`,
  ratingValueText: (value: number, max: number) => `${value} of ${max}`,
  ratingValueWithAnchor: (value: number, max: number, anchor: string) => `${value} of ${max}, ${anchor}`,
  required: 'Please choose a value.',
  invalidSettingsTitle: 'This Interlude widget is not set up correctly',
  invalidSettingsBody: (problem: string) => `Check its attributes and properties: ${problem}`,
};

/** The shape every locale has: the same keys as English, each a string or a formatter. */
export type Messages = typeof en;
