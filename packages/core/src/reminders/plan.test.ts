// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
import { expect } from 'chai';
import fc from 'fast-check';
import {
  DEFAULT_REMINDER_PREFERENCES,
  ValidationError,
  classifyOccurrences,
  expandOccurrences,
  parseReminderPreferences,
  planReminders,
  reminderDedupeKey,
  type Assignment,
  type OccurrenceStatus,
  type PlannedReminder,
  type ReminderOccurrence,
  type ReminderPreferencesInput,
} from '@interlude/core';

const HOUR = 3_600_000;
const BERLIN = 'Europe/Berlin';

/** An ISO instant `hours` after `instant` (written in UTC, as any offset is valid). */
function plus(instant: string, hours: number): string {
  return new Date(Date.parse(instant) + hours * HOUR).toISOString();
}

/** A pending occurrence due at `dueAt`: on time for 3 hours, expired after 24. */
function occurrence(dueAt: string, extra: Partial<ReminderOccurrence> = {}): ReminderOccurrence {
  const assignmentId = extra.assignmentId ?? 'a-1';
  return {
    id: `${assignmentId}@${dueAt.slice(0, 16)}`,
    assignmentId,
    localTime: dueAt.slice(11, 16),
    dueAt,
    windowEndsAt: plus(dueAt, 3),
    expiresAt: plus(dueAt, 24),
    status: 'pending',
    ...extra,
  };
}

const berlin = (extra: Partial<ReminderPreferencesInput> = {}): ReminderPreferencesInput => ({
  timeZone: BERLIN,
  ...extra,
});

function plan(
  occurrences: ReminderOccurrence[],
  now: string,
  preferences: ReminderPreferencesInput = berlin(),
  extra: { horizon?: string; alreadySent?: (string | { dedupeKey: string; sentAt: string })[] } = {},
): PlannedReminder[] {
  return planReminders({ occurrences, preferences, now, ...extra });
}

