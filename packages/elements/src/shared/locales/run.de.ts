import type { RunStrings } from './run.js';

export const de = {
  runLoading: 'Wird geladen …',
  runResumed: 'Willkommen zurück: Ihre bisherigen Antworten sind eingetragen.',
  runSubmitting: 'Wird gespeichert …',
  runSubmitFailed:
    'Das konnte nicht gespeichert werden. Ihre Antworten sind noch da; bitte versuchen Sie es erneut.',
  draftSaving: 'Wird auf diesem Gerät gespeichert …',
  draftSaved: 'Auf diesem Gerät gespeichert',
  draftFailed: 'Konnte nicht auf diesem Gerät gespeichert werden. Ihre Antworten sind noch da.',
  syncOnDevice: 'Auf diesem Gerät gespeichert',
  syncOffline: 'Auf diesem Gerät gespeichert. Es wird synchronisiert, sobald Sie wieder online sind.',
  syncSynced: 'Synchronisiert',
  invalidDefinitionTitle: 'Diese Aktivität kann nicht angezeigt werden',
  invalidDefinitionBody: (problem: string) => `Ihre Definition ist ungültig: ${problem}`,
} satisfies RunStrings;
