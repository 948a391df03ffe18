// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
import { expect } from 'chai';
import { parseExerciseDefinition, reflectionText, visibleSteps } from '@interlude/core';
import { EXERCISE_IDS, getExercise, listExercises } from '@interlude/content';

describe('shipped exercises', () => {
  it('lists every id once', () => {
    expect(listExercises().map((exercise) => exercise.id)).to.deep.equal([...EXERCISE_IDS]);
  });

  it('finds nothing for an unknown id', () => {
    expect(getExercise('act-defusion-leaves')).to.equal(undefined);
  });

  it('ships one exercise each for ACT, IFS and CBT', () => {
    expect(
      listExercises()
        .map((exercise) => exercise.modality)
        .sort(),
    ).to.deep.equal(['act', 'cbt', 'ifs']);
  });

  const credits: Record<string, RegExp> = { act: /Hayes/, ifs: /Schwartz/, cbt: /Beck/ };
  for (const id of EXERCISE_IDS) {
    describe(id, () => {
      const exercise = getExercise(id)!;

      it('parses unchanged', () => {
        expect(parseExerciseDefinition(exercise)).to.deep.equal(exercise);
      });

      it('credits the approach it is based on', () => {
        expect(exercise.attribution?.credit).to.match(credits[exercise.modality]!);
        expect(exercise.attribution?.note).to.match(/own words/);
      });

      it('ends with a reflection that quotes earlier answers', () => {
        const last = exercise.steps.at(-1)!;
        expect(last.kind).to.equal('reflection');
        expect(reflectionText(exercise, last.id, {}, 'en')).to.include('…');
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
});
