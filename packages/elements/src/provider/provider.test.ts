import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextConsumer, createContext } from '@lit/context';
import type { InterludeClient } from '@interlude/core';
import { ClientController } from '../shared/internal/client-controller.js';
import { LocalizeController } from '../shared/internal/localize.js';
import { notConfiguredNotice } from '../shared/internal/configuration-notice.js';
import './define.js';
import type { IlProvider } from './provider.js';

/** A minimal consumer, the way every Interlude element reads its client. */
class TestConsumer extends LitElement {
  @property({ attribute: false }) client: InterludeClient | undefined;
  readonly clients = new ClientController(this);
  readonly localize = new LocalizeController(this);
  override render() {
    const client = this.clients.client;
    return client ? litHtml`<p>Signed in as ${client.user.role}</p>` : notConfiguredNotice(this.localize);
  }
}
customElements.define('test-provider-consumer', TestConsumer);

const alice: InterludeClient = { user: { id: 'alice', role: 'client' } };
const bob: InterludeClient = { user: { id: 'bob', role: 'clinician' } };

async function mount(client?: InterludeClient) {
  const provider = await fixture<IlProvider>(html`
    <il-provider .client=${client}><test-provider-consumer></test-provider-consumer></il-provider>
  `);
  const consumer = provider.querySelector('test-provider-consumer') as TestConsumer;
  await consumer.updateComplete;
  return { provider, consumer };
}

describe('il-provider', () => {
  it('hands its client to an element inside it', async () => {
    const { provider, consumer } = await mount(alice);
    expect(consumer.clients.client).to.equal(alice);
    expect(consumer.shadowRoot!.textContent).to.include('Signed in as client');
    expect(provider.state).to.equal('ready');
    expect(provider.getAttribute('state')).to.equal('ready');
  });

  it('updates consumers when the client is replaced', async () => {
    const { provider, consumer } = await mount(alice);
    provider.client = bob;
    await provider.updateComplete;
    await consumer.updateComplete;
    expect(consumer.clients.client).to.equal(bob);
    expect(consumer.shadowRoot!.textContent).to.include('Signed in as clinician');
  });

  it('lets an explicit client property win over the provider', async () => {
    const { consumer } = await mount(alice);
    consumer.client = bob;
    await consumer.updateComplete;
    expect(consumer.clients.client).to.equal(bob);
  });

  it('is found through Symbol.for by a second copy of the library', async () => {
    const { provider } = await mount(alice);
    // What a CDN copy of @interlude/elements would create on the same page.
    const secondCopyContext = createContext<InterludeClient | undefined>(
      Symbol.for('@interlude/elements:client'),
    );
    class SecondCopy extends LitElement {}
    customElements.define('test-second-copy', SecondCopy);
    const host = new SecondCopy();
    const consumer = new ContextConsumer(host, { context: secondCopyContext, subscribe: true });
    provider.append(host);
    await host.updateComplete;
    expect(consumer.value).to.equal(alice);
  });

  it('shows a visible, announced notice for an element with no provider', async () => {
    const consumer = await fixture<TestConsumer>(html`<test-provider-consumer></test-provider-consumer>`);
    const notice = consumer.shadowRoot!.querySelector('[role="alert"]');
    expect(notice, 'a notice instead of a blank box').to.exist;
    expect(notice!.textContent).to.include('not connected');
    await expect(consumer).to.be.accessible();
  });

  it('rejects a client without a valid user, says why, and provides nothing', async () => {
    const { provider, consumer } = await mount({
      user: { id: 'x', role: 'patient' },
    } as unknown as InterludeClient);
    expect(provider.state).to.equal('invalid');
    const notice = provider.shadowRoot!.querySelector('[part="configuration-notice"]');
    expect(notice!.textContent).to.include('role: expected one of client, clinician');
    expect(notice!.textContent).not.to.include('patient');
    expect(consumer.clients.client).to.equal(undefined);
    await expect(provider).to.be.accessible();
  });

  it('is empty, not invalid, before a client is set', async () => {
    const { provider, consumer } = await mount();
    expect(provider.state).to.equal('empty');
    expect(provider.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(consumer.shadowRoot!.querySelector('[role="alert"]')).to.exist;
  });

  it('follows the nearest lang, loading the locale on demand', async () => {
    const wrapper = await fixture(
      html`<div lang="de"><test-provider-consumer></test-provider-consumer></div>`,
    );
    const consumer = wrapper.querySelector('test-provider-consumer') as TestConsumer;
    await waitFor(() => consumer.shadowRoot!.textContent!.includes('nicht verbunden'));
    wrapper.setAttribute('lang', 'en');
    await waitFor(() => consumer.shadowRoot!.textContent!.includes('not connected'));
  });

  it('passes the axe accessibility checks with content inside', async () => {
    const { provider } = await mount(alice);
    await expect(provider).to.be.accessible();
  });
});

async function waitFor(condition: () => boolean, timeout = 2000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
