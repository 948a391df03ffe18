import type { ProviderStrings } from './provider.js';

export const de = {
  invalidClientTitle: 'Der Interlude-Client ist ungültig',
  invalidClientBody: (problem: string) => `Der Provider hat einen unbrauchbaren Client erhalten: ${problem}`,
} satisfies ProviderStrings;
