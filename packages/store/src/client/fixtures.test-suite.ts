/**
 * Shared fixtures of the client tests (browser and Node). Imports only by package name, so
 * the Node copy, bundled against the built packages, uses the same code as the browser one.
 *
 * @module
 */
import { getMeasure } from '@interlude/content';
import type { Assignment, MeasureDefinition, Submission } from '@interlude/core';

/** The fixed clock of the tests. */
export const NOW = '2026-03-02T10:00:00.000+01:00';

/** PHQ-9 as shipped. */
export const PHQ9: MeasureDefinition = getMeasure('phq-9')!;

/** A fresh device-made UUID. */
export function uuid(): string {
  return crypto.randomUUID();
}

/** A completed mood check-in by `clientId` with a free-text note. */
export function checkIn(clientId = 'c-1', note = 'slept badly'): Submission {
  return {
    id: uuid(),
    assignmentId: 'a-mood',
    clientId,
    activity: { kind: 'check-in', id: 'mood', version: '1.0.0' },
    answers: { mood: 3, note },
    startedAt: '2026-03-02T09:00:00.000+01:00',
    submittedAt: '2026-03-02T09:01:00.000+01:00',
    timeZone: 'Europe/Berlin',
    status: 'completed',
  };
}

/** A completed PHQ-9; `item9` is the answer to the self-harm item. */
export function phq9Submission(clientId = 'c-1', item9 = 2): Submission {
  const answers: Record<string, number> = {};
  PHQ9.items.forEach((item, index) => {
    answers[item.id] = index === 8 ? item9 : 1;
  });
  return {
    id: uuid(),
    assignmentId: 'a-phq9',
    clientId,
    activity: { kind: 'measure', id: PHQ9.id, version: PHQ9.version },
    answers,
    startedAt: '2026-03-02T09:00:00.000+01:00',
    submittedAt: '2026-03-02T09:05:00.000+01:00',
    timeZone: 'Europe/Berlin',
    status: 'completed',
  };
}

/** A daily 09:00 check-in assignment from clinician `t-1`. */
export function dailyAssignment(clientId = 'c-1', id = 'a-mood'): Assignment {
  return {
    id,
    clientId,
    clinicianId: 't-1',
    activity: { kind: 'check-in', id: 'mood', version: '1.0.0' },
    schedule: {
      kind: 'repeat',
      timeZone: 'Europe/Berlin',
      repeat: { periodUnit: 'd', timeOfDay: ['09:00'], boundsPeriod: { start: '2026-03-01' } },
    },
    status: 'active',
    createdAt: '2026-02-28T18:00:00.000+01:00',
  };
}

/** Resolves when `predicate` holds, checking every few milliseconds; rejects after `ms`. */
export async function until(predicate: () => boolean | Promise<boolean>, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The rejection of `promise` (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}
