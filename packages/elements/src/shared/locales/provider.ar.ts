import type { ProviderStrings } from './provider.js';

export const ar = {
  invalidClientTitle: 'عميل Interlude غير صالح',
  invalidClientBody: (problem: string) => `تلقّى المزوّد عميلًا لا يمكنه استخدامه: ${problem}`,
} satisfies ProviderStrings;
