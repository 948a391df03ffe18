import type { MoodChartStrings } from './mood-chart.js';

export const ar = {
  chartSeriesLegend: 'السلاسل المعروضة',
  chartColumnSeries: 'السلسلة',
  chartColumnUsual: 'النطاق المعتاد',
  chartUsualRange: (low: string, high: string) => `المعتاد ${low}–${high}`,
  chartNoBaseline: 'لا يوجد خط أساس بعد',
  chartAboveUsual: 'أعلى من المعتاد',
  chartBelowUsual: 'أدنى من المعتاد',
  chartWithinUsual: 'ضمن المعتاد',
  chartMoodTitle: 'تسجيلات الحال عبر الزمن',
  chartMoodEmpty: 'لا توجد تسجيلات حال لعرضها بعد.',
  chartMoodLegendValue: 'تسجيل حال',
  chartMoodLegendOutside: 'خارج النطاق المعتاد',
  chartMoodLegendBand: 'النطاق المعتاد (آخر 14 تسجيلًا)',
  chartMoodLegendActivity: 'نشاط مكتمل',
  chartMoodPoint: (label: string, value: string, max: string, when: string, note: string) =>
    `${label} ${value} من ${max}، ${when}${note ? `، ${note}` : ''}`,
  chartMoodActivityPoint: (title: string, when: string) => `اكتمل ${title}، ${when}`,
  chartMoodSummary: (count: number, from: string, to: string, latest: string) =>
    `${count} من تسجيلات الحال من ${from} إلى ${to}؛ الأحدث: ${latest}.`,
  chartMoodLatest: (label: string, value: string, where: string, low: string, high: string) =>
    `${label} ${value}، ${where} (${low}–${high})`,
} satisfies MoodChartStrings;
