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
  runLoading: 'جارٍ التحميل…',
  runResumed: 'مرحبًا بعودتك: إجاباتك السابقة معبأة.',
  runSubmitting: 'جارٍ الحفظ…',
  runSubmitFailed: 'تعذّر الحفظ. إجاباتك ما زالت هنا؛ يرجى المحاولة مرة أخرى.',
  draftSaving: 'جارٍ الحفظ على هذا الجهاز…',
  draftSaved: 'محفوظ على هذا الجهاز',
  draftFailed: 'تعذّر الحفظ على هذا الجهاز. إجاباتك ما زالت هنا.',
  syncOnDevice: 'محفوظ على هذا الجهاز',
  syncOffline: 'محفوظ على هذا الجهاز. ستتم المزامنة عند عودتك إلى الاتصال.',
  syncSynced: 'تمت المزامنة',
  invalidDefinitionTitle: 'لا يمكن عرض هذا النشاط',
  invalidDefinitionBody: (problem: string) => `تعريفه غير صالح: ${problem}`,

  // ── Client elements: il-measure-form, il-check-in, il-today, il-crisis-resources, il-reminder-settings, il-slider ──
  // (add this group's keys below this line)
  sliderNotAnswered: 'لم تتم الإجابة بعد',
  sliderValueText: (value: string, max: string) => `${value} من ${max}`,
  sliderValueWithAnchor: (value: string, max: string, anchor: string) => `${value} من ${max}، ${anchor}`,
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
  crisisHeading: 'لست مضطرًا لمواجهة هذا وحدك',
  crisisMessage:
    'شكرًا لأنك أخبرتنا. إذا كنت تفكر في إيذاء نفسك، يرجى التواصل الآن: الجهات أدناه يمكنها المساعدة ليلًا ونهارًا.',
  crisisClinicianNote:
    'سيرى معالجك هذه الإجابة بعد إرسالها ومزامنتها، لكنه لا يتابعها لحظة بلحظة. إذا كنت بحاجة إلى مساعدة الآن، يرجى التواصل مع إحدى الجهات أعلاه.',
  crisisResourcesHeading: 'إذا كنت بحاجة إلى مساعدة الآن',
  crisisCall: 'اتصل بـ',
  crisisText: 'أرسل رسالة نصية إلى',
  crisisWebsite: (name: string) => `موقع ${name}`,
  checkInSubmit: 'حفظ التسجيل',
  checkInOptional: 'اختياري',
  checkInItemMissing: 'يرجى الإجابة عن هذا السؤال.',
  checkInMissing: (prompt: string) => `يرجى الإجابة عن «${prompt}».`,
  checkInCharactersLeft: (count: number) => `متبقٍ ${count} حرفًا`,
  checkInSaved: 'تم حفظ التسجيل',
  checkInAgain: 'سجّل مرة أخرى',
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

  // ── Clinician elements, part 2: il-assignment-composer, il-clinic-overview ──
  // (add this group's keys below this line)
  composerTitle: 'إسناد نشاط',
  composerFor: (name: string) => `إلى ${name}`,
  composerNoClient: 'اضبط client-id لتحديد العميل الذي يُسند إليه النشاط.',
  composerCatalogue: 'النشاط',
  composerFilterLegend: 'عرض',
  composerFilter: (filter: string) =>
    (
      ({
        all: 'الكل',
        act: 'ACT',
        ifs: 'IFS',
        cbt: 'العلاج المعرفي السلوكي',
        measure: 'الاستبيانات',
        'check-in': 'تسجيلات الحال',
      }) as Record<string, string>
    )[filter] ?? filter,
  composerSearch: 'البحث في الأنشطة',
  composerShown: (shown: number, total: number) => `يُعرض ${shown} من ${total} نشاطًا`,
  composerEmptyCatalogue: 'لا توجد أنشطة محفوظة على هذا الجهاز بعد. ستظهر بعد حفظ المحتوى أو مزامنته.',
  composerNoMatch: 'لا يوجد نشاط مطابق. جرّب عامل تصفية أو بحثًا آخر.',
  composerKind: (kind: string) =>
    (({ exercise: 'تمرين', measure: 'استبيان', 'check-in': 'تسجيل الحال' }) as Record<string, string>)[
      kind
    ] ?? kind,
  composerMinutes: (minutes: string) => `نحو ${minutes} دقيقة`,
  composerLicencePermission: (licence: string) =>
    `غير متاح: الترخيص ${licence} يسمح بالاستخدام غير التجاري فقط. يحتاج المنتج التجاري إلى إذن المالك.`,
  composerLicenceForbidden: (licence: string) => `غير متاح: الترخيص ${licence} يمنع الاستخدام التجاري.`,
  composerPreview: 'ما الذي سيفعله العميل',
  composerPreviewNone: 'اختر نشاطًا لترى ما يطلبه من العميل.',
  composerQuestions: (count: number) => `${count} سؤال`,
  composerCheckInSeconds: (seconds: string) => `نحو ${seconds} ثانية`,
  composerSteps: (count: number) => `${count} خطوة`,
  composerStepKind: (kind: string) =>
    (
      ({
        text: 'قراءة',
        prompt: 'كتابة',
        rating: 'تقييم',
        choice: 'اختيار',
        'card-sort': 'ترتيب البطاقات',
        'list-builder': 'إعداد قائمة',
        timer: 'توقف',
        audio: 'استماع',
        breathing: 'تنفس',
        'parts-map': 'خريطة الأجزاء',
        reflection: 'تأمل',
      }) as Record<string, string>
    )[kind] ?? kind,
  composerSchedule: 'الجدول',
  composerZone: (zone: string) => `التواريخ والأوقات بتوقيت العميل، ${zone}.`,
  composerFrequency: 'كم مرة',
  composerOnce: 'مرة واحدة',
  composerWeekly: 'كل أسبوع في أيام مختارة',
  composerDate: 'التاريخ',
  composerTime: 'الوقت',
  composerDays: 'الأيام',
  composerTimes: 'أوقات اليوم',
  composerAnyTime: 'في أي وقت من ذلك اليوم',
  composerTimeN: (index: number) => `الوقت ${index}`,
  composerRemoveTime: (index: number) => `إزالة الوقت ${index}`,
  composerRemove: 'إزالة',
  composerAddTime: 'إضافة وقت',
  composerStart: 'يبدأ في',
  composerEnd: 'ينتهي في (اختياري)',
  composerNote: 'ملاحظة للعميل',
  composerNoteHint: 'يراها العميل مع النشاط. نص فقط.',
  composerUpcoming: 'الأسبوعان القادمان',
  composerUpcomingPending: 'اختر نشاطًا وجدولًا لترى مواعيد استحقاقه.',
  composerUpcomingCount: (count: number) =>
    count === 0 ? 'لا يستحق في الأسبوعين القادمين.' : `يستحق ${count} مرة في الأسبوعين القادمين:`,
  composerWeekLoad: (week: string, minutes: string, limit: string) =>
    `أسبوع ${week}: نحو ${minutes} من ${limit} دقيقة عمل كحد أقصى`,
  composerWarningsTitle: 'قبل الإسناد',
  composerWarnNewExercises: (count: number, limit: number) =>
    `سيصبح لدى العميل ${count} تمارين جديدة خلال 7 أيام؛ الحد المقترح ${limit}. تمرين أو تمرينان قصيران في الأسبوع أفضل.`,
  composerWarnMinutes: (week: string, minutes: string, limit: string) =>
    `سيحمل أسبوع ${week} نحو ${minutes} دقيقة من العمل؛ الحد ${limit}.`,
  composerWarnCheckIn: (seconds: string, limit: string) =>
    `يستغرق تسجيل الحال هذا نحو ${seconds} ثانية؛ كثيرًا ما تُترك التسجيلات التي تتجاوز ${limit} ثانية بعد الأسبوع الأول.`,
  composerSave: 'إسناد',
  composerSaveAnyway: 'إسناد على أي حال',
  composerSaving: 'جارٍ الحفظ…',
  composerSaved: (title: string, name: string) => `تم إسناد ${title} إلى ${name}. ستتم مزامنته مع جهازه.`,
  composerInvalid: (problem: string) => `هذا الإسناد غير صالح: ${problem}`,
  composerChooseActivity: 'اختر نشاطًا.',
  composerNeedDate: 'اختر تاريخًا.',
  composerNeedDays: 'اختر يومًا واحدًا على الأقل.',
  composerEndBeforeStart: 'لا يجوز أن تكون النهاية قبل البداية.',
  clinicOverviewTitle: 'نظرة عامة على العيادة',
  clinicOverviewPeriod: 'الفترة',
  clinicOverviewWeeks: (weeks: number) => `آخر ${weeks} أسبوعًا`,
  clinicOverviewMeasure: 'الاستبيان',
  clinicOverviewRange: (from: string, to: string) => `من ${from} إلى ${to}`,
  clinicOverviewPrivacy: (min: number) =>
    `لا تُعرض المجموعات التي تضم أقل من ${min} عملاء حتى لا يمكن التعرف على أحد. أبقِ الملفات المصدّرة داخل العيادة.`,
  clinicOverviewActive: 'العملاء النشطون',
  clinicOverviewCompletion: 'الإنجاز بين الجلسات',
  clinicOverviewMedian: (measure: string) => `وسيط التحسن في ${measure}`,
  clinicOverviewPoints: (value: string) => `${value} نقطة`,
  clinicOverviewWithChange: (count: number) => `${count} لديهم درجتان`,
  clinicOverviewOverall: 'العيادة كلها',
  clinicOverviewByClinician: 'حسب المعالج',
  clinicOverviewByCohort: 'حسب المجموعة',
  clinicOverviewColumnGroup: 'المجموعة',
  clinicOverviewColumnClients: 'العملاء',
  clinicOverviewColumnActive: 'نشطون',
  clinicOverviewColumnCompletion: 'الإنجاز',
  clinicOverviewColumnWithChange: 'لديهم درجتان',
  clinicOverviewColumnImprovement: 'وسيط التحسن',
  clinicOverviewColumnReliable: 'تحسن موثوق',
  clinicOverviewSuppressed: (min: number) => `أقل من ${min} عملاء: لا يُعرض`,
  clinicOverviewUnknown: 'بيانات غير كافية',
  clinicOverviewEmpty: 'لا يوجد عملاء لديهم مهام في هذه الفترة.',
  clinicOverviewNoScores: 'لا توجد درجات استبيان في هذه الفترة.',
  clinicOverviewExport: 'تصدير بصيغة CSV',
  clinicOverviewExported: (file: string) => `تم تصدير ${file}.`,
  clinicOverviewChartTitle: (measure: string) => `الإنجاز والتحسن في ${measure}`,
  clinicOverviewAxisCompletion: 'الإنجاز',
  clinicOverviewAxisImprovement: 'وسيط التحسن',
  clinicOverviewSeries: (kind: string) => (kind === 'cohort' ? 'المجموعات' : 'المعالجون'),
  clinicOverviewLegendNoChange: 'الخط المتقطع: لا تغيير',
  clinicOverviewPoint: (group: string, completion: string, improvement: string, clients: number) =>
    `${group}: الإنجاز ${completion}، وسيط التحسن ${improvement} نقطة (${clients} لديهم درجتان)`,
  clinicOverviewSummary: (measure: string, rho: string, clients: number, direction: string) =>
    `${direction === 'more' ? 'العملاء الذين أنجزوا أكثر بين الجلسات مالوا إلى تحسن أكبر' : direction === 'less' ? 'العملاء الذين أنجزوا أكثر بين الجلسات مالوا إلى تحسن أقل' : 'لم تظهر علاقة واضحة بين الإنجاز والتحسن'} في ${measure} (معامل سبيرمان ρ ${rho}، ${clients} عميلًا). هذا ارتباط وليس سببًا.`,
  clinicOverviewSummaryUnknown: (measure: string) =>
    `عدد العملاء الذين لديهم إنجاز ودرجتان في ${measure} قليل جدًا للربط بينهما.`,
  clinicOverviewChartEmpty: 'لا توجد مجموعة كبيرة بما يكفي ولديها درجات لرسمها.',

  // ── Clinician elements: il-review-queue, il-session-prep, il-assignment-composer, il-clinic-overview ──
  // (add this group's keys below this line)
  clinicianLoading: 'جارٍ التحميل…',
  clinicianReadError: 'تعذّرت قراءة البيانات على هذا الجهاز.',
  clinicianRetry: 'حاول مرة أخرى',
  clinicianWriteError: 'تعذّر الحفظ على هذا الجهاز. لم يتغيّر شيء.',
  clinicianClientFallback: (id: string) => `العميل ${id}`,
  reviewQueueLabel: 'قائمة المراجعة',
  reviewQueueViewLegend: 'عرض',
  reviewQueueViewOpen: (count: number) => `بحاجة إلى مراجعة (${count})`,
  reviewQueueViewSnoozed: (count: number) => `مؤجّلة (${count})`,
  reviewQueueViewAcknowledged: (count: number) => `تمت رؤيتها (${count})`,
  reviewQueueKindsLegend: 'الأنواع',
  reviewQueueKind: (kind: string, count: number) =>
    `${({ risk: 'خطر', deterioration: 'تدهور', 'mood-shift': 'تغيّر في المزاج', 'non-engagement': 'عدم المشاركة', completion: 'مكتمل', overload: 'عبء زائد' } as Record<string, string>)[kind] ?? kind} (${count})`,
  reviewQueueClinician: 'المعالج',
  reviewQueueAllClinicians: 'كل المعالجين',
  reviewQueueColumnClient: 'العميل',
  reviewQueueColumnFlag: 'ما يحتاج إلى مراجعة',
  reviewQueueColumnDate: 'التاريخ',
  reviewQueueColumnAcknowledge: 'تمت الرؤية',
  reviewQueueColumnSnooze: 'تأجيل',
  reviewQueueSummary: (shown: number, urgent: number, attention: number, info: number) =>
    shown === 0 ? 'لا شيء للعرض.' : `المعروض ${shown}: ${urgent} عاجل، ${attention} يحتاج إلى انتباه، ${info} للعلم.`,
  reviewQueueEmptyOpen: 'لا شيء يحتاج إلى مراجعتك الآن.',
  reviewQueueEmptySnoozed: 'لا توجد تنبيهات مؤجّلة.',
  reviewQueueEmptyAcknowledged: 'لا توجد تنبيهات تمت رؤيتها.',
  reviewQueueEmptyCaseload: 'لا يوجد عملاء في القائمة بعد.',
  reviewQueueSeverity: (severity: string) =>
    ({ urgent: 'عاجل', attention: 'انتباه', info: 'معلومة' } as Record<string, string>)[severity] ?? severity,
  reviewQueueOpenClient: (name: string) => `فتح ${name}`,
  reviewQueueAcknowledge: 'تمت الرؤية',
  reviewQueueAcknowledgeLabel: (name: string) => `تأكيد رؤية التنبيه الخاص بـ ${name}`,
  reviewQueueSnooze: 'تأجيل…',
  reviewQueueSnoozeLabel: (name: string) => `تأجيل التنبيه الخاص بـ ${name}`,
  reviewQueueNoSnoozeUrgent: 'عاجل: لا يمكن تأجيله',
  reviewQueueAcknowledgedOn: (date: string) => `تمت الرؤية ${date}`,
  reviewQueueSnoozedUntil: (date: string) => `حتى ${date}`,
  reviewQueueRaisedOn: (date: string) => `منذ ${date}`,
  reviewQueueAcknowledged: (name: string) => `تم تأكيد رؤية التنبيه الخاص بـ ${name}.`,
  reviewQueueSnoozed: (name: string, date: string) => `تم تأجيل التنبيه الخاص بـ ${name} حتى ${date}.`,
  reviewQueueSnoozeTitle: (name: string) => `تأجيل التنبيه الخاص بـ ${name}`,
  reviewQueueSnoozeDate: 'أظهره مجددًا في',
  reviewQueueSnoozeHint: 'سيعود من تلقاء نفسه في ذلك اليوم.',
  reviewQueueSnoozeConfirm: 'تأجيل',
  reviewQueueCancel: 'إلغاء',
  reviewQueueMoreEvidence: (count: number) => `و${count} أخرى`,
  flagSummary: (reason: string, p: Readonly<Record<string, string>>) => {
    switch (reason) {
      case 'risk-endorsed':
        return `${p['title']}: أُجيب عن بند الخطر ${p['item']} بـ ${p['value']} (العتبة ${p['threshold']}). اتبع بروتوكول الخطر لديك.`;
      case 'risk-unanswered':
        return `${p['title']}: تُرك بند الخطر ${p['item']} بلا إجابة. الخطر غير معروف، وليس "لا خطر".`;
      case 'worse-than-baseline':
        return `${p['title']} أسوأ بشكل موثوق مما كان في البداية: ${p['before']} ← ${p['after']}.`;
      case 'worse-than-previous':
        return `${p['title']} أسوأ بشكل موثوق من المرة السابقة: ${p['before']} ← ${p['after']}.`;
      case 'shift-worse':
        return `${p['label']} ${p['value']}، أسوأ من المتوسط الأخير البالغ ${p['baseline']}.`;
      case 'shift-better':
        return `${p['label']} ${p['value']}، أفضل من المتوسط الأخير البالغ ${p['baseline']}.`;
      case 'no-recent-completion':
        return `لم يُنجَز شيء منذ ${p['days']} يومًا.`;
      case 'missed-in-a-row':
        return `فاتت ${p['count']} مهام مستحقة على التوالي.`;
      case 'completed':
        return `أُنجز ${p['title']} ${p['count']} مرة.`;
      case 'too-many-new-exercises':
        return `${p['count']} تمارين جديدة خلال 7 أيام؛ الحد المقترح ${p['limit']}.`;
      default:
        return reason;
    }
  },
  evidenceRole: (role: string) =>
    ({
      'risk-answer': 'إجابة الخطر',
      'score-before': 'الدرجة السابقة',
      'score-after': 'أحدث درجة',
      'baseline-value': 'قيمة حديثة',
      'shifted-value': 'القيمة',
      'last-completion': 'آخر إنجاز',
      'missed-occurrence': 'فائت',
      completion: 'مكتمل',
      'new-assignment': 'مُسند',
    } as Record<string, string>)[role] ?? role,
  evidenceLine: (role: string, values: string, dates: string) => `${role}${values ? ` ${values}` : ''}، ${dates}`,
  evidenceUnanswered: 'بلا إجابة',
} satisfies Messages;
