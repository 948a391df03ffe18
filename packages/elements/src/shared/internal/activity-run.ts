/**
 * One run of an activity (a questionnaire, a check-in, an exercise) as every element that runs
 * one needs it: resume the draft, keep every change as a draft, save the finished run as a
 * submission, and fire the events that say so. Elements render `answers` and `stepId` and call
 * `setAnswer`, `setStep` and `submit`; none of them talks to drafts or submissions itself.
 *
 * The draft belongs to the assignment's occurrence (or, without an assignment, to the activity
 * itself), so reloading the page, or opening the same occurrence in another element, resumes
 * exactly where the person stopped.
 *
 * @module
 */
import type { ReactiveController } from 'lit';
import {
  ValidationError,
  type ActivityRef,
  type AnswerValue,
  type Answers,
  type Assignment,
  type MeasureDefinition,
  type Submission,
} from '@interlude/core';
import type { DraftKey, Interlude, SavedSubmissionResult } from '@interlude/store';
import { IlAnswerChangeEvent } from '../events/answer-change.js';
import { IlDraftSavedEvent } from '../events/draft-saved.js';
import { IlSubmitEvent } from '../events/submit.js';
import type { ClientController, ClientHost } from './client-controller.js';

/** What the run is of: read on every update, so the element's properties drive it. */
export interface ActivityRunOptions {
  /** The definition being run, or `undefined` while there is none (or it is invalid). */
  activity(): ActivityRef | undefined;
  /** The assignment it fulfils, if any. */
  assignment(): Assignment | undefined;
  /** The occurrence (by id) it fulfils, if any. */
  occurrenceId(): string | undefined;
  /**
   * The host shows its questions and takes answers while the draft is read (`resuming`),
   * rendering both states alike: the controller then asks for a render after reading only
   * when the draft (or a failure to read it) changed something.
   */
  readonly answersWhileResuming?: boolean;
}

/**
 * - `idle`: nothing to run (no client or no activity);
 * - `resuming`: reading the draft; answers are not shown yet, unless the element takes them
 *   meanwhile (`answersWhileResuming`);
 * - `ready`: answering;
 * - `submitting`: saving the submission;
 * - `submitted`: saved on the device (see `result`).
 */
export type RunStatus = 'idle' | 'resuming' | 'ready' | 'submitting' | 'submitted';

/** Whether the in-progress answers are safe on the device. */
export type DraftStatus = 'none' | 'saving' | 'saved' | 'failed';

/** Options of {@link ActivityRunController.submit}. */
export interface SubmitRunOptions {
  /** For a measure: its definition, so the store scores it (and raises flags) from core. */
  readonly definition?: MeasureDefinition;
  /** `abandoned` for a run the person chose to end unfinished. Default `completed`. */
  readonly status?: Submission['status'];
  /**
   * The answers to save, when they are fewer than the run kept (e.g. an exercise leaves out
   * the answers of steps its conditions hide now). Default: every answer of the run.
   */
  readonly answers?: Answers;
}

/** Runs one activity for an element; see the module documentation. */
export class ActivityRunController implements ReactiveController {
  readonly #host: ClientHost;
  readonly #clients: ClientController;
  readonly #options: ActivityRunOptions;
  #status: RunStatus = 'idle';
  #draftStatus: DraftStatus = 'none';
  #answers: Answers = {};
  /** Items answered (or cleared) while the draft was being read: these win over the draft's. */
  #answeredWhileResuming = new Set<string>();
  #stepId: string | undefined;
  #startedAt: string | undefined;
  #resumed = false;
  #result: SavedSubmissionResult | undefined;
  #error: unknown;
  /** Identifies the current run (client + draft key + activity); a change starts a new run. */
  #runKey = '';
  #client: Interlude | undefined;
  #resuming: Promise<void> = Promise.resolve();
  #submitting: Promise<unknown> = Promise.resolve();
  #pendingSaves = 0;

  constructor(host: ClientHost, clients: ClientController, options: ActivityRunOptions) {
    this.#host = host;
    this.#clients = clients;
    this.#options = options;
    host.addController(this);
  }

  get status(): RunStatus {
    return this.#status;
  }
  get draftStatus(): DraftStatus {
    return this.#draftStatus;
  }
  /** The answers so far (resumed ones included). */
  get answers(): Readonly<Answers> {
    return this.#answers;
  }
  /** The step or item to show, as last set or resumed. */
  get stepId(): string | undefined {
    return this.#stepId;
  }
  /** Whether this run continued a saved draft. */
  get resumed(): boolean {
    return this.#resumed;
  }
  /** What the last `submit()` saved. */
  get result(): SavedSubmissionResult | undefined {
    return this.#result;
  }
  /** Why the last draft write or submit failed, if it did. */
  get error(): unknown {
    return this.#error;
  }

