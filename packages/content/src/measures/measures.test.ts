// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
// Every expected value below comes from the instrument's published rules; the source is cited per table.
import { expect } from 'chai';
import fc from 'fast-check';
import {
  InterludeError,
  classifyChange,
  parseMeasureDefinition,
  scoreMeasure,
  type MeasureAnswer,
  type MeasureDefinition,
} from '@interlude/core';
import { MEASURE_IDS, PHQ_COPYRIGHT, getMeasure, listMeasures, who5 } from '@interlude/content';
import * as content from '@interlude/content';
import { who5WithText } from '@interlude/content/who-5-text.js';

function measure(id: string): MeasureDefinition {
  const definition = getMeasure(id);
  if (!definition) expect.fail(`${id} is not shipped`);
  return definition;
}

/**
 * Answers (in item order) whose total is `total`: fills items greedily, turning a wanted contribution
 * into the answer that gives it (for reverse-scored items, `max − contribution`).
 */
function answersFor(definition: MeasureDefinition, total: number): number[] {
  let left = total;
  const answers = definition.items.map((item) => {
    const top = Math.max(...item.options.map((option) => option.value));
    const contribution = Math.min(left, top);
    left -= contribution;
    return item.reverse ? item.reverse.max - contribution : contribution;
  });
  expect(left, 'total reachable').to.equal(0);
  return answers;
}

describe('measure catalogue', () => {
  it('ships phq-9, phq-8, phq-2, gad-7, gad-2, who-5 and core-10, each findable by id', () => {
    expect(listMeasures().map((definition) => definition.id)).to.deep.equal([...MEASURE_IDS]);
    expect([...MEASURE_IDS]).to.deep.equal(['phq-9', 'phq-8', 'phq-2', 'gad-7', 'gad-2', 'who-5', 'core-10']);
    for (const id of MEASURE_IDS) expect(getMeasure(id)?.id).to.equal(id);
  });

  it('every shipped definition parses through parseMeasureDefinition unchanged', () => {
    for (const definition of listMeasures()) {
      expect(parseMeasureDefinition(definition), definition.id).to.deep.equal(definition);
    }
  });

  it('does not ship the ORS or SRS: their licence (Miller & Duncan) forbids redistribution in software', () => {
    expect(getMeasure('ors')).to.equal(undefined);
    expect(getMeasure('srs')).to.equal(undefined);
    const ids = listMeasures().map((definition) => definition.id);
    expect(ids).not.to.include('ors');
    expect(ids).not.to.include('srs');
  });

  it('returns undefined for unknown ids, including names of Object.prototype members', () => {
    for (const id of ['phq-10', '', 'PHQ-9', 'constructor', '__proto__', 'toString'])
      expect(getMeasure(id), id).to.equal(undefined);
  });

  it('returns a new list each call, so callers cannot change the catalogue', () => {
    const list = listMeasures();
    list.pop();
    expect(listMeasures()).to.have.length(7);
  });

  it('cites a source and states a licence for every measure', () => {
    for (const definition of listMeasures()) {
      expect(definition.source.citation, definition.id).to.match(/\d{4}/);
      expect(definition.licence.note, definition.id).to.have.length.greaterThan(20);
    }
  });
});

