/**
 * The FHIR REST shapes the transport sends and receives: `batch` Bundles and their
 * `batch-response`, `searchset` Bundles with paging links, and OperationOutcome. Schemas
 * describe only what the transport reads and keep everything else (`looseObject`), so any
 * server's extras pass; what the transport needs and does not get fails with a path.
 *
 * @module
 */
import * as z from 'zod/mini';

/** A resource as the transport sees it: a type, and for the rest whatever the server sent. */
export const AnyResourceSchema = z.looseObject({
  resourceType: z.string().check(z.minLength(1)),
  id: z.optional(z.string()),
  meta: z.optional(z.looseObject({ versionId: z.optional(z.string()), lastUpdated: z.optional(z.string()) })),
});

/** A FHIR resource with at least a `resourceType`. */
export type AnyResource = z.output<typeof AnyResourceSchema>;

/** Schema for {@link OperationOutcome}; only the parts that are safe to surface are read. */
export const OperationOutcomeSchema = z.looseObject({
  resourceType: z.literal('OperationOutcome'),
  issue: z.optional(
    z.array(
      z.looseObject({
        severity: z.optional(z.string()),
        code: z.optional(z.string()),
        expression: z.optional(z.array(z.string())),
        location: z.optional(z.array(z.string())),
      }),
    ),
  ),
});

/** A FHIR OperationOutcome: why the server refused something. */
export type OperationOutcome = z.output<typeof OperationOutcomeSchema>;

/** Schema for {@link BatchResponse}: one `response` per request entry, in the same order (FHIR R4 §3.1.0.11.2). */
export const BatchResponseSchema = z.looseObject({
  resourceType: z.literal('Bundle'),
  type: z.enum(['batch-response', 'transaction-response']),
  entry: z.optional(
    z.array(
      z.looseObject({
        resource: z.optional(AnyResourceSchema),
        response: z.looseObject({
          status: z.string().check(z.regex(/^\d{3}(\s|$)/)),
          location: z.optional(z.string()),
          etag: z.optional(z.string()),
          lastModified: z.optional(z.string()),
          outcome: z.optional(OperationOutcomeSchema),
        }),
      }),
    ),
  ),
});

/** A `batch-response` Bundle. */
export type BatchResponse = z.output<typeof BatchResponseSchema>;

/** Schema for {@link Searchset}. */
export const SearchsetSchema = z.looseObject({
  resourceType: z.literal('Bundle'),
  type: z.literal('searchset'),
  link: z.optional(z.array(z.looseObject({ relation: z.string(), url: z.string() }))),
  entry: z.optional(
    z.array(
      z.looseObject({
        resource: z.optional(AnyResourceSchema),
        search: z.optional(z.looseObject({ mode: z.optional(z.string()) })),
      }),
    ),
  ),
});

/** A `searchset` Bundle: one page of search results. */
export type Searchset = z.output<typeof SearchsetSchema>;

/** One request of a batch Bundle (FHIR `Bundle.entry.request`). */
export interface BatchRequest {
  readonly method: 'GET' | 'POST' | 'PUT';
  /** Relative to the base, e.g. `QuestionnaireResponse` or `Task/123`. */
  readonly url: string;
  /** Conditional create: `identifier=<system>|<value>`. */
  readonly ifNoneExist?: string;
  /** Optimistic concurrency on update: `W/"<versionId>"`. */
  readonly ifMatch?: string;
}

/** One entry of a batch Bundle. */
export interface BatchEntry {
  readonly request: BatchRequest;
  readonly resource?: Readonly<Record<string, unknown>>;
}

/**
 * A `batch` Bundle (or, for a server that only takes transactions, a `transaction` Bundle).
 * Why batch by default: see `fhir-transport.ts` (entries must succeed or fail on their own, and
 * servers cap conditional creates per transaction).
 */
export function batchBundle(
  entries: readonly BatchEntry[],
  type: 'batch' | 'transaction' = 'batch',
): Record<string, unknown> {
  return {
    resourceType: 'Bundle',
    type,
    entry: entries.map((entry) => ({
      ...(entry.resource === undefined ? {} : { resource: entry.resource }),
      request: entry.request,
    })),
  };
}

/**
 * The search expression of a token: `identifier=<system>|<value>`. System and value are
 * percent-encoded (a definition key holds `:` and `@`, a rating id `#`); the `|` separator is
 * not, as FHIR search requires.
 */
export function identifierSearch(identifier: { readonly system: string; readonly value: string }): string {
  return `identifier=${encodeURIComponent(identifier.system)}|${encodeURIComponent(identifier.value)}`;
}

/** The numeric HTTP status of a batch response entry (`"201 Created"` → 201). */
export function entryStatus(status: string): number {
  return Number.parseInt(status.slice(0, 3), 10);
}

/** The version id inside an ETag (`W/"3"` → `3`), or `undefined`. */
export function versionFromEtag(etag: string | undefined): string | undefined {
  const match = etag ? /^(?:W\/)?"([^"]+)"$/.exec(etag.trim()) : null;
  return match?.[1];
}

/**
 * What an OperationOutcome says, without its values: issue codes and element paths only.
 * `diagnostics` and `details.text` are left out on purpose; servers echo submitted values
 * (answers, names) there, and these messages end up in logs.
 */
export function describeOutcome(outcome: OperationOutcome | undefined): string {
  const issues = (outcome?.issue ?? [])
    .filter(
      (issue) => issue.severity === 'error' || issue.severity === 'fatal' || issue.severity === undefined,
    )
    .map((issue) => {
      const where = [...(issue.expression ?? []), ...(issue.location ?? [])][0];
      return where ? `${issue.code ?? 'error'} at ${where}` : (issue.code ?? 'error');
    });
  return issues.length > 0 ? issues.slice(0, 5).join('; ') : 'no details';
}

/** The `next` link of a searchset, if any. */
export function nextLink(bundle: Searchset): string | undefined {
  return bundle.link?.find((link) => link.relation === 'next')?.url;
}

/** Schema for {@link CapabilityStatement}: only what the transport reads from `GET [base]/metadata`. */
export const CapabilityStatementSchema = z.looseObject({
  resourceType: z.literal('CapabilityStatement'),
  fhirVersion: z.optional(z.string()),
  rest: z.optional(
    z.array(
      z.looseObject({
        mode: z.optional(z.string()),
        interaction: z.optional(z.array(z.looseObject({ code: z.string() }))),
        resource: z.optional(
          z.array(
            z.looseObject({
              type: z.string(),
              interaction: z.optional(z.array(z.looseObject({ code: z.string() }))),
              conditionalCreate: z.optional(z.boolean()),
            }),
          ),
        ),
      }),
    ),
  ),
});

/** A server's CapabilityStatement (what it says it supports). */
export type CapabilityStatement = z.output<typeof CapabilityStatementSchema>;

/**
 * Which Bundle type to push with, from a CapabilityStatement: `batch` when the server's `server`
 * rest lists the `batch` interaction, else `transaction` when it lists that, else `batch`
 * (a server that states neither is tried with what most servers take).
 */
export function bundleTypeOf(capabilities: CapabilityStatement | undefined): 'batch' | 'transaction' {
  const rest = capabilities?.rest?.find((each) => each.mode === undefined || each.mode === 'server');
  const codes = new Set((rest?.interaction ?? []).map((interaction) => interaction.code));
  if (codes.has('batch')) return 'batch';
  return codes.has('transaction') ? 'transaction' : 'batch';
}
