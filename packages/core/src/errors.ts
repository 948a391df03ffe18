/**
 * Typed errors shared by every Interlude package.
 *
 * Messages name *what* was wrong and *where* (a path into the input), never the
 * offending value: inputs can hold a client's answers, and errors end up in logs.
 *
 * @module
 */

/** One problem found while validating an input. */
export interface ValidationIssue {
  /** Where the problem is, e.g. `['items', 3, 'value']`. Empty for the input itself. */
  readonly path: readonly (string | number)[];
  /** A stable machine-readable code, e.g. `invalid_type`, `too_small`, `invalid_value`. */
  readonly code: string;
  /** A short English explanation that never contains the input's value. */
  readonly message: string;
}

/** Base class of every error Interlude throws on purpose; `code` is stable across versions. */
export class InterludeError extends Error {
  /** A stable identifier, safe to branch on. */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InterludeError';
    this.code = code;
  }
}

/**
 * An input (vendor configuration, stored record, server response, element property)
 * did not match its schema.
 *
 * @example
 * ```ts
 * try { parseUser(config.user); }
 * catch (error) {
 *   if (error instanceof ValidationError) console.warn(error.message); // "Invalid user: role: expected one of client, clinician"
 * }
 * ```
 */
export class ValidationError extends InterludeError {
  /** What was being validated, e.g. `'user'` or `'measure definition phq-9'`. */
  readonly subject: string;
  /** Every problem found, each with its path. */
  readonly issues: readonly ValidationIssue[];

  constructor(subject: string, issues: readonly ValidationIssue[]) {
    super('validation', `Invalid ${subject}: ${issues.map(formatIssue).join('; ')}`);
    this.name = 'ValidationError';
    this.subject = subject;
    this.issues = issues;
  }
}

/** Formats a path as `items[3].value`; the empty path reads as `(root)`. */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
    )
    .join('');
}

function formatIssue(issue: ValidationIssue): string {
  return `${formatPath(issue.path)}: ${issue.message}`;
}