describe('band boundaries of every shipped measure', () => {
  // [measure, total, band]; sources: PHQ-9 Kroenke, Spitzer & Williams 2001 (J Gen Intern Med 16:606–613);
  // PHQ-8 Kroenke et al. 2009 (J Affect Disord 114:163–173); PHQ-2 Kroenke et al. 2003 (Med Care 41:1284–1292);
  // GAD-7 Spitzer et al. 2006 (Arch Intern Med 166:1092–1097); GAD-2 Kroenke et al. 2007 (Ann Intern Med
  // 146:317–325); WHO-5 Topp et al. 2015 (Psychother Psychosom 84:167–176), raw 0–12 = ≤ 50 %;
  // CORE-10 Barkham et al. 2013 (Couns Psychother Res 13:3–13).
  const table: [string, number, string][] = [
    ['phq-9', 0, 'none-minimal'],
    ['phq-9', 4, 'none-minimal'],
    ['phq-9', 5, 'mild'],
    ['phq-9', 9, 'mild'],
    ['phq-9', 10, 'moderate'],
    ['phq-9', 14, 'moderate'],
    ['phq-9', 15, 'moderately-severe'],
    ['phq-9', 19, 'moderately-severe'],
    ['phq-9', 20, 'severe'],
    ['phq-9', 27, 'severe'],
    ['phq-8', 0, 'none-minimal'],
    ['phq-8', 4, 'none-minimal'],
    ['phq-8', 5, 'mild'],
    ['phq-8', 9, 'mild'],
    ['phq-8', 10, 'moderate'],
    ['phq-8', 14, 'moderate'],
    ['phq-8', 15, 'moderately-severe'],
    ['phq-8', 19, 'moderately-severe'],
    ['phq-8', 20, 'severe'],
    ['phq-8', 24, 'severe'],
    ['phq-2', 0, 'negative'],
    ['phq-2', 2, 'negative'],
    ['phq-2', 3, 'positive'],
    ['phq-2', 6, 'positive'],
    ['gad-7', 0, 'minimal'],
    ['gad-7', 4, 'minimal'],
    ['gad-7', 5, 'mild'],
    ['gad-7', 9, 'mild'],
    ['gad-7', 10, 'moderate'],
    ['gad-7', 14, 'moderate'],
    ['gad-7', 15, 'severe'],
    ['gad-7', 21, 'severe'],
    ['gad-2', 0, 'negative'],
    ['gad-2', 2, 'negative'],
    ['gad-2', 3, 'positive'],
    ['gad-2', 6, 'positive'],
    ['who-5', 0, 'poor-wellbeing'],
    ['who-5', 12, 'poor-wellbeing'],
    ['who-5', 13, 'above-cut-off'],
    ['who-5', 25, 'above-cut-off'],
    ['core-10', 0, 'non-clinical'],
    ['core-10', 10, 'non-clinical'],
    ['core-10', 11, 'mild'],
    ['core-10', 14, 'mild'],
    ['core-10', 15, 'moderate'],
    ['core-10', 19, 'moderate'],
    ['core-10', 20, 'moderate-to-severe'],
    ['core-10', 24, 'moderate-to-severe'],
    ['core-10', 25, 'severe'],
    ['core-10', 40, 'severe'],
  ];
  for (const [id, total, band] of table) {
    it(`${id}: total ${total} is ${band}`, () => {
      const score = scoreMeasure(measure(id), answersFor(measure(id), total));
      expect(score).to.include({ total, band, prorated: false });
    });
  }

  it('covers exactly the published range of each measure (lowest and highest total)', () => {
    const ranges: Record<string, [number, number]> = {
      'phq-9': [0, 27],
      'phq-8': [0, 24],
      'phq-2': [0, 6],
      'gad-7': [0, 21],
      'gad-2': [0, 6],
      'who-5': [0, 25],
      'core-10': [0, 40],
    };
    for (const definition of listMeasures()) {
      const bands = definition.scoring.bands;
      expect([bands[0]!.min, bands[bands.length - 1]!.max], definition.id).to.deep.equal(
        ranges[definition.id],
      );
    }
  });
});

