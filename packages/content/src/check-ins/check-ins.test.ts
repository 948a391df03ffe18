// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
import { expect } from 'chai';
import {
  CHECK_IN_LIMIT_SECONDS,
  checkInWarnings,
  estimateCheckInSeconds,
  microFeedback,
  parseCheckInTemplate,
  type CheckInAnswers,
} from '@interlude/core';
import { CHECK_IN_TEMPLATE_IDS, getCheckInTemplate, listCheckInTemplates } from '@interlude/content';

describe('shipped check-in templates', () => {
  it('lists every id once, default first', () => {
    expect(listCheckInTemplates().map((template) => template.id)).to.deep.equal([...CHECK_IN_TEMPLATE_IDS]);
    expect(CHECK_IN_TEMPLATE_IDS[0]).to.equal('daily-mood');
  });

  it('finds nothing for an unknown id', () => {
    expect(getCheckInTemplate('phq-9')).to.equal(undefined);
  });

  for (const id of CHECK_IN_TEMPLATE_IDS) {
    describe(id, () => {
      const template = getCheckInTemplate(id)!;

      it('parses unchanged', () => {
        expect(parseCheckInTemplate(template)).to.deep.equal(template);
      });

      it(`is estimated at ${CHECK_IN_LIMIT_SECONDS} s or less, with no warnings`, () => {
        expect(estimateCheckInSeconds(template)).to.be.at.most(CHECK_IN_LIMIT_SECONDS);
        expect(checkInWarnings(template)).to.deep.equal([]);
      });

      it('tracks at least one numeric item for the clinician, and has a client note', () => {
        expect(
          template.items.some((item) => (item.kind === 'slider' || item.kind === 'mood') && item.tracked),
        ).to.equal(true);
        expect(template.items.filter((item) => item.kind === 'short-text' && item.isNote)).to.have.length(1);
      });

      it('credits its approach in the shipped data, as exercises do, and says it is written for Interlude', () => {
        const credits: Record<string, RegExp> = {
          general: /Written for Interlude/,
          act: /Hayes, S\. C\., Strosahl/,
          ifs: /Schwartz, R\. C\./,
          cbt: /Beck, A\. T\./,
        };
        expect(template.attribution?.credit).to.match(credits[template.modality]!);
        expect(template.attribution?.note).to.match(/Written for Interlude in its own words/);
      });

      it('does not demand answers it does not need', () => {
        expect(template.items.filter((item) => item.required).length).to.be.at.most(2);
      });
    });
  }
});

describe('daily-mood', () => {
  const template = getCheckInTemplate('daily-mood')!;

  it('has every text in English and German', () => {
    const texts: Record<string, string>[] = [];
    JSON.stringify(template, (key, value: unknown) => {
      if (value && typeof value === 'object' && 'en' in value) texts.push(value as Record<string, string>);
      return value;
    });
    expect(texts.length).to.be.greaterThan(10);
    for (const text of texts) expect(Object.keys(text).sort()).to.deep.equal(['de', 'en']);
  });

  // Order matters: high distress wins over low mood, and both over the lighter messages.
  const cases: [string, CheckInAnswers, RegExp][] = [
    [
      'high distress points to the coping plan and clinician',
      { mood: 1, distress: 9 },
      /coping plan.*clinician/,
    ],
    ['distress 8 is high', { mood: 3, distress: 8 }, /coping plan/],
    ['low mood, moderate distress: acknowledgement first', { mood: 2, distress: 6 }, /hard day/],
    ['moderate distress', { mood: 3, distress: 5 }, /Some stress/],
    ['good mood', { mood: 4, distress: 1 }, /lightness/],
    ['middling day', { mood: 3, distress: 2 }, /Thanks for checking in/],
    ['nothing answered', {}, /Thanks for checking in/],
  ];
  for (const [name, answers, expected] of cases) {
    it(name, () => {
      expect(microFeedback(template, answers, 'en')).to.match(expected);
    });
  }

  it('answers in German', () => {
    expect(microFeedback(template, { distress: 10 }, 'de')).to.match(/Bewältigungsplan/);
  });

  it('never shames, scores or gamifies', () => {
    const messages = [...template.feedback.rules.map((rule) => rule.message), template.feedback.default];
    for (const message of messages) {
      expect(message['en']).not.to.match(/streak|points|score|should have|failed|missed|!|crisis|emergency/i);
    }
  });
});
