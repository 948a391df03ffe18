import type { SessionPrepStrings } from './session-prep.js';

export const de = {
  sessionPrepTitle: (name: string) => `Sitzungsvorbereitung: ${name}`,
  sessionPrepTitleNoName: 'Sitzungsvorbereitung',
  sessionPrepChooseClient: 'Wählen Sie eine Klientin oder einen Klienten und das Datum der letzten Sitzung.',
  sessionPrepCopy: 'Als Text kopieren',
  sessionPrepPrint: 'Drucken',
  sessionPrepCopied: 'Sitzungsvorbereitung als Text kopiert.',
  sessionPrepCopyFailed:
    'Die Zwischenablage ist hier nicht verfügbar: Der Text ist unten markiert, zum Kopieren von Hand.',
  sessionPrepCopyFallback: 'Sitzungsvorbereitung als Text',
} satisfies SessionPrepStrings;