describe('PHQ-9', () => {
  const phq9 = () => measure('phq-9');

  it('has exactly the nine scored items in form order; the difficulty question is recorded, never scored', () => {
    // Kroenke et al. 2001: nine symptom items, the tenth (functional difficulty) is not part of the score.
    expect(phq9().items).to.have.length(9);
    expect(phq9().items.every((item) => item.scored)).to.equal(true);
    expect(phq9().items[8]!.text['en']).to.match(/better off dead/);
    expect(phq9().supplementaryItems!.map((item) => item.scored)).to.deep.equal([false]);
    const ids = phq9().items.map((item) => item.id);
    const withoutDifficulty = scoreMeasure(phq9(), Object.fromEntries(ids.map((id) => [id, 2])));
    const withDifficulty = scoreMeasure(phq9(), {
      ...Object.fromEntries(ids.map((id) => [id, 2])),
      'phq9-difficulty': 3,
    });
    expect(withDifficulty).to.deep.equal(withoutDifficulty);
    expect(withDifficulty.total).to.equal(18);
  });

  // Missing items: up to 2 missing are prorated as mean of answered × 9; more are unscorable (PHQ instruction manual).
  const missing: [string, MeasureAnswer[], number | null, string | null, boolean][] = [
    ['one missing, prorated to the maximum', [3, 3, 3, 3, 3, 3, 3, 3, null], 27, 'severe', true],
    ['two missing: 7 × 9 / 7 = 9', [1, 1, 1, 1, 1, 1, 1, null, null], 9, 'mild', true],
    [
      'two missing: 8 × 9 / 7 ≈ 10.29, band on 10',
      [1, 1, 1, 1, 1, 1, 2, null, null],
      72 / 7,
      'moderate',
      true,
    ],
    ['one missing: 4 × 9 / 8 = 4.5, rounded half up to 5', [1, 1, 1, 1, 0, 0, 0, 0, null], 4.5, 'mild', true],
    ['three missing: unscorable', [3, 3, 3, 3, 3, 3, null, null, null], null, null, false],
    ['nothing answered: unscorable', [], null, null, false],
  ];
  for (const [what, answers, total, band, prorated] of missing) {
    it(`missing items: ${what}`, () => {
      expect(scoreMeasure(phq9(), answers)).to.include({ total, band, prorated });
    });
  }

  // Risk: item 9 (thoughts of death or self-harm) at 1 ("several days") or more needs follow-up (Kroenke et al. 2001).
  const risk: [MeasureAnswer, string[], string[]][] = [
    [0, [], []],
    [1, ['phq9-9'], []],
    [2, ['phq9-9'], []],
    [3, ['phq9-9'], []],
    [null, [], ['phq9-9']],
  ];
  for (const [item9, riskItemIds, unansweredRiskItemIds] of risk) {
    it(`risk: item 9 answered ${String(item9)}`, () => {
      const score = scoreMeasure(phq9(), [0, 0, 0, 0, 0, 0, 0, 0, item9]);
      expect(score.riskItemIds).to.deep.equal(riskItemIds);
      expect(score.unansweredRiskItemIds).to.deep.equal(unansweredRiskItemIds);
    });
  }

  it('risk: item 9 is evaluated even when the total is unscorable', () => {
    const score = scoreMeasure(phq9(), [null, null, null, 0, 0, 0, 0, 0, 2]);
    expect(score).to.include({ total: null, band: null });
    expect(score.riskItemIds).to.deep.equal(['phq9-9']);
  });

  it('carries the LOINC panel, total and item codes (LOINC 44249-1, 44261-6; items 44250-9 … 44260-8)', () => {
    expect(phq9().loinc).to.deep.include({ panel: '44249-1', total: '44261-6' });
    expect(phq9().loinc!.items!['phq9-1']).to.equal('44250-9');
    expect(phq9().loinc!.items!['phq9-9']).to.equal('44260-8');
  });
});

