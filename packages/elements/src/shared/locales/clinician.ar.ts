import type { ClinicianStrings } from './clinician.js';

export const ar = {
  clinicianLoading: 'جارٍ التحميل…',
  clinicianReadError: 'تعذّرت قراءة البيانات على هذا الجهاز.',
  clinicianRetry: 'حاول مرة أخرى',
  clinicianWriteError: 'تعذّر الحفظ على هذا الجهاز. لم يتغيّر شيء.',
  clinicianClientFallback: (id: string) => `العميل ${id}`,
} satisfies ClinicianStrings;
