import { expect } from '@open-wc/testing';
import { memoryStore } from './memory.js';
import { runBackendContract } from './contract.test-suite.js';
import { StorageError } from './errors.js';

runBackendContract('memory', () => memoryStore());

describe('memoryStore', () => {
  it('rejects a batch with a value that cannot be cloned, writing none of it', async () => {
    const backend = await memoryStore().open({ userId: 'u', role: 'client' });
    let error: unknown;
    try {
      await backend.write([
        { type: 'put', collection: 'drafts', value: { id: 'ok' } },
        { type: 'put', collection: 'drafts', value: { id: 'fn', run: () => 1 } },
      ]);
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(StorageError);
    expect((error as StorageError).failure).to.equal('invalid-write');
    expect((error as StorageError).message).not.to.contain('=>');
    expect(await backend.getAll('drafts')).to.deep.equal([]);
  });
});