describe('PHQ-8, PHQ-2, GAD-7, GAD-2: missing items and risk', () => {
  // PHQ-8: as PHQ-9, up to 2 missing prorated (× 8); GAD-7: up to 1 missing prorated (× 7)
  // (PHQ/GAD-7 instruction manual); PHQ-2 and GAD-2: any missing item makes the screen unscorable.
  const table: [string, MeasureAnswer[], number | null, string | null, boolean][] = [
    ['phq-8', [1, 1, 1, 1, 1, 1, null, null], 8, 'mild', true],
    ['phq-8', [3, 3, 3, 3, 3, 3, 3, null], 24, 'severe', true],
    ['phq-8', [3, 3, 3, 3, 3, null, null, null], null, null, false],
    ['gad-7', [3, 3, 3, 3, 3, 3, null], 21, 'severe', true],
    ['gad-7', [1, 1, 1, 1, 1, 1, null], 7, 'mild', true],
    ['gad-7', [1, 1, 1, 0, 0, 0, null], 3.5, 'minimal', true],
    ['gad-7', [2, 2, 2, 2, 2, null, null], null, null, false],
    ['phq-2', [3, null], null, null, false],
    ['phq-2', [null, 0], null, null, false],
    ['gad-2', [3, null], null, null, false],
    ['gad-2', [], null, null, false],
  ];
  for (const [id, answers, total, band, prorated] of table) {
    it(`${id}: ${JSON.stringify(answers)} → ${String(total)} ${String(band)}`, () => {
      expect(scoreMeasure(measure(id), answers)).to.include({ total, band, prorated });
    });
  }

  it('have no risk items, so nothing is ever reported as a risk or as an unanswered risk', () => {
    for (const id of ['phq-8', 'phq-2', 'gad-7', 'gad-2', 'who-5']) {
      const definition = measure(id);
      const full = definition.items.map((item) => Math.max(...item.options.map((option) => option.value)));
      for (const answers of [full, []]) {
        const score = scoreMeasure(definition, answers);
        expect(score.riskItemIds, id).to.deep.equal([]);
        expect(score.unansweredRiskItemIds, id).to.deep.equal([]);
      }
    }
  });

  it('carry the verified LOINC codes only (PHQ-2 55757-9/55758-7, GAD-7 69737-5/70274-6; none for PHQ-8 and GAD-2)', () => {
    expect(measure('phq-2').loinc).to.deep.include({ panel: '55757-9', total: '55758-7' });
    expect(measure('gad-7').loinc).to.deep.equal({ panel: '69737-5', total: '70274-6' });
    expect(measure('phq-8').loinc).to.equal(undefined);
    expect(measure('gad-2').loinc).to.equal(undefined);
  });
});

describe('WHO-5', () => {
  const definition = () => measure('who-5');

  // Topp et al. 2015: raw 0–25, percentage = raw × 4; ≤ 28 % likely depression; any item 0 or 1 → assess further.
  const table: [number[], number, number, string, boolean, boolean][] = [
    [[1, 2, 1, 2, 1], 7, 28, 'poor-wellbeing', true, true],
    [[2, 2, 2, 1, 1], 8, 32, 'poor-wellbeing', false, true],
    [[2, 2, 2, 2, 2], 10, 40, 'poor-wellbeing', false, false],
    [[3, 3, 3, 2, 2], 13, 52, 'above-cut-off', false, false],
    [[5, 5, 5, 5, 1], 21, 84, 'above-cut-off', false, true],
    [[5, 5, 5, 5, 0], 20, 80, 'above-cut-off', false, true],
    [[0, 0, 0, 0, 0], 0, 0, 'poor-wellbeing', true, true],
    [[5, 5, 5, 5, 5], 25, 100, 'above-cut-off', false, false],
  ];
  for (const [answers, total, percentage, band, likelyDepression, anyItemAnsweredZeroOrOne] of table) {
    it(`${JSON.stringify(answers)}: raw ${total}, ${percentage} %, ${band}`, () => {
      const score = scoreMeasure(definition(), answers);
      expect(score).to.deep.include({
        total,
        percentage,
        band,
        prorated: false,
        flags: { likelyDepression, anyItemAnsweredZeroOrOne },
      });
    });
  }

  it('is unscorable with any item missing; the any-item flag still sees the answered items', () => {
    expect(scoreMeasure(definition(), [5, 5, 5, 5, null])).to.deep.include({
      total: null,
      band: null,
      percentage: null,
      flags: { likelyDepression: false, anyItemAnsweredZeroOrOne: false },
    });
    expect(scoreMeasure(definition(), [0, 5, 5, 5]).flags).to.deep.equal({
      likelyDepression: false,
      anyItemAnsweredZeroOrOne: true,
    });
  });

  it('keeps the licensed wording out of the main entry point', () => {
    expect(Object.keys(content)).not.to.include('who5WithText');
    expect(Object.keys(content)).not.to.include('WHO5_TEXT');
  });

  it('ships without the licensed wording by default; who5WithText adds it only on opt-in, with the same scoring', () => {
    // WHO-5 text is CC BY-NC-SA 3.0 IGO: non-commercial only, commercial use needs permission.
    expect(definition()).to.equal(who5);
    expect(JSON.stringify(definition())).not.to.match(/cheerful|All of the time/);
    expect(definition().licence).to.include({
      id: 'CC-BY-NC-SA-3.0-IGO',
      commercialUse: 'permission-required',
    });
    const withText = who5WithText({ use: 'non-commercial' });
    expect(parseMeasureDefinition(withText)).to.deep.equal(withText);
    expect(withText.items[0]!.text['en']).to.equal('I have felt cheerful and in good spirits');
    expect(withText.items[0]!.options[0]!.label['en']).to.equal('All of the time');
    expect(withText.scoring).to.deep.equal(who5.scoring);
    expect(withText.items.map((item) => item.id)).to.deep.equal(who5.items.map((item) => item.id));
    expect(scoreMeasure(withText, [1, 2, 1, 2, 1])).to.deep.equal(scoreMeasure(who5, [1, 2, 1, 2, 1]));
    expect(
      who5WithText({ use: 'commercial', permission: 'agreement 2025-17' }).items[4]!.text['en'],
    ).to.match(/daily life/);
    expect(() => who5WithText({ use: 'commercial', permission: ' ' })).to.throw(InterludeError, 'permission');
  });
});