  /**
   * Settles once reading the draft and any submit in flight are over (without waiting for the
   * host's render, so a host may await it inside its own `getUpdateComplete`). Never rejects.
   */
  get pending(): Promise<void> {
    return Promise.all([this.#resuming, this.#submitting.catch(() => undefined)]).then(() => undefined);
  }

  /** Resolves once the draft (if any) has been read and the host rendered it. */
  async whenResumed(): Promise<void> {
    await this.#host.updateComplete;
    await this.#resuming;
    await this.#host.updateComplete;
  }

  hostConnected(): void {
    this.#runKey = ''; // re-read the draft: it may have changed while disconnected
  }

  hostUpdate(): void {
    const client = this.#clients.store;
    const activity = this.#options.activity();
    const key = client && activity ? this.#draftKey(activity) : undefined;
    const runKey =
      client && activity && key
        ? `${client.user.role}:${client.user.id}|${JSON.stringify(key)}|${activity.kind}:${activity.id}@${activity.version}`
        : '';
    if (runKey === this.#runKey && client === this.#client) return;
    this.#runKey = runKey;
    this.#client = client;
    this.#answers = {};
    this.#answeredWhileResuming = new Set();
    this.#stepId = undefined;
    this.#startedAt = undefined;
    this.#resumed = false;
    this.#result = undefined;
    this.#error = undefined;
    this.#draftStatus = 'none';
    this.#pendingSaves = 0;
    if (!client || !key) {
      this.#status = 'idle';
      return;
    }
    this.#status = 'resuming';
    this.#resuming = client.drafts.resume(key).then(
      (draft) => {
        if (this.#runKey !== runKey) return;
        if (draft && sameDefinition(draft.activity, activity!)) {
          this.#answers = this.#overDraft(draft.answers);
          this.#stepId = draft.stepId;
          // The draft store keeps the stored draft's start for changes made meanwhile too.
          this.#startedAt = draft.startedAt ?? this.#startedAt;
          this.#resumed = true;
          if (this.#pendingSaves === 0) this.#draftStatus = 'saved';
        } else if (this.#options.answersWhileResuming) {
          // Nothing to fill in, and the host renders resuming and ready alike: no render.
          this.#status = 'ready';
          return;
        }
        this.#status = 'ready';
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        if (this.#runKey !== runKey) return;
        // Answering must still work when the draft cannot be read; saving will say if it fails.
        this.#error = error;
        this.#status = 'ready';
        this.#host.requestUpdate();
      },
    );
  }

  /**
   * The person answered `itemId` (`undefined` clears it): fires `il-answer-change` at once,
   * then saves the draft (debounced) and fires `il-draft-saved` when it is committed. With
   * `answersWhileResuming` also while the draft is read: such an answer wins over the draft's
   * for that item, and the draft fills in the others.
   */
  setAnswer(itemId: string, value: AnswerValue | undefined): void {
    const resuming = this.#status === 'resuming' && this.#options.answersWhileResuming === true;
    if (this.#status !== 'ready' && !resuming) return;
    if (resuming) this.#answeredWhileResuming.add(itemId);
    const answers: Answers = { ...this.#answers };
    if (value === undefined) delete answers[itemId];
    else answers[itemId] = value;
    this.#answers = answers;
    this.#host.dispatchEvent(new IlAnswerChangeEvent({ itemId, value, answers }));
    this.#saveDraft({ answers: { [itemId]: value } });
    this.#host.requestUpdate();
  }

  /** The person moved to `stepId`: kept in the draft, so a reload resumes at this step. */
  setStep(stepId: string): void {
    if (this.#status !== 'ready' || stepId === this.#stepId) return;
    this.#stepId = stepId;
    this.#saveDraft({ stepId });
    this.#host.requestUpdate();
  }

  /**
   * Saves the run as a submission on the device (its draft deleted in the same transaction),
   * then fires `il-submit`. Rejects (and fires nothing) when the store refuses it, e.g. a
   * `ValidationError`; the answers and the draft stay.
   */
  async submit(options: SubmitRunOptions = {}): Promise<SavedSubmissionResult> {
    const client = this.#client;
    const activity = this.#options.activity();
    if (!client || !activity || this.#status !== 'ready') {
      throw new ValidationError('activity run', [
        {
          path: [],
          code: 'custom',
          message: 'is not ready to submit (no client, no activity, or already saving)',
        },
      ]);
    }
    const assignment = this.#options.assignment();
    if (!assignment && client.user.role !== 'client') {
      throw new ValidationError('activity run', [
        { path: ['assignment'], code: 'custom', message: 'is required when a clinician runs an activity' },
      ]);
    }
    const runKey = this.#runKey;
    const key = this.#draftKey(activity);
    const occurrenceId = this.#options.occurrenceId();
    const submittedAt = client.now();
    const submission: Submission = {
      id: crypto.randomUUID(),
      assignmentId: assignment?.id ?? unassignedId(activity),
      ...(assignment && occurrenceId ? { occurrenceId } : {}),
      clientId: assignment?.clientId ?? client.user.id,
      activity: { kind: activity.kind, id: activity.id, version: activity.version },
      answers: options.answers ?? this.#answers,
      startedAt: earlier(this.#startedAt, submittedAt),
      submittedAt,
      timeZone: client.user.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
      status: options.status ?? 'completed',
    };
    this.#status = 'submitting';
    this.#host.requestUpdate();
    try {
      const saving = client.submissions.save(submission, {
        draft: key,
        ...(options.definition ? { definition: options.definition } : {}),
      });
      this.#submitting = saving;
      const result = await saving;
      if (this.#runKey === runKey) {
        this.#result = result;
        this.#status = 'submitted';
        this.#draftStatus = 'none';
        this.#error = undefined;
        this.#host.requestUpdate();
      }
      this.#host.dispatchEvent(new IlSubmitEvent({ submission: result.submission, score: result.score }));
      return result;
    } catch (error) {
      if (this.#runKey === runKey) {
        this.#status = 'ready';
        this.#error = error;
        this.#host.requestUpdate();
      }
      throw error;
    }
  }

  /** Starts the same activity again from nothing (after a submit, or to discard the draft). */
  async restart(): Promise<void> {
    const client = this.#client;
    const activity = this.#options.activity();
    if (client && activity && this.#status !== 'submitted')
      await client.drafts.discard(this.#draftKey(activity));
    this.#runKey = '';
    this.#host.requestUpdate();
  }

  /** The resumed draft's answers, with what the person answered while it was read on top. */
  #overDraft(drafted: Answers): Answers {
    const answers: Answers = { ...drafted };
    for (const itemId of this.#answeredWhileResuming) {
      const given = this.#answers[itemId];
      if (given === undefined) delete answers[itemId];
      else answers[itemId] = given;
    }
    return answers;
  }

  #draftKey(activity: ActivityRef): DraftKey {
    const assignment = this.#options.assignment();
    if (!assignment) return { activity: { kind: activity.kind, id: activity.id } };
    const occurrenceId = this.#options.occurrenceId();
    return occurrenceId ? { assignmentId: assignment.id, occurrenceId } : { assignmentId: assignment.id };
  }

  #saveDraft(patch: { answers?: Record<string, AnswerValue | undefined>; stepId?: string }): void {
    const client = this.#client;
    const activity = this.#options.activity();
    if (!client || !activity) return;
    const runKey = this.#runKey;
    this.#startedAt ??= client.now();
    this.#draftStatus = 'saving';
    this.#pendingSaves += 1;
    client.drafts.update(this.#draftKey(activity), { activity, startedAt: this.#startedAt, ...patch }).then(
      (draft) => {
        if (this.#runKey !== runKey) return;
        this.#pendingSaves -= 1;
        if (this.#pendingSaves === 0 && (this.#status === 'ready' || this.#status === 'resuming'))
          this.#draftStatus = 'saved';
        this.#host.dispatchEvent(new IlDraftSavedEvent({ draft }));
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        if (this.#runKey !== runKey) return;
        this.#pendingSaves -= 1;
        // A submit that discarded the draft supersedes its pending changes: not a failure.
        if (this.#status === 'submitting' || this.#status === 'submitted') return;
        this.#draftStatus = 'failed';
        this.#error = error;
        this.#host.requestUpdate();
      },
    );
  }
}

/**
 * The `assignmentId` of a run a client starts on their own, without an assignment (e.g. a
 * portal's "take the PHQ-9 now" page): `self:<kind>:<id>`.
 */
export function unassignedId(activity: Pick<ActivityRef, 'kind' | 'id'>): string {
  return `self:${activity.kind}:${activity.id}`;
}

function sameDefinition(a: ActivityRef, b: ActivityRef): boolean {
  return a.kind === b.kind && a.id === b.id && a.version === b.version;
}

function earlier(startedAt: string | undefined, submittedAt: string): string {
  if (!startedAt) return submittedAt;
  return Date.parse(startedAt) <= Date.parse(submittedAt) ? startedAt : submittedAt;
}
