// What both examples make their made-up records with: a definition's ref, and completed
// submissions validated at the boundary, with ids numbered in order (deterministic output).
import { parseSubmission } from '@interlude/core';

/** The `{ kind, id, version }` an assignment or submission names a definition by. */
export const ref = (definition) => ({
  kind: definition.kind,
  id: definition.id,
  version: definition.version,
});

/** A function that makes one completed submission per call, in `timeZone`, numbering ids from 1. */
export function completedSubmissions(timeZone) {
  let n = 0;
  return ({ clientId, assignmentId, activity, occurrenceId, submittedAt, answers }) =>
    parseSubmission({
      id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
      assignmentId,
      occurrenceId,
      clientId,
      activity,
      answers,
      timeZone,
      startedAt: submittedAt,
      submittedAt,
      status: 'completed',
      durationSeconds: 60,
    });
}
