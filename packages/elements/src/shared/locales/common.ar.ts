import type { CommonStrings } from './common.js';

export const ar = {
  notConfiguredTitle: 'عنصر Interlude هذا غير متصل',
  notConfiguredBody: 'ضعه داخل <il-provider> وامنح المزوّد عميلًا تم إنشاؤه باستخدام createInterlude().',
  invalidSettingsTitle: 'عنصر Interlude هذا غير مُعدّ بشكل صحيح',
  invalidSettingsBody: (problem: string) => `تحقّق من سماته وخصائصه: ${problem}`,
} satisfies CommonStrings;
