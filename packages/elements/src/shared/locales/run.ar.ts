import type { RunStrings } from './run.js';

export const ar = {
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
} satisfies RunStrings;
