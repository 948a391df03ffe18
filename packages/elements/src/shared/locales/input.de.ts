import type { InputStrings } from './input.js';

export const de = {
  required: 'Bitte wählen Sie einen Wert.',
} satisfies InputStrings;
