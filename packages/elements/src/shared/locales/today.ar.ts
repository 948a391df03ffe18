import type { TodayStrings } from './today.js';

export const ar = {
  todayDueNow: 'مستحق الآن',
  todayLater: 'لاحقًا اليوم',
  todayThisWeek: 'هذا الأسبوع',
  todayDone: 'تم',
  todayMissed: 'لم يتم هذه المرة',
  todayMissedNote: 'لا بأس. إذا أردت، يمكنك التحدث عن ذلك في جلستك القادمة.',
  todayEmpty: 'لا يوجد شيء مستحق الآن.',
  todayWhy: 'لماذا هذا مهم',
  todayMinutes: (minutes: string) => `حوالي ${minutes} دقيقة`,
  todayDueBy: (time: string) => `مستحق في ${time}`,
  todayAnyTime: 'في أي وقت اليوم',
  todayDueOn: (date: string) => `مستحق ${date}`,
  todayDoneAt: (time: string) => `تم في ${time}`,
  todayStart: (title: string) => `ابدأ ${title}`,
  todayDoneThanks: 'تم. شكرًا لأنك خصصت الوقت.',
  todayBack: 'العودة إلى قائمة اليوم',
  todayUnavailable: 'هذا النشاط غير موجود على هذا الجهاز بعد. سيظهر بعد المزامنة التالية.',
} satisfies TodayStrings;
