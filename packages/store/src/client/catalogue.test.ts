import { expect } from '@open-wc/testing';
import { crisisResourcesFor, getCheckInTemplate, getExercise, getMeasure } from '@interlude/content';
import {
  ValidationError,
  trackedSeries,
  type CheckInTemplate,
  type MeasureDefinition,
  type TrackedSeries,
} from '@interlude/core';
import { memoryStore } from '../backend/memory.js';
import { createInterlude, type Interlude } from './create-interlude.js';
import { NotPermittedError } from './errors.js';
import { NOW, PHQ9, checkIn, phq9Submission, rejection } from './fixtures.test-suite.js';

const CLIENT = { id: 'c-1', role: 'client', timeZone: 'Europe/Berlin' } as const;
const CLINICIAN = { id: 't-1', role: 'clinician' } as const;
const now = (): string => NOW;

describe('client.definitions, client.preferences and submission queries', () => {
  const clients: Interlude[] = [];
  const open = (user: typeof CLIENT | typeof CLINICIAN): Interlude => {
    const client = createInterlude({ user, store: memoryStore(), now });
    clients.push(client);
    return client;
  };
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close()));
  });

  it('stores definitions and lists the newest version of each, filtered by kind and modality', async () => {
    const client = open(CLIENT);
    const older: MeasureDefinition = { ...PHQ9, version: '0.9.0' };
    const newer: MeasureDefinition = { ...PHQ9, version: '1.10.0' };
    await client.definitions.put(
      older,
      PHQ9,
      newer,
      getCheckInTemplate('daily-mood')!,
      getExercise('act-values-card-sort')!,
    );

    const measures = await client.definitions.list({ kind: 'measure' });
    expect(measures.map((definition) => definition.version)).to.deep.equal(['1.10.0']);
    const all = await client.definitions.list({ kind: 'measure', allVersions: true });
    expect(all.map((definition) => definition.version)).to.deep.equal(['0.9.0', PHQ9.version, '1.10.0']);
    const act = await client.definitions.list({ modality: 'act' });
    expect(act.map((definition) => definition.id)).to.deep.equal(['act-values-card-sort']);
    expect((await client.definitions.get({ kind: 'measure', id: 'phq-9' }))?.version).to.equal('1.10.0');
    expect(
      (await client.definitions.get({ kind: 'measure', id: 'phq-9', version: '0.9.0' }))?.version,
    ).to.equal('0.9.0');
    expect(await client.definitions.get({ kind: 'exercise', id: 'phq-9' })).to.equal(undefined);
  });

  it('rejects an invalid definition by path and stores none of the batch', async () => {
    const client = open(CLIENT);
    const broken = { ...getMeasure('gad-7')!, estimatedMinutes: -1 };
    const error = await rejection(client.definitions.put(PHQ9, broken));
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).message).to.include('estimatedMinutes');
    expect(await client.definitions.list()).to.deep.equal([]);
  });

  it('validates a definition of one kind without storing it, naming paths, also when closed', async () => {
    const client = open(CLIENT);
    const valid = client.definitions.validate('measure', PHQ9, 'measure definition');
    expect(valid.ok && valid.value.id).to.equal('phq-9');
    const broken = client.definitions.validate(
      'measure',
      { ...PHQ9, estimatedMinutes: -1, version: 'v<b>1</b>' },
      'measure definition',
    );
    expect(broken.ok).to.equal(false);
    const message = broken.ok ? '' : broken.error.message;
    expect(message).to.include('measure definition');
    expect(message).to.include('estimatedMinutes');
    expect(message).not.to.include('<b>');
    const otherKind = client.definitions.validate('measure', getCheckInTemplate('daily-mood'), 'measure');
    expect(otherKind.ok).to.equal(false);
    expect(client.definitions.validate('check-in', getCheckInTemplate('daily-mood'), 'template').ok).to.equal(
      true,
    );
    expect(
      client.definitions.validate('exercise', getExercise('act-values-card-sort'), 'exercise').ok,
    ).to.equal(true);
    expect(await client.definitions.list()).to.deep.equal([]); // nothing stored
    await client.close();
    expect(client.definitions.validate('measure', PHQ9, 'measure definition').ok).to.equal(true);
  });

  it('validates crisis resources without storing them, naming paths and never values, also when closed', async () => {
    const client = open(CLIENT);
    const gb = crisisResourcesFor('GB');
    const valid = client.validate.crisisResources(gb, 'crisis resources');
    expect(valid.ok && valid.value.resources.map((resource) => resource.id)).to.deep.equal(
      gb.resources.map((resource) => resource.id),
    );
    expect(valid.ok && valid.value.resources.every((resource) => resource.source !== undefined)).to.equal(
      true,
    );
    const broken = client.validate.crisisResources(
      { region: 'GB', resources: [{ id: 'x', name: { en: 'X' }, phone: 'javascript:alert(1)' }] },
      'crisis resources',
    );
    expect(broken.ok).to.equal(false);
    const error = broken.ok ? undefined : broken.error;
    expect(error).to.be.instanceOf(ValidationError);
    expect(error!.message).to.include('crisis resources');
    expect(error!.issues.map((issue) => issue.path.join('.'))).to.include('resources.0.phone');
    expect(error!.message).not.to.include('javascript');
    await client.close();
    expect(client.validate.crisisResources(gb, 'crisis resources').ok).to.equal(true);
  });

  it('validates rating scale settings: the range, then the labels against it, by path', () => {
    const client = open(CLIENT);
    const mood = client.validate.ratingScale(
      { min: 1, max: 5, step: 1, valueLabels: ['a', 'b', 'c', 'd', 'e'] },
      'scale',
    );
    expect(mood.ok && mood.value).to.deep.equal({
      min: 1,
      max: 5,
      step: 1,
      valueLabels: ['a', 'b', 'c', 'd', 'e'],
    });
    const pairs = client.validate.ratingScale(
      { min: 0, max: 10, step: 1, valueLabels: [{ value: 0, label: 'none' }] },
      'scale',
    );
    expect(pairs.ok).to.equal(true);
    const steps = client.validate.ratingScale({ min: 0, max: 10, step: 3 }, 'scale');
    expect(steps.ok ? [] : steps.error.issues.map((issue) => issue.path.join('.'))).to.deep.equal(['step']);
    const labels = client.validate.ratingScale(
      { min: 1, max: 5, step: 1, valueLabels: ['<b>secret</b>'] },
      'scale',
    );
    expect(labels.ok).to.equal(false);
    expect(labels.ok ? '' : labels.error.message).to.include('valueLabels');
    expect(labels.ok ? '' : labels.error.message).not.to.include('secret');
    const outside = client.validate.ratingScale(
      { min: 0, max: 4, step: 1, valueLabels: [{ value: 9, label: 'x' }] },
      'scale',
    );
    expect(outside.ok ? [] : outside.error.issues.map((issue) => issue.path.join('.'))).to.deep.equal([
      'valueLabels.0.value',
    ]);
  });

  it("queues a clinician's definitions for the server, and keeps a client's on the device", async () => {
    const clinician = open(CLINICIAN);
    await clinician.definitions.put(PHQ9);
    await clinician.sync.syncNow();
    expect(clinician.sync.status.pending).to.equal(1);
    const client = open(CLIENT);
    await client.definitions.put(PHQ9);
    await client.sync.syncNow();
    expect(client.sync.status.pending).to.equal(0);
  });

  it('gives default reminder preferences in the user time zone until the client saves their own', async () => {
    const client = open(CLIENT);
    const defaults = await client.preferences.get();
    expect(defaults.timeZone).to.equal('Europe/Berlin');
    expect(defaults.maxPerDay).to.equal(2);
    const saved = await client.preferences.save({
      timeZone: 'Europe/Berlin',
      maxPerDay: 1,
      preferredTimes: ['19:30'],
    });
    expect(saved.quietHours).to.deep.equal({ start: '21:00', end: '08:00' });
    expect(await client.preferences.get()).to.deep.equal(saved);
  });

  it('refuses invalid preferences by path, and a clinician saving them', async () => {
    const client = open(CLIENT);
    const error = await rejection(
      client.preferences.save({ timeZone: 'Europe/Berlin', quietHours: { start: '25:00', end: '08:00' } }),
    );
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).message).to.include('quietHours.start');
    const clinician = open(CLINICIAN);
    expect(await rejection(clinician.preferences.save({ timeZone: 'UTC' }))).to.be.instanceOf(
      NotPermittedError,
    );
  });

  it('filters submissions by client, kind and activity, and lists scored ones with their score', async () => {
    const clinician = open(CLINICIAN);
    await clinician.submissions.save(checkIn('c-1'));
    await clinician.submissions.save(phq9Submission('c-1', 0), { definition: PHQ9 });
    await clinician.submissions.save(phq9Submission('c-2', 3), { definition: PHQ9 });

    expect(await clinician.submissions.list({ clientId: 'c-2' })).to.have.length(1);
    expect(await clinician.submissions.list({ clientId: 'c-1', kind: 'check-in' })).to.have.length(1);
    expect(await clinician.submissions.list({ activityId: 'phq-9' })).to.have.length(2);
    const scored = await clinician.submissions.scored({ clientId: 'c-1' });
    expect(scored).to.have.length(1);
    expect(scored[0]!.submission.activity.id).to.equal('phq-9');
    expect(scored[0]!.score.total).to.equal(8);
  });

  it("reads tracked series with core's trackedSeries over stored templates and one client's check-ins", async () => {
    const clinician = open(CLINICIAN);
    const template = getCheckInTemplate('daily-mood') as CheckInTemplate;
    await clinician.definitions.put(template);
    const answered = (clientId: string, mood: number, submittedAt: string) => ({
      ...checkIn(clientId),
      activity: { kind: 'check-in', id: template.id, version: template.version } as const,
      answers: { mood, distress: 4 },
      submittedAt,
    });
    await clinician.submissions.save(answered('c-1', 4, '2026-03-03T09:01:00.000+01:00'));
    await clinician.submissions.save(answered('c-1', 2, '2026-03-02T09:01:00.000+01:00'));
    await clinician.submissions.save(answered('c-2', 5, '2026-03-02T10:01:00.000+01:00'));

    const series = await clinician.submissions.tracked({ clientId: 'c-1' });
    const expected = trackedSeries([template], await clinician.submissions.list({ clientId: 'c-1' }));
    expect(series).to.deep.equal(expected);
    expect(series.map((entry) => entry.id)).to.deep.equal(['daily-mood/mood', 'daily-mood/distress']);
    expect(series[0]!.values.map((value) => value.value)).to.deep.equal([2, 4]);
    expect(await clinician.submissions.tracked({ clientId: 'c-3' })).to.satisfy((all: TrackedSeries[]) =>
      all.every((entry) => entry.values.length === 0),
    );
  });

  it('keeps when a run started in its draft across saves', async () => {
    const client = open(CLIENT);
    const key = { assignmentId: 'a-mood', occurrenceId: 'a-mood@2026-03-02T09:00' };
    const activity = { kind: 'check-in', id: 'mood', version: '1.0.0' } as const;
    const first = await client.drafts.update(key, { activity, answers: { mood: 3 } });
    expect(first.startedAt).to.equal(first.updatedAt);
    const second = await client.drafts.update(key, {
      answers: { mood: 4 },
      startedAt: '2020-01-01T00:00:00Z',
    });
    expect(second.startedAt).to.equal(first.startedAt);
    expect((await client.drafts.resume(key))?.startedAt).to.equal(first.startedAt);
  });
});
