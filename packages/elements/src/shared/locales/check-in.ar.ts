import type { CheckInStrings } from './check-in.js';

export const ar = {
  checkInSubmit: 'حفظ التسجيل',
  checkInOptional: 'اختياري',
  checkInItemMissing: 'يرجى الإجابة عن هذا السؤال.',
  checkInMissing: (prompt: string) => `يرجى الإجابة عن «${prompt}».`,
  checkInCharactersLeft: (count: number) => `متبقٍ ${count} حرفًا`,
  checkInSaved: 'تم حفظ التسجيل',
  checkInAgain: 'سجّل مرة أخرى',
} satisfies CheckInStrings;
