import type { ClinicianStrings } from './clinician.js';

export const de = {
  clinicianLoading: 'Wird geladen …',
  clinicianReadError: 'Die Daten auf diesem Gerät konnten nicht gelesen werden.',
  clinicianRetry: 'Erneut versuchen',
  clinicianWriteError: 'Konnte auf diesem Gerät nicht speichern. Es wurde nichts geändert.',
  clinicianClientFallback: (id: string) => `Klient:in ${id}`,
} satisfies ClinicianStrings;
