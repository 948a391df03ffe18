import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import type { InterludeClient, Submission } from '@interlude/core';
import { ClientController } from './client-controller.js';
import { DataController } from './data-controller.js';
import { mountWithClient, testClient } from '../testing/test-client.js';

/** Lists the submissions of `client-id`, the way a chart reads its data. */
class TestDataReader extends LitElement {
  @property({ attribute: false }) client: InterludeClient | undefined;
  @property({ attribute: 'client-id' }) clientId = 'c-1';
  @property({ attribute: false }) data: Submission[] | undefined;
  loads = 0;
  readonly clients = new ClientController(this);
  readonly reader = new DataController(this, this.clients, {
    collections: ['submissions'],
    args: () => [this.clientId],
    enabled: () => this.data === undefined,
    load: (client) => {
      this.loads += 1;
      return client.submissions.list({ clientId: this.clientId });
    },
  });
  override render() {
    const state = this.reader.state;
    const rows = this.data ?? this.reader.value ?? [];
    return litHtml`<p data-status=${state.status}>${rows.length}</p>`;
  }
}
customElements.define('test-data-reader', TestDataReader);

function submission(clientId: string): Submission {
  return {
    id: crypto.randomUUID(),
    assignmentId: 'a-1',
    clientId,
    activity: { kind: 'check-in', id: 'daily-mood', version: '1.0.0' },
    answers: { mood: 3 },
    startedAt: '2026-03-02T09:00:00Z',
    submittedAt: '2026-03-02T09:01:00Z',
    timeZone: 'Europe/London',
    status: 'completed',
  };
}

const shown = (element: TestDataReader) => element.shadowRoot!.querySelector('p')!;

describe('DataController', () => {
  it('reads through the client, then again when the collection changes', async () => {
    const client = testClient({ role: 'clinician' });
    const element = await mountWithClient<TestDataReader>(
      html`<test-data-reader></test-data-reader>`,
      client,
    );
    await element.reader.settled();
    expect(shown(element).dataset['status']).to.equal('ready');
    expect(shown(element).textContent).to.equal('0');

    await client.submissions.save(submission('c-1'));
    await client.submissions.save(submission('c-2'));
    await until(() => shown(element).textContent === '1');
    expect(element.reader.value).to.have.length(1);
  });

  it('gathers a burst of changes into one read', async () => {
    const client = testClient({ role: 'clinician' });
    const element = await mountWithClient<TestDataReader>(
      html`<test-data-reader></test-data-reader>`,
      client,
    );
    await element.reader.settled();
    const before = element.loads;
    await Promise.all([1, 2, 3, 4, 5].map(() => client.submissions.save(submission('c-1'))));
    await until(() => shown(element).textContent === '5');
    expect(element.loads - before).to.be.lessThan(3);
  });

  it('reads again when an argument changes, keeping the old rows on screen meanwhile', async () => {
    const client = testClient({ role: 'clinician' });
    await client.submissions.save(submission('c-1'));
    await client.submissions.save(submission('c-2'));
    await client.submissions.save(submission('c-2'));
    const element = await mountWithClient<TestDataReader>(
      html`<test-data-reader></test-data-reader>`,
      client,
    );
    await element.reader.settled();
    expect(shown(element).textContent).to.equal('1');
    element.clientId = 'c-2';
    await element.updateComplete;
    expect(shown(element).dataset['status']).to.equal('loading');
    expect(shown(element).textContent).to.equal('1');
    await element.reader.settled();
    expect(shown(element).textContent).to.equal('2');
  });

  it('says it is unconfigured without a client, and reads once one arrives', async () => {
    const element = await fixture<TestDataReader>(html`<test-data-reader></test-data-reader>`);
    expect(element.reader.state.status).to.equal('unconfigured');
    const client = testClient({ role: 'clinician' });
    await client.submissions.save(submission('c-1'));
    element.client = client;
    await element.reader.settled();
    expect(shown(element).textContent).to.equal('1');
  });

  it('does not read while the vendor supplies the data', async () => {
    const client = testClient({ role: 'clinician' });
    const element = await mountWithClient<TestDataReader>(
      html`<test-data-reader .data=${[submission('x'), submission('y')]}></test-data-reader>`,
      client,
    );
    expect(element.reader.state.status).to.equal('disabled');
    expect(element.loads).to.equal(0);
    expect(shown(element).textContent).to.equal('2');
  });

  it('shows an error state instead of throwing when the client signed out', async () => {
    const client = testClient({ role: 'clinician' });
    const element = await mountWithClient<TestDataReader>(
      html`<test-data-reader></test-data-reader>`,
      client,
    );
    await element.reader.settled();
    await client.signOut();
    element.reader.reload();
    await element.reader.settled();
    expect(element.reader.state.status).to.equal('error');
  });

  it('stops listening when disconnected', async () => {
    const client = testClient({ role: 'clinician' });
    const element = await mountWithClient<TestDataReader>(
      html`<test-data-reader></test-data-reader>`,
      client,
    );
    await element.reader.settled();
    const loads = element.loads;
    element.remove();
    await client.submissions.save(submission('c-1'));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(element.loads).to.equal(loads);
  });
});

async function until(condition: () => boolean): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > 3000) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
