import type { Messages } from './en.js';

export const de = {
  notConfiguredTitle: 'Dieses Interlude-Element ist nicht verbunden',
  notConfiguredBody:
    'Setzen Sie es in ein <il-provider>-Element und geben Sie diesem einen mit createInterlude() erstellten Client.',
  invalidClientTitle: 'Der Interlude-Client ist ungültig',
  invalidClientBody: (problem: string) => `Der Provider hat einen unbrauchbaren Client erhalten: ${problem}`,
  ratingValueText: (value: number, max: number) => `${value} von ${max}`,
  ratingValueWithAnchor: (value: number, max: number, anchor: string) => `${value} von ${max}, ${anchor}`,
  required: 'Bitte wählen Sie einen Wert.',
  invalidSettingsTitle: 'Dieses Interlude-Element ist falsch eingerichtet',
  invalidSettingsBody: (problem: string) => `Prüfen Sie seine Attribute und Eigenschaften: ${problem}`,

  // ── Run an activity (shared by il-measure-form, il-check-in, il-exercise-player): status, submit, errors ──
  // (add this group's keys below this line)
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

  // ── Client elements: il-measure-form, il-check-in, il-today, il-crisis-resources, il-reminder-settings, il-slider ──
  // (add this group's keys below this line)
  sliderNotAnswered: 'Noch nicht beantwortet',
  sliderValueText: (value: string, max: string) => `${value} von ${max}`,
  sliderValueWithAnchor: (value: string, max: string, anchor: string) => `${value} von ${max}, ${anchor}`,
  measureLicenceRefused: 'Dieser Fragebogen kann hier nicht angeboten werden',
  measureSubmit: 'Antworten absenden',
  measureItemCount: (count: number) => `${count} Fragen`,
  measureItemMissing: 'Diese Frage ist noch nicht beantwortet.',
  measureMissingAll: (first: number) =>
    `Bitte beantworten Sie alle Fragen. Frage ${first} ist noch nicht beantwortet.`,
  measureMissingSome: (first: number, allowed: number) =>
    `Bitte beantworten Sie Frage ${first}. Bis zu ${allowed} Fragen dürfen offen bleiben, es sind aber mehr.`,
  measureThanks: 'Danke. Ihre Antworten sind gespeichert.',
  measureScore: (total: string, max: string, band: string) =>
    band ? `Ihr Wert: ${total} von ${max} (${band})` : `Ihr Wert: ${total} von ${max}`,
  measureUnscorable: 'Es wurden zu wenige Fragen beantwortet, um einen Wert zu berechnen.',
  crisisHeading: 'Sie müssen das nicht allein durchstehen',
  crisisMessage:
    'Danke, dass Sie es uns sagen. Wenn Sie daran denken, sich etwas anzutun, wenden Sie sich bitte jetzt an eine der Stellen unten – dort hilft man Ihnen, Tag und Nacht.',
  crisisClinicianNote:
    'Ihre Therapeutin bzw. Ihr Therapeut sieht diese Antwort, sobald sie gesendet und synchronisiert ist – aber nicht sofort. Wenn Sie jetzt Hilfe brauchen, wenden Sie sich bitte an eine der Stellen oben.',
  crisisResourcesHeading: 'Wenn Sie jetzt Hilfe brauchen',
  crisisCall: 'Anrufen:',
  crisisText: 'SMS an',
  crisisWebsite: (name: string) => `Website von ${name}`,
  checkInSubmit: 'Check-in speichern',
  checkInOptional: 'freiwillig',
  checkInItemMissing: 'Bitte beantworten Sie diese Frage.',
  checkInMissing: (prompt: string) => `Bitte beantworten Sie „${prompt}“.`,
  checkInCharactersLeft: (count: number) => `noch ${count} Zeichen`,
  checkInSaved: 'Check-in gespeichert',
  checkInAgain: 'Noch einmal einchecken',
  todayDueNow: 'Jetzt fällig',
  todayLater: 'Später heute',
  todayThisWeek: 'Diese Woche',
  todayDone: 'Erledigt',
  todayMissed: 'Diesmal nicht erledigt',
  todayMissedNote:
    'Das ist in Ordnung. Wenn Sie möchten, können Sie in der nächsten Sitzung darüber sprechen.',
  todayEmpty: 'Gerade ist nichts fällig.',
  todayWhy: 'Warum das wichtig ist',
  todayMinutes: (minutes: string) => `Etwa ${minutes} Min.`,
  todayDueBy: (time: string) => `Fällig um ${time}`,
  todayAnyTime: 'Heute, wann es passt',
  todayDueOn: (date: string) => `Fällig ${date}`,
  todayDoneAt: (time: string) => `Erledigt um ${time}`,
  todayStart: (title: string) => `${title} beginnen`,
  todayDoneThanks: 'Erledigt. Danke, dass Sie sich die Zeit genommen haben.',
  todayBack: 'Zurück zur heutigen Liste',
  todayUnavailable:
    'Diese Aktivität ist noch nicht auf diesem Gerät. Sie erscheint nach der nächsten Synchronisierung.',
  remindersPauseAll: 'Alle Erinnerungen pausieren',
  remindersPreferredTimes: 'Bevorzugte Uhrzeiten',
  remindersPreferredHint: 'Für Aktivitäten, die Sie zu jeder Tageszeit machen können.',
  remindersTime: (index: number) => `Uhrzeit ${index}`,
  remindersAddTime: 'Uhrzeit hinzufügen',
  remindersRemoveTime: (time: string) => `${time} entfernen`,
  remindersQuietHours: 'Ruhezeiten (keine Erinnerungen)',
  remindersQuietOff: 'Keine Ruhezeiten',
  remindersQuietFrom: 'Von',
  remindersQuietUntil: 'Bis',
  remindersMaxPerDay: 'Höchstens so viele Erinnerungen am Tag',
  remindersPerActivity: 'Erinnern an',
  remindersSave: 'Erinnerungseinstellungen speichern',
  remindersSaved: 'Erinnerungseinstellungen gespeichert',
  remindersSaveFailed:
    'Die Einstellungen konnten nicht gespeichert werden. Bitte prüfen Sie sie und versuchen Sie es erneut.',
  remindersPreview: (times: string) => `Sie werden erinnert: ${times}.`,
  remindersPreviewNone: 'In den nächsten 7 Tagen sind keine Erinnerungen geplant.',
  remindersPreviewPaused:
    'Erinnerungen sind pausiert. Sie können Ihre Aktivitäten trotzdem jederzeit öffnen.',
  remindersInvalid: (problem: string) => `Bitte prüfen: ${problem}`,

  // ── Exercise player: il-exercise-player and its steps ──
  // (add this group's keys below this line)

  // ── Charts: the chart foundation, il-mood-chart, il-outcome-chart, il-adherence-chart, il-progress ──
  // (add this group's keys below this line)
  chartLoading: 'Diagramm wird geladen…',
  chartLoadFailed: 'Die Daten des Diagramms konnten nicht gelesen werden. Versuchen Sie es später erneut.',
  chartShowTable: 'Datentabelle anzeigen',
  chartHideTable: 'Datentabelle ausblenden',
  chartSeriesLegend: 'Angezeigte Reihen',
  chartColumnWhen: 'Wann',
  chartColumnSeries: 'Reihe',
  chartColumnValue: 'Wert',
  chartColumnUsual: 'Üblicher Bereich',
  chartColumnNote: 'Hinweis',
  chartUsualRange: (low: string, high: string) => `üblich ${low}–${high}`,
  chartNoBaseline: 'noch keine Basislinie',
  chartAboveUsual: 'über üblich',
  chartBelowUsual: 'unter üblich',
  chartWithinUsual: 'im üblichen Bereich',
  chartMoodTitle: 'Check-ins im Verlauf',
  chartMoodEmpty: 'Noch keine Check-ins.',
  chartMoodLegendValue: 'Check-in',
  chartMoodLegendOutside: 'Außerhalb des üblichen Bereichs',
  chartMoodLegendBand: 'Üblicher Bereich (14 vorherige Check-ins)',
  chartMoodLegendActivity: 'Aktivität erledigt',
  chartMoodPoint: (label: string, value: string, max: string, when: string, note: string) =>
    `${label} ${value} von ${max}, ${when}${note ? `, ${note}` : ''}`,
  chartMoodActivityPoint: (title: string, when: string) => `${title} erledigt, ${when}`,
  chartMoodSummary: (count: number, from: string, to: string, latest: string) =>
    `${count} Check-ins vom ${from} bis ${to}; zuletzt: ${latest}.`,
  chartMoodLatest: (label: string, value: string, where: string, low: string, high: string) =>
    `${label} ${value}, ${where} (${low}–${high})`,
  chartWeeks: (weeks: number) => `${weeks} ${weeks === 1 ? 'Woche' : 'Wochen'}`,
  chartDays: (days: number) => `${days} ${days === 1 ? 'Tag' : 'Tagen'}`,
  chartOutcomeTitle: 'Fragebogenwerte im Verlauf',
  chartOutcomeEmpty: 'Noch keine Fragebogenwerte.',
  chartOutcomeNoScores: (title: string) => `${title}: noch keine auswertbaren Antworten.`,
  chartOutcomeMeasure: 'Fragebogen',
  chartOutcomeSummary: (title: string, from: string, to: string, period: string, change: string) =>
    `${title} ging in ${period} von ${from} auf ${to}: ${change}.`,
  chartOutcomeOneScore: (title: string, total: string, band: string, when: string) =>
    `${title}: bisher ein Wert, ${total} (${band}) am ${when}.`,
  chartOutcomePoint: (
    title: string,
    total: string,
    band: string,
    when: string,
    change: string,
    baseline: string,
  ) => `${title} ${total}, ${band}, ${when}; ${change} gegenüber dem Ausgangswert ${baseline}`,
  chartOutcomeBaselinePoint: (title: string, total: string, band: string, when: string) =>
    `${title} ${total}, ${band}, ${when}; Ausgangswert`,
  chartOutcomeReliableImprovement: 'reliable Verbesserung',
  chartOutcomeReliableDeterioration: 'reliable Verschlechterung',
  chartOutcomeNoReliableChange: 'keine reliable Veränderung',
  chartOutcomeMeaningfulImprovement: 'klinisch bedeutsame Verbesserung',
  chartOutcomeMeaningfulDeterioration: 'klinisch bedeutsame Verschlechterung',
  chartOutcomeNoMeaningfulChange: 'keine klinisch bedeutsame Veränderung',
  chartOutcomeChangeUnknown: 'Veränderung nicht einzuordnen',
  chartOutcomeRecovered: (change: string) => `${change}, remittiert`,
  chartOutcomeLegendRecovered: 'Remittiert: nicht mehr auffällig, mit reliabler Verbesserung',
  chartOutcomeUnscorable: 'nicht auswertbar',
  chartOutcomeLegendBaseline: 'Ausgangswert',
  chartOutcomeZone: (threshold: string, words: string) =>
    `Innerhalb ±${threshold} um den Ausgangswert: ${words}`,
  chartOutcomeCasenessAtOrAbove: (threshold: string) => `Cut-off: auffällig ab ${threshold}`,
  chartOutcomeCasenessBelow: (threshold: string) => `Cut-off: auffällig unter ${threshold}`,
  chartOutcomeColumnTotal: 'Summe',
  chartOutcomeColumnBand: 'Schweregrad',
  chartOutcomeColumnChange: 'Veränderung zum Ausgangswert',
  chartAdherenceTitle: 'Erledigte Aufgaben im Verlauf',
  chartAdherenceEmpty: 'In diesem Zeitraum war nichts zugewiesen.',
  chartAdherenceWeeks: 'Wochen',
  chartAdherenceDays: 'Tage',
  chartAdherenceAssignment: 'Aufgabe',
  chartAdherenceAll: 'Alle Aufgaben',
  chartAdherenceNothing: 'nichts zugewiesen',
  chartAdherenceDone: (done: number, assigned: number) => `${done} von ${assigned} erledigt`,
  chartAdherenceLate: (late: number) => `${late} verspätet`,
  chartAdherenceMissed: (missed: number) => `${missed} versäumt`,
  chartAdherenceOpen: (open: number) => `${open} noch offen`,
  chartAdherenceWeekPoint: (week: string, counts: string) => `Woche ab ${week}: ${counts}`,
  chartAdherenceDayPoint: (day: string, counts: string, detail: string) =>
    `${day}: ${counts}${detail ? ` (${detail})` : ''}`,
  chartAdherenceDetail: (title: string, status: string) => `${title}: ${status}`,
  chartAdherenceStatusDone: 'Pünktlich erledigt',
  chartAdherenceStatusLate: 'Verspätet erledigt',
  chartAdherenceStatusMissed: 'Versäumt',
  chartAdherenceStatusOpen: 'Noch offen',
  chartAdherenceLegendAll: 'Tag: alles erledigt',
  chartAdherenceLegendSome: 'Tag: teilweise erledigt',
  chartAdherenceLegendNone: 'Tag: nichts erledigt',
  chartAdherenceColumnAssigned: 'Zugewiesen',
  chartAdherenceStreak: (current: number, longest: number) =>
    `Aktuelle Serie: ${current} in Folge · längste: ${longest}`,
  chartProgressTitle: 'Ihr Fortschritt',
  chartProgressNoValues: 'Hier erscheinen Ihre Check-ins.',
  chartProgressStreak: (count: number) =>
    count === 1 ? 'Aufgabe in Folge erledigt' : 'Aufgaben in Folge erledigt',
  chartProgressThisWeek: (_count: number) => 'diese Woche erledigt',
  chartProgressLegendBand: 'Ihr üblicher Bereich',
  chartProgressPoint: (label: string, value: string, max: string, when: string) =>
    `${label} ${value} von ${max}, ${when}`,
  chartProgressBetter: (label: string) => `Ihre ${label} war diese Woche höher als in der Woche davor.`,
  chartProgressSteady: (label: string) => `Ihre ${label} war stabil, ähnlich wie in der Woche davor.`,
  chartProgressHarder: (label: string) =>
    `Diese Woche war Ihre ${label} schwerer als in der Woche davor; gut, dass Sie weiter einchecken.`,
  chartProgressKeepGoing: 'Nach ein paar weiteren Check-ins sehen Sie, wie sich die Dinge entwickeln.',
  chartProgressSummaryStreak: (change: string, streak: number) =>
    `${change.replace(/\.$/, '')}, und Sie haben ${streak} ${streak === 1 ? 'Aufgabe' : 'Aufgaben'} in Folge erledigt.`,
  chartAdherenceSummary: (
    weeks: string,
    done: number,
    assigned: number,
    rate: string,
    late: number,
    missed: number,
    streak: number,
  ) =>
    `${weeks}: ${done} von ${assigned} erledigt (${rate}), ${late} verspätet, ${missed} versäumt; aktuelle Serie ${streak}.`,

  // ── Clinician elements, part 2: il-assignment-composer, il-clinic-overview ──
  // (add this group's keys below this line)
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
  clinicOverviewTitle: 'Überblick über die Praxis',
  clinicOverviewPeriod: 'Zeitraum',
  clinicOverviewWeeks: (weeks: number) => `Letzte ${weeks} Wochen`,
  clinicOverviewMeasure: 'Fragebogen',
  clinicOverviewRange: (from: string, to: string) => `Vom ${from} bis ${to}`,
  clinicOverviewPrivacy: (min: number) =>
    `Gruppen mit weniger als ${min} Klientinnen und Klienten werden nicht gezeigt, damit niemand erkennbar ist. Exporte bleiben in der Praxis.`,
  clinicOverviewActive: 'Aktive Klientinnen und Klienten',
  clinicOverviewCompletion: 'Erledigt zwischen den Sitzungen',
  clinicOverviewMedian: (measure: string) => `Median der Verbesserung im ${measure}`,
  clinicOverviewPoints: (value: string) => `${value} Punkte`,
  clinicOverviewWithChange: (count: number) => `${count} mit zwei Werten`,
  clinicOverviewOverall: 'Ganze Praxis',
  clinicOverviewByClinician: 'Nach Therapeutin oder Therapeut',
  clinicOverviewByCohort: 'Nach Kohorte',
  clinicOverviewColumnGroup: 'Gruppe',
  clinicOverviewColumnClients: 'Klient·innen',
  clinicOverviewColumnActive: 'Aktiv',
  clinicOverviewColumnCompletion: 'Erledigt',
  clinicOverviewColumnWithChange: 'Mit zwei Werten',
  clinicOverviewColumnImprovement: 'Median der Verbesserung',
  clinicOverviewColumnReliable: 'Reliabel verbessert',
  clinicOverviewSuppressed: (min: number) => `Weniger als ${min}: nicht gezeigt`,
  clinicOverviewUnknown: 'zu wenige Daten',
  clinicOverviewEmpty: 'Keine Klientinnen oder Klienten mit Zuweisungen in diesem Zeitraum.',
  clinicOverviewNoScores: 'Keine Fragebogenwerte in diesem Zeitraum.',
  clinicOverviewExport: 'Als CSV exportieren',
  clinicOverviewExported: (file: string) => `${file} exportiert.`,
  clinicOverviewChartTitle: (measure: string) => `Erledigt und Verbesserung im ${measure}`,
  clinicOverviewAxisCompletion: 'Erledigt',
  clinicOverviewAxisImprovement: 'Median der Verbesserung',
  clinicOverviewSeries: (kind: string) => (kind === 'cohort' ? 'Kohorten' : 'Therapeut·innen'),
  clinicOverviewLegendNoChange: 'Gestrichelte Linie: keine Veränderung',
  clinicOverviewPoint: (group: string, completion: string, improvement: string, clients: number) =>
    `${group}: erledigt ${completion}, Median der Verbesserung ${improvement} Punkte (${clients} mit zwei Werten)`,
  clinicOverviewSummary: (measure: string, rho: string, clients: number, direction: string) =>
    `${direction === 'more' ? 'Wer zwischen den Sitzungen mehr erledigte, verbesserte sich tendenziell stärker' : direction === 'less' ? 'Wer zwischen den Sitzungen mehr erledigte, verbesserte sich tendenziell weniger' : 'Erledigtes und Verbesserung hingen nicht erkennbar zusammen'} im ${measure} (Spearman-ρ ${rho}, ${clients} Klient·innen). Ein Zusammenhang, keine Ursache.`,
  clinicOverviewSummaryUnknown: (measure: string) =>
    `Zu wenige Klientinnen und Klienten haben Erledigtes und zwei ${measure}-Werte, um beides zu vergleichen.`,
  clinicOverviewChartEmpty: 'Keine Gruppe ist groß genug und hat Werte, um sie zu zeichnen.',

  // ── Clinician elements: il-review-queue, il-session-prep, il-assignment-composer, il-clinic-overview ──
  // (add this group's keys below this line)
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
    shown === 0 ? 'Nichts anzuzeigen.' : `${shown} angezeigt: ${urgent} dringend, ${attention} mit Handlungsbedarf, ${info} zur Information.`,
  reviewQueueEmptyOpen: 'Gerade ist nichts zu prüfen.',
  reviewQueueEmptySnoozed: 'Nichts zurückgestellt.',
  reviewQueueEmptyAcknowledged: 'Noch nichts als gesehen markiert.',
  reviewQueueEmptyCaseload: 'Noch keine Klient:innen in der Fallliste.',
  reviewQueueSeverity: (severity: string) =>
    ({ urgent: 'Dringend', attention: 'Beachten', info: 'Info' } as Record<string, string>)[severity] ?? severity,
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
    } as Record<string, string>)[role] ?? role,
  evidenceLine: (role: string, values: string, dates: string) => `${role}${values ? ` ${values}` : ''}, ${dates}`,
  evidenceUnanswered: 'nicht beantwortet',
} satisfies Messages;
