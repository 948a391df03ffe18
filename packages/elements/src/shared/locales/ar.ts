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

  // ── Clinician elements: il-review-queue, il-session-prep, il-assignment-composer, il-clinic-overview ──
  // (add this group's keys below this line)
} satisfies Messages;
