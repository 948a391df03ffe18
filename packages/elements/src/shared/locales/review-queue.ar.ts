import type { ReviewQueueStrings } from './review-queue.js';

export const ar = {
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
    shown === 0
      ? 'لا شيء للعرض.'
      : `المعروض ${shown}: ${urgent} عاجل، ${attention} يحتاج إلى انتباه، ${info} للعلم.`,
  reviewQueueEmptyOpen: 'لا شيء يحتاج إلى مراجعتك الآن.',
  reviewQueueEmptySnoozed: 'لا توجد تنبيهات مؤجّلة.',
  reviewQueueEmptyAcknowledged: 'لا توجد تنبيهات تمت رؤيتها.',
  reviewQueueEmptyCaseload: 'لا يوجد عملاء في القائمة بعد.',
  reviewQueueSeverity: (severity: string) =>
    (({ urgent: 'عاجل', attention: 'انتباه', info: 'معلومة' }) as Record<string, string>)[severity] ??
    severity,
  reviewQueueOpenClient: (name: string) => `فتح ${name}`,
  reviewQueueAcknowledge: 'تمت الرؤية',
  reviewQueueAcknowledgeLabel: (name: string) => `تمت الرؤية: التنبيه الخاص بـ ${name}`,
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
} satisfies ReviewQueueStrings;
