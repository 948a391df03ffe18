/**
 * Assignment ⇄ `Task`, as Interlude wrote assignments before 0.1, and the schedule ⇄ `Timing`
 * that the `ServiceRequest` mapping (`service-request.ts`, what Interlude writes now) shares.
 *
 * Tasks are still read, so data written before 0.1 stays readable, and written once more when an
 * assignment known as a Task is migrated (the Task then points at its ServiceRequest). Why the
 * change: R4 lets a QuestionnaireResponse be `basedOn` a ServiceRequest or CarePlan, not a Task,
 * and a Task has no element for a schedule (it travelled in an extension).
 *
 * | Assignment | Task |
 * | --- | --- |
 * | `id` | `identifier` (system `https://interlude.dev/fhir/assignment-id`) |
 * | `status` active, paused, completed, cancelled | `status` in-progress, on-hold, completed, cancelled |
 * | — | `intent` `order` |
 * | `clientId` | `for` and `owner` (`Patient/<id>`: the client performs the task) |
 * | `clinicianId` | `requester` (`Practitioner/<id>`) |
 * | `activity` | `focus`: the Questionnaire by identifier `kind:id@version`, plus the versioned canonical |
 * | schedule bounds | `restriction.period` |
 * | `schedule` | extension `schedule` (`valueTiming`; zone, window and expiry as extensions on it) |
 * | `note` | `note[0].text` |
 * | `createdAt`, `statusChangedAt`, `suggestedOrder` | `authoredOn`, extensions |
 *
 * `active` is `in-progress`, not `ready`: an active assignment is an ongoing order whose
 * occurrences are being done, and Interlude does not track "not started yet". Reading accepts
 * `ready`, `requested`, `received` and `accepted` as active too, and `rejected` and `failed` as
 * cancelled; `draft` and `entered-in-error` tasks are not assignments and are refused.
 *
 * A once schedule is written as a `Timing.repeat` with `count: 1` on its due date and time (FHIR
 * `Timing.event` needs a UTC offset, which a local due time in a zone does not have). Times of day
 * are written `HH:MM:SS` as FHIR requires and read back as `HH:MM` when the seconds are zero, the
 * form core itself normalises to.
 *
 * @module
 */
import { parseAssignment, type Assignment, type AssignmentStatus, type Schedule } from '@interlude/core';
import {
  TaskSchema,
  parseResource,
  type Extension,
  type Reference,
  type Task,
  type Timing,
} from '../resources.js';
import {
  EXTENSIONS,
  IDENTIFIER_SYSTEMS,
  compact,
  definitionKeyOf,
  extensionOf,
  fail,
  identifierValue,
  isFhirString,
  parseDefinitionKey,
  personReference,
  questionnaireCanonical,
  readJsonExtension,
  readPersonReference,
  type MappingOptions,
} from './common.js';

const SUBJECT = 'Task';

/** Interlude assignment status → FHIR `Task.status`. */
export const TASK_STATUS = {
  active: 'in-progress',
  paused: 'on-hold',
  completed: 'completed',
  cancelled: 'cancelled',
} as const satisfies Record<AssignmentStatus, string>;

/** FHIR `Task.status` → Interlude assignment status, for every status that means one. */
const ASSIGNMENT_STATUS: Readonly<Record<string, AssignmentStatus>> = {
  'in-progress': 'active',
  ready: 'active',
  requested: 'active',
  received: 'active',
  accepted: 'active',
  'on-hold': 'paused',
  completed: 'completed',
  cancelled: 'cancelled',
  rejected: 'cancelled',
  failed: 'cancelled',
};

const withSeconds = (time: string) => (time.length === 5 ? `${time}:00` : time);
const withoutZeroSeconds = (time: string) =>
  time.length === 8 && time.endsWith(':00') ? time.slice(0, 5) : time;

