// What a guide's code sample may use without defining it: the vendor's own objects (their
// session, telemetry, UI helpers) and the Interlude objects an earlier step of the guide made.
// Keep this list short: a sample that defines what it uses is a better sample.
import type {
  ActivityDefinition,
  Assignment,
  Flag,
  FlagAcknowledgement,
  InterludeClient,
  Submission,
  SubmissionScore,
} from '@interlude/core';
import type { Interlude, Repository, StorageBackend, SyncStatus } from '@interlude/store';
import type {} from '@interlude/elements';

declare global {
  /** The vendor's own sign-in session: Interlude never owns identity. */
  const session: { userId: string; token(): Promise<string | undefined> };
  /** The vendor's key service, for encryption at rest. */
  const keys: { forUser(userId: string): Promise<CryptoKey> };
  /** The vendor's telemetry: counts only, never answers. */
  const telemetry: { count(name: string, tags?: Record<string, string | number | boolean>): void };
  /** A SMART on FHIR launch context (fhirclient's `client.state`). */
  const smart: { state: { tokenResponse?: { access_token?: string } } };
  /** The vendor's UI helpers. */
  function renderSyncBadge(status: SyncStatus): void;
  function toast(message: string): void;
  function banner(message: string): void;

  /** The client made in Getting started (`createInterlude(…)`). */
  const client: Interlude;
  /** A clinician's client, where a guide shows both sides. */
  const clinician: Interlude;
  /** Lower-level store objects (Storage, offline and sync). */
  const repository: Repository;
  const backend: StorageBackend;

  /** Elements on the vendor's page. */
  const provider: HTMLElementTagNameMap['il-provider'];
  const mood: HTMLElementTagNameMap['il-mood-chart'];
  const outcome: HTMLElementTagNameMap['il-outcome-chart'];
  const adherence: HTMLElementTagNameMap['il-adherence-chart'];
  const progress: HTMLElementTagNameMap['il-progress'];

  /** Records a vendor has at hand (from the client, their backend or a FHIR server). */
  const now: string;
  const from: string;
  const lastSessionAt: string;
  const assignment: Assignment;
  const assignments: readonly Assignment[];
  const submissions: readonly Submission[];
  const phq9Submission: Submission;
  const checkInSubmission: Submission;
  const scores: readonly SubmissionScore[];
  const definitions: readonly ActivityDefinition[];
  const acknowledgements: readonly FlagAcknowledgement[];
  const flags: readonly Flag[];
}

export type { InterludeClient };
