import { expect } from '@open-wc/testing';
import { deleteTestDatabases, uniqueName } from '../test-helpers.test-suite.js';
import { MARKS_DELAY_MS, type JournalEntry } from './journal.js';
import { OpfsJournal } from './opfs-journal.js';

function entry(seq: number): JournalEntry {
  const note = `entry ${seq} `.repeat(60);
  return {
    seq,
    at: 1000 + seq,
    ops: [{ type: 'put', collection: 'drafts', value: { id: `d-${seq}`, note } }],
  };
}

async function files(partition: string): Promise<string[]> {
  const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('interlude-journal');
  const directory = await root.getDirectoryHandle(encodeURIComponent(partition));
  const names: string[] = [];
  for await (const name of directory.keys()) names.push(name);
  return names.sort();
}

const idle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, MARKS_DELAY_MS * 3));

/** Waits (up to 10 s on a busy machine) until `check` holds. */
async function eventually(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('OPFS journal', () => {
  after(deleteTestDatabases);

  it('compacts a mostly retired journal into a new file, keeping the live entries and their marks', async () => {
    const partition = `${uniqueName('compact')}--db`;
    const journal = await OpfsJournal.open(partition, true);
    await journal.start('instance-1', []);
    for (let seq = 1; seq <= 200; seq += 1) await journal.append(entry(seq));
    journal.committed(Array.from({ length: 200 }, (_, i) => i + 1));
    const before = await files(partition);
    expect(before).to.have.length(1);
    await journal.retire(Array.from({ length: 180 }, (_, i) => i + 1));
    // Once idle, the retire marks are written and the compaction replaces the file.
    await eventually(async () => {
      const now = await files(partition);
      return now.length === 1 && now[0] !== before[0];
    });
    const after = await files(partition);
    expect(after).to.have.length(1);
    expect(after[0]).not.to.equal(before[0]);
    expect(after[0]).to.match(/\.1$/);

    // Another tab reads what is left: the 20 live entries, all marked committed.
    await journal.close(false);
    const reader = await OpfsJournal.open(partition, true);
    const [found] = await reader.readForeign();
    expect(found?.instance).to.equal('instance-1');
    expect(found?.adoptable).to.equal(true);
    expect(found?.entries.map((item) => item.seq)).to.deep.equal(
      Array.from({ length: 20 }, (_, i) => 181 + i),
    );
    expect(found?.entries[0]).to.deep.equal(entry(181));
    expect([...(found?.committed ?? [])].sort((a, b) => a - b)).to.deep.equal(
      Array.from({ length: 20 }, (_, i) => 181 + i),
    );
    await reader.close(false);
  });

  it('starts the file over once everything is retired, and tells a live tab’s journal from a gone one', async () => {
    const partition = `${uniqueName('start-over')}--db`;
    const journal = await OpfsJournal.open(partition, false);
    await journal.start('instance-2', []);
    await journal.append(entry(1));
    await journal.retire([1]);
    await idle();
    await journal.append(entry(2));

    const other = await OpfsJournal.open(partition, false);
    const [live] = await other.readForeign();
    // Held open by its owner: readable, not adoptable; entry 1 is gone for good.
    expect(live?.adoptable).to.equal(false);
    expect(live?.entries.map((item) => item.seq)).to.deep.equal([2]);
    expect([...(live?.committed ?? [])]).to.deep.equal([]);
    await other.close(false);
    await journal.close(true);
    expect((await files(partition)).filter((name) => name.startsWith('j.'))).to.deep.equal([]);
  });
});
