import type { ReviewQueueStrings } from './review-queue.js';

export const de = {
  reviewQueueLabel: 'Prüfliste',
  reviewQueueViewLegend: 'Anzeigen',
  reviewQueueViewOpen: (count: number) => `Zu prüfen (${count})`,
  reviewQueueViewSnoozed: (count: number) => `Zurückgestellt (${count})`,
  reviewQueueViewAcknowledged: (count: number) => `Gesehen (${count})`,
  reviewQueueKindsLegend: 'Arten',
  reviewQueueKind: (kind: string, count: number) =>
    `${({ risk: 'Risiko', deterioration: 'Verschlechterung', 'mood-shift': 'Stimmungswechsel', 'non-engagement': 'Keine Beteiligung', completion: 'Erledigt', overload: 'Überlastung' } as Record<string, string>)[kind] ?? kind} (${count})`,
  reviewQueueClinician: 'Therapeut:in',
  reviewQueueAllClinicians: 'Alle Therapeut:innen',
  reviewQueueColumnClient: 'Klient:in',
  reviewQueueColumnFlag: 'Was zu prüfen ist',
  reviewQueueColumnDate: 'Datum',
  reviewQueueColumnAcknowledge: 'Gesehen',
  reviewQueueColumnSnooze: 'Zurückstellen',
  reviewQueueSummary: (shown: number, urgent: number, attention: number, info: number) =>
    shown === 0
      ? 'Nichts anzuzeigen.'
      : `${shown} angezeigt: ${urgent} dringend, ${attention} mit Handlungsbedarf, ${info} zur Information.`,
  reviewQueueEmptyOpen: 'Gerade ist nichts zu prüfen.',
  reviewQueueEmptySnoozed: 'Nichts zurückgestellt.',
  reviewQueueEmptyAcknowledged: 'Noch nichts als gesehen markiert.',
  reviewQueueEmptyCaseload: 'Noch keine Klient:innen in der Fallliste.',
  reviewQueueSeverity: (severity: string) =>
    (({ urgent: 'Dringend', attention: 'Beachten', info: 'Info' }) as Record<string, string>)[severity] ??
    severity,
  reviewQueueOpenClient: (name: string) => `${name} öffnen`,
  reviewQueueAcknowledge: 'Gesehen',
  reviewQueueAcknowledgeLabel: (name: string) => `Hinweis zu ${name} als gesehen markieren`,
  reviewQueueSnooze: 'Zurückstellen …',
  reviewQueueSnoozeLabel: (name: string) => `Hinweis zu ${name} zurückstellen`,
  reviewQueueNoSnoozeUrgent: 'Dringend: nicht zurückstellbar',
  reviewQueueAcknowledgedOn: (date: string) => `Gesehen ${date}`,
  reviewQueueSnoozedUntil: (date: string) => `Bis ${date}`,
  reviewQueueRaisedOn: (date: string) => `Seit ${date}`,
  reviewQueueAcknowledged: (name: string) => `Hinweis zu ${name} als gesehen markiert.`,
  reviewQueueSnoozed: (name: string, date: string) => `Hinweis zu ${name} bis ${date} zurückgestellt.`,
  reviewQueueSnoozeTitle: (name: string) => `Hinweis zu ${name} zurückstellen`,
  reviewQueueSnoozeDate: 'Wieder anzeigen am',
  reviewQueueSnoozeHint: 'Er erscheint an diesem Tag von selbst wieder.',
  reviewQueueSnoozeConfirm: 'Zurückstellen',
  reviewQueueCancel: 'Abbrechen',
} satisfies ReviewQueueStrings;