/** The schedule as a FHIR `Timing`, with Interlude's zone, window and expiry as extensions on it. */
export function scheduleToTiming(schedule: Schedule): Timing {
  const extension: Extension[] = [
    { url: EXTENSIONS.scheduleKind, valueCode: schedule.kind },
    { url: EXTENSIONS.timeZone, valueCode: schedule.timeZone },
    ...(schedule.windowMinutes !== undefined
      ? [{ url: EXTENSIONS.windowMinutes, valueInteger: schedule.windowMinutes }]
      : []),
    ...(schedule.expireAfterMinutes !== undefined
      ? [{ url: EXTENSIONS.expireAfterMinutes, valueInteger: schedule.expireAfterMinutes }]
      : []),
  ];
  if (schedule.kind === 'once') {
    const [date, time] = schedule.due.split('T') as [string, string];
    return {
      extension,
      repeat: {
        boundsPeriod: { start: date, end: date },
        count: 1,
        frequency: 1,
        period: 1,
        periodUnit: 'd',
        timeOfDay: [withSeconds(time)],
      },
    };
  }
  const { repeat } = schedule;
  return {
    extension,
    repeat: compact({
      boundsPeriod: compact({ start: repeat.boundsPeriod.start, end: repeat.boundsPeriod.end }),
      count: repeat.count,
      frequency: repeat.frequency,
      period: repeat.period,
      periodUnit: repeat.periodUnit,
      dayOfWeek: repeat.dayOfWeek,
      timeOfDay: repeat.timeOfDay?.map(withSeconds),
    }),
  };
}

/** Reads a schedule back from {@link scheduleToTiming}'s `Timing` (validated with the assignment). */
export function timingToSchedule(timing: Timing): unknown {
  const kind = extensionOf(timing.extension, EXTENSIONS.scheduleKind)?.valueCode;
  const base = compact({
    timeZone: extensionOf(timing.extension, EXTENSIONS.timeZone)?.valueCode,
    windowMinutes: extensionOf(timing.extension, EXTENSIONS.windowMinutes)?.valueInteger,
    expireAfterMinutes: extensionOf(timing.extension, EXTENSIONS.expireAfterMinutes)?.valueInteger,
  });
  const repeat = timing.repeat;
  if (kind === 'once') {
    const time = repeat?.timeOfDay?.[0];
    return {
      kind,
      due: `${repeat?.boundsPeriod?.start ?? ''}T${time ? withoutZeroSeconds(time) : ''}`,
      ...base,
    };
  }
  return {
    kind: 'repeat',
    ...base,
    repeat: compact({
      frequency: repeat?.frequency,
      period: repeat?.period,
      periodUnit: repeat?.periodUnit,
      dayOfWeek: repeat?.dayOfWeek,
      timeOfDay: repeat?.timeOfDay?.map(withoutZeroSeconds),
      boundsPeriod: compact({ start: repeat?.boundsPeriod?.start, end: repeat?.boundsPeriod?.end }),
      count: repeat?.count,
    }),
  };
}

/**
 * What an assignment resource (ServiceRequest, or a pre-0.1 Task) says in extensions because R4
 * has no element for it: the suggested order, when the status changed, and a note that is not
 * valid FHIR markdown (blank), kept as JSON; and the note as `note[0].text` when it is valid.
 */
export function assignmentExtras(assignment: Assignment): {
  extension: Extension[];
  note: { text: string }[] | undefined;
} {
  const note = assignment.note;
  return {
    extension: [
      ...(assignment.suggestedOrder !== undefined
        ? [{ url: EXTENSIONS.suggestedOrder, valueInteger: assignment.suggestedOrder }]
        : []),
      ...(assignment.statusChangedAt !== undefined
        ? [{ url: EXTENSIONS.statusChangedAt, valueDateTime: assignment.statusChangedAt }]
        : []),
      ...(note !== undefined && !isFhirString(note)
        ? [{ url: EXTENSIONS.noteJson, valueString: JSON.stringify(note) }]
        : []),
    ],
    note: note !== undefined && isFhirString(note) ? [{ text: note }] : undefined,
  };
}