describe('CORE-10', () => {
  const definition = () => measure('core-10');

  // Barkham et al. 2013: items 2 and 3 are positively worded and scored 4 − value; total 0–40.
  const table: [string, MeasureAnswer[], number | null, string | null, boolean][] = [
    [
      'all "Not at all": items 2 and 3 count 4 each',
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      8,
      'non-clinical',
      false,
    ],
    ['lowest possible distress', [0, 4, 4, 0, 0, 0, 0, 0, 0, 0], 0, 'non-clinical', false],
    ['highest possible distress', [4, 0, 0, 4, 4, 4, 4, 4, 4, 4], 40, 'severe', false],
    ['one missing: 9 × 10 / 9 = 10', [null, 4, 4, 2, 2, 2, 2, 1, 0, 0], 10, 'non-clinical', true],
    [
      'one missing: 10 × 10 / 9 ≈ 11.11, band on 11',
      [null, 4, 4, 2, 2, 2, 2, 1, 1, 0],
      100 / 9,
      'mild',
      true,
    ],
    ['two missing: unscorable', [null, null, 4, 2, 2, 2, 2, 1, 1, 0], null, null, false],
  ];
  for (const [what, answers, total, band, prorated] of table) {
    it(what, () => {
      expect(scoreMeasure(definition(), answers)).to.include({ total, band, prorated });
    });
  }

  // Risk: item 6 "I made plans to end my life" at "Only occasionally" (1) or more (Barkham et al. 2013).
  const risk: [MeasureAnswer, string[], string[]][] = [
    [0, [], []],
    [1, ['core10-6'], []],
    [4, ['core10-6'], []],
    [null, [], ['core10-6']],
  ];
  for (const [item6, riskItemIds, unansweredRiskItemIds] of risk) {
    it(`risk: item 6 answered ${String(item6)}`, () => {
      const score = scoreMeasure(definition(), [0, 4, 4, 0, 0, item6, 0, 0, 0, 0]);
      expect(score.riskItemIds).to.deep.equal(riskItemIds);
      expect(score.unansweredRiskItemIds).to.deep.equal(unansweredRiskItemIds);
    });
  }

  it('may not be translated (CC BY-ND): English only, translationAllowed false', () => {
    expect(definition().licence.translationAllowed).to.equal(false);
    for (const item of definition().items) expect(Object.keys(item.text)).to.deep.equal(['en']);
  });
});

describe('licences', () => {
  it('keeps the PHQ/GAD copyright line on every PHQ and GAD instrument', () => {
    expect(PHQ_COPYRIGHT).to.equal(
      'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
    );
    for (const id of ['phq-9', 'phq-8', 'phq-2', 'gad-7', 'gad-2']) {
      expect(measure(id).licence, id).to.include({
        copyright: PHQ_COPYRIGHT,
        commercialUse: 'free',
        translationAllowed: true,
      });
    }
  });
});

