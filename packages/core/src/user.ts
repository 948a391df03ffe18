/**
 * The signed-in person an Interlude client acts for. Interlude never owns identity:
 * the vendor's portal has already signed the person in and tells us who it is.
 *
 * @module
 */
import * as z from 'zod/mini';
import { parse } from './parse.js';

/** The two sides of blended therapy; what an element shows and allows depends on it. */
export const USER_ROLES = ['client', 'clinician'] as const;

/** `'client'` or `'clinician'`. */
export type UserRole = (typeof USER_ROLES)[number];

/** Schema for {@link User}. Ids are the vendor's opaque identifiers, never names or emails. */
export const UserSchema = z.object({
  /** The vendor's stable, opaque id for this person. */
  id: z.string().check(z.minLength(1), z.maxLength(256)),
  role: z.enum(USER_ROLES),
  /** BCP 47 language tag the person prefers, e.g. `'en'` or `'ar-EG'`. */
  locale: z.optional(z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/))),
  /** IANA time zone the person lives in, e.g. `'Europe/Berlin'`; schedules are expanded in it. */
  timeZone: z.optional(z.string().check(z.minLength(1))),
});

/** The signed-in person, as the vendor's portal describes them. */
export type User = z.output<typeof UserSchema>;

/**
 * Validates the user a vendor passes in.
 *
 * @throws {@link ValidationError} with the path of every problem.
 * @example
 * ```ts
 * const user = parseUser({ id: 'c-1042', role: 'client', timeZone: 'Europe/Berlin' });
 * ```
 */
export function parseUser(input: unknown): User {
  return parse(UserSchema, input, 'user');
}

/** Whether two user descriptions denote the same person (same id and role). */
export function isSameUser(a: User, b: User): boolean {
  return a.id === b.id && a.role === b.role;
}
