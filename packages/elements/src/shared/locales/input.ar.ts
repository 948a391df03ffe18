import type { InputStrings } from './input.js';

export const ar = {
  required: 'يرجى اختيار قيمة.',
} satisfies InputStrings;
