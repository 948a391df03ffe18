import type { CrisisStrings } from './crisis.js';

export const ar = {
  crisisHeading: 'لست مضطرًا لمواجهة هذا وحدك',
  crisisMessage:
    'شكرًا لأنك أخبرتنا. إذا كنت تفكر في إيذاء نفسك، يرجى التواصل الآن: الجهات أدناه يمكنها المساعدة ليلًا ونهارًا.',
  crisisClinicianNote:
    'سيرى معالجك هذه الإجابة بعد إرسالها ومزامنتها، لكنه لا يتابعها لحظة بلحظة. إذا كنت بحاجة إلى مساعدة الآن، يرجى التواصل مع إحدى الجهات أعلاه.',
  crisisResourcesHeading: 'إذا كنت بحاجة إلى مساعدة الآن',
  crisisCall: 'اتصل بـ',
  crisisText: 'أرسل رسالة نصية إلى',
  crisisWebsite: (name: string) => `موقع ${name}`,
} satisfies CrisisStrings;
