import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { getMeasure } from '@interlude/content';
import type { ActivityRef, Assignment, InterludeClient } from '@interlude/core';
import { idbStore, partitionDatabaseName } from '@interlude/store';
import { ClientController } from './client-controller.js';
import { ActivityRunController, unassignedId } from './activity-run.js';
import { mountWithClient, testClient } from '../testing/test-client.js';
import type { IlAnswerChangeEvent } from '../events/answer-change.js';
import type { IlDraftSavedEvent } from '../events/draft-saved.js';
import type { IlSubmitEvent } from '../events/submit.js';

const PHQ9 = getMeasure('phq-9')!;
const PHQ9_REF: ActivityRef = { kind: 'measure', id: PHQ9.id, version: PHQ9.version };

/** Runs one activity, the way the measure form, check-in and player do. */
class TestRunner extends LitElement {
  @property({ attribute: false }) client: InterludeClient | undefined;
  @property({ attribute: false }) activity: ActivityRef | undefined = PHQ9_REF;
  @property({ attribute: false }) assignment: Assignment | undefined;
  @property({ attribute: false }) occurrenceId: string | undefined;
  readonly clients = new ClientController(this);
  readonly run = new ActivityRunController(this, this.clients, {
    activity: () => this.activity,
    assignment: () => this.assignment,
    occurrenceId: () => this.occurrenceId,
  });
  override render() {
    return litHtml`<p>${this.run.status}</p>`;
  }
}
customElements.define('test-activity-runner', TestRunner);

const assignment: Assignment = {
  id: 'a-phq9',
  clientId: 'c-1',
  clinicianId: 't-1',
  activity: PHQ9_REF,
  schedule: { kind: 'once', timeZone: 'Europe/London', due: '2026-03-02T09:00' },
  status: 'active',
  createdAt: '2026-03-01T09:00:00Z',
};

function events<T extends Event>(target: EventTarget, type: string): T[] {
  const seen: T[] = [];
  target.addEventListener(type, (event) => seen.push(event as T));
  return seen;
}

