/**
 * Strings the clinician elements of the base commit share (il-review-queue's and the clinician
 * formatting helpers'), moved as they were into the per-group layout. Interim: the
 * clinician-elements branch owns these and replaces this group with its own.
 *
 * @module
 */
import type { StringGroup } from './strings.js';

export const en = {
  clinicianLoading: 'Loading…',
  clinicianReadError: 'Could not read the data on this device.',
  clinicianRetry: 'Try again',
  clinicianWriteError: 'Could not save on this device. Nothing was changed.',
  clinicianClientFallback: (id: string) => `Client ${id}`,
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
  reviewQueueMoreEvidence: (count: number) => `and ${count} more`,
  flagSummary: (reason: string, p: Readonly<Record<string, string>>) => {
    switch (reason) {
      case 'risk-endorsed':
        return `${p['title']}: risk item ${p['item']} answered ${p['value']} (threshold ${p['threshold']}). Follow your risk protocol.`;
      case 'risk-unanswered':
        return `${p['title']}: risk item ${p['item']} left unanswered. Risk unknown, not "no risk".`;
      case 'worse-than-baseline':
        return `${p['title']} reliably worse than at the start: ${p['before']} → ${p['after']}.`;
      case 'worse-than-previous':
        return `${p['title']} reliably worse than last time: ${p['before']} → ${p['after']}.`;
      case 'shift-worse':
        return `${p['label']} ${p['value']}, worse than the recent average of ${p['baseline']}.`;
      case 'shift-better':
        return `${p['label']} ${p['value']}, better than the recent average of ${p['baseline']}.`;
      case 'no-recent-completion':
        return `Nothing completed for ${p['days']} days.`;
      case 'missed-in-a-row':
        return `${p['count']} due items missed in a row.`;
      case 'completed':
        return `${p['title']} completed ${p['count']}×.`;
      case 'too-many-new-exercises':
        return `${p['count']} new exercises within 7 days; the suggested limit is ${p['limit']}.`;
      default:
        return reason;
    }
  },
  evidenceRole: (role: string) =>
    (
      ({
        'risk-answer': 'Risk answer',
        'score-before': 'Earlier score',
        'score-after': 'Latest score',
        'baseline-value': 'Recent value',
        'shifted-value': 'Value',
        'last-completion': 'Last completed',
        'missed-occurrence': 'Missed',
        completion: 'Completed',
        'new-assignment': 'Assigned',
      }) as Record<string, string>
    )[role] ?? role,
  evidenceLine: (role: string, values: string, dates: string) =>
    `${role}${values ? ` ${values}` : ''}, ${dates}`,
  evidenceUnanswered: 'unanswered',
};

export type ClinicianStrings = typeof en;

/** English bundled; German and Arabic loaded on first use. */
export const clinicianStrings: StringGroup<ClinicianStrings> = {
  en,
  de: () => import('./clinician.de.js').then((module) => module.de),
  ar: () => import('./clinician.ar.js').then((module) => module.ar),
};
