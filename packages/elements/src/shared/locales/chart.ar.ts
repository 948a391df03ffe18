import type { ChartStrings } from './chart.js';

export const ar = {
  chartLoading: 'جارٍ تحميل المخطط…',
  chartLoadFailed: 'تعذّرت قراءة بيانات المخطط. حاول مرة أخرى لاحقًا.',
  chartShowTable: 'إظهار جدول البيانات',
  chartHideTable: 'إخفاء جدول البيانات',
  chartColumnWhen: 'متى',
  chartColumnValue: 'القيمة',
  chartColumnNote: 'ملاحظة',
  chartWeeks: (weeks: number) => `${weeks} ${weeks === 1 ? 'أسبوع' : 'أسابيع'}`,
  chartDays: (days: number) => `${days} ${days === 1 ? 'يوم' : 'أيام'}`,
} satisfies ChartStrings;
