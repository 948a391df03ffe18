/**
 * The values of tracked check-in items (mood, distress, …) over time, one series per template
 * and item, read from the client's submissions with the templates that define them.
 *
 * @module
 */
import type { CheckInTemplate, Tracked } from '../definitions/check-in.js';
import type { Submission } from '../model/submission.js';
import { DefinitionIndex, numericAnswer } from '../flags/caseload.js';
import { instantMs } from './instant.js';

/** One recorded value of a tracked item. */
export interface TrackedValue {
  /** When it was submitted (the submission's `submittedAt`). */
  readonly at: string;
  readonly value: number;
  readonly submissionId: string;
}

/** The values of one tracked item of one check-in template, oldest first. */
export interface TrackedSeries {
  /** `templateId/itemId`: stable across template versions. */
  readonly id: string;
  readonly templateId: string;
  readonly itemId: string;
  /** The item's series name and which way is worse. */
  readonly tracked: Tracked;
  /** The scale's ends (a mood item: 1 to its points). */
  readonly min: number;
  readonly max: number;
  readonly values: readonly TrackedValue[];
}

/**
 * Every tracked item's values in completed check-in submissions, one series per template id and
 * item id (versions merge; the newest template version names the series and sets its scale), in
 * template and item order. A submission counts in a series when its template (the exact version, else the newest
 * with that id) is among `templates` and its answer is a number on the item's scale; others are
 * left out, never guessed. Values are oldest first (ties by submission id).
 *
 * @example
 * ```ts
 * const [mood, distress] = trackedSeries([dailyMood], submissions);
 * distress.values.at(-1); // { at: '2026-04-02T20:15:00+01:00', value: 8, submissionId: '…' }
 * ```
 */
export function trackedSeries(
  templates: readonly CheckInTemplate[],
  submissions: readonly Submission[],
): TrackedSeries[] {
  const index = new DefinitionIndex(templates);
  const series = new Map<string, Omit<TrackedSeries, 'values'> & { values: TrackedValue[] }>();
  // Series in the order of the newest version of each template, then its items.
  for (const template of templates) {
    const newest = index.checkIn({ kind: 'check-in', id: template.id, version: '' }) ?? template;
    for (const { item, tracked, min, max } of index.tracked(newest)) {
      const id = `${newest.id}/${item.id}`;
      if (!series.has(id))
        series.set(id, { id, templateId: newest.id, itemId: item.id, tracked, min, max, values: [] });
    }
  }
  const ordered = submissions
    .filter((submission) => submission.status === 'completed' && submission.activity.kind === 'check-in')
    .map((submission) => ({ submission, ms: instantMs(submission.submittedAt) }))
    .sort((a, b) => a.ms - b.ms || (a.submission.id < b.submission.id ? -1 : 1));
  for (const { submission } of ordered) {
    const template = index.checkIn(submission.activity);
    if (template === undefined) continue;
    for (const { item, tracked, min, max } of index.tracked(template)) {
      const value = numericAnswer(submission, item.id, min, max);
      if (value === undefined) continue;
      const id = `${template.id}/${item.id}`;
      let entry = series.get(id);
      // An item only an older version tracks still gets its series, after the newest's.
      if (entry === undefined) {
        entry = { id, templateId: template.id, itemId: item.id, tracked, min, max, values: [] };
        series.set(id, entry);
      }
      entry.values.push({ at: submission.submittedAt, value, submissionId: submission.id });
    }
  }
  return [...series.values()];
}
