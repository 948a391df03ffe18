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

  // ── Client elements: il-measure-form, il-check-in, il-today, il-crisis-resources, il-reminder-settings, il-slider ──
  // (add this group's keys below this line)

  // ── Exercise player: il-exercise-player and its steps ──
  // (add this group's keys below this line)
  playerInvalidTitle: 'Diese Übung kann nicht angezeigt werden',
  playerInvalidBody: (problem: string) => `Ihre Definition ist ungültig: ${problem}`,
  playerLoading: 'Die Übung wird geöffnet…',
  playerWhy: 'Warum das helfen kann',
  playerMinutes: (minutes: number) => (minutes === 1 ? 'Etwa 1 Minute' : `Etwa ${minutes} Minuten`),
  playerStart: 'Beginnen',
  playerBasedOn: (approach: string) => `Beruht auf ${approach}.`,
  playerProgress: (step: number, count: number) => `Schritt ${step} von ${count}`,
  playerResumed: 'Willkommen zurück: Hier haben Sie aufgehört.',
  playerOptional: 'Freiwillig',
  playerRequired: 'Dieser Schritt braucht eine Antwort, bevor es weitergeht.',
  playerBack: 'Zurück',
  playerNext: 'Weiter',
  playerSkip: 'Überspringen',
  playerFinish: 'Abschließen',
  playerSaving: 'Wird gespeichert…',
  playerSubmitFailed:
    'Das konnte nicht gespeichert werden. Ihre Antworten sind noch da; bitte versuchen Sie es erneut.',
  playerDraftSaving: 'Wird auf diesem Gerät gespeichert…',
  playerDraftSaved: 'Auf diesem Gerät gespeichert',
  playerDraftFailed: 'Konnte auf diesem Gerät nicht gespeichert werden. Ihre Antworten sind noch da.',
  playerHeadingText: 'Lesen',
  playerHeadingTimer: 'Eine Übung mit Zeit',
  playerHeadingAudio: 'Zuhören',
  playerHeadingBreathing: 'Atmen',
  playerHeadingReflection: 'Rückblick',
  playerDoneTitle: 'Fertig. Danke, dass Sie sich die Zeit genommen haben.',
  playerDoneBody:
    'Auf diesem Gerät gespeichert. Es erreicht Ihre Therapeutin oder Ihren Therapeuten, sobald Sie wieder online sind.',
  playerAgain: 'Noch einmal',
  playerCharacters: (used: number, max: number) => `${used} von ${max} Zeichen`,
  cardSortInstructions:
    'Karte verschieben: Leertaste hebt sie auf, Pfeiltasten bewegen sie zwischen den Stapeln, Leertaste legt sie ab, Escape bricht ab. Mit der Maus ziehen; oder antippen und dann das Ziel wählen.',
  cardSortUnsorted: 'Noch nicht sortiert',
  cardSortProgress: (sorted: number, total: number) => `${sorted} von ${total} Karten sortiert`,
  cardSortPileCount: (count: number) => (count === 1 ? '1 Karte' : `${count} Karten`),
  cardSortPileCountMax: (count: number, max: number) => `${count} von höchstens ${max}`,
  cardSortMoveHere: (card: string, pile: string) => `„${card}“ nach ${pile} legen`,
  cardSortLifted: (card: string, pile: string, position: number, count: number) =>
    `${card} aufgehoben, in ${pile}, ${position} von ${count}. Pfeiltasten bewegen, Leertaste legt ab, Escape bricht ab.`,
  cardSortMoved: (card: string, pile: string, position: number, count: number) =>
    `${card}: ${pile}, ${position} von ${count}.`,
  cardSortDropped: (card: string, pile: string, position: number, count: number) =>
    `${card} in ${pile} abgelegt, ${position} von ${count}.`,
  cardSortCancelled: (card: string, pile: string) => `Abgebrochen. ${card} liegt wieder in ${pile}.`,
  cardSortSkipped: (pile: string) => `${pile} ist voll.`,
  cardSortFull: (pile: string, max: number) =>
    `${pile} fasst höchstens ${max} Karten. Nehmen Sie zuerst eine heraus.`,
  listEntry: (label: string, position: number) => `${label || 'Eintrag'} ${position}`,
  listAdd: 'Hinzufügen',
  listEmpty: 'Noch nichts hinzugefügt.',
  listCount: (count: number, max: number) => `${count} von höchstens ${max}`,
  listFull: (max: number) => `Diese Liste ist voll (${max}).`,
  listRemove: 'Entfernen',
  listRemoved: (entry: string) => `${entry} entfernt.`,
  listMoveUp: (entry: string) => `${entry} nach oben`,
  listMoveDown: (entry: string) => `${entry} nach unten`,
  listReorder: (entry: string) => `${entry} verschieben`,
  listReorderInstructions:
    'Leertaste hebt den Eintrag auf, Pfeil hoch und runter bewegen ihn, Leertaste legt ihn ab.',
  listLifted: (entry: string, position: number, count: number) =>
    `${entry} aufgehoben, ${position} von ${count}. Pfeil hoch und runter bewegen, Leertaste legt ab, Escape bricht ab.`,
  listMoved: (entry: string, position: number, count: number) => `${entry}: ${position} von ${count}.`,
  listDropped: (entry: string, position: number, count: number) =>
    `${entry} abgelegt, ${position} von ${count}.`,
  listCancelled: (entry: string, position: number, count: number) =>
    `Abgebrochen. ${entry} ist wieder bei ${position} von ${count}.`,
  listChooseDay: 'Tag wählen',
  partsName: 'Bezeichnung',
  partsRole: 'Rolle',
  partsRoleManager: 'Manager-Teil',
  partsRoleFirefighter: 'Feuerwehr',
  partsRoleExile: 'Verbannter Teil',
  partsRoleUnsure: 'Nicht sicher',
  partsRoleManagers: 'Manager-Teile',
  partsRoleFirefighters: 'Feuerwehr-Teile',
  partsRoleExiles: 'Verbannte Teile',
  partsRoleUnsureGroup: 'Rolle noch offen',
  partsPart: (position: number, name: string) => (name ? `Teil ${position}: ${name}` : `Teil ${position}`),
  partsAdd: 'Teil hinzufügen',
  partsRemove: 'Diesen Teil entfernen',
  partsRemoved: (part: string) => `${part} entfernt.`,
  partsFull: (max: number) => `Die Karte fasst bis zu ${max} Teile.`,
  partsMapCaption: (count: number) =>
    count === 0
      ? 'Ihre Karte: Teile, die Sie benennen, erscheinen hier'
      : count === 1
        ? 'Ihre Karte: 1 Teil'
        : `Ihre Karte: ${count} Teile`,
  partsSelf: 'Selbst',
  practiceStart: 'Starten',
  practicePause: 'Anhalten',
  practiceResume: 'Fortsetzen',
  practiceRestart: 'Neu beginnen',
  timerRemaining: (time: string) => `noch ${time}`,
  timerProgress: 'Vergangene Zeit',
  timerDone: 'Die Zeit ist um. Machen Sie weiter, wenn Sie so weit sind.',
  timerAllGuidance: 'Die ganze Anleitung',
  audioTranscript: 'Abschrift',
  breathingReady: 'Starten Sie, wenn Sie so weit sind',
  breathingIn: 'Einatmen',
  breathingHold: 'Halten',
  breathingOut: 'Ausatmen',
  breathingRest: 'Ruhen',
  breathingCycle: (breath: number, count: number) => `Atemzug ${breath} von ${count}`,
  breathingPlan: (inhale: number, hold: number, exhale: number, rest: number, cycles: number) =>
    `Ein ${inhale} s${hold ? `, halten ${hold} s` : ''}, aus ${exhale} s${rest ? `, ruhen ${rest} s` : ''}; ${cycles} Atemzüge.`,
  breathingDone: 'Gut gemacht. Atmen Sie jetzt, wie Sie mögen, und machen Sie weiter, wenn Sie so weit sind.',

  // ── Charts: the chart foundation, il-mood-chart, il-outcome-chart, il-adherence-chart, il-progress ──
  // (add this group's keys below this line)

  // ── Clinician elements: il-review-queue, il-session-prep, il-assignment-composer, il-clinic-overview ──
  // (add this group's keys below this line)
} satisfies Messages;
