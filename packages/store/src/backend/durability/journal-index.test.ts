import { expect } from '@open-wc/testing';
import type { WriteOp } from '../types.js';
import { JournalIndex, planBatch } from './journal-index.js';

const put = (collection: WriteOp['collection'], id: string, unless?: string): WriteOp => ({
  type: 'put',
  collection,
  value: { id },
  ...(unless ? { unless: { collection: 'outbox', id: unless } } : {}),
});

describe('journal index', () => {
  it('journals a save (record, score, outbox, draft deletion) but not sync bookkeeping', () => {
    const ops: WriteOp[] = [
      put('submissions', 's-1'),
      put('scores', 'score:s-1'),
      put('outbox', 's-1'),
      put('outbox', 'score:s-1'),
      put('definitions', 'measure:phq-9@1'),
      { type: 'delete', collection: 'drafts', id: 'd-1' },
    ];
    const plan = planBatch(ops);
    expect(plan.journal).to.deep.equal(ops);
    expect(plan.changes.map((change) => change.id)).to.deep.equal(['s-1', 'score:s-1']);
    expect(plan.submissionsSaved).to.deep.equal(['s-1']);
    expect(plan.draftDeletes).to.deep.equal(['d-1']);

    // A retry (outbox only), a pull (conditional, no outbox) and the cursor: nothing to protect.
    expect(planBatch([put('outbox', 's-1')]).journal).to.deep.equal([]);
    const pulled = planBatch([put('assignments', 'a-1', 'a-1'), put('meta', 'sync:cursor')]);
    expect(pulled.journal).to.deep.equal([]);
    // The server confirming is what retires an entry.
    expect(planBatch([{ type: 'delete', collection: 'outbox', id: 's-1' }]).confirmed).to.deep.equal(['s-1']);
  });

  it('retires an entry once its changes are confirmed and its drafts replaced or deleted', () => {
    const index = new JournalIndex();
    expect(index.add(1, ['s-1', 'score:s-1'], [])).to.deep.equal([]);
    expect(index.add(2, [], ['d-1'])).to.deep.equal([]);
    expect(index.confirm(['s-1'])).to.deep.equal([]);
    expect(index.confirm(['score:s-1'])).to.deep.equal([1]);
    // A newer draft value replaces the older entry; deleting the draft retires the newer one.
    expect(index.add(3, [], ['d-1'])).to.deep.equal([2]);
    expect(index.dropDrafts(['d-1'])).to.deep.equal([3]);
    expect(index.empty).to.equal(true);
  });

  it('keeps the newer version when two writes of one record finish out of order', () => {
    const index = new JournalIndex();
    expect(index.add(5, ['p-1'], [])).to.deep.equal([]);
    // Entry 4 (the older save) finished last: it holds nothing the journal needs.
    expect(index.add(4, ['p-1'], [])).to.deep.equal([4]);
    expect(index.confirm(['p-1'])).to.deep.equal([5]);
  });
});
