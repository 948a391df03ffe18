// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
import { expect } from 'chai';
import fc from 'fast-check';
import {
  SESSION_PREP_MESSAGES_EN,
  ValidationError,
  computeFlags,
  parseCheckInTemplate,
  parseExerciseDefinition,
  parseMeasureDefinition,
  parseSessionPrep,
  prepareSession,
  prepareSessions,
  renderSessionPrepText,
  scoreMeasure,
  sessionPrepSections,
  SESSION_PREP_SECTIONS,
  type ActivityRef,
  type Assignment,
  type SessionPrepInput,
  type Submission,
} from '@interlude/core';

const TZ = 'Europe/Berlin';
const MOOD: ActivityRef = { kind: 'check-in', id: 'mood', version: '1.0.0' };
const QUIZ: ActivityRef = { kind: 'measure', id: 'quiz', version: '1.0.0' };
const VALUES: ActivityRef = { kind: 'exercise', id: 'values', version: '1.0.0' };

const moodTemplate = parseCheckInTemplate({
  kind: 'check-in',
  id: 'mood',
  version: '1.0.0',
  title: { en: 'Daily check-in', de: 'Tägliches Einchecken' },
  modality: 'general',
  estimatedMinutes: 1,
  items: [
    {
      id: 'distress',
      kind: 'slider',
      prompt: { en: 'Distress right now?' },
      required: false,
      min: 0,
      max: 10,
      step: 1,
      anchors: { low: { en: 'None' }, high: { en: 'Extreme' } },
      tracked: { direction: 'higher-is-worse', label: { en: 'Distress', de: 'Belastung' } },
    },
    {
      id: 'note',
      kind: 'short-text',
      prompt: { en: 'Anything to tell your therapist?' },
      required: false,
      isNote: true,
    },
  ],
  feedback: { rules: [], default: { en: 'Thanks' } },
});

const quiz = parseMeasureDefinition({
  kind: 'measure',
  id: 'quiz',
  version: '1.0.0',
  title: { en: 'Quiz' },
  modality: 'general',
  estimatedMinutes: 1,
  items: ['q1', 'q2', 'q3'].map((id) => ({
    id,
    text: { en: id },
    options: [0, 1, 2, 3].map((value) => ({ value, label: { en: String(value) } })),
    scored: true,
  })),
  scoring: {
    method: 'sum',
    direction: 'higher-is-worse',
    bands: [
      { id: 'low', min: 0, max: 4, label: { en: 'Low' } },
      { id: 'high', min: 5, max: 9, label: { en: 'High' } },
    ],
    missingItems: { kind: 'unscorable' },
    riskItems: [{ itemId: 'q3', threshold: 1 }],
    reliableChange: { threshold: 3, source: 'Test' },
    caseness: { threshold: 5, caseWhen: 'at-or-above', source: 'Test' },
  },
  source: { citation: 'Test' },
  licence: { id: 'MIT', note: 'Test', copyright: 'Test', commercialUse: 'free', translationAllowed: true },
});

const values = parseExerciseDefinition({
  kind: 'exercise',
  id: 'values',
  version: '1.0.0',
  title: { en: 'Values compass' },
  modality: 'act',
  estimatedMinutes: 10,
  steps: [
    { id: 'intro', kind: 'text', body: { en: 'Values are directions.' } },
    { id: 'why', kind: 'prompt', prompt: { en: 'What matters to you?' } },
  ],
});

const base = (id: string, activity: ActivityRef, schedule: Assignment['schedule']): Assignment => ({
  id,
  clientId: 'c-1',
  clinicianId: 't-1',
  activity,
  schedule,
  status: 'active',
  createdAt: '2026-04-27T10:00:00+02:00',
});

const assignments: Assignment[] = [
  base('a-mood', MOOD, {
    kind: 'repeat',
    timeZone: TZ,
    repeat: { periodUnit: 'd', timeOfDay: ['09:00'], boundsPeriod: { start: '2026-04-27' } },
  }),
  base('a-values', VALUES, { kind: 'once', due: '2026-05-06T09:00', timeZone: TZ }),
  base('a-quiz', QUIZ, { kind: 'once', due: '2026-05-01T09:00', timeZone: TZ }),
  { ...base('a-other', MOOD, { kind: 'once', due: '2026-05-06T09:00', timeZone: TZ }), clientId: 'c-2' },
];