describe('classifyChange on shipped measures', () => {
  // Reliable change: PHQ-9 ≥ 6, GAD-7 ≥ 4 (IAPT Manual; McMillan et al. 2010), CORE-10 ≥ 6 (Barkham et al. 2013),
  // WHO-5 ≥ 3 raw = 10 percentage points (Topp et al. 2015); method Jacobson & Truax 1991.
  // Caseness: PHQ-9/PHQ-8 ≥ 10, GAD-7 ≥ 8, PHQ-2 ≥ 3, CORE-10 ≥ 11, WHO-5 raw < 13.
  const table: [string, number, number, string, boolean, boolean][] = [
    ['phq-9', 16, 10, 'reliable-improvement', false, true],
    ['phq-9', 16, 11, 'no-reliable-change', false, true],
    ['phq-9', 14, 8, 'reliable-improvement', true, true],
    ['phq-9', 10, 9, 'no-reliable-change', true, true],
    ['phq-9', 4, 10, 'reliable-deterioration', false, true],
    ['gad-7', 12, 8, 'reliable-improvement', false, true],
    ['gad-7', 12, 7, 'reliable-improvement', true, true],
    ['gad-7', 8, 11, 'no-reliable-change', false, true],
    ['who-5', 10, 13, 'reliable-improvement', true, true],
    ['who-5', 12, 14, 'no-reliable-change', true, true],
    ['who-5', 16, 13, 'reliable-deterioration', false, true],
    ['core-10', 17, 11, 'reliable-improvement', false, true],
    ['core-10', 17, 10, 'reliable-improvement', true, true],
    ['phq-8', 16, 8, 'no-reliable-change', true, false],
    ['phq-2', 4, 2, 'no-reliable-change', true, false],
    ['gad-2', 2, 5, 'no-reliable-change', false, false],
  ];
  for (const [id, before, after, change, recovered, known] of table) {
    it(`${id}: ${before} → ${after} is ${change}${recovered ? ', recovered' : ''}${known ? '' : ' (no published threshold)'}`, () => {
      expect(classifyChange(measure(id), before, after)).to.include({ change, recovered, known });
    });
  }
});

describe('scoring properties of every shipped measure', () => {
  const answersArb = (definition: MeasureDefinition) =>
    fc.tuple(
      ...definition.items.map((item) => fc.constantFrom(...item.options.map((option) => option.value))),
    );

  for (const id of MEASURE_IDS) {
    it(`${id}: totals stay in range and a worse answer never gives a better band`, () => {
      const definition = measure(id);
      const bands = definition.scoring.bands.map((band) => band.id);
      const { min } = definition.scoring.bands[0]!;
      const { max } = definition.scoring.bands[bands.length - 1]!;
      fc.assert(
        fc.property(answersArb(definition), fc.nat(definition.items.length - 1), (answers, index) => {
          const score = scoreMeasure(definition, answers);
          expect(score.total).to.be.within(min, max);
          const item = definition.items[index]!;
          const top = Math.max(...item.options.map((option) => option.value));
          if (answers[index]! >= top) return;
          const raised = [...answers];
          raised[index] = answers[index]! + 1;
          const after = scoreMeasure(definition, raised);
          // A higher answer moves the total up by one (down for reverse-scored items), never sideways.
          expect(after.total! - score.total!).to.equal(item.reverse ? -1 : 1);
          const step = Math.sign(bands.indexOf(after.band!) - bands.indexOf(score.band!));
          expect(step).to.be.oneOf(item.reverse ? [0, -1] : [0, 1]);
        }),
        { numRuns: 200 },
      );
    });
  }

  it('direction: more symptoms means a worse band, except WHO-5 where higher is better', () => {
    for (const definition of listMeasures()) {
      expect(definition.scoring.direction, definition.id).to.equal(
        definition.id === 'who-5' ? 'higher-is-better' : 'higher-is-worse',
      );
    }
  });
});
