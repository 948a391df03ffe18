/**
 * The options of `createInterlude` and their validation. A host's configuration mistake
 * fails at once with one `ValidationError` listing every problem by path (`user.role`,
 * `store`, `sync.intervalMs`, `licensing.use`), never later as an odd failure deep inside a save.
 *
 * @module
 */
import {
  DEFAULT_LICENSING,
  LicensingSchema,
  UserSchema,
  ValidationError,
  safeParse,
  type Licensing,
  type User,
  type ValidationIssue,
} from '@interlude/core';
import type { StoreFactory } from '../backend/types.js';
import type { Transport } from '../sync/transport.js';
import type { InterludeProblem } from './problems.js';

/** Options of `createInterlude`. */
export interface CreateInterludeOptions {
  /** The signed-in person, as the vendor's portal knows them; validated with core's `parseUser`. */
  readonly user: User;
  /** Where the partition lives: `idbStore({ name })` in browsers, `memoryStore()` in Node and tests. */
  readonly store: StoreFactory;
  /** The vendor's backend. Without one, everything stays on the device (and stays queued). */
  readonly transport?: Transport;
  /** The clock, as ISO 8601. Default `() => new Date().toISOString()`. */
  readonly now?: () => string;
  readonly sync?: {
    /** How often automatic sync runs when idle. Default 30 000 ms. */
    readonly intervalMs?: number;
    /**
     * Sync when the partition opens (the client's first use), every `intervalMs`, on
     * `online`, and right after each local write (default `true`). With `false`, nothing
     * reaches the network until `client.sync.start()` or `client.sync.syncNow()`.
     */
    readonly autoStart?: boolean;
    /** Entries per push call. Default 50. */
    readonly batchSize?: number;
    /**
     * The longest wait before retrying after a failure (exponential backoff with jitter
     * grows up to it). Default 300 000 ms (5 minutes); lower it on flaky connections so
     * saves never wait long, raise it to spare a struggling server.
     */
    readonly maxBackoffMs?: number;
  };
  /** Told about stored data the client could not read (quarantined records, decryption failures). */
  readonly onProblem?: (problem: InterludeProblem) => void;
  /**
   * How the vendor uses the instruments: `{ use: 'commercial' | 'non-commercial', permissions? }`,
   * `permissions` keyed by definition id with where each owner's permission is recorded. Elements and
   * catalogues refuse a definition whose licence forbids the declared use (core's `checkLicence`).
   * Default: commercial use without permissions (`DEFAULT_LICENSING`), the strictest reading, so
   * e.g. CORE-10 (CC BY-NC-ND 4.0) is not offered until a permission is declared.
   */
  readonly licensing?: Licensing;
}

/** The validated options. */
export interface ResolvedOptions {
  readonly user: User;
  readonly store: StoreFactory;
  readonly transport: Transport | undefined;
  readonly now: () => string;
  readonly intervalMs: number | undefined;
  readonly autoStart: boolean;
  readonly batchSize: number | undefined;
  readonly maxBackoffMs: number | undefined;
  readonly onProblem: ((problem: InterludeProblem) => void) | undefined;
  readonly licensing: Licensing;
}

/**
 * Checks `createInterlude`'s options.
 *
 * @throws ValidationError (subject `Interlude options`) with the path of every problem; the
 *   messages never quote the values.
 */
export function resolveOptions(input: CreateInterludeOptions): ResolvedOptions {
  const issues: ValidationIssue[] = [];
  const options: Partial<Record<keyof CreateInterludeOptions, unknown>> =
    typeof input === 'object' && input !== null ? input : {};
  if (options !== input) issues.push(issue([], 'invalid_type', 'must be an object'));

  const user = safeParse(UserSchema, options.user, 'user');
  if (!user.ok)
    issues.push(...user.error.issues.map((found) => ({ ...found, path: ['user', ...found.path] })));

  if (!hasMethods(options.store, ['open'])) {
    issues.push(
      issue(['store'], 'invalid_type', 'must be a store such as idbStore({ name }) or memoryStore()'),
    );
  }
  if (options.transport !== undefined && !hasMethods(options.transport, ['push', 'pull'])) {
    issues.push(issue(['transport'], 'invalid_type', 'must have push and pull methods'));
  }
  if (options.now !== undefined && typeof options.now !== 'function') {
    issues.push(issue(['now'], 'invalid_type', 'must be a function returning an ISO date-time'));
  }
  if (options.onProblem !== undefined && typeof options.onProblem !== 'function') {
    issues.push(issue(['onProblem'], 'invalid_type', 'must be a function'));
  }
  const licensing =
    options.licensing === undefined ? undefined : safeParse(LicensingSchema, options.licensing, 'licensing');
  if (licensing && !licensing.ok) {
    issues.push(...licensing.error.issues.map((found) => ({ ...found, path: ['licensing', ...found.path] })));
  }
  const sync: Partial<Record<string, unknown>> =
    typeof options.sync === 'object' && options.sync !== null ? options.sync : {};
  if (options.sync !== undefined && sync !== options.sync)
    issues.push(issue(['sync'], 'invalid_type', 'must be an object'));
  if (sync['intervalMs'] !== undefined && !isCount(sync['intervalMs'], 1)) {
    issues.push(
      issue(['sync', 'intervalMs'], 'too_small', 'must be a positive whole number of milliseconds'),
    );
  }
  if (sync['batchSize'] !== undefined && !isCount(sync['batchSize'], 1)) {
    issues.push(issue(['sync', 'batchSize'], 'too_small', 'must be a positive whole number'));
  }
  if (sync['maxBackoffMs'] !== undefined && !isCount(sync['maxBackoffMs'], 1)) {
    issues.push(
      issue(['sync', 'maxBackoffMs'], 'too_small', 'must be a positive whole number of milliseconds'),
    );
  }
  if (sync['autoStart'] !== undefined && typeof sync['autoStart'] !== 'boolean') {
    issues.push(issue(['sync', 'autoStart'], 'invalid_type', 'must be a boolean'));
  }
  if (issues.length > 0 || !user.ok) throw new ValidationError('Interlude options', issues);

  return {
    user: user.value,
    store: input.store,
    transport: input.transport,
    now: input.now ?? (() => new Date().toISOString()),
    intervalMs: input.sync?.intervalMs,
    autoStart: input.sync?.autoStart ?? true,
    batchSize: input.sync?.batchSize,
    maxBackoffMs: input.sync?.maxBackoffMs,
    onProblem: input.onProblem,
    licensing: licensing?.ok ? licensing.value : DEFAULT_LICENSING,
  };
}

function issue(path: (string | number)[], code: string, message: string): ValidationIssue {
  return { path, code, message };
}

function hasMethods(value: unknown, names: readonly string[]): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    names.every((name) => typeof (value as Record<string, unknown>)[name] === 'function')
  );
}

function isCount(value: unknown, min: number): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min;
}
