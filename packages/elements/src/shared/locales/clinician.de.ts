import type { ClinicianStrings } from './clinician.js';

export const de = {
  clinicianLoading: 'Wird geladen …',
  clinicianReadError: 'Die Daten auf diesem Gerät konnten nicht gelesen werden.',
  clinicianRetry: 'Erneut versuchen',
  clinicianWriteError: 'Konnte auf diesem Gerät nicht speichern. Es wurde nichts geändert.',
  clinicianClientFallback: (id: string) => `Klient:in ${id}`,
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
  reviewQueueMoreEvidence: (count: number) => `und ${count} weitere`,
  flagSummary: (reason: string, p: Readonly<Record<string, string>>) => {
    switch (reason) {
      case 'risk-endorsed':
        return `${p['title']}: Risiko-Item ${p['item']} mit ${p['value']} beantwortet (Schwelle ${p['threshold']}). Folgen Sie Ihrem Risikoprotokoll.`;
      case 'risk-unanswered':
        return `${p['title']}: Risiko-Item ${p['item']} nicht beantwortet. Risiko unbekannt, nicht „kein Risiko“.`;
      case 'worse-than-baseline':
        return `${p['title']} reliabel schlechter als zu Beginn: ${p['before']} → ${p['after']}.`;
      case 'worse-than-previous':
        return `${p['title']} reliabel schlechter als beim letzten Mal: ${p['before']} → ${p['after']}.`;
      case 'shift-worse':
        return `${p['label']} ${p['value']}, schlechter als der jüngste Durchschnitt von ${p['baseline']}.`;
      case 'shift-better':
        return `${p['label']} ${p['value']}, besser als der jüngste Durchschnitt von ${p['baseline']}.`;
      case 'no-recent-completion':
        return `Seit ${p['days']} Tagen nichts erledigt.`;
      case 'missed-in-a-row':
        return `${p['count']} fällige Aufgaben in Folge verpasst.`;
      case 'completed':
        return `${p['title']} ${p['count']}× erledigt.`;
      case 'too-many-new-exercises':
        return `${p['count']} neue Übungen innerhalb von 7 Tagen; empfohlen sind höchstens ${p['limit']}.`;
      default:
        return reason;
    }
  },
  evidenceRole: (role: string) =>
    (
      ({
        'risk-answer': 'Risikoantwort',
        'score-before': 'Früherer Wert',
        'score-after': 'Neuester Wert',
        'baseline-value': 'Jüngster Wert',
        'shifted-value': 'Wert',
        'last-completion': 'Zuletzt erledigt',
        'missed-occurrence': 'Verpasst',
        completion: 'Erledigt',
        'new-assignment': 'Zugewiesen',
      }) as Record<string, string>
    )[role] ?? role,
  evidenceLine: (role: string, values: string, dates: string) =>
    `${role}${values ? ` ${values}` : ''}, ${dates}`,
  evidenceUnanswered: 'nicht beantwortet',
} satisfies ClinicianStrings;