let next = 1;
const uuid = () => `00000000-0000-4000-8000-${String(next++).padStart(12, '0')}`;
const submission = (
  assignmentId: string,
  activity: ActivityRef,
  submittedAt: string,
  answers: Submission['answers'],
  occurrenceId?: string,
): Submission => ({
  id: uuid(),
  assignmentId,
  ...(occurrenceId === undefined ? {} : { occurrenceId }),
  clientId: 'c-1',
  activity,
  answers,
  startedAt: submittedAt,
  submittedAt,
  timeZone: TZ,
  status: 'completed',
});
const checkIn = (day: number, distress: number, note?: string) => {
  const date = `2026-05-${String(day).padStart(2, '0')}`;
  return submission(
    'a-mood',
    MOOD,
    `${date}T09:05:00+02:00`,
    note === undefined ? { distress } : { distress, note },
    `a-mood@${date}T09:00`,
  );
};

// The week: last session Monday 4 May at 10:00; this one Monday 11 May at 09:00.
// Distress 3 on Mon (before the session), Tue and Wed; the values exercise on Wednesday evening;
// distress 7 on Thursday with a note; 4 on Friday; Saturday's check-in missed; 3 on Sunday.
const exercise = submission('a-values', VALUES, '2026-05-06T20:00:00+02:00', { why: 'Being a good dad' });
const quizBefore = submission('a-quiz', QUIZ, '2026-05-01T18:00:00+02:00', { q1: 1, q2: 1, q3: 0 });
const quizAfter = submission('a-quiz', QUIZ, '2026-05-09T18:00:00+02:00', { q1: 3, q2: 2, q3: 1 });
const submissions: Submission[] = [
  checkIn(4, 3),
  checkIn(5, 3),
  checkIn(6, 3),
  exercise,
  checkIn(7, 7, 'Argument at work'),
  checkIn(8, 4),
  checkIn(10, 3),
  quizBefore,
  quizAfter,
  { ...checkIn(6, 9), clientId: 'c-2', assignmentId: 'a-other' },
];

const input: SessionPrepInput = {
  clientId: 'c-1',
  since: '2026-05-04T10:00:00+02:00',
  now: '2026-05-11T09:00:00+02:00',
  assignments,
  submissions,
  scores: [],
  definitions: [moodTemplate, quiz, values],
  locale: 'en',
};

