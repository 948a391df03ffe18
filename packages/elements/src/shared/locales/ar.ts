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
