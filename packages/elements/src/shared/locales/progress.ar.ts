import type { ProgressStrings } from './progress.js';

export const ar = {
  chartProgressTitle: 'تقدّمك',
  chartProgressNoValues: 'ستظهر تسجيلات حالك هنا.',
  chartProgressStreak: (count: number) => (count === 1 ? 'نشاط منجز على التوالي' : 'أنشطة منجزة على التوالي'),
  chartProgressThisWeek: (count: number) => (count === 1 ? 'منجز هذا الأسبوع' : 'منجزة هذا الأسبوع'),
  chartProgressLegendBand: 'نطاقك المعتاد',
  chartProgressPoint: (label: string, value: string, max: string, when: string) =>
    `${label} ${value} من ${max}، ${when}`,
  chartProgressBetter: (label: string) => `كان ${label} لديك هذا الأسبوع أعلى من الأسبوع الذي قبله.`,
  chartProgressSteady: (label: string) => `كان ${label} لديك مستقرًا، قريبًا من الأسبوع الذي قبله.`,
  chartProgressHarder: (label: string) =>
    `كان ${label} لديك هذا الأسبوع أصعب من الأسبوع الذي قبله؛ من الجيد أنك تواصل تسجيل حالك.`,
  chartProgressKeepGoing: 'بعد بضع تسجيلات أخرى سترى كيف تتغيّر الأمور.',
  chartProgressSummaryStreak: (change: string, streak: number) =>
    `${change.replace(/\.$/, '')}، وقد أنجزت ${streak} من الأنشطة على التوالي.`,
} satisfies ProgressStrings;
