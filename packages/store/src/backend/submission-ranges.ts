/**
 * {@link SubmissionRange}s answered without an index: by the stored fields, the same way the
 * IndexedDB index compares them (kind equal, `submittedAt` text at or after `from` and before `before`, both strings).
 *
 * @internal
 * @module
 */
import type { SubmissionRange } from './types.js';

/** The records of `records` in each of `ranges`, range after range, each in `submittedAt` text order. */
export function inSubmissionRanges(
  records: readonly unknown[],
  ranges: readonly SubmissionRange[],
): unknown[] {
  return ranges.flatMap((range) =>
    records
      .filter((record) => inRange(record, range))
      .sort((a, b) => compare(submittedAtOf(a), submittedAtOf(b))),
  );
}

function inRange(record: unknown, { kind, from, before }: SubmissionRange): boolean {
  if (typeof record !== 'object' || record === null) return false;
  const { activity, submittedAt } = record as { activity?: { kind?: unknown } | null; submittedAt?: unknown };
  return (
    activity?.kind === kind &&
    typeof submittedAt === 'string' &&
    (from === undefined || submittedAt >= from) &&
    (before === undefined || submittedAt < before)
  );
}

function submittedAtOf(record: unknown): string {
  return (record as { submittedAt: string }).submittedAt;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
