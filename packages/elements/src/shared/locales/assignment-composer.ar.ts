import type { AssignmentComposerStrings } from './assignment-composer.js';

export const ar = {
  composerLoading: 'جارٍ تحميل الفهرس…',
  composerReadError: 'تعذّرت قراءة الفهرس على هذا الجهاز.',
  composerWriteError: 'تعذّر الحفظ على هذا الجهاز. لم يُسند أي شيء.',
  composerClientFallback: (id: string) => `العميل ${id}`,
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
} satisfies AssignmentComposerStrings;
