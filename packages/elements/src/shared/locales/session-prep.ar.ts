import type { SessionPrepStrings } from './session-prep.js';

export const ar = {
  sessionPrepTitle: (name: string) => `التحضير للجلسة: ${name}`,
  sessionPrepTitleNoName: 'التحضير للجلسة',
  sessionPrepChooseClient: 'اختر عميلًا وتاريخ الجلسة الأخيرة للتحضير.',
  sessionPrepCopy: 'نسخ كنص',
  sessionPrepPrint: 'طباعة',
  sessionPrepCopied: 'نُسخ التحضير للجلسة كنص.',
  sessionPrepCopyFailed: 'الحافظة غير متاحة هنا: النص محدَّد أدناه لنسخه يدويًا.',
  sessionPrepCopyFallback: 'التحضير للجلسة كنص',
} satisfies SessionPrepStrings;
