import type { AssignmentComposerStrings } from './assignment-composer.js';

export const de = {
  composerLoading: 'Katalog wird geladen …',
  composerReadError: 'Der Katalog konnte auf diesem Gerät nicht gelesen werden.',
  composerWriteError: 'Konnte nicht auf diesem Gerät gespeichert werden. Nichts wurde zugewiesen.',
  composerClientFallback: (id: string) => `Klient·in ${id}`,
  composerTitle: 'Aktivität zuweisen',
  composerFor: (name: string) => `für ${name}`,
  composerNoClient: 'Setzen Sie client-id, damit feststeht, für wen die Aktivität ist.',
  composerCatalogue: 'Aktivität',
  composerFilterLegend: 'Anzeigen',
  composerFilter: (filter: string) =>
    (
      ({
        all: 'Alle',
        act: 'ACT',
        ifs: 'IFS',
        cbt: 'KVT',
        measure: 'Fragebögen',
        'check-in': 'Check-ins',
      }) as Record<string, string>
    )[filter] ?? filter,
  composerSearch: 'Aktivitäten durchsuchen',
  composerShown: (shown: number, total: number) => `${shown} von ${total} Aktivitäten angezeigt`,
  composerEmptyCatalogue:
    'Auf diesem Gerät sind noch keine Aktivitäten gespeichert. Sie erscheinen, sobald Inhalte gespeichert oder synchronisiert sind.',
  composerNoMatch: 'Keine Aktivität passt. Versuchen Sie einen anderen Filter oder Suchbegriff.',
  composerKind: (kind: string) =>
    (({ exercise: 'Übung', measure: 'Fragebogen', 'check-in': 'Check-in' }) as Record<string, string>)[
      kind
    ] ?? kind,
  composerMinutes: (minutes: string) => `etwa ${minutes} Min.`,
  composerLicencePermission: (licence: string) =>
    `Nicht verfügbar: Lizenz ${licence}, nur nichtkommerzielle Nutzung. Ein kommerzielles Produkt braucht die Erlaubnis der Rechteinhaber.`,
  composerLicenceForbidden: (licence: string) =>
    `Nicht verfügbar: Lizenz ${licence}, die kommerzielle Nutzung verbietet.`,
  composerPreview: 'Was die Klientin oder der Klient tun wird',
  composerPreviewNone: 'Wählen Sie eine Aktivität, um zu sehen, worum sie bittet.',
  composerQuestions: (count: number) => `${count} ${count === 1 ? 'Frage' : 'Fragen'}`,
  composerCheckInSeconds: (seconds: string) => `etwa ${seconds} Sekunden`,
  composerSteps: (count: number) => `${count} ${count === 1 ? 'Schritt' : 'Schritte'}`,
  composerStepKind: (kind: string) =>
    (
      ({
        text: 'Lesen',
        prompt: 'Schreiben',
        rating: 'Bewerten',
        choice: 'Auswählen',
        'card-sort': 'Karten sortieren',
        'list-builder': 'Liste anlegen',
        timer: 'Innehalten',
        audio: 'Zuhören',
        breathing: 'Atmen',
        'parts-map': 'Anteile benennen',
        reflection: 'Nachdenken',
      }) as Record<string, string>
    )[kind] ?? kind,
  composerSchedule: 'Zeitplan',
  composerZone: (zone: string) =>
    `Datum und Uhrzeit gelten für die Klientin oder den Klienten, Zeitzone ${zone}.`,
  composerFrequency: 'Wie oft',
  composerOnce: 'Einmal',
  composerWeekly: 'Jede Woche an gewählten Tagen',
  composerDate: 'Datum',
  composerTime: 'Uhrzeit',
  composerDays: 'Tage',
  composerTimes: 'Uhrzeiten',
  composerAnyTime: 'jederzeit an diesem Tag',
  composerTimeN: (index: number) => `Uhrzeit ${index}`,
  composerRemoveTime: (index: number) => `Uhrzeit ${index} entfernen`,
  composerRemove: 'Entfernen',
  composerAddTime: 'Uhrzeit hinzufügen',
  composerStart: 'Beginnt am',
  composerEnd: 'Endet am (optional)',
  composerNote: 'Notiz für die Klientin oder den Klienten',
  composerNoteHint: 'Wird mit der Aktivität angezeigt. Nur Text.',
  composerUpcoming: 'Die nächsten zwei Wochen',
  composerUpcomingPending: 'Wählen Sie Aktivität und Zeitplan, um die Termine zu sehen.',
  composerUpcomingCount: (count: number) =>
    count === 0
      ? 'In den nächsten zwei Wochen nicht fällig.'
      : `In den nächsten zwei Wochen ${count}-mal fällig:`,
  composerWeekLoad: (week: string, minutes: string, limit: string) =>
    `Woche ab ${week}: etwa ${minutes} von höchstens ${limit} Minuten Arbeit`,
  composerWarningsTitle: 'Bevor Sie zuweisen',
  composerWarnNewExercises: (count: number, limit: number) =>
    `Das wären ${count} neue Übungen innerhalb von 7 Tagen; empfohlen sind höchstens ${limit}. Ein bis zwei kurze Übungen pro Woche wirken besser.`,
  composerWarnMinutes: (week: string, minutes: string, limit: string) =>
    `Die Woche ab ${week} hätte etwa ${minutes} Minuten Arbeit; die Grenze ist ${limit}.`,
  composerWarnCheckIn: (seconds: string, limit: string) =>
    `Dieser Check-in dauert etwa ${seconds} Sekunden; Check-ins über ${limit} Sekunden werden nach der ersten Woche oft aufgegeben.`,
  composerSave: 'Zuweisen',
  composerSaveAnyway: 'Trotzdem zuweisen',
  composerSaving: 'Wird gespeichert …',
  composerSaved: (title: string, name: string) =>
    `${title} wurde ${name} zugewiesen. Es wird auf das Gerät synchronisiert.`,
  composerInvalid: (problem: string) => `Diese Zuweisung ist ungültig: ${problem}`,
  composerChooseActivity: 'Wählen Sie eine Aktivität.',
  composerNeedDate: 'Wählen Sie ein Datum.',
  composerNeedDays: 'Wählen Sie mindestens einen Tag.',
  composerEndBeforeStart: 'Das Ende darf nicht vor dem Beginn liegen.',
} satisfies AssignmentComposerStrings;
