/**
 * Strings of il-assignment-composer.
 * English is the reference: `assignment-composer.de.ts` and `assignment-composer.ar.ts` must give the same keys with the same
 * arguments (`satisfies AssignmentComposerStrings`). See README.md in this folder.
 *
 * @module
 */
import type { StringGroup } from './strings.js';

export const en = {
  composerLoading: 'Loading the catalogue…',
  composerReadError: 'The catalogue could not be read on this device.',
  composerWriteError: 'Could not save on this device. Nothing was assigned.',
  composerClientFallback: (id: string) => `client ${id}`,
  composerTitle: 'Assign an activity',
  composerFor: (name: string) => `for ${name}`,
  composerNoClient: 'Set client-id to say whom the activity is for.',
  composerCatalogue: 'Activity',
  composerFilterLegend: 'Show',
  composerFilter: (filter: string) =>
    (
      ({
        all: 'All',
        act: 'ACT',
        ifs: 'IFS',
        cbt: 'CBT',
        measure: 'Questionnaires',
        'check-in': 'Check-ins',
      }) as Record<string, string>
    )[filter] ?? filter,
  composerSearch: 'Search activities',
  composerShown: (shown: number, total: number) => `${shown} of ${total} activities shown`,
  composerEmptyCatalogue:
    'No activities are stored on this device yet. They appear once content is stored or synced.',
  composerNoMatch: 'No activity matches. Try another filter or search.',
  composerKind: (kind: string) =>
    (({ exercise: 'Exercise', measure: 'Questionnaire', 'check-in': 'Check-in' }) as Record<string, string>)[
      kind
    ] ?? kind,
  composerMinutes: (minutes: string) => `about ${minutes} min`,
  composerLicencePermission: (licence: string) =>
    `Not available: licensed ${licence}, non-commercial use only. A commercial product needs the owner's permission.`,
  composerLicenceForbidden: (licence: string) =>
    `Not available: licensed ${licence}, which forbids commercial use.`,
  composerPreview: 'What the client will do',
  composerPreviewNone: 'Choose an activity to see what it asks of the client.',
  composerQuestions: (count: number) => `${count} ${count === 1 ? 'question' : 'questions'}`,
  composerCheckInSeconds: (seconds: string) => `about ${seconds} seconds`,
  composerSteps: (count: number) => `${count} ${count === 1 ? 'step' : 'steps'}`,
  composerStepKind: (kind: string) =>
    (
      ({
        text: 'Read',
        prompt: 'Write',
        rating: 'Rate',
        choice: 'Choose',
        'card-sort': 'Sort cards',
        'list-builder': 'Make a list',
        timer: 'Pause',
        audio: 'Listen',
        breathing: 'Breathe',
        'parts-map': 'Map parts',
        reflection: 'Reflect',
      }) as Record<string, string>
    )[kind] ?? kind,
  composerSchedule: 'Schedule',
  composerZone: (zone: string) => `Dates and times are the client's, in ${zone}.`,
  composerFrequency: 'How often',
  composerOnce: 'Once',
  composerWeekly: 'Every week on chosen days',
  composerDate: 'Date',
  composerTime: 'Time',
  composerDays: 'Days',
  composerTimes: 'Times of day',
  composerAnyTime: 'any time that day',
  composerTimeN: (index: number) => `Time ${index}`,
  composerRemoveTime: (index: number) => `Remove time ${index}`,
  composerRemove: 'Remove',
  composerAddTime: 'Add a time',
  composerStart: 'Starts on',
  composerEnd: 'Ends on (optional)',
  composerNote: 'Note for the client',
  composerNoteHint: 'The client sees this with the activity. Plain text.',
  composerUpcoming: 'The next two weeks',
  composerUpcomingPending: 'Choose an activity and a schedule to see when it is due.',
  composerUpcomingCount: (count: number) =>
    count === 0
      ? 'Not due in the next two weeks.'
      : `Due ${count} ${count === 1 ? 'time' : 'times'} in the next two weeks:`,
  composerWeekLoad: (week: string, minutes: string, limit: string) =>
    `Week of ${week}: about ${minutes} of at most ${limit} minutes of work`,
  composerWarningsTitle: 'Before you assign',
  composerWarnNewExercises: (count: number, limit: number) =>
    `This would be ${count} new exercises within 7 days; the suggested limit is ${limit}. One or two brief exercises a week work better.`,
  composerWarnMinutes: (week: string, minutes: string, limit: string) =>
    `The week of ${week} would hold about ${minutes} minutes of work; the limit is ${limit}.`,
  composerWarnCheckIn: (seconds: string, limit: string) =>
    `This check-in takes about ${seconds} seconds; check-ins over ${limit} seconds are often dropped after the first week.`,
  composerSave: 'Assign',
  composerSaveAnyway: 'Assign anyway',
  composerSaving: 'Saving…',
  composerSaved: (title: string, name: string) => `Assigned ${title} to ${name}. It syncs to their device.`,
  composerInvalid: (problem: string) => `This assignment is not valid: ${problem}`,
  composerChooseActivity: 'Choose an activity.',
  composerNeedDate: 'Choose a date.',
  composerNeedDays: 'Choose at least one day.',
  composerEndBeforeStart: 'The end must not be before the start.',
};

export type AssignmentComposerStrings = typeof en;

/** English bundled; German and Arabic loaded on first use. */
export const assignmentComposerStrings: StringGroup<AssignmentComposerStrings> = {
  en,
  de: () => import('./assignment-composer.de.js').then((module) => module.de),
  ar: () => import('./assignment-composer.ar.js').then((module) => module.ar),
};