describe('ActivityRunController', () => {
  const names: string[] = [];
  afterEach(async () => {
    await Promise.all(names.splice(0).map((name) => indexedDB.deleteDatabase(name)));
  });

  it('fires il-answer-change at once and il-draft-saved once the draft is committed', async () => {
    const client = testClient();
    const element = await mountWithClient<TestRunner>(
      html`<test-activity-runner></test-activity-runner>`,
      client,
    );
    await element.run.whenResumed();
    const changes = events<IlAnswerChangeEvent>(document, 'il-answer-change');
    const saved = events<IlDraftSavedEvent>(document, 'il-draft-saved');
    element.run.setAnswer('phq9-1', 2);
    expect(changes).to.have.length(1);
    expect(changes[0]!.detail).to.deep.include({ itemId: 'phq9-1', value: 2 });
    expect(changes[0]!.bubbles && changes[0]!.composed).to.equal(true);
    expect(element.run.draftStatus).to.equal('saving');
    await until(() => saved.length === 1);
    expect(saved[0]!.detail.draft.answers).to.deep.equal({ 'phq9-1': 2 });
    expect(element.run.draftStatus).to.equal('saved');
  });

  it('resumes every answer and the step after a reload (a new client on the same IndexedDB)', async () => {
    const name = `run-${crypto.randomUUID()}`;
    names.push(await partitionDatabaseName(name, { userId: 'c-1', role: 'client' }));
    const first = testClient({ store: idbStore({ name }) });
    const element = await mountWithClient<TestRunner>(
      html`<test-activity-runner
        .assignment=${assignment}
        .occurrenceId=${'a-phq9@2026-03-02'}
      ></test-activity-runner>`,
      first,
    );
    await element.run.whenResumed();
    element.run.setAnswer('phq9-1', 2);
    element.run.setAnswer('phq9-2', 1);
    element.run.setStep('phq9-3');
    await first.drafts.flush();
    await first.close();

    const second = testClient({ store: idbStore({ name }) });
    const again = await mountWithClient<TestRunner>(
      html`<test-activity-runner
        .assignment=${assignment}
        .occurrenceId=${'a-phq9@2026-03-02'}
      ></test-activity-runner>`,
      second,
    );
    await again.run.whenResumed();
    expect(again.run.resumed).to.equal(true);
    expect(again.run.answers).to.deep.equal({ 'phq9-1': 2, 'phq9-2': 1 });
    expect(again.run.stepId).to.equal('phq9-3');
    await second.close();
  });

  it('keeps drafts of different occurrences apart', async () => {
    const client = testClient();
    const element = await mountWithClient<TestRunner>(
      html`<test-activity-runner
        .assignment=${assignment}
        .occurrenceId=${'a-phq9@1'}
      ></test-activity-runner>`,
      client,
    );
    await element.run.whenResumed();
    element.run.setAnswer('phq9-1', 3);
    await client.drafts.flush();
    element.occurrenceId = 'a-phq9@2';
    await element.updateComplete;
    await element.run.whenResumed();
    expect(element.run.answers).to.deep.equal({});
    element.occurrenceId = 'a-phq9@1';
    await element.updateComplete;
    await element.run.whenResumed();
    expect(element.run.answers).to.deep.equal({ 'phq9-1': 3 });
  });

  it('saves the run as a scored submission, deletes the draft and fires il-submit', async () => {
    const client = testClient({ now: () => '2026-03-02T10:00:00Z' });
    const element = await mountWithClient<TestRunner>(
      html`<test-activity-runner
        .assignment=${assignment}
        .occurrenceId=${'a-phq9@2026-03-02'}
      ></test-activity-runner>`,
      client,
    );
    await element.run.whenResumed();
    const submitted = events<IlSubmitEvent>(document, 'il-submit');
    for (const item of PHQ9.items) element.run.setAnswer(item.id, item.id === 'phq9-9' ? 1 : 2);
    const result = await element.run.submit({ definition: PHQ9 });
    expect(element.run.status).to.equal('submitted');
    expect(result.submission).to.deep.include({
      assignmentId: 'a-phq9',
      occurrenceId: 'a-phq9@2026-03-02',
      clientId: 'c-1',
      timeZone: 'Europe/London',
      status: 'completed',
    });
    expect(result.score?.total).to.equal(17);
    expect(result.score?.riskItemIds).to.deep.equal(['phq9-9']);
    expect(submitted).to.have.length(1);
    expect(submitted[0]!.detail.submission.id).to.equal(result.submission.id);
    expect(
      await client.drafts.resume({ assignmentId: 'a-phq9', occurrenceId: 'a-phq9@2026-03-02' }),
    ).to.equal(undefined);
  });

  it('saves a run without an assignment under a self-initiated id', async () => {
    const client = testClient();
    const element = await mountWithClient<TestRunner>(
      html`<test-activity-runner></test-activity-runner>`,
      client,
    );
    await element.run.whenResumed();
    element.run.setAnswer('phq9-1', 0);
    const { submission } = await element.run.submit({ status: 'abandoned' });
    expect(submission.assignmentId).to.equal(unassignedId(PHQ9_REF));
    expect(submission.status).to.equal('abandoned');
  });

  it('keeps the answers and fires nothing when the store refuses the submission', async () => {
    const client = testClient({ id: 'c-2' });
    const element = await mountWithClient<TestRunner>(
      html`<test-activity-runner .assignment=${assignment}></test-activity-runner>`,
      client,
    );
    await element.run.whenResumed();
    const submitted = events<IlSubmitEvent>(document, 'il-submit');
    element.run.setAnswer('phq9-1', 1);
    let failed: unknown;
    await element.run.submit().catch((error: unknown) => (failed = error));
    expect(failed).to.be.instanceOf(Error);
    expect(submitted).to.have.length(0);
    expect(element.run.status).to.equal('ready');
    expect(element.run.answers).to.deep.equal({ 'phq9-1': 1 });
  });

  it('stays idle without a client', async () => {
    const element = await fixture<TestRunner>(html`<test-activity-runner></test-activity-runner>`);
    expect(element.run.status).to.equal('idle');
    element.run.setAnswer('phq9-1', 1);
    expect(element.run.answers).to.deep.equal({});
  });
});

async function until(condition: () => boolean): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > 3000) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
