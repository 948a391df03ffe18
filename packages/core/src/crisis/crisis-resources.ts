/**
 * Crisis resources: the help lines a client sees the moment a risk answer is given (and on a
 * portal's help page). They are data, not code: Interlude ships a default set per region in
 * `@interlude/content`, each number with the public source it was checked against, and a vendor
 * replaces or extends them with its own (its clinic's on-call line, another country's numbers).
 *
 * Rendered as text; numbers become `tel:`/`sms:` links only after they passed the schema below.
 *
 * @module
 */
import * as z from 'zod/mini';
import { LocalizedTextSchema } from '../definitions/common.js';
import { parse } from '../parse.js';

/** A dialable number: digits, spaces, `+`, `-`, `(`, `)`; 2–32 characters, at least two digits. */
export const DialNumberSchema = z
  .string()
  .check(
    z.regex(/^\+?[0-9][0-9 ()-]{0,30}[0-9]$/, 'must be a phone number (digits, spaces, +, -, parentheses)'),
  );

/** Where a number was checked, so a reviewer can see it is real and re-check it. */
export const CrisisSourceSchema = z.object({
  /** The public page that states the number. */
  url: z.url({ protocol: /^https?$/ }),
  /** When it was last checked, `YYYY-MM-DD`. */
  checkedOn: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-30')),
});

/** Schema for {@link CrisisResource}. */
export const CrisisResourceSchema = z
  .object({
    /** Stable id, e.g. `samaritans`. */
    id: z.string().check(z.regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'must be lower-case words joined by -')),
    /** The service's name, e.g. "Samaritans". */
    name: LocalizedTextSchema,
    /** One short line on what it is for, e.g. "Someone to talk to, day or night". */
    description: z.optional(LocalizedTextSchema),
    /** When it answers, e.g. "24 hours, every day". */
    hours: z.optional(LocalizedTextSchema),
    /** A number to call. */
    phone: z.optional(DialNumberSchema),
    /** A number to text (SMS). */
    sms: z.optional(DialNumberSchema),
    /** A web page (chat, more options). http(s) only. */
    url: z.optional(z.url({ protocol: /^https?$/ })),
    /** An emergency number (police, ambulance): listed first and worded as such. */
    emergency: z.optional(z.boolean()),
    /** Where the number was checked; every shipped resource has one. */
    source: z.optional(CrisisSourceSchema),
  })
  .check(
    // Only emergency advice ("call your local emergency number") may come without a contact.
    z.refine((resource) => Boolean(resource.phone || resource.sms || resource.url || resource.emergency), {
      message: 'must have a phone number, an SMS number or a url',
      path: ['phone'],
    }),
  );

/** One place to get help: a help line, a text line, or an emergency number. */
export type CrisisResource = z.output<typeof CrisisResourceSchema>;

/** Schema for {@link CrisisResourceSet}. */
export const CrisisResourceSetSchema = z.object({
  /** ISO 3166-1 alpha-2 region, e.g. `GB`, or `ZZ` for "no particular region". */
  region: z.string().check(z.regex(/^[A-Z]{2}$/, 'must be a two-letter region code like GB')),
  /** At least one resource, in the order shown (emergency numbers are shown first anyway). */
  resources: z.array(CrisisResourceSchema).check(z.minLength(1), z.maxLength(20)),
});

/** The resources shown to a client in one region. */
export type CrisisResourceSet = z.output<typeof CrisisResourceSetSchema>;

/**
 * Validates a vendor's crisis resources.
 *
 * @throws {@link ValidationError} naming the path of every problem, e.g. `resources[0].phone`.
 * @example
 * ```ts
 * provider.crisisResources = parseCrisisResourceSet({
 *   region: 'GB',
 *   resources: [{ id: 'clinic', name: { en: 'Harbor Health on-call' }, phone: '020 7946 0000' }],
 * });
 * ```
 */
export function parseCrisisResourceSet(input: unknown): CrisisResourceSet {
  return parse(CrisisResourceSetSchema, input, 'crisis resources');
}

/**
 * The region a locale tag names (`en-GB` → `GB`, `de` → `undefined`).
 *
 * @example
 * ```ts
 * regionOfLocale('ar-EG'); // 'EG'
 * ```
 */
export function regionOfLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  const region = locale
    .split(/[-_]/)
    .slice(1)
    .find((part) => /^[A-Za-z]{2}$/.test(part));
  return region?.toUpperCase();
}
