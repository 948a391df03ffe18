/**
 * German wording of core's flag sentences and session prep (see README.md).
 *
 * @module
 */
import type { ChangeKind, FlagMessages, FlagSeverity, SessionPrepMessages } from '@interlude/core';

const joinAnd = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`;
const list = (dates: readonly string[]): string => dates.join('; ');
const moved = (direction: 'rose' | 'fell'): string => (direction === 'rose' ? 'stieg' : 'sank');

const CHANGE: Record<ChangeKind, string> = {
  'reliable-improvement': 'reliable Verbesserung',
  'reliable-deterioration': 'reliable Verschlechterung',
  'no-reliable-change': 'keine reliable Veränderung',
  'meaningful-improvement': 'klinisch bedeutsame Verbesserung',
  'meaningful-deterioration': 'klinisch bedeutsame Verschlechterung',
  'no-meaningful-change': 'keine klinisch bedeutsame Veränderung',
};
const SEVERITY: Record<FlagSeverity, string> = { urgent: 'Dringend', attention: 'Beachten', info: 'Info' };

export const flagMessages: FlagMessages = {
  shift: ({ label, values, days, worse, severe, usual }) =>
    `${label} ${values.join(', ')} am ${days}` +
    (severe ? ', am schweren Ende der Skala' : worse ? '' : ', besser als sonst') +
    (usual === null
      ? '; noch zu wenige Check-ins für einen üblichen Bereich.'
      : `; üblicher Bereich ${usual.low}–${usual.high}.`),
  deterioration: ({ title, scores, dates, rose, reference, threshold, meaningful }) =>
    `${title} ${joinAnd(scores)} (${dates.join('; ')}), ${rose ? 'gestiegen' : 'gesunken'} von ` +
    (reference.kind === 'baseline'
      ? `einem Ausgangswert von ${reference.value} (${reference.count === 1 ? 'erster Wert' : `Mittel der ersten ${reference.count} Werte`})`
      : `${reference.value} am ${reference.date} nach einer Besserung`) +
    `; eine Veränderung ab ${threshold} ist ${meaningful ? 'klinisch bedeutsam' : 'reliabel'}.`,
  riskEndorsed: ({ title, itemNumber, itemId, value, date }) =>
    `${title} Frage ${itemNumber ?? itemId} am ${date} mit ${value ?? '?'} beantwortet: nach Ihrem Risikoprotokoll nachfragen.`,
  riskUnanswered: ({ title, itemNumber, itemId, date }) =>
    `${title} Frage ${itemNumber ?? itemId} am ${date} unbeantwortet: Risiko unbekannt, nicht „kein Risiko“.`,
  noRecentCompletion: ({ days, last }) =>
    `Seit ${days} ${days === 1 ? 'Tag' : 'Tagen'} nichts erledigt` +
    (last === null ? '.' : `; zuletzt: ${last.title} am ${last.date}.`),
  missedInARow: ({ count, latestDate }) =>
    `${count} fällige ${count === 1 ? 'Aufgabe' : 'Aufgaben'} in Folge verpasst` +
    (latestDate === null ? '.' : `, zuletzt am ${latestDate}.`),
  completed: ({ title, count, date }) =>
    count === 1 ? `${title} am ${date} erledigt.` : `${title} ${count}-mal erledigt, zuletzt am ${date}.`,
  overload: ({ count, limit }) =>
    `${count} neue Übungen innerhalb von 7 Tagen; empfohlen sind höchstens ${limit}.`,
};

export const sessionPrepMessages: SessionPrepMessages = {
  heading: ({ sinceDate, nowDate }) => `Sitzungsvorbereitung: ${sinceDate} bis ${nowDate}`,
  completedHeading: 'Erledigt',
  missedHeading: 'Verpasst',
  scoreChangesHeading: 'Werte',
  eventsHeading: 'Auffälliges',
  notesHeading: 'Notizen der Klientin / des Klienten',
  openingsHeading: 'Mögliche Einstiege',
  flagsHeading: 'Hinweise',
  flag: ({ severity, text }) => `${SEVERITY[severity]}: ${text}`,
  none: 'nichts',
  completed: ({ title, count, late, dates }) =>
    `${title}: ${count}× (${list(dates)})${late > 0 ? `, ${late} verspätet` : ''}`,
  missed: ({ title, count, dates }) => `${title}: ${count}× (${list(dates)})`,
  scoreChange: ({ title, before, after, band, change, meaningfulChange, date }) => {
    const now = after === null ? 'nicht auswertbar' : `${after}${band === null ? '' : ` (${band})`}`;
    const from = before === null ? '' : `${before} → `;
    const alsoMeaningful =
      meaningfulChange === 'meaningful-improvement' || meaningfulChange === 'meaningful-deterioration'
        ? ', klinisch bedeutsam'
        : '';
    return `${title}: ${from}${now} am ${date}${change === null ? '' : ` – ${CHANGE[change]}${alsoMeaningful}`}`;
  },
  checkInChange: ({ label, direction, from, to, date }) =>
    `${label} ${moved(direction)} am ${date} von ${from} auf ${to}`,
  riskAnswer: ({ title, itemId, itemNumber, itemText, endorsed, value, date }) => {
    const item = `Risikofrage ${itemNumber ?? itemId}`;
    const wording = itemText === undefined ? '' : ` („${itemText}“)`;
    return endorsed
      ? `${title}: ${item}${wording} am ${date} mit ${value ?? ''} beantwortet`
      : `${title}: ${item}${wording} am ${date} unbeantwortet`;
  },
  note: ({ title, prompt, text, date }) => `${date}, ${title} – ${prompt} „${text}“`,
  openingExerciseThenChange: ({ exercise, exerciseDay, label, direction, changeDay }) =>
    `Sie haben am ${exerciseDay} „${exercise}“ gemacht, und am ${changeDay} ${moved(direction)} ${label} – was ist passiert?`,
  openingChange: ({ label, direction, worse, day }) =>
    `${label} ${moved(direction)} am ${day} – ${worse ? 'was war da los?' : 'was war an dem Tag anders?'}`,
  openingScoreChange: ({ title, from, to }) =>
    `Ihr ${title}-Wert ging von ${from} auf ${to} – wie passt das zu den letzten Wochen?`,
  openingExercise: ({ title, day }) => `Sie haben am ${day} „${title}“ gemacht – was ist Ihnen aufgefallen?`,
  openingMissed: ({ title, count }) =>
    `„${title}“ ist ${count === 1 ? 'einmal' : `${count}-mal`} nicht zustande gekommen – was kam dazwischen?`,
  openingGeneral: 'Seit dem letzten Mal wurde nichts festgehalten – wie ist es Ihnen ergangen?',
};
