import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { RECORD_FORMAT, RECORD_SCHEMAS } from './repository.js';

/**
 * The schemas' fingerprint at {@link RECORD_FORMAT}. Encrypted partitions trust a record that
 * was validated under the current format without parsing it again, so a schema change must
 * come with a new format: when this test fails, change RECORD_FORMAT in repository.ts, then
 * put the new fingerprint here. (Refinements are not in the JSON Schema: change the format
 * for a changed refinement too.)
 */
const FINGERPRINTS: Readonly<Record<string, string>> = {
  '2026-12-01.2': '7b7b8eeee858320d29aa4ef0e2382695a076f303d14ab560dfaf32e3bb3c1063',
};

async function fingerprint(): Promise<string> {
  const text = JSON.stringify(
    Object.entries(RECORD_SCHEMAS).map(([collection, schema]) => [
      collection,
      z.toJSONSchema(schema, { unrepresentable: 'any', io: 'output' }),
    ]),
  );
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

describe('RECORD_FORMAT', () => {
  it('names the schemas as they are (change it with any schema change, see this file)', async () => {
    expect(await fingerprint(), `RECORD_FORMAT ${RECORD_FORMAT}`).to.equal(FINGERPRINTS[RECORD_FORMAT]);
  });
});
