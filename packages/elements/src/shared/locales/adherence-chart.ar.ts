import type { AdherenceChartStrings } from './adherence-chart.js';

export const ar = {
  chartAdherenceTitle: 'الأعمال المنجزة عبر الزمن',
  chartAdherenceEmpty: 'لم يُسنَد شيء في هذه الفترة.',
  chartAdherenceWeeks: 'الأسابيع',
  chartAdherenceDays: 'الأيام',
  chartAdherenceAssignment: 'المهمة',
  chartAdherenceAll: 'كل المهام',
  chartAdherenceNothing: 'لا شيء مُسنَد',
  chartAdherenceDone: (done: number, assigned: number) => `أُنجز ${done} من ${assigned}`,
  chartAdherenceLate: (late: number) => `${late} متأخرة`,
  chartAdherenceMissed: (missed: number) => `${missed} فائتة`,
  chartAdherenceOpen: (open: number) => `${open} ما زالت مفتوحة`,
  chartAdherenceWeekPoint: (week: string, counts: string) => `أسبوع ${week}: ${counts}`,
  chartAdherenceDayPoint: (day: string, counts: string, detail: string) =>
    `${day}: ${counts}${detail ? ` (${detail})` : ''}`,
  chartAdherenceDetail: (title: string, status: string) => `${title}: ${status}`,
  chartAdherenceStatusDone: 'أُنجزت في وقتها',
  chartAdherenceStatusLate: 'أُنجزت متأخرة',
  chartAdherenceStatusMissed: 'فائتة',
  chartAdherenceStatusOpen: 'ما زالت مفتوحة',
  chartAdherenceLegendAll: 'يوم: أُنجز كل شيء',
  chartAdherenceLegendSome: 'يوم: أُنجز بعضها',
  chartAdherenceLegendNone: 'يوم: لم يُنجز شيء',
  chartAdherenceColumnAssigned: 'مُسنَدة',
  chartAdherenceStreak: (current: number, longest: number) =>
    `السلسلة الحالية: ${current} على التوالي · الأطول: ${longest}`,
  chartAdherenceSummary: (
    weeks: string,
    done: number,
    assigned: number,
    rate: string,
    late: number,
    missed: number,
    streak: number,
  ) =>
    `${weeks}: أُنجز ${done} من ${assigned} (${rate})، ${late} متأخرة، ${missed} فائتة؛ السلسلة الحالية ${streak}.`,
} satisfies AdherenceChartStrings;
