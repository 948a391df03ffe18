/**
 * English, the reference locale: every other locale must provide the same keys with the
 * same argument types (`satisfies Messages`). Keep strings short and plain.
 */
export const en = {
  notConfiguredTitle: 'This Interlude widget is not connected',
  notConfiguredBody:
    'Place it inside <il-provider> and give the provider a client created with createInterlude().',
  invalidClientTitle: 'The Interlude client is not valid',
  invalidClientBody: (problem: string) => `The provider received a client it cannot use: ${problem}`,
  ratingValueText: (value: number, max: number) => `${value} of ${max}`,
  ratingValueWithAnchor: (value: number, max: number, anchor: string) => `${value} of ${max}, ${anchor}`,
  required: 'Please choose a value.',
  invalidSettingsTitle: 'This Interlude widget is not set up correctly',
  invalidSettingsBody: (problem: string) => `Check its attributes and properties: ${problem}`,

  // ── Run an activity (shared by il-measure-form, il-check-in, il-exercise-player): status, submit, errors ──
  // (add this group's keys below this line)

  // ── Client elements: il-measure-form, il-check-in, il-today, il-crisis-resources, il-reminder-settings, il-slider ──
  // (add this group's keys below this line)

  // ── Exercise player: il-exercise-player and its steps ──
  // (add this group's keys below this line)

  // ── Charts: the chart foundation, il-mood-chart, il-outcome-chart, il-adherence-chart, il-progress ──
  // (add this group's keys below this line)

  // ── Clinician elements: il-review-queue, il-session-prep, il-assignment-composer, il-clinic-overview ──
  // (add this group's keys below this line)
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
    shown === 0 ? 'Nothing to show.' : `${shown} shown: ${urgent} urgent, ${attention} need attention, ${info} for information.`,
  reviewQueueEmptyOpen: 'Nothing needs your review right now.',
  reviewQueueEmptySnoozed: 'No snoozed flags.',
  reviewQueueEmptyAcknowledged: 'No acknowledged flags.',
  reviewQueueEmptyCaseload: 'No clients in the caseload yet.',
  reviewQueueSeverity: (severity: string) =>
    ({ urgent: 'Urgent', attention: 'Attention', info: 'Info' } as Record<string, string>)[severity] ?? severity,
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
    } as Record<string, string>)[role] ?? role,
  evidenceLine: (role: string, values: string, dates: string) => `${role}${values ? ` ${values}` : ''}, ${dates}`,
  evidenceUnanswered: 'unanswered',
};

/** The shape every locale has: the same keys as English, each a string or a formatter. */
export type Messages = typeof en;