/** Wall-clock `HH:MM` of an instant in a zone, read with Intl (independent of the planner's Temporal code). */
function wallTime(instant: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('hour')}:${get('minute')}`;
}

/** Local `YYYY-MM-DD` of an instant in a zone, read with Intl. */
function wallDate(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant));
}

describe('reminder preferences', () => {
  it('fills modest, documented defaults around the time zone', () => {
    const preferences = parseReminderPreferences({ timeZone: BERLIN });
    expect(preferences).to.deep.equal({ timeZone: BERLIN, ...DEFAULT_REMINDER_PREFERENCES });
    expect(preferences.maxPerDay).to.equal(2);
    expect(preferences.quietHours).to.deep.equal({ start: '21:00', end: '08:00' });
    expect(preferences.followUp).to.equal(null);
  });

  it('rejects malformed preferences with paths, never echoing values', () => {
    try {
      parseReminderPreferences({
        timeZone: 'Mars/Olympus',
        quietHours: { start: '22:00', end: '22:00' },
        preferredTimes: ['7pm'],
        maxPerDay: -1,
      });
      expect.fail('accepted malformed preferences');
    } catch (error) {
      expect(error).to.be.instanceOf(ValidationError);
      const { issues, message } = error as ValidationError;
      expect(issues.map((issue) => issue.path.join('.'))).to.have.members([
        'timeZone',
        'quietHours.end',
        'preferredTimes.0',
        'maxPerDay',
      ]);
      expect(message).not.to.include('Olympus');
      expect(message).not.to.include('7pm');
    }
  });
});

describe('planReminders', () => {
  const due = '2026-03-10T09:00:00+01:00';
  const now = '2026-03-10T06:00:00+01:00';

  it('plans one due reminder at the due time, with a stable dedupe key', () => {
    const [reminder, ...rest] = plan([occurrence(due)], now);
    expect(rest).to.have.length(0);
    expect(reminder).to.deep.equal({
      sendAt: '2026-03-10T09:00:00+01:00',
      occurrenceId: 'a-1@2026-03-10T09:00',
      assignmentId: 'a-1',
      kind: 'due',
      dedupeKey: reminderDedupeKey({ assignmentId: 'a-1', id: 'a-1@2026-03-10T09:00' }, 'due'),
      dueAt: due,
      expiresAt: plus(due, 24),
      adjustedFor: [],
    });
    expect(reminder?.dedupeKey).to.equal('a-1/a-1%402026-03-10T09%3A00/due');
  });

  it('sends the lead time before the due time', () => {
    expect(plan([occurrence(due)], now, berlin({ leadMinutes: 30 }))[0]?.sendAt).to.equal(
      '2026-03-10T08:30:00+01:00',
    );
  });

  describe('completion and expiry', () => {
    for (const status of ['completed', 'late', 'missed'] as OccurrenceStatus[]) {
      it(`plans nothing for a ${status} occurrence`, () => {
        expect(plan([occurrence(due, { status })], now)).to.deep.equal([]);
      });
    }

    it('plans nothing once the occurrence has expired, even if still marked pending', () => {
      expect(plan([occurrence(due)], plus(due, 24))).to.deep.equal([]);
      expect(plan([occurrence(due)], plus(due, 23))).to.have.length(1);
    });

    it('drops a reminder that quiet hours would push past expiry', () => {
      // Due 20:30, expires 23:00; after 21:00 the next allowed moment is 08:00 next day.
      const late = occurrence('2026-03-10T20:30:00+01:00', { expiresAt: '2026-03-10T23:00:00+01:00' });
      expect(plan([late], '2026-03-10T21:30:00+01:00')).to.deep.equal([]);
      // Before quiet hours start it is caught up at once instead.
      expect(plan([late], '2026-03-10T20:40:00+01:00')[0]?.sendAt).to.equal('2026-03-10T20:40:00+01:00');
    });
  });

  describe('quiet hours', () => {
    it('moves a reminder out of morning quiet hours to their end', () => {
      const [reminder] = plan([occurrence('2026-03-10T07:00:00+01:00')], '2026-03-10T05:00:00+01:00');
      expect(reminder?.sendAt).to.equal('2026-03-10T08:00:00+01:00');
      expect(reminder?.adjustedFor).to.deep.equal(['quiet-hours']);
    });

    it('moves an evening reminder across midnight to the next morning', () => {
      const [reminder] = plan([occurrence('2026-03-10T22:30:00+01:00')], '2026-03-10T12:00:00+01:00');
      expect(reminder?.sendAt).to.equal('2026-03-11T08:00:00+01:00');
    });

    it('treats the end as outside and the start as inside', () => {
      expect(plan([occurrence('2026-03-10T08:00:00+01:00')], now)[0]?.adjustedFor).to.deep.equal([]);
      expect(plan([occurrence('2026-03-10T21:00:00+01:00')], now)[0]?.sendAt).to.equal(
        '2026-03-11T08:00:00+01:00',
      );
      expect(plan([occurrence('2026-03-10T20:59:00+01:00')], now)[0]?.sendAt).to.equal(
        '2026-03-10T20:59:00+01:00',
      );
    });

    it('handles quiet hours that do not span midnight', () => {
      const preferences = berlin({ quietHours: { start: '12:30', end: '14:00' } });
      expect(plan([occurrence('2026-03-10T13:00:00+01:00')], now, preferences)[0]?.sendAt).to.equal(
        '2026-03-10T14:00:00+01:00',
      );
      expect(plan([occurrence('2026-03-10T23:00:00+01:00')], now, preferences)[0]?.sendAt).to.equal(
        '2026-03-10T23:00:00+01:00',
      );
    });

    it('can be turned off', () => {
      const preferences = berlin({ quietHours: null });
      expect(plan([occurrence('2026-03-10T23:30:00+01:00')], now, preferences)[0]?.sendAt).to.equal(
        '2026-03-10T23:30:00+01:00',
      );
    });
  });

  describe('daylight saving in Europe/Berlin', () => {
    it('ends quiet hours at 08:00 local on the spring-forward day (UTC+2 by then)', () => {
      // 2026-03-29: clocks go from 02:00 CET to 03:00 CEST. Due 22:00 on the 28th.
      const [reminder] = plan([occurrence('2026-03-28T22:00:00+01:00')], '2026-03-28T12:00:00+01:00');
      expect(reminder?.sendAt).to.equal('2026-03-29T08:00:00+02:00');
      expect(Date.parse(reminder?.sendAt ?? '') - Date.parse('2026-03-28T22:00:00+01:00')).to.equal(9 * HOUR);
    });

    it('ends quiet hours whose end is skipped at the moment the clocks jump', () => {
      const preferences = berlin({ quietHours: { start: '23:00', end: '02:30' } });
      const [reminder] = plan(
        [occurrence('2026-03-29T01:30:00+01:00')],
        '2026-03-28T12:00:00+01:00',
        preferences,
      );
      expect(reminder?.sendAt).to.equal('2026-03-29T03:00:00+02:00');
    });

    it('ends quiet hours at 08:00 local on the fall-back day (UTC+1 by then)', () => {
      // 2026-10-25: clocks go from 03:00 CEST back to 02:00 CET.
      const [reminder] = plan([occurrence('2026-10-24T23:00:00+02:00')], '2026-10-24T12:00:00+02:00');
      expect(reminder?.sendAt).to.equal('2026-10-25T08:00:00+01:00');
      expect(Date.parse(reminder?.sendAt ?? '') - Date.parse('2026-10-24T23:00:00+02:00')).to.equal(
        10 * HOUR,
      );
    });

    it('never moves a reminder back in the repeated hour of the fall-back day', () => {
      const preferences = berlin({ quietHours: { start: '23:00', end: '02:30' } });
      // The second 02:15 (CET) is in quiet hours; the first 02:30 (CEST) is already past.
      const [reminder] = plan(
        [occurrence('2026-10-25T02:15:00+01:00')],
        '2026-10-24T12:00:00+02:00',
        preferences,
      );
      expect(reminder?.sendAt).to.equal('2026-10-25T02:30:00+01:00');
    });

    it('keeps a 09:00 check-in at 09:00 local on both sides of the change', () => {
      const assignment: Assignment = {
        id: 'a-dst',
        clientId: 'c-1',
        clinicianId: 't-1',
        activity: { kind: 'check-in', id: 'mood', version: '1.0.0' },
        schedule: {
          kind: 'repeat',
          timeZone: BERLIN,
          repeat: { periodUnit: 'd', timeOfDay: ['09:00'], boundsPeriod: { start: '2026-03-28' } },
        },
        status: 'active',
        createdAt: '2026-03-20T12:00:00+01:00',
      };
      const nowDst = '2026-03-28T00:00:00+01:00';
      const occurrences = classifyOccurrences(
        expandOccurrences(assignment, { from: nowDst, to: '2026-03-31T00:00:00+02:00' }),
        [],
        nowDst,
      );
      const reminders = plan(occurrences, nowDst, berlin({ maxPerDay: 2 }));
      expect(reminders.map((reminder) => reminder.sendAt)).to.deep.equal([
        '2026-03-28T09:00:00+01:00',
        '2026-03-29T09:00:00+02:00',
        '2026-03-30T09:00:00+02:00',
      ]);
    });
  });

  describe('snooze', () => {
    it('moves a reminder to the end of the snooze', () => {
      const [reminder] = plan([occurrence(due)], now, berlin({ snoozeUntil: '2026-03-10T12:00:00+01:00' }));
      expect(reminder?.sendAt).to.equal('2026-03-10T12:00:00+01:00');
      expect(reminder?.adjustedFor).to.deep.equal(['snooze']);
    });

    it('leaves reminders after the snooze alone', () => {
      const [reminder] = plan([occurrence(due)], now, berlin({ snoozeUntil: '2026-03-10T08:00:00+01:00' }));
      expect(reminder?.sendAt).to.equal('2026-03-10T09:00:00+01:00');
    });

    it('drops a reminder snoozed past its expiry, and respects quiet hours after a snooze', () => {
      expect(
        plan([occurrence(due)], now, berlin({ snoozeUntil: '2026-03-12T00:00:00+01:00' })),
      ).to.deep.equal([]);
      const [reminder] = plan([occurrence(due)], now, berlin({ snoozeUntil: '2026-03-10T22:00:00+01:00' }));
      expect(reminder?.sendAt).to.equal('2026-03-11T08:00:00+01:00');
      expect(reminder?.adjustedFor).to.deep.equal(['snooze', 'quiet-hours']);
    });
  });

  describe('opt-out', () => {
    const two = [occurrence(due), occurrence(due, { assignmentId: 'a-2' })];

    it('plans nothing when opted out globally', () => {
      expect(plan(two, now, berlin({ optedOut: true }))).to.deep.equal([]);
      expect(plan(two, now, berlin({ maxPerDay: 0 }))).to.deep.equal([]);
    });

    it('plans nothing for an opted-out assignment, and the rest as usual', () => {
      const reminders = plan(two, now, berlin({ optedOutAssignmentIds: ['a-1'] }));
      expect(reminders.map((reminder) => reminder.assignmentId)).to.deep.equal(['a-2']);
    });

    it('plans nothing for assignments listed as paused or cancelled', () => {
      const reminders = planReminders({
        occurrences: two,
        preferences: berlin(),
        now,
        assignments: [
          { id: 'a-1', status: 'paused' },
          { id: 'a-2', status: 'active' },
        ],
      });
      expect(reminders.map((reminder) => reminder.assignmentId)).to.deep.equal(['a-2']);
    });
  });

  describe('daily cap', () => {
    const day = ['2026-03-10T18:00:00+01:00', '2026-03-10T10:00:00+01:00', '2026-03-10T14:00:00+01:00'].map(
      (dueAt, index) => occurrence(dueAt, { assignmentId: `a-${index}` }),
    );

    it('keeps the earliest-due occurrences when a day has more than the cap', () => {
      const reminders = plan(day, now);
      expect(reminders.map((reminder) => reminder.dueAt)).to.deep.equal([
        '2026-03-10T10:00:00+01:00',
        '2026-03-10T14:00:00+01:00',
      ]);
      expect(plan(day, now, berlin({ maxPerDay: 3 }))).to.have.length(3);
      expect(plan(day, now, berlin({ maxPerDay: 1 }))).to.have.length(1);
    });

    it('counts reminders already sent that day', () => {
      const reminders = plan(day, now, berlin(), {
        alreadySent: [{ dedupeKey: 'other/x/due', sentAt: '2026-03-10T07:00:00+01:00' }],
      });
      expect(reminders.map((reminder) => reminder.dueAt)).to.deep.equal(['2026-03-10T10:00:00+01:00']);
      // Sent yesterday: today is untouched.
      expect(
        plan(day, now, berlin(), {
          alreadySent: [{ dedupeKey: 'other/x/due', sentAt: '2026-03-09T20:00:00+01:00' }],
        }),
      ).to.have.length(2);
    });

    it('counts per local day: a reminder moved by quiet hours counts for the morning it is sent', () => {
      const evening = occurrence('2026-03-10T22:00:00+01:00', { assignmentId: 'a-9' });
      const reminders = plan([...day, evening], now, berlin({ maxPerDay: 1 }));
      expect(reminders.map((reminder) => reminder.sendAt)).to.deep.equal([
        '2026-03-10T10:00:00+01:00',
        '2026-03-11T08:00:00+01:00',
      ]);
    });
  });

  describe('the past and already-sent reminders', () => {
    it('never plans before now: a passed reminder is caught up at now', () => {
      const [reminder] = plan([occurrence(due)], '2026-03-10T09:40:00+01:00');
      expect(reminder?.sendAt).to.equal('2026-03-10T09:40:00+01:00');
      expect(reminder?.adjustedFor).to.deep.equal(['catch-up']);
    });

    it('rounds a caught-up reminder up to the second, never before now', () => {
      const [reminder] = plan([occurrence(due)], '2026-03-10T09:40:00.250+01:00');
      expect(reminder?.sendAt).to.equal('2026-03-10T09:40:01+01:00');
    });

    it('catches up at the end of quiet hours when now is inside them', () => {
      const [reminder] = plan([occurrence('2026-03-10T20:00:00+01:00')], '2026-03-10T22:00:00+01:00');
      expect(reminder?.sendAt).to.equal('2026-03-11T08:00:00+01:00');
      expect(reminder?.adjustedFor).to.deep.equal(['catch-up', 'quiet-hours']);
    });

    it('never plans a reminder whose key was already sent', () => {
      const first = plan([occurrence(due)], now);
      expect(first).to.have.length(1);
      expect(
        plan([occurrence(due)], now, berlin(), { alreadySent: first.map((r) => r.dedupeKey) }),
      ).to.deep.equal([]);
    });

    it('plans only before the horizon', () => {
      const occurrences = [occurrence(due), occurrence('2026-03-11T09:00:00+01:00')];
      expect(plan(occurrences, now, berlin(), { horizon: '2026-03-11T00:00:00+01:00' })).to.have.length(1);
      expect(plan(occurrences, now, berlin(), { horizon: due })).to.have.length(0);
    });

    it('rejects a malformed now', () => {
      expect(() => plan([occurrence(due)], 'yesterday')).to.throw(ValidationError, 'now');
    });
  });

  describe('follow-up nudges', () => {
    const withFollowUp = berlin({ followUp: { beforeExpiryMinutes: 120 } });
    const dueEvening = occurrence(due, { expiresAt: '2026-03-10T20:00:00+01:00' });

    it('adds one follow-up before expiry when asked for', () => {
      const reminders = plan([dueEvening], now, withFollowUp);
      expect(reminders.map((reminder) => [reminder.kind, reminder.sendAt])).to.deep.equal([
        ['due', '2026-03-10T09:00:00+01:00'],
        ['follow-up', '2026-03-10T18:00:00+01:00'],
      ]);
      expect(new Set(reminders.map((reminder) => reminder.dedupeKey)).size).to.equal(2);
    });

    it('has none by default', () => {
      expect(plan([dueEvening], now).map((reminder) => reminder.kind)).to.deep.equal(['due']);
    });

    it('drops a follow-up that quiet hours push past expiry', () => {
      const night = occurrence(due, { expiresAt: '2026-03-10T23:30:00+01:00' });
      expect(plan([night], now, withFollowUp).map((reminder) => reminder.kind)).to.deep.equal(['due']);
    });

    it('drops a follow-up that would not come after the due reminder', () => {
      const short = occurrence(due, { expiresAt: '2026-03-10T10:00:00+01:00' });
      expect(plan([short], now, withFollowUp).map((reminder) => reminder.kind)).to.deep.equal(['due']);
    });

    it('sends only the follow-up when both would be caught up at once', () => {
      const reminders = plan([dueEvening], '2026-03-10T19:00:00+01:00', withFollowUp);
      expect(reminders.map((reminder) => [reminder.kind, reminder.sendAt])).to.deep.equal([
        ['follow-up', '2026-03-10T19:00:00+01:00'],
      ]);
    });
  });

  describe('preferred times', () => {
    const anyTime = occurrence('2026-03-10T00:00:00+01:00', {
      localTime: undefined,
      windowEndsAt: '2026-03-11T00:00:00+01:00',
      expiresAt: '2026-03-12T00:00:00+01:00',
    });

    it('places an "any time that day" occurrence at the first preferred time', () => {
      const [reminder] = plan(
        [anyTime],
        '2026-03-09T12:00:00+01:00',
        berlin({ preferredTimes: ['19:30', '12:00'] }),
      );
      expect(reminder?.sendAt).to.equal('2026-03-10T12:00:00+01:00');
      expect(reminder?.adjustedFor).to.deep.equal(['preferred-time']);
    });

    it('without preferred times, sends it when quiet hours end', () => {
      expect(plan([anyTime], '2026-03-09T12:00:00+01:00')[0]?.sendAt).to.equal('2026-03-10T08:00:00+01:00');
    });

    it('leaves an occurrence with its own time at that time', () => {
      expect(plan([occurrence(due)], now, berlin({ preferredTimes: ['19:30'] }))[0]?.sendAt).to.equal(
        '2026-03-10T09:00:00+01:00',
      );
    });
  });

  it('does not depend on the order of its input', () => {
    const occurrences = [
      occurrence('2026-03-10T18:00:00+01:00', { assignmentId: 'b' }),
      occurrence('2026-03-10T10:00:00+01:00', { assignmentId: 'a' }),
      occurrence('2026-03-10T10:00:00+01:00', { assignmentId: 'c' }),
    ];
    expect(plan(occurrences, now)).to.deep.equal(plan([...occurrences].reverse(), now));
  });
});

describe('planReminders properties', () => {
  const zones = [BERLIN, 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];
  const hhmm = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
    .map(([hour, minute]) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
  // Around both 2026 European DST changes (and others' nearby), in whole minutes.
  const base = fc.constantFrom(Date.parse('2026-03-27T00:00:00Z'), Date.parse('2026-10-23T00:00:00Z'));
  const scenario = base.chain((start) =>
    fc.record({
      zone: fc.constantFrom(...zones),
      quiet: fc.option(
        fc.tuple(hhmm, hhmm).filter(([a, b]) => a !== b),
        { nil: null },
      ),
      maxPerDay: fc.integer({ min: 1, max: 3 }),
      leadMinutes: fc.constantFrom(0, 10, 60),
      followUp: fc.option(fc.integer({ min: 10, max: 600 }), { nil: null }),
      snooze: fc.option(fc.integer({ min: 0, max: 4 * 24 * 60 }), { nil: null }),
      optedOut: fc.subarray(['a-0', 'a-1', 'a-2']),
      preferredTimes: fc.array(hhmm, { maxLength: 2 }),
      nowOffset: fc.integer({ min: 0, max: 3 * 24 * 60 }),
      occurrences: fc.array(
        fc.record({
          assignment: fc.integer({ min: 0, max: 3 }),
          dueMinute: fc.integer({ min: 0, max: 5 * 24 * 60 }),
          windowMinutes: fc.integer({ min: 1, max: 24 * 60 }),
          extraExpiryMinutes: fc.integer({ min: 0, max: 36 * 60 }),
          timed: fc.boolean(),
          status: fc.constantFrom<OccurrenceStatus>(
            'pending',
            'pending',
            'pending',
            'completed',
            'late',
            'missed',
          ),
        }),
        { maxLength: 12 },
      ),
      start: fc.constant(start),
    }),
  );

  type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

  function build(s: Scenario) {
    const at = (minutes: number) => new Date(s.start + minutes * 60_000).toISOString();
    const occurrences: ReminderOccurrence[] = s.occurrences.map((o, index) => ({
      id: `a-${o.assignment}@${index}`,
      assignmentId: `a-${o.assignment}`,
      localTime: o.timed ? '09:00' : undefined,
      dueAt: at(o.dueMinute),
      windowEndsAt: at(o.dueMinute + o.windowMinutes),
      expiresAt: at(o.dueMinute + o.windowMinutes + o.extraExpiryMinutes),
      status: o.status,
    }));
    const preferences: ReminderPreferencesInput = {
      timeZone: s.zone,
      quietHours: s.quiet === null ? null : { start: s.quiet[0], end: s.quiet[1] },
      maxPerDay: s.maxPerDay,
      leadMinutes: s.leadMinutes,
      followUp: s.followUp === null ? null : { beforeExpiryMinutes: s.followUp },
      snoozeUntil: s.snooze === null ? null : at(s.snooze),
      optedOutAssignmentIds: s.optedOut,
      preferredTimes: s.preferredTimes,
    };
    return { occurrences, preferences, now: at(s.nowOffset), at };
  }

  const inQuiet = (time: string, quiet: [string, string]) =>
    quiet[0] < quiet[1] ? time >= quiet[0] && time < quiet[1] : time >= quiet[0] || time < quiet[1];

  it('keeps every rule on every plan', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { occurrences, preferences, now } = build(s);
        const reminders = planReminders({ occurrences, preferences, now });
        const byId = new Map(occurrences.map((o) => [o.id, o]));
        const perDay = new Map<string, number>();
        for (const reminder of reminders) {
          const source = byId.get(reminder.occurrenceId);
          expect(source?.status).to.equal('pending');
          expect(s.optedOut).not.to.include(reminder.assignmentId);
          expect(Date.parse(reminder.sendAt)).to.be.at.least(Date.parse(now));
          expect(Date.parse(reminder.sendAt)).to.be.below(Date.parse(source?.expiresAt ?? ''));
          if (preferences.snoozeUntil) {
            expect(Date.parse(reminder.sendAt)).to.be.at.least(Date.parse(preferences.snoozeUntil));
          }
          if (s.quiet !== null) expect(inQuiet(wallTime(reminder.sendAt, s.zone), s.quiet)).to.equal(false);
          const day = wallDate(reminder.sendAt, s.zone);
          perDay.set(day, (perDay.get(day) ?? 0) + 1);
        }
        for (const count of perDay.values()) expect(count).to.be.at.most(s.maxPerDay);
        expect(new Set(reminders.map((reminder) => reminder.dedupeKey)).size).to.equal(reminders.length);
      }),
      { numRuns: 300 },
    );
  });

  it('re-planning with the previous plan as already sent never repeats a key or breaks the cap', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 24 * 60 }), (s, later) => {
        const { occurrences, preferences, now, at } = build(s);
        const first = planReminders({ occurrences, preferences, now });
        const again = planReminders({
          occurrences,
          preferences,
          now,
          alreadySent: first.map((r) => r.dedupeKey),
        });
        expect(again).to.deep.equal([]);
        // Later, with what was sent by then (and when): still no key twice, still within the cap.
        const nextNow = at(s.nowOffset + later);
        const sent = first.filter((reminder) => Date.parse(reminder.sendAt) < Date.parse(nextNow));
        const next = planReminders({
          occurrences,
          preferences,
          now: nextNow,
          alreadySent: sent.map((reminder) => ({ dedupeKey: reminder.dedupeKey, sentAt: reminder.sendAt })),
        });
        const keys = [...sent, ...next].map((reminder) => reminder.dedupeKey);
        expect(new Set(keys).size).to.equal(keys.length);
        const perDay = new Map<string, number>();
        for (const reminder of [...sent, ...next]) {
          const day = wallDate(reminder.sendAt, s.zone);
          perDay.set(day, (perDay.get(day) ?? 0) + 1);
        }
        for (const count of perDay.values()) expect(count).to.be.at.most(s.maxPerDay);
      }),
      { numRuns: 200 },
    );
  });
});
