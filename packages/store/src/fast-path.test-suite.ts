/**
 * What the stored-record shortcut tests share (`submission-fast-path.test.ts`,
 * `score-fast-path.test.ts`): a schema's fingerprint, unusual values, and valid records with a
 * few fields removed or replaced by them.
 *
 * @module
 */
import { expect } from '@open-wc/testing';
import { safeParse } from '@interlude/core';
import * as z from 'zod/mini';

/** SHA-256 of the schema's JSON Schema (input and output): changes whenever what it accepts does. */
export async function schemaFingerprint(schema: z.ZodMiniType): Promise<string> {
  const text = JSON.stringify(
    (['input', 'output'] as const).map((io) => z.toJSONSchema(schema, { unrepresentable: 'any', io })),
  );
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const withSymbol = { mood: 1, [Symbol('s')]: 2 };
class Answers {
  mood = 1;
}
/** Values a stored field might hold after corruption or an older release. */
export const ODD_VALUES: readonly unknown[] = [
  undefined,
  null,
  0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  86_400,
  86_401,
  '',
  'x',
  'x'.repeat(257),
  'x'.repeat(601),
  'x'.repeat(20_001),
  'Europe/Atlantis',
  'europe/berlin',
  '2026-02-30T09:00:00Z',
  '2026-03-02T09:00Z',
  '2026-03-02T24:00:00Z',
  '2026-03-02T09:00:00+24:00',
  '2026-03-02T09:00:00',
  '2027-01-01T00:00:00Z',
  '1999-01-01T00:00:00Z',
  'A0000000-0000-4000-8000-000000000000',
  '00000000-0000-0000-0000-000000000000',
  '00000000-0000-9000-8000-000000000000',
  'Daily-Mood',
  'daily--mood',
  '1.0',
  'completed',
  'abandoned',
  'started',
  'check-in',
  true,
  [],
  ['a'],
  {},
  { kind: 'check-in', id: 'daily-mood', version: '1.0.0' },
  { kind: 'check-in', id: 'daily-mood', version: '1.0.0', extra: 1 },
  { kind: 'check-in', id: 'daily-mood' },
  { kind: 'survey', id: 'daily-mood', version: '1.0.0' },
  { mood: 1 },
  { mood: [] },
  { mood: ['a', 'b'] },
  { mood: { piles: ['a'] } },
  { mood: undefined },
  { mood: Number.NaN },
  { mood: 'x'.repeat(20_001) },
  { '': 1 },
  { ['k'.repeat(257)]: 1 },
  JSON.parse('{"__proto__": 1}'),
  withSymbol,
  new Answers(),
  Object.create(null),
  new Date(0),
];

/**
 * `value` with one to three of `fields` removed or replaced by one of `odd` (it is changed in
 * place), now and then given an inherited property.
 */
export function mutate(
  value: Record<string, unknown>,
  fields: readonly string[],
  random: () => number,
  odd: readonly unknown[] = ODD_VALUES,
): unknown {
  const changes = 1 + Math.floor(random() * 3);
  for (let change = 0; change < changes; change += 1) {
    const field = fields[Math.floor(random() * fields.length)] as string;
    if (random() < 0.15) delete value[field];
    else value[field] = odd[Math.floor(random() * odd.length)];
  }
  return random() < 0.03 ? Object.assign(Object.create({ inherited: 1 }), value) : value;
}

/**
 * Runs `count` odd records (`make(index)`) through `schema` and `accept`, the shortcut: the
 * shortcut takes nothing the schema refuses and returns exactly the schema's output. Returns how
 * many the shortcut took and how many the schema refused, so a test can check both sides ran.
 */
export function compareWithSchema<T>(
  schema: z.ZodMiniType<T>,
  accept: (value: unknown) => T | undefined,
  make: (index: number) => unknown,
  count: number,
): { accepted: number; rejected: number } {
  let accepted = 0;
  let rejected = 0;
  for (let index = 0; index < count; index += 1) {
    const value = make(index);
    const parsed = safeParse(schema, value, 'record');
    const fast = accept(value);
    if (!parsed.ok) rejected += 1;
    if (fast === undefined) continue;
    accepted += 1;
    expect(parsed.ok, `case ${index}: the shortcut took what the schema refuses`).to.equal(true);
    if (parsed.ok) {
      expect(JSON.stringify(fast), `case ${index}`).to.equal(JSON.stringify(parsed.value));
      expect(fast, `case ${index}`).to.deep.equal(parsed.value);
    }
  }
  return { accepted, rejected };
}
