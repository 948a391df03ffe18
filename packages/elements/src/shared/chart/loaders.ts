/**
 * How the charts read a client's data through the store client: tracked check-in values with
 * completed activities, and occurrences with their assignments' titles. One reader each, shared
 * by every chart that shows that data (the clinician's charts and the client's own progress).
 *
 * @module
 */
import { localizedText, type Assignment, type Submission, type TrackedSeries } from '@interlude/core';
import type { Interlude } from '@interlude/store';

/** A tracked series as the charts draw it: labels already in the element's language. */
export interface LoadedSeries {
  readonly id: string;
  readonly label: string;
  readonly direction: TrackedSeries['tracked']['direction'];
  readonly min: number;
  readonly max: number;
  readonly points: readonly { readonly at: string; readonly value: number }[];
}

/** What {@link loadCheckIns} reads. */
export interface LoadedCheckIns {
  readonly series: LoadedSeries[];
  readonly activities: { readonly at: string; readonly title: string }[];
  readonly timeZone?: string;
}

/**
 * One client's tracked check-in values (labels in `lang`) and the time zone of their latest
 * submission, with the submissions read for it; without the activities: what `il-progress` draws.
 */
export async function loadSeries(
  client: Interlude,
  clientId: string,
  lang: string,
): Promise<Omit<LoadedCheckIns, 'activities'> & { readonly submissions: readonly Submission[] }> {
  // The client runs core's `trackedSeries`, so the chart does not carry core's template lookup.
  const [submissions, allSeries] = await Promise.all([
    client.submissions.list({ clientId }),
    client.submissions.tracked({ clientId }),
  ]);
  // Only what the client answered: a clinic's catalogue holds many templates, and one never
  // answered would be an empty panel.
  const series = allSeries
    .filter((tracked) => tracked.values.length > 0)
    .map((tracked) => ({
      id: tracked.id,
      label: localizedText(tracked.tracked.label, lang),
      direction: tracked.tracked.direction,
      min: tracked.min,
      max: tracked.max,
      points: tracked.values.map(({ at, value }) => ({ at, value })),
    }));
  const latest = submissions[submissions.length - 1];
  return { submissions, series, ...(latest ? { timeZone: latest.timeZone } : {}) };
}

/** One client's tracked check-in values and completed activities (exercises, questionnaires), labels in `lang`. */
export async function loadCheckIns(
  client: Interlude,
  clientId: string,
  lang: string,
): Promise<LoadedCheckIns> {
  const [{ submissions, ...checkIns }, definitions] = await Promise.all([
    loadSeries(client, clientId, lang),
    client.definitions.list({ allVersions: true }),
  ]);
  const titles = new Map(
    definitions.map((definition) => [`${definition.kind}/${definition.id}`, definition.title]),
  );
  const activities = submissions
    .filter((submission) => submission.status === 'completed' && submission.activity.kind !== 'check-in')
    .map((submission) => {
      const title = titles.get(`${submission.activity.kind}/${submission.activity.id}`);
      return {
        at: submission.submittedAt,
        title: title ? localizedText(title, lang) : submission.activity.id,
      };
    });
  return { ...checkIns, activities };
}

/** What {@link loadOccurrences} reads. */
export interface LoadedOccurrences {
  readonly assignments: { readonly id: string; readonly title: string }[];
  readonly occurrences: {
    readonly id: string;
    readonly assignmentId: string;
    readonly localDate: string;
    readonly dueAt: string;
    readonly status: 'completed' | 'late' | 'missed' | 'pending';
  }[];
  readonly timeZone?: string;
}

const DAY_MS = 86_400_000;

/**
 * One client's occurrences over the last `days` days up to the client's clock (statuses judged
 * by the store at that moment) and the time zone their schedule runs in, without the
 * assignments' titles: what `il-progress` counts.
 */
export async function loadDueOccurrences(
  client: Interlude,
  clientId: string,
  days: number,
): Promise<Omit<LoadedOccurrences, 'assignments'> & { readonly assigned: readonly Assignment[] }> {
  const now = client.now();
  const from = new Date(Date.parse(now) - days * DAY_MS).toISOString();
  const assignments = await client.assignments.list({ clientId });
  const ids = new Set(assignments.map((assignment) => assignment.id));
  const occurrences = (await client.occurrences.list({ from, to: now, now })).filter((occurrence) =>
    ids.has(occurrence.assignmentId),
  );
  const timeZone = assignments[0]?.schedule.timeZone ?? client.user.timeZone;
  return {
    assigned: assignments,
    occurrences: occurrences.map(({ id, assignmentId, localDate, dueAt, status }) => ({
      id,
      assignmentId,
      localDate,
      dueAt,
      status,
    })),
    ...(timeZone ? { timeZone } : {}),
  };
}

/**
 * One client's assignments, titles in `lang`, and their occurrences over the last `days` days
 * ({@link loadDueOccurrences}).
 */
export async function loadOccurrences(
  client: Interlude,
  clientId: string,
  days: number,
  lang: string,
): Promise<LoadedOccurrences> {
  const [{ assigned, ...due }, definitions] = await Promise.all([
    loadDueOccurrences(client, clientId, days),
    client.definitions.list(),
  ]);
  const titles = new Map(
    definitions.map((definition) => [`${definition.kind}/${definition.id}`, definition.title]),
  );
  return {
    assignments: assigned.map((assignment) => {
      const title = titles.get(`${assignment.activity.kind}/${assignment.activity.id}`);
      return { id: assignment.id, title: title ? localizedText(title, lang) : assignment.activity.id };
    }),
    ...due,
  };
}
