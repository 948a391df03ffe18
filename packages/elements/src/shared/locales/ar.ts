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
  playerInvalidTitle: 'لا يمكن عرض هذا التمرين',
  playerInvalidBody: (problem: string) => `تعريفه غير صالح: ${problem}`,
  playerLoading: 'جارٍ فتح التمرين…',
  playerWhy: 'لماذا قد يساعد هذا',
  playerMinutes: (minutes: number) => (minutes === 1 ? 'نحو دقيقة واحدة' : `نحو ${minutes} دقائق`),
  playerStart: 'ابدأ',
  playerBasedOn: (approach: string) => `مبني على ${approach}.`,
  playerProgress: (step: number, count: number) => `الخطوة ${step} من ${count}`,
  playerResumed: 'أهلاً بعودتك: هنا توقفت.',
  playerOptional: 'اختياري',
  playerRequired: 'تحتاج هذه الخطوة إلى إجابة قبل المتابعة.',
  playerBack: 'رجوع',
  playerNext: 'التالي',
  playerSkip: 'تخطٍّ',
  playerFinish: 'إنهاء',
  playerSaving: 'جارٍ الحفظ…',
  playerSubmitFailed: 'تعذّر الحفظ. إجاباتك ما زالت هنا؛ يرجى المحاولة مرة أخرى.',
  playerDraftSaving: 'جارٍ الحفظ على هذا الجهاز…',
  playerDraftSaved: 'محفوظ على هذا الجهاز',
  playerDraftFailed: 'تعذّر الحفظ على هذا الجهاز. إجاباتك ما زالت هنا.',
  playerHeadingText: 'اقرأ',
  playerHeadingTimer: 'تمرين بوقت محدد',
  playerHeadingAudio: 'استمع',
  playerHeadingBreathing: 'تنفّس',
  playerHeadingReflection: 'نظرة إلى الوراء',
  playerDoneTitle: 'انتهيت. شكراً لأنك خصصت هذا الوقت.',
  playerDoneBody: 'محفوظ على هذا الجهاز. سيصل إلى معالجك في المرة القادمة التي تتصل فيها بالإنترنت.',
  playerAgain: 'كرّر التمرين',
  playerCharacters: (used: number, max: number) => `${used} من ${max} حرفاً`,
  cardSortInstructions:
    'لنقل بطاقة: اضغط مسافة لالتقاطها، ومفاتيح الأسهم لنقلها بين المجموعات، ومسافة لوضعها، وEscape للإلغاء. بالفأرة اسحبها؛ أو المسها ثم اختر مكانها.',
  cardSortUnsorted: 'لم تُرتَّب بعد',
  cardSortProgress: (sorted: number, total: number) => `رُتّبت ${sorted} من ${total} بطاقة`,
  cardSortPileCount: (count: number) => (count === 1 ? 'بطاقة واحدة' : `${count} بطاقات`),
  cardSortPileCountMax: (count: number, max: number) => `${count} من ${max} كحد أقصى`,
  cardSortMoveHere: (card: string, pile: string) => `انقل «${card}» إلى ${pile}`,
  cardSortLifted: (card: string, pile: string, position: number, count: number) =>
    `التُقطت ${card}، في ${pile}، ${position} من ${count}. الأسهم تنقلها، والمسافة تضعها، وEscape يلغي.`,
  cardSortMoved: (card: string, pile: string, position: number, count: number) =>
    `${card}: ${pile}، ${position} من ${count}.`,
  cardSortDropped: (card: string, pile: string, position: number, count: number) =>
    `وُضعت ${card} في ${pile}، ${position} من ${count}.`,
  cardSortCancelled: (card: string, pile: string) => `أُلغي النقل. عادت ${card} إلى ${pile}.`,
  cardSortSkipped: (pile: string) => `${pile} ممتلئة.`,
  cardSortFull: (pile: string, max: number) => `${pile} تتسع لـ ${max} بطاقات كحد أقصى. أخرج واحدة أولاً.`,
  listEntry: (label: string, position: number) => `${label || 'البند'} ${position}`,
  listAdd: 'إضافة',
  listEmpty: 'لم تُضف شيئاً بعد.',
  listCount: (count: number, max: number) => `${count} من ${max} كحد أقصى`,
  listFull: (max: number) => `هذه القائمة ممتلئة (${max}).`,
  listRemove: 'إزالة',
  listRemoved: (entry: string) => `أُزيل ${entry}.`,
  listMoveUp: (entry: string) => `انقل ${entry} إلى الأعلى`,
  listMoveDown: (entry: string) => `انقل ${entry} إلى الأسفل`,
  listReorder: (entry: string) => `أعد ترتيب ${entry}`,
  listReorderInstructions: 'اضغط مسافة لالتقاطه، وسهمي الأعلى والأسفل لنقله، ومسافة لوضعه.',
  listLifted: (entry: string, position: number, count: number) =>
    `التُقط ${entry}، ${position} من ${count}. سهما الأعلى والأسفل ينقلانه، والمسافة تضعه، وEscape يلغي.`,
  listMoved: (entry: string, position: number, count: number) => `${entry}: ${position} من ${count}.`,
  listDropped: (entry: string, position: number, count: number) => `وُضع ${entry}، ${position} من ${count}.`,
  listCancelled: (entry: string, position: number, count: number) =>
    `أُلغي النقل. عاد ${entry} إلى ${position} من ${count}.`,
  listChooseDay: 'اختر يوماً',
  partsName: 'الاسم',
  partsRole: 'الدور',
  partsRoleManager: 'مدير',
  partsRoleFirefighter: 'إطفائي',
  partsRoleExile: 'منفي',
  partsRoleUnsure: 'لست متأكداً',
  partsRoleManagers: 'المديرون',
  partsRoleFirefighters: 'الإطفائيون',
  partsRoleExiles: 'الأجزاء المنفية',
  partsRoleUnsureGroup: 'الدور غير محدد بعد',
  partsPart: (position: number, name: string) => (name ? `الجزء ${position}: ${name}` : `الجزء ${position}`),
  partsAdd: 'أضف جزءاً',
  partsRemove: 'أزل هذا الجزء',
  partsRemoved: (part: string) => `أُزيل ${part}.`,
  partsFull: (max: number) => `تتسع الخريطة لـ ${max} أجزاء كحد أقصى.`,
  partsMapCaption: (count: number) =>
    count === 0
      ? 'خريطتك: تظهر هنا الأجزاء التي تسمّيها'
      : count === 1
        ? 'خريطتك: جزء واحد'
        : `خريطتك: ${count} أجزاء`,
  partsSelf: 'الذات',
  practiceStart: 'ابدأ',
  practicePause: 'إيقاف مؤقت',
  practiceResume: 'استئناف',
  practiceRestart: 'ابدأ من جديد',
  timerRemaining: (time: string) => `بقي ${time}`,
  timerProgress: 'الوقت المنقضي',
  timerDone: 'انتهى الوقت. تابع حين تكون مستعداً.',
  timerAllGuidance: 'الإرشادات كاملة',
  audioTranscript: 'النص المكتوب',
  breathingReady: 'ابدأ حين تكون مستعداً',
  breathingIn: 'شهيق',
  breathingHold: 'احبس',
  breathingOut: 'زفير',
  breathingRest: 'استرح',
  breathingCycle: (breath: number, count: number) => `النفَس ${breath} من ${count}`,
  breathingPlan: (inhale: number, hold: number, exhale: number, rest: number, cycles: number) =>
    `شهيق ${inhale} ث${hold ? `، احبس ${hold} ث` : ''}، زفير ${exhale} ث${rest ? `، استرح ${rest} ث` : ''}؛ ${cycles} أنفاس.`,
  breathingDone: 'أحسنت. تنفّس كما تشاء الآن، وتابع حين تكون مستعداً.',

  // ── Charts: the chart foundation, il-mood-chart, il-outcome-chart, il-adherence-chart, il-progress ──
  // (add this group's keys below this line)

  // ── Clinician elements: il-review-queue, il-session-prep, il-assignment-composer, il-clinic-overview ──
  // (add this group's keys below this line)
} satisfies Messages;