describe('prepareSession', () => {
  const prep = prepareSession(input);

  it('lists what was done in the period, on time or not, and what was missed, with dates', () => {
    expect(prep.completed.map((item) => [item.title, item.localDate, item.timing])).to.deep.equal([
      ['Daily check-in', '2026-05-05', 'on-time'],
      ['Daily check-in', '2026-05-06', 'on-time'],
      ['Values compass', '2026-05-06', 'on-time'],
      ['Daily check-in', '2026-05-07', 'on-time'],
      ['Daily check-in', '2026-05-08', 'on-time'],
      ['Quiz', '2026-05-09', 'extra'], // its one occurrence was done on 1 May
      ['Daily check-in', '2026-05-10', 'on-time'],
    ]);
    expect(prep.missed.map((item) => [item.occurrenceId, item.localDate])).to.deep.equal([
      ['a-mood@2026-05-09T09:00', '2026-05-09'],
    ]);
  });

  it('compares the last score before the period with the latest, with the reliable-change class', () => {
    expect(prep.scoreChanges).to.have.length(1);
    expect(prep.scoreChanges[0]).to.deep.include({
      title: 'Quiz',
      change: 'reliable-deterioration',
      difference: 4,
      recovered: false,
    });
    expect(prep.scoreChanges[0]?.before?.submissionId).to.equal(quizBefore.id);
    expect(prep.scoreChanges[0]?.after).to.deep.include({ total: 6, band: 'high', localDate: '2026-05-09' });
  });

  it('takes the first of two scores given for one submission, alone and from an index', () => {
    const first = scoreMeasure(quiz, quizAfter.answers as Record<string, number>);
    const second = { ...first, total: 1, band: 'low' };
    const given = (order: (typeof first)[]) => order.map((score) => ({ submissionId: quizAfter.id, score }));
    for (const [order, total] of [
      [[first, second], 6],
      [[second, first], 1],
    ] as const) {
      const scores = given([...order]);
      expect(prepareSession({ ...input, scores }).scoreChanges[0]?.after.total).to.equal(total);
      const [fromIndex] = prepareSessions(
        { assignments, submissions, scores, definitions: input.definitions },
        { now: input.now, sessions: [{ clientId: 'c-1', since: input.since }] },
      );
      expect(fromIndex?.scoreChanges[0]?.after.total).to.equal(total);
    }
  });

  it('finds the largest rise and fall of a tracked item, and risk answers, with their dates', () => {
    expect(
      prep.events.map((event) =>
        event.kind === 'check-in-change'
          ? [event.kind, event.label, event.direction, event.worse, event.from, event.to, event.localDate]
          : [event.kind, event.itemId, event.endorsed, event.value, event.localDate],
      ),
    ).to.deep.equal([
      ['check-in-change', 'Distress', 'rose', true, 3, 7, '2026-05-07'],
      ['check-in-change', 'Distress', 'fell', false, 7, 4, '2026-05-08'],
      ['risk-answer', 'q3', true, 1, '2026-05-09'],
    ]);
  });

  it('compares with the last valid value before the period, however far back, named as the oldest value names it', () => {
    // Version 2 calls the item "Stress level"; the client's oldest value was given in version 1.
    const moodV2 = parseCheckInTemplate({
      ...moodTemplate,
      version: '2.0.0',
      items: moodTemplate.items.map((item) =>
        item.kind === 'slider' && item.tracked
          ? { ...item, tracked: { ...item.tracked, label: { en: 'Stress level' } } }
          : item,
      ),
    });
    const V2: ActivityRef = { ...MOOD, version: '2.0.0' };
    const at = (date: string) => `${date}T09:05:00+02:00`;
    const history = [
      submission('a-mood', MOOD, at('2026-04-28'), { distress: 2 }),
      submission('a-mood', V2, at('2026-04-30'), { distress: 11 }), // off the scale: not a value
      submission('a-mood', V2, at('2026-05-02'), { note: 'no distress answered' }),
      submission('a-mood', V2, at('2026-05-05'), { distress: 8 }),
    ];
    const changes = (definitions: SessionPrepInput['definitions']) =>
      prepareSession({ ...input, submissions: history, definitions }).events.flatMap((event) =>
        event.kind === 'check-in-change' ? [[event.label, event.from, event.to, event.direction]] : [],
      );
    expect(changes([moodTemplate, moodV2, quiz, values])).to.deep.equal([['Distress', 2, 8, 'rose']]);
    // One version: every value names the same item, and the walk back stops at the first value.
    expect(changes([moodV2, quiz, values])).to.deep.equal([['Stress level', 2, 8, 'rose']]);
  });

  it("quotes the client's own words verbatim, with the prompt they answered", () => {
    expect(prep.notes.map((note) => [note.title, note.prompt, note.text, note.localDate])).to.deep.equal([
      ['Values compass', 'What matters to you?', 'Being a good dad', '2026-05-06'],
      ['Daily check-in', 'Anything to tell your therapist?', 'Argument at work', '2026-05-07'],
    ]);
  });

  it('suggests opening with the exercise on Wednesday and the rise on Thursday, then the score', () => {
    expect(prep.openings.map((opening) => opening.kind)).to.deep.equal([
      'exercise-then-change',
      'score-change',
      'change',
    ]);
    const [first] = prep.openings;
    expect(first).to.deep.include({ kind: 'exercise-then-change' });
    if (first?.kind !== 'exercise-then-change') return;
    expect(first.exercise.localDate).to.equal('2026-05-06');
    expect(first.change.localDate).to.equal('2026-05-07');
  });

  it('is valid against its schema and ignores other clients', () => {
    expect(parseSessionPrep(prep)).to.deep.equal(prep);
    expect(prep.completed.every((item) => item.assignmentId !== 'a-other')).to.equal(true);
  });

  it('is the same whatever the order of the input (property)', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(assignments, { minLength: assignments.length }),
        fc.shuffledSubarray(submissions, { minLength: submissions.length }),
        (shuffledAssignments, shuffledSubmissions) => {
          expect(
            prepareSession({ ...input, assignments: shuffledAssignments, submissions: shuffledSubmissions }),
          ).to.deep.equal(prep);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('falls back to an open question when nothing was recorded', () => {
    const empty = prepareSession({ ...input, assignments: [], submissions: [] });
    expect(empty.openings).to.deep.equal([{ kind: 'general' }]);
    expect(empty.completed).to.deep.equal([]);
  });

  it('rejects a period that ends before it starts, with a typed error', () => {
    expect(() => prepareSession({ ...input, since: input.now, now: input.since })).to.throw(
      ValidationError,
      'since',
    );
  });
});

describe('prepareSession flags', () => {
  const { clientId, now, assignments: all, submissions: everyone, scores, definitions } = input;

  it("carries the client's flags exactly as computeFlags (the review queue) gives them, with their names", () => {
    const prep = prepareSession(input);
    const queue = computeFlags({ assignments: all, submissions: everyone, scores, definitions }, now);
    expect(prep.flags.map(({ flag }) => flag)).to.deep.equal(
      queue.filter((flag) => flag.clientId === clientId),
    );
    expect(prep.flags.map(({ flag }) => flag.kind)).to.include.members(['risk', 'deterioration']);
    const risk = prep.flags.find(({ flag }) => flag.kind === 'risk');
    expect(risk?.names).to.deep.equal({ title: 'Quiz', itemNumber: 3 });
  });

  it("applies the clinic's flag options and acknowledgements, as the review queue does", () => {
    const first = prepareSession(input).flags.find(({ flag }) => flag.kind === 'risk')?.flag;
    const acknowledgements = [{ flagId: first?.id ?? '', acknowledgedAt: '2026-05-10T12:00:00+02:00' }];
    const options = { deteriorationReferences: [] as ('baseline' | 'previous')[] };
    const prep = prepareSession({ ...input, acknowledgements, flagOptions: options });
    const queue = computeFlags(
      { assignments: all, submissions: everyone, scores, definitions, acknowledgements },
      now,
      options,
    );
    expect(prep.flags.map(({ flag }) => flag)).to.deep.equal(
      queue.filter((flag) => flag.clientId === clientId),
    );
    expect(prep.flags.find(({ flag }) => flag.kind === 'risk')?.flag.acknowledgedAt).to.equal(
      '2026-05-10T12:00:00+02:00',
    );
    expect(prep.flags.some(({ flag }) => flag.kind === 'deterioration')).to.equal(false);
  });

  it('prepareSessions carries the same flags, computed once for the caseload or handed over', () => {
    const caseload = { assignments: all, submissions: everyone, scores, definitions };
    const request = { now, sessions: [{ clientId, since: input.since }], locale: 'en' };
    const [prep] = prepareSessions(caseload, request);
    expect(prep?.flags).to.deep.equal(prepareSession(input).flags);
    const flags = computeFlags(caseload, now);
    expect(prepareSessions(caseload, { ...request, flags })).to.deep.equal([prep]);
  });

  it('reads a prep stored before flags existed as one without flags', () => {
    const older: Record<string, unknown> = { ...prepareSession(input) };
    delete older['flags'];
    expect(parseSessionPrep(older).flags).to.deep.equal([]);
  });
});

describe('renderSessionPrepText', () => {
  const prep = prepareSession(input);

  it('renders English text whose first opening names both days', () => {
    const text = renderSessionPrepText(prep, { locale: 'en', timeZone: TZ });
    expect(text).to.include(
      'You completed “Values compass” on Wednesday, and distress rose on Thursday — what happened?',
    );
    expect(text).to.include('Being a good dad');
    expect(text).to.include('Daily check-in: 5×');
    expect(text).to.include('Quiz: 2 → 6 (high)');
    expect(text).to.include('reliable deterioration');
    expect(text).to.match(/risk item 3 \(“.+”\) answered 1/);
    expect(prep.events.find((event) => event.kind === 'risk-answer')).to.include({ itemNumber: 3 });
    // Flags first, in describeFlag's words; completions are left to the completed section.
    expect(text).to.match(/\nFlags\n- Urgent: Quiz item 3 answered 1 on Sat, May 9: follow up/);
    expect(text).to.include('- Attention: Quiz 6 (Sat, May 9), up from a baseline of 2 (the first score)');
    expect(text.split('\nCompleted\n')[0]).not.to.include('completed on');
    expect(renderSessionPrepText(prep, { locale: 'en', timeZone: TZ })).to.equal(text);
  });

  it("names weekdays in the render locale, and takes the caller's messages", () => {
    const text = renderSessionPrepText(prep, { locale: 'de', timeZone: TZ });
    expect(text).to.include('Mittwoch');
    expect(text).to.include('Donnerstag');
    expect(text).not.to.include('Thursday');
    const german = {
      ...SESSION_PREP_MESSAGES_EN,
      openingExerciseThenChange: (p: {
        exercise: string;
        exerciseDay: string;
        label: string;
        changeDay: string;
      }) => `Am ${p.exerciseDay} „${p.exercise}“, am ${p.changeDay} stieg ${p.label} — was war da los?`,
    };
    const localized = renderSessionPrepText(prepareSession({ ...input, locale: 'de' }), {
      locale: 'de',
      timeZone: TZ,
      messages: german,
    });
    expect(localized).to.include(
      'Am Mittwoch „Values compass“, am Donnerstag stieg Belastung — was war da los?',
    );
  });

  it('words a change judged on a meaningful-change threshold as clinically meaningful, never as reliable', () => {
    // A WHO-5-like measure: only a clinically meaningful change (3 points) is published.
    const meaningfulOnly = parseMeasureDefinition({
      ...quiz,
      scoring: {
        ...quiz.scoring,
        reliableChange: undefined,
        meaningfulChange: { threshold: 3, source: 'Test' },
      },
    });
    const meaningfulPrep = prepareSession({ ...input, definitions: [moodTemplate, meaningfulOnly, values] });
    expect(meaningfulPrep.scoreChanges[0]).to.deep.include({
      change: 'meaningful-deterioration',
      meaningfulChange: null,
    });
    expect(meaningfulPrep.openings.some((opening) => opening.kind === 'score-change')).to.equal(true);
    const text = renderSessionPrepText(meaningfulPrep, { locale: 'en', timeZone: TZ });
    expect(text).to.include('Quiz: 2 → 6 (high) on');
    expect(text).to.include('— clinically meaningful deterioration');
    expect(text).not.to.include('reliable');
    expect(parseSessionPrep(JSON.parse(JSON.stringify(meaningfulPrep)))).to.deep.equal(meaningfulPrep);
  });

  it('adds "clinically meaningful" beside a reliable change when the instrument publishes both (PCL-5)', () => {
    const both = parseMeasureDefinition({
      ...quiz,
      scoring: { ...quiz.scoring, meaningfulChange: { threshold: 4, source: 'Test' } },
    });
    const bothPrep = prepareSession({ ...input, definitions: [moodTemplate, both, values] });
    expect(bothPrep.scoreChanges[0]).to.deep.include({
      change: 'reliable-deterioration',
      meaningfulChange: 'meaningful-deterioration',
    });
    const text = renderSessionPrepText(bothPrep, { locale: 'en', timeZone: TZ });
    expect(text).to.include('— reliable deterioration, clinically meaningful');
    // Without the meaningful threshold the same change is reliable only.
    expect(renderSessionPrepText(prep, { locale: 'en', timeZone: TZ })).not.to.include(
      'clinically meaningful',
    );
  });

  it('names days in the zone it is asked for', () => {
    // 20:00 in Berlin on Wednesday is already Thursday in Tokyo.
    const text = renderSessionPrepText(prep, { locale: 'en', timeZone: 'Asia/Tokyo' });
    expect(text).to.include('You completed “Values compass” on Thursday');
  });

  it('says in sections exactly what the text says, for a page that lays it out itself', () => {
    const { heading, sections } = sessionPrepSections(prep, { locale: 'en', timeZone: TZ });
    expect(sections.map((section) => section.id)).to.deep.equal([...SESSION_PREP_SECTIONS]);
    const rebuilt = [heading];
    for (const section of sections) {
      rebuilt.push(
        '',
        section.heading,
        ...(section.entries.length ? section.entries : ['none']).map((entry) => `- ${entry}`),
      );
    }
    expect(rebuilt.join('\n')).to.equal(renderSessionPrepText(prep, { locale: 'en', timeZone: TZ }));
    expect(sections.find((section) => section.id === 'notes')?.entries.join('\n')).to.include(
      'Being a good dad',
    );
  });
});
