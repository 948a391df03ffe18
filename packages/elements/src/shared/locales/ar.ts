import type { Messages } from './en.js';

export const ar = {
  notConfiguredTitle: 'عنصر Interlude هذا غير متصل',
  notConfiguredBody: 'ضعه داخل <il-provider> وامنح المزوّد عميلًا تم إنشاؤه باستخدام createInterlude().',
  invalidClientTitle: 'عميل Interlude غير صالح',
  invalidClientBody: (problem: string) => `تلقّى المزوّد عميلًا لا يمكنه استخدامه: ${problem}`,
  ratingValueText: (value: number, max: number) => `${value} من ${max}`,
  ratingValueWithAnchor: (value: number, max: number, anchor: string) => `${value} من ${max}، ${anchor}`,
  required: 'يرجى اختيار قيمة.',
  invalidSettingsTitle: 'عنصر Interlude هذا غير مُعدّ بشكل صحيح',
  invalidSettingsBody: (problem: string) => `تحقّق من سماته وخصائصه: ${problem}`,

  // ── Run an activity (shared by il-measure-form, il-check-in, il-exercise-player): status, submit, errors ──
  // (add this group's keys below this line)

  // ── Client elements: il-measure-form, il-check-in, il-today, il-crisis-resources, il-reminder-settings, il-slider ──
  // (add this group's keys below this line)

  // ── Exercise player: il-exercise-player and its steps ──
  // (add this group's keys below this line)

  // ── Charts: the chart foundation, il-mood-chart, il-outcome-chart, il-adherence-chart, il-progress ──
  // (add this group's keys below this line)
  chartLoading: 'جارٍ تحميل المخطط…',
  chartLoadFailed: 'تعذّرت قراءة بيانات المخطط. حاول مرة أخرى لاحقًا.',
  chartShowTable: 'إظهار جدول البيانات',
  chartHideTable: 'إخفاء جدول البيانات',
  chartSeriesLegend: 'السلاسل المعروضة',
  chartColumnWhen: 'متى',
  chartColumnSeries: 'السلسلة',
  chartColumnValue: 'القيمة',
  chartColumnUsual: 'النطاق المعتاد',
  chartColumnNote: 'ملاحظة',
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
  chartWeeks: (weeks: number) => `${weeks} ${weeks === 1 ? 'أسبوع' : 'أسابيع'}`,
  chartDays: (days: number) => `${days} ${days === 1 ? 'يوم' : 'أيام'}`,
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

  // ── Clinician elements: il-review-queue, il-session-prep, il-assignment-composer, il-clinic-overview ──
  // (add this group's keys below this line)
} satisfies Messages;
