import { expect } from '@open-wc/testing';
import { runBackendContract } from './contract.test-suite.js';
import { encrypted } from './encrypted.js';
import { StorageError } from './errors.js';
import { idbStore, partitionDatabaseName } from './indexeddb.js';
import { memoryStore } from './memory.js';
import type { PartitionKey } from './types.js';
import { deleteTestDatabases, rawGetAll, rawPut, uniqueName } from './test-helpers.test-suite.js';

const CLIENT: PartitionKey = { userId: 'c-1', role: 'client' };
const ANSWER = 'I felt hopeless on Tuesday evening';

function newKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

async function failure(promise: Promise<unknown>): Promise<StorageError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(StorageError);
    return error as StorageError;
  }
  throw new Error('expected a StorageError');
}

runBackendContract('encrypted(memory)', async () => encrypted(memoryStore(), { key: await newKey() }));
runBackendContract('encrypted(indexeddb)', async () =>
  idbStore({ name: uniqueName('enc-contract'), encryption: { key: await newKey() } }),
);

describe('encrypted', () => {
  afterEach(deleteTestDatabases);

  it('stores { id, iv, ciphertext } only: raw IndexedDB holds no plaintext answer', async () => {
    const name = uniqueName('enc-raw');
    const backend = await idbStore({ name, encryption: { key: await newKey() } }).open(CLIENT);
    const submission = { id: 's-1', answers: { note: ANSWER, mood: 2 } };
    await backend.write([{ type: 'put', collection: 'submissions', value: submission }]);
    expect(await backend.get('submissions', 's-1')).to.deep.equal(submission);
    backend.close();

    const raw = await rawGetAll(await partitionDatabaseName(name, CLIENT), 'submissions');
    expect(raw).to.have.length(1);
    const stored = raw[0] as Record<string, unknown>;
    expect(Object.keys(stored).sort()).to.deep.equal(['ciphertext', 'id', 'iv']);
    expect(stored['id']).to.equal('s-1');
    const text = JSON.stringify(raw);
    expect(text).not.to.contain('hopeless');
    expect(text).not.to.contain('answers');
    expect(text).not.to.contain('mood');
    expect(atob(stored['iv'] as string)).to.have.length(12);
  });

  it('uses a fresh IV for every write, so equal records give different ciphertexts', async () => {
    const name = uniqueName('enc-iv');
    const backend = await idbStore({ name, encryption: { key: await newKey() } }).open(CLIENT);
    await backend.write([
      { type: 'put', collection: 'drafts', value: { id: 'a', text: ANSWER } },
      { type: 'put', collection: 'drafts', value: { id: 'b', text: ANSWER } },
    ]);
    backend.close();
    const [a, b] = (await rawGetAll(await partitionDatabaseName(name, CLIENT), 'drafts')) as {
      iv: string;
      ciphertext: string;
    }[];
    expect(a?.iv).not.to.equal(b?.iv);
    expect(a?.ciphertext).not.to.equal(b?.ciphertext);
  });

  it('fails with decryption-failed, never garbage, when read with the wrong key', async () => {
    const name = uniqueName('enc-wrong-key');
    const writer = await idbStore({ name, encryption: { key: await newKey() } }).open(CLIENT);
    await writer.write([{ type: 'put', collection: 'submissions', value: { id: 's-1', note: ANSWER } }]);
    writer.close();
    const reader = await idbStore({ name, encryption: { key: await newKey() } }).open(CLIENT);
    const one = await failure(reader.get('submissions', 's-1'));
    expect(one.code).to.equal('storage-decryption-failed');
    expect(one.message).not.to.contain('hopeless');
    expect((await failure(reader.getAll('submissions'))).failure).to.equal('decryption-failed');
    reader.close();
  });

  it('binds each ciphertext to its record id and collection: swapped ciphertexts fail to decrypt', async () => {
    const name = uniqueName('enc-swap');
    const key = await newKey();
    const backend = await idbStore({ name, encryption: { key } }).open(CLIENT);
    await backend.write([
      { type: 'put', collection: 'submissions', value: { id: 's-1', note: 'first' } },
      { type: 'put', collection: 'submissions', value: { id: 's-2', note: 'second' } },
    ]);
    backend.close();
    const databaseName = await partitionDatabaseName(name, CLIENT);
    const [first] = (await rawGetAll(databaseName, 'submissions')) as { id: string }[];
    // Copy s-1's ciphertext onto s-2, and into another collection under the same id.
    await rawPut(databaseName, 'submissions', [{ ...first, id: 's-2' }]);
    await rawPut(databaseName, 'drafts', [first]);
    const reader = await idbStore({ name, encryption: { key } }).open(CLIENT);
    expect(await reader.get('submissions', 's-1')).to.deep.equal({ id: 's-1', note: 'first' });
    expect((await failure(reader.get('submissions', 's-2'))).failure).to.equal('decryption-failed');
    expect((await failure(reader.get('drafts', 's-1'))).failure).to.equal('decryption-failed');
    reader.close();
  });

  it('rejects records that are not encrypted (e.g. written before encryption was turned on)', async () => {
    const name = uniqueName('enc-plain');
    const plain = await idbStore({ name }).open(CLIENT);
    await plain.write([{ type: 'put', collection: 'drafts', value: { id: 'd-1', text: ANSWER } }]);
    plain.close();
    const reader = await idbStore({ name, encryption: { key: await newKey() } }).open(CLIENT);
    const error = await failure(reader.get('drafts', 'd-1'));
    expect(error.failure).to.equal('decryption-failed');
    expect(error.message).not.to.contain('hopeless');
    reader.close();
  });

  it('derives a key per partition when given deriveKey', async () => {
    const keys = new Map<string, CryptoKey>();
    const asked: string[] = [];
    const store = encrypted(memoryStore(), {
      deriveKey: async (partition) => {
        asked.push(partition.userId);
        const key = keys.get(partition.userId) ?? (await newKey());
        keys.set(partition.userId, key);
        return key;
      },
    });
    const backend = await store.open(CLIENT);
    await backend.write([{ type: 'put', collection: 'drafts', value: { id: 'd', n: 1 } }]);
    expect(await (await store.open(CLIENT)).get('drafts', 'd')).to.deep.equal({ id: 'd', n: 1 });
    expect(asked).to.deep.equal(['c-1', 'c-1']);
  });

  it('refuses keys that are not AES-GCM 256 with encrypt and decrypt', async () => {
    const aes128 = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 128 }, false, [
      'encrypt',
      'decrypt',
    ]);
    const encryptOnly = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt']);
    for (const key of [aes128, encryptOnly]) {
      expect((await failure(encrypted(memoryStore(), { key }).open(CLIENT))).failure).to.equal('invalid-key');
    }
    const failing = encrypted(memoryStore(), {
      deriveKey: () => Promise.reject(new Error('no key for you')),
    });
    expect((await failure(failing.open(CLIENT))).failure).to.equal('invalid-key');
  });
});