/** The fields of an assignment resource, read back and validated as an assignment. */
export function readAssignment(
  subject: string,
  resource: {
    readonly id: string;
    readonly status: AssignmentStatus;
    readonly activity: Assignment['activity'];
    readonly timing: Timing;
    readonly client: { readonly reference: Reference | undefined; readonly path: string };
    readonly requester: Reference | undefined;
    readonly extension: readonly Extension[] | undefined;
    readonly note: readonly { text: string }[] | undefined;
    readonly authoredOn: string | undefined;
  },
): Assignment {
  const { extension } = resource;
  const noteJson = readJsonExtension(extension, EXTENSIONS.noteJson, subject, []);
  return parseAssignment(
    compact({
      id: resource.id,
      clientId: readPersonReference(resource.client.reference, 'Patient', subject, [resource.client.path]),
      clinicianId: readPersonReference(resource.requester, 'Practitioner', subject, ['requester']),
      activity: resource.activity,
      schedule: timingToSchedule(resource.timing),
      note: noteJson ?? resource.note?.[0]?.text,
      status: resource.status,
      suggestedOrder: extensionOf(extension, EXTENSIONS.suggestedOrder)?.valueInteger,
      createdAt: resource.authoredOn,
      statusChangedAt: extensionOf(extension, EXTENSIONS.statusChangedAt)?.valueDateTime,
    }),
  );
}

/**
 * Writes an assignment as a FHIR R4 Task (see the module notes for the mapping and why a Task).
 *
 * @example
 * ```ts
 * const task = assignmentToTask(assignment);
 * task.status; // 'in-progress' for an active assignment
 * task.identifier; // [{ system: 'https://interlude.dev/fhir/assignment-id', value: assignment.id }]
 * ```
 */
export function assignmentToTask(assignment: Assignment, options?: MappingOptions): Task {
  const timing = scheduleToTiming(assignment.schedule);
  const extras = assignmentExtras(assignment);
  return compact({
    resourceType: 'Task' as const,
    extension: [{ url: EXTENSIONS.schedule, valueTiming: timing }, ...extras.extension],
    identifier: [{ system: IDENTIFIER_SYSTEMS.assignment, value: assignment.id }],
    status: TASK_STATUS[assignment.status],
    intent: 'order',
    focus: {
      type: 'Questionnaire',
      identifier: { system: IDENTIFIER_SYSTEMS.definition, value: definitionKeyOf(assignment.activity) },
      display: questionnaireCanonical(assignment.activity, options),
    },
    for: personReference('Patient', assignment.clientId),
    authoredOn: assignment.createdAt,
    requester: personReference('Practitioner', assignment.clinicianId),
    owner: personReference('Patient', assignment.clientId),
    note: extras.note,
    restriction: { period: timing.repeat?.boundsPeriod },
  });
}

/**
 * Reads an assignment back from a Task that {@link assignmentToTask} wrote.
 *
 * @throws {@link @interlude/core!ValidationError | ValidationError} when it is not a Task, lacks the assignment identifier, the
 * focus or the schedule, or has a status that is not an assignment's.
 * @example
 * ```ts
 * const assignment = taskToAssignment(bundle.entry[0].resource);
 * ```
 */
export function taskToAssignment(input: unknown): Assignment {
  const task = parseResource(TaskSchema, input, SUBJECT);
  const id =
    identifierValue(task.identifier, IDENTIFIER_SYSTEMS.assignment) ??
    fail(SUBJECT, ['identifier'], 'must have an Interlude assignment identifier');
  const status =
    ASSIGNMENT_STATUS[task.status] ?? fail(SUBJECT, ['status'], 'must be a status an assignment can have');
  const activity =
    task.focus?.identifier?.system === IDENTIFIER_SYSTEMS.definition
      ? parseDefinitionKey(task.focus.identifier.value ?? '')
      : undefined;
  if (!activity) fail(SUBJECT, ['focus'], 'must identify an Interlude definition (kind:id@version)');
  const timing =
    extensionOf(task.extension, EXTENSIONS.schedule)?.valueTiming ??
    fail(SUBJECT, ['extension'], 'must carry the Interlude schedule extension');
  return readAssignment(SUBJECT, {
    id,
    status,
    activity,
    timing,
    client: { reference: task.for, path: 'for' },
    requester: task.requester,
    extension: task.extension,
    note: task.note,
    authoredOn: task.authoredOn,
  });
}
