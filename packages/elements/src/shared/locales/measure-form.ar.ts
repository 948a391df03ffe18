import type { MeasureFormStrings } from './measure-form.js';

export const ar = {
  measureLicenceRefused: 'لا يمكن تقديم هذا الاستبيان هنا',
  measureSubmit: 'إرسال الإجابات',
  measureItemCount: (count: number) => `${count} أسئلة`,
  measureItemMissing: 'لم تتم الإجابة عن هذا السؤال بعد.',
  measureMissingAll: (first: number) => `يرجى الإجابة عن كل الأسئلة. السؤال ${first} لم تتم الإجابة عنه بعد.`,
  measureMissingSome: (first: number, allowed: number) =>
    `يرجى الإجابة عن السؤال ${first}. يمكن ترك ${allowed} أسئلة كحد أقصى دون إجابة، لكن عدد الأسئلة غير المجابة أكبر.`,
  measureThanks: 'شكرًا لك. تم حفظ إجاباتك.',
  measureScore: (total: string, max: string, band: string) =>
    band ? `نتيجتك: ${total} من ${max} (${band})` : `نتيجتك: ${total} من ${max}`,
  measureUnscorable: 'لم تتم الإجابة عن عدد كافٍ من الأسئلة لحساب النتيجة.',
} satisfies MeasureFormStrings;
