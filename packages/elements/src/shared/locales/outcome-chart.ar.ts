import type { OutcomeChartStrings } from './outcome-chart.js';

export const ar = {
  chartOutcomeTitle: 'درجات الاستبيانات عبر الزمن',
  chartOutcomeEmpty: 'لا توجد درجات استبيانات لعرضها بعد.',
  chartOutcomeNoScores: (title: string) => `${title}: لا توجد إجابات قابلة للتقييم بعد.`,
  chartOutcomeMeasure: 'الاستبيان',
  chartOutcomeSummary: (title: string, from: string, to: string, period: string, change: string) =>
    `انتقل ${title} من ${from} إلى ${to} خلال ${period}: ${change}.`,
  chartOutcomeOneScore: (title: string, total: string, band: string, when: string) =>
    `${title}: درجة واحدة حتى الآن، ${total} (${band}) في ${when}.`,
  chartOutcomePoint: (
    title: string,
    total: string,
    band: string,
    when: string,
    change: string,
    baseline: string,
  ) => `${title} ${total}، ${band}، ${when}؛ ${change} مقارنةً بخط الأساس ${baseline}`,
  chartOutcomeBaselinePoint: (title: string, total: string, band: string, when: string) =>
    `${title} ${total}، ${band}، ${when}؛ خط الأساس`,
  chartOutcomeReliableImprovement: 'تحسّن موثوق',
  chartOutcomeReliableDeterioration: 'تدهور موثوق',
  chartOutcomeNoReliableChange: 'لا تغيّر موثوق',
  chartOutcomeMeaningfulImprovement: 'تحسّن ذو دلالة سريرية',
  chartOutcomeMeaningfulDeterioration: 'تدهور ذو دلالة سريرية',
  chartOutcomeNoMeaningfulChange: 'لا تغيّر ذو دلالة سريرية',
  chartOutcomeChangeUnknown: 'لا يمكن تصنيف التغيّر',
  chartOutcomeRecovered: (change: string) => `${change}، مع تعافٍ`,
  chartOutcomeLegendRecovered: 'تعافٍ: لم تعد حالة سريرية، مع تحسّن موثوق',
  chartOutcomeUnscorable: 'غير قابل للتقييم',
  chartOutcomeLegendBaseline: 'خط الأساس',
  chartOutcomeZone: (threshold: string, words: string) => `ضمن ±${threshold} من خط الأساس: ${words}`,
  chartOutcomeCasenessAtOrAbove: (threshold: string) => `حدّ الحالة السريرية: حالة عند ${threshold} فأكثر`,
  chartOutcomeCasenessBelow: (threshold: string) => `حدّ الحالة السريرية: حالة دون ${threshold}`,
  chartOutcomeColumnTotal: 'المجموع',
  chartOutcomeColumnBand: 'الشدّة',
  chartOutcomeColumnChange: 'التغيّر عن خط الأساس',
} satisfies OutcomeChartStrings;
