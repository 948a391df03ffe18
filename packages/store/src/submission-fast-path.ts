/**
 * A shortcut past zod for the record a clinician's device reads by the ten thousand: a stored
 * submission of the usual shape. {@link acceptSubmission} either returns exactly what
 * `SubmissionSchema` would output for the value, or `undefined` when the value is anything
 * else (unusual, suspicious or invalid), and the caller then parses it with the schema as
 * before. It never rejects, so every error, path and quarantine still comes from the schema;
 * each test below accepts a subset of what the schema accepts (a test checks both on generated
 * values, and fingerprints the schema so a change to it fails until this is looked at again).
 *
 * @module
 */
import { SUBMISSION_STATUSES, SubmissionSchema, type Answers, type Submission } from '@interlude/core';
import {
  isDefinitionId,
  isPlain,
  isRecordId,
  isVersion,
  patternOf,
  plainRecordOf,
} from './fast-path-checks.js';

// The very patterns the schema's `z.uuid()` and `z.iso.datetime({ offset: true })` test with, taken
// from the schema (not `z.regexes`, which would bundle every pattern zod has). Without them the
// shortcut takes nothing.
const UUID = patternOf(SubmissionSchema.shape.id);
const INSTANT = patternOf(SubmissionSchema.shape.submittedAt);
const KINDS: ReadonlySet<unknown> = new Set(['check-in', 'measure', 'exercise']);
const STATUSES: ReadonlySet<unknown> = new Set(SUBMISSION_STATUSES);
const FIELDS: ReadonlySet<string> = new Set([
  'id',
  'assignmentId',
  'occurrenceId',
  'clientId',
  'activity',
  'answers',
  'startedAt',
  'submittedAt',
  'timeZone',
  'status',
  'durationSeconds',
]);

/**
 * Time zones the schema has accepted in this session (see {@link rememberAccepted}): checking
 * a zone means asking `Intl`, so the shortcut only takes zones the schema already vouched for.
 */
const acceptedZones = new Set<string>();

/** Tells the shortcut that the schema accepted `submission` (so its time zone is valid). */
export function rememberAccepted(submission: Submission): void {
  if (acceptedZones.size < 1000) acceptedZones.add(submission.timeZone);
}

/**
 * `SubmissionSchema`'s output for `raw` when `raw` is a submission of the usual shape (known
 * fields only, answers that are numbers, text, booleans or null, a time zone the schema
 * accepted before), else `undefined`: parse it with the schema then.
 */
export function acceptSubmission(raw: unknown): Submission | undefined {
  if (!isPlain(raw)) return undefined;
  const value = raw as Record<string, unknown>;
  for (const key in value) if (!FIELDS.has(key)) return undefined;
  const { id, assignmentId, occurrenceId, clientId, startedAt, submittedAt, timeZone, status } = value;
  if (typeof id !== 'string' || !UUID.test(id)) return undefined;
  if (!isRecordId(assignmentId) || !isRecordId(clientId)) return undefined;
  if (
    'occurrenceId' in value &&
    !(typeof occurrenceId === 'string' && occurrenceId.length >= 1 && occurrenceId.length <= 600)
  )
    return undefined;
  const activity = activityOf(value['activity']);
  if (activity === undefined) return undefined;
  const answers = answersOf(value['answers']);
  if (answers === undefined) return undefined;
  if (typeof startedAt !== 'string' || !INSTANT.test(startedAt)) return undefined;
  if (typeof submittedAt !== 'string' || !INSTANT.test(submittedAt)) return undefined;
  if (typeof timeZone !== 'string' || !acceptedZones.has(timeZone)) return undefined;
  if (!STATUSES.has(status)) return undefined;
  const durationSeconds = value['durationSeconds'];
  if (
    'durationSeconds' in value &&
    !(typeof durationSeconds === 'number' && durationSeconds >= 0 && durationSeconds <= 86_400)
  )
    return undefined;
  // The schema's refinement, as it states it (NaN compares false there too).
  if (!(Date.parse(startedAt) <= Date.parse(submittedAt))) return undefined;
  // The schema's output: a fresh object, its fields in the schema's order.
  const submission: Record<string, unknown> = { id, assignmentId };
  if ('occurrenceId' in value) submission['occurrenceId'] = occurrenceId;
  submission['clientId'] = clientId;
  submission['activity'] = activity;
  submission['answers'] = answers;
  submission['startedAt'] = startedAt;
  submission['submittedAt'] = submittedAt;
  submission['timeZone'] = timeZone;
  submission['status'] = status;
  if ('durationSeconds' in value) submission['durationSeconds'] = durationSeconds;
  return submission as Submission;
}

function activityOf(raw: unknown): Submission['activity'] | undefined {
  if (!isPlain(raw)) return undefined;
  const value = raw as Record<string, unknown>;
  let count = 0;
  for (const key in value) {
    if (key !== 'kind' && key !== 'id' && key !== 'version') return undefined;
    count += 1;
  }
  const { kind, id, version } = value;
  if (count !== 3 || !KINDS.has(kind)) return undefined;
  if (!isDefinitionId(id) || !isVersion(version)) return undefined;
  return { kind, id, version } as Submission['activity'];
}

/** Answers whose every value is primitive (structured ones take the schema's path). */
function answersOf(raw: unknown): Answers | undefined {
  return plainRecordOf(raw, isAnswerKey, isPrimitiveAnswer);
}

function isAnswerKey(key: string): boolean {
  return key.length >= 1 && key.length <= 256;
}

function isPrimitiveAnswer(answer: unknown): answer is Answers[string] {
  return (
    answer === null ||
    typeof answer === 'boolean' ||
    (typeof answer === 'number' && Number.isFinite(answer)) ||
    (typeof answer === 'string' && answer.length <= 20_000)
  );
}
