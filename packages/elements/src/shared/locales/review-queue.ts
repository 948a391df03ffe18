/**
 * Strings of il-review-queue.
 * English is the reference: `review-queue.de.ts` and `review-queue.ar.ts` must give the same keys with the same
 * arguments (`satisfies ReviewQueueStrings`). See README.md in this folder.
 *
 * @module
 */
import type { StringGroup } from './strings.js';

export const en = {
  reviewQueueLabel: 'Review queue',
  reviewQueueViewLegend: 'Show',
  reviewQueueViewOpen: (count: number) => `Needs review (${count})`,
  reviewQueueViewSnoozed: (count: number) => `Snoozed (${count})`,
  reviewQueueViewAcknowledged: (count: number) => `Acknowledged (${count})`,
  reviewQueueKindsLegend: 'Kinds',
  reviewQueueKind: (kind: string, count: number) =>
    `${({ risk: 'Risk', deterioration: 'Deterioration', 'mood-shift': 'Mood shift', 'non-engagement': 'Not engaging', completion: 'Completed', overload: 'Overload' } as Record<string, string>)[kind] ?? kind} (${count})`,
  reviewQueueClinician: 'Clinician',
  reviewQueueAllClinicians: 'All clinicians',
  reviewQueueColumnClient: 'Client',
  reviewQueueColumnFlag: 'What needs review',
  reviewQueueColumnDate: 'Date',
  reviewQueueColumnAcknowledge: 'Acknowledge',
  reviewQueueColumnSnooze: 'Snooze',
  reviewQueueSummary: (shown: number, urgent: number, attention: number, info: number) =>
    shown === 0
      ? 'Nothing to show.'
      : `${shown} shown: ${urgent} urgent, ${attention} need attention, ${info} for information.`,
  reviewQueueEmptyOpen: 'Nothing needs your review right now.',
  reviewQueueEmptySnoozed: 'No snoozed flags.',
  reviewQueueEmptyAcknowledged: 'No acknowledged flags.',
  reviewQueueEmptyCaseload: 'No clients in the caseload yet.',
  reviewQueueSeverity: (severity: string) =>
    (({ urgent: 'Urgent', attention: 'Attention', info: 'Info' }) as Record<string, string>)[severity] ??
    severity,
  reviewQueueOpenClient: (name: string) => `Open ${name}`,
  reviewQueueAcknowledge: 'Acknowledge',
  reviewQueueAcknowledgeLabel: (name: string) => `Acknowledge flag for ${name}`,
  reviewQueueSnooze: 'Snooze…',
  reviewQueueSnoozeLabel: (name: string) => `Snooze flag for ${name}`,
  reviewQueueNoSnoozeUrgent: 'Urgent: cannot be snoozed',
  reviewQueueAcknowledgedOn: (date: string) => `Acknowledged ${date}`,
  reviewQueueSnoozedUntil: (date: string) => `Until ${date}`,
  reviewQueueRaisedOn: (date: string) => `Raised ${date}`,
  reviewQueueAcknowledged: (name: string) => `Acknowledged the flag for ${name}.`,
  reviewQueueSnoozed: (name: string, date: string) => `Snoozed the flag for ${name} until ${date}.`,
  reviewQueueSnoozeTitle: (name: string) => `Snooze the flag for ${name}`,
  reviewQueueSnoozeDate: 'Show it again on',
  reviewQueueSnoozeHint: 'It comes back by itself on that day.',
  reviewQueueSnoozeConfirm: 'Snooze',
  reviewQueueCancel: 'Cancel',
};

export type ReviewQueueStrings = typeof en;

/** English bundled; German and Arabic loaded on first use. */
export const reviewQueueStrings: StringGroup<ReviewQueueStrings> = {
  en,
  de: () => import('./review-queue.de.js').then((module) => module.de),
  ar: () => import('./review-queue.ar.js').then((module) => module.ar),
};
