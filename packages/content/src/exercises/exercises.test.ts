// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
import { expect } from 'chai';
import {
  ANSWER_STEP_KINDS,
  localizedText,
  parseExerciseDefinition,
  reflectionText,
  visibleSteps,
  type ExerciseDefinition,
} from '@interlude/core';
import { EXERCISE_IDS, getExercise, listExercises } from '@interlude/content';

/** Every piece of client-facing text in a definition. */
function texts(exercise: ExerciseDefinition): string[] {
  const found: string[] = [];
  const walk = (value: unknown, key = ''): void => {
    if (typeof value === 'string') {
      if (
        !['id', 'kind', 'stepId', 'src', 'version', 'modality', 'op', 'value', 'approach', 'credit'].includes(
          key,
        )
      )
        found.push(value);
    } else if (Array.isArray(value)) value.forEach((entry) => walk(entry, key));
    else if (value && typeof value === 'object')
      for (const [child, entry] of Object.entries(value)) walk(entry, child === 'en' ? key : child);
  };
  walk({ ...exercise, attribution: undefined });
  return found;
}

describe('shipped exercises', () => {
  it('lists every id once', () => {
    expect(listExercises().map((exercise) => exercise.id)).to.deep.equal([...EXERCISE_IDS]);
    expect(new Set(EXERCISE_IDS).size).to.equal(EXERCISE_IDS.length);
  });

  it('finds nothing for an unknown id', () => {
    expect(getExercise('act-no-such-exercise')).to.equal(undefined);
  });

  it('ships at least six ACT, four IFS and four CBT exercises, keeping the first three', () => {
    expect(listExercises('act')).to.have.length.of.at.least(6);
    expect(listExercises('ifs')).to.have.length.of.at.least(4);
    expect(listExercises('cbt')).to.have.length.of.at.least(4);
    for (const id of ['act-values-card-sort', 'ifs-unblending', 'cbt-thought-record']) {
      expect(getExercise(id), id).not.to.equal(undefined);
    }
  });

  it('covers what each pack promises', () => {
    const kinds = (id: string) => getExercise(id)!.steps.map((step) => step.kind);
    expect(kinds('act-values-card-sort')).to.include('card-sort');
    expect(kinds('act-leaves-on-a-stream')).to.include('timer');
    expect(
      getExercise('act-leaves-on-a-stream')!.steps.some((step) => step.kind === 'timer' && step.cues),
    ).to.equal(true);
    expect(kinds('ifs-parts-map')).to.include('parts-map');
    const selfEnergy = getExercise('ifs-self-energy')!.steps.find((step) => step.kind === 'card-sort');
    expect(selfEnergy?.kind === 'card-sort' && selfEnergy.cards.map((card) => card.id)).to.deep.equal([
      'calm',
      'curiosity',
      'compassion',
      'confidence',
      'courage',
      'clarity',
      'creativity',
      'connectedness',
    ]);
    const plan = getExercise('cbt-activity-planner')!.steps.find((step) => step.kind === 'list-builder');
    expect(plan?.kind === 'list-builder' && plan.fields?.map((field) => field.id)).to.deep.equal([
      'day',
      'time',
      'pleasure-predicted',
      'mastery-predicted',
      'pleasure-actual',
      'mastery-actual',
    ]);
    const quiz = getExercise('cbt-mood-cycle')!.steps.filter((step) => step.kind === 'choice');
    expect(quiz.length).to.be.at.least(2);
    for (const question of quiz) {
      if (question.kind !== 'choice') continue;
      // Every answer gets an explanation, so no choice is left looking "wrong".
      expect(Object.keys(question.feedback ?? {}).sort(), question.id).to.deep.equal(
        question.options.map((option) => option.id).sort(),
      );
    }
  });

  const credits: Record<string, RegExp> = { act: /Hayes/, ifs: /Schwartz/, cbt: /Beck/ };
  for (const id of EXERCISE_IDS) {
    describe(id, () => {
      const exercise = getExercise(id)!;

      it('parses unchanged', () => {
        expect(parseExerciseDefinition(exercise)).to.deep.equal(exercise);
      });

      it('has a rationale for the client, minutes and a modality', () => {
        expect(localizedText(exercise.rationale!, 'en').length).to.be.within(60, 400);
        expect(exercise.estimatedMinutes).to.be.within(2, 20);
        expect(['act', 'ifs', 'cbt']).to.include(exercise.modality);
      });

      it('credits the approach and its primary source, in its own words', () => {
        expect(exercise.attribution?.credit).to.match(credits[exercise.modality]!);
        expect(exercise.attribution?.credit).to.match(/\(\d{4}\)/);
        expect(exercise.attribution?.note).to.match(/own words/);
      });

      it('uses non-judgemental wording and makes no diagnostic claim', () => {
        const wording = texts(exercise).join('\n');
        expect(wording).not.to.match(
          /\b(you (are|have) (depressed|depression|anxiety|an? disorder)|diagnos\w*|disorder|symptoms? of|wrong answer|correct answer|incorrect|you failed|failure|you should|score)\b/i,
        );
      });

      it('ends with a reflection that quotes earlier answers', () => {
        const last = exercise.steps.at(-1)!;
        expect(last.kind).to.equal('reflection');
        expect(reflectionText(exercise, last.id, {}, 'en')).to.include('…');
      });

      it('asks something of the client', () => {
        expect(
          exercise.steps.some((step) => (ANSWER_STEP_KINDS as readonly string[]).includes(step.kind)),
        ).to.equal(true);
      });
    });
  }

  it('IFS: the unblending step shows only when a reactive part is blended', () => {
    const exercise = getExercise('ifs-unblending')!;
    const shown = (feel: string) => visibleSteps(exercise, { 'feel-toward': feel }).map((step) => step.id);
    expect(shown('reactive')).to.include('unblend');
    expect(shown('curious')).not.to.include('unblend');
  });

  it('ACT: the values sort quotes the piles by label', () => {
    const exercise = getExercise('act-values-card-sort')!;
    const text = reflectionText(
      exercise,
      'summary',
      { sort: { very: ['family', 'courage'] }, 'chosen-value': 'Being there', 'small-step': 'Call Mum' },
      'en',
    );
    expect(text).to.include('Very important to me: Family, Courage');
    expect(text).to.include('Call Mum');
  });

  it('ACT: defusion puts "I am having the thought that" in front of the client’s own thought', () => {
    const exercise = getExercise('act-defusion')!;
    expect(reflectionText(exercise, 'having', { thought: 'I will mess this up' }, 'en')).to.include(
      'I am having the thought that I will mess this up',
    );
  });

  it('ACT: a low willingness offers an even smaller step', () => {
    const exercise = getExercise('act-committed-action')!;
    const ids = (willingness: number) => visibleSteps(exercise, { willingness }).map((step) => step.id);
    expect(ids(3)).to.include('smaller');
    expect(ids(8)).not.to.include('smaller');
  });
});
