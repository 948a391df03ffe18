import type { ReminderSettingsStrings } from './reminder-settings.js';

export const ar = {
  remindersPauseAll: 'إيقاف كل التذكيرات مؤقتًا',
  remindersPreferredTimes: 'الأوقات المفضلة',
  remindersPreferredHint: 'للأنشطة التي يمكنك القيام بها في أي وقت من اليوم.',
  remindersTime: (index: number) => `الوقت ${index}`,
  remindersAddTime: 'إضافة وقت',
  remindersRemoveTime: (time: string) => `إزالة ${time}`,
  remindersQuietHours: 'ساعات الهدوء (بدون تذكيرات)',
  remindersQuietOff: 'بدون ساعات هدوء',
  remindersQuietFrom: 'من',
  remindersQuietUntil: 'حتى',
  remindersMaxPerDay: 'الحد الأقصى للتذكيرات في اليوم',
  remindersPerActivity: 'ذكّرني بـ',
  remindersSave: 'حفظ إعدادات التذكير',
  remindersSaved: 'تم حفظ إعدادات التذكير',
  remindersSaveFailed: 'تعذّر حفظ هذه الإعدادات. يرجى التحقق منها والمحاولة مرة أخرى.',
  remindersPreview: (times: string) => `سيتم تذكيرك ${times}.`,
  remindersPreviewNone: 'لا توجد تذكيرات مخططة للأيام السبعة القادمة.',
  remindersPreviewPaused: 'التذكيرات متوقفة مؤقتًا. لا يزال بإمكانك فتح أنشطتك في أي وقت.',
  remindersInvalid: (problem: string) => `يرجى التحقق من: ${problem}`,
} satisfies ReminderSettingsStrings;
