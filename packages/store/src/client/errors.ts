/**
 * The errors a client throws about its own lifecycle and its user's role. Like every
 * Interlude error they carry a stable `code` and never quote stored content.
 *
 * @module
 */
import { InterludeError } from '@interlude/core';

/**
 * The client was closed with `close()`; create a new one to read or write again. Every method
 * of a closed client rejects with it (or with {@link SignedOutError}, a subclass).
 *
 * @example
 * ```ts
 * try { await client.assignments.list(); }
 * catch (error) { if (error instanceof ClientClosedError) showSignIn(); }
 * ```
 */
export class ClientClosedError extends InterludeError {
  constructor(code = 'client-closed', message = 'This Interlude client was closed; create a new one.') {
    super(code, message);
    this.name = 'ClientClosedError';
  }
}

/**
 * The user signed out with `signOut()`. After that every method rejects with this error,
 * so a screen left open can never read or write the previous user's partition.
 *
 * @example
 * ```ts
 * await client.signOut();
 * await client.submissions.list().catch((error) => error instanceof SignedOutError); // true
 * ```
 */
export class SignedOutError extends ClientClosedError {
  constructor() {
    super('signed-out', 'The user signed out; create a client for the next user.');
    this.name = 'SignedOutError';
  }
}

/**
 * The signed-in user's role does not allow this call (a client creating assignments, or
 * reading caseload flags). The server enforces permissions; this stops a UI bug early.
 *
 * @example
 * ```ts
 * await client.flags.forCaseload().catch((error) => error instanceof NotPermittedError);
 * ```
 */
export class NotPermittedError extends InterludeError {
  /** The role the call needs. */
  readonly requiredRole: 'client' | 'clinician';

  constructor(operation: string, requiredRole: 'client' | 'clinician') {
    super('not-permitted', `${operation} is for the ${requiredRole} role only.`);
    this.name = 'NotPermittedError';
    this.requiredRole = requiredRole;
  }
}
