// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
// Every expected value below comes from the instrument's published rules; the source is cited per table.
import { expect } from 'chai';
import fc from 'fast-check';
import {
  LicenceError,
  assertLicence,
  checkLicence,
  classifyChange,
  licensedDefinitions,
  parseMeasureDefinition,
  scoreMeasure,
  type MeasureAnswer,
  type MeasureDefinition,
} from '@interlude/core';
import { MEASURE_IDS, PHQ_COPYRIGHT, WHO5_TEXT, getMeasure, listMeasures, who5 } from '@interlude/content';
import { WHO5_TEXT as WHO5_TEXT_ENTRY, who5WithText } from '@interlude/content/who-5-text.js';

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
  it('ships phq-9, phq-8, phq-2, gad-7, gad-2, phq-4, phq-15, pcl-5, who-5 and core-10, each findable by id', () => {
    expect(listMeasures().map((definition) => definition.id)).to.deep.equal([...MEASURE_IDS]);
    expect([...MEASURE_IDS]).to.deep.equal([
      'phq-9',
      'phq-8',
      'phq-2',
      'gad-7',
      'gad-2',
      'phq-4',
      'phq-15',
      'pcl-5',
      'who-5',
      'core-10',
    ]);
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
    expect(listMeasures()).to.have.length(10);
  });

  it('cites a source, the owner’s form the wording was checked against, and a licence for every measure', () => {
    for (const definition of listMeasures()) {
      expect(definition.source.citation, definition.id).to.match(/\d{4}/);
      expect(definition.source.form?.citation, definition.id).to.match(/form/);
      expect(
        definition.source.notes?.some((note) => /checked item by item/i.test(note)),
        definition.id,
      ).to.equal(true);
      expect(definition.licence.note, definition.id).to.have.length.greaterThan(20);
      expect(definition.licence.copyright, definition.id).to.have.length.greaterThan(10);
    }
  });

  it('says in the definition why codes are absent wherever a measure has no LOINC panel or total', () => {
    for (const definition of listMeasures()) {
      const notes = (definition.source.notes ?? []).join(' ');
      if (!definition.loinc?.panel)
        expect(notes, definition.id).to.match(/No (LOINC codes|panel or total code)/);
      if (definition.loinc?.items === undefined)
        expect(notes, definition.id).to.match(/(No LOINC codes|[Ii]tem codes are left out)/);
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
    // PHQ-4: Kroenke et al. 2009 (Psychosomatics 50:613–621); PHQ-15: Kroenke et al. 2002 (Psychosom Med
    // 64:258–266); PCL-5: cut-point 33 (National Center for PTSD; Bovin et al. 2016).
    ['phq-4', 0, 'none'],
    ['phq-4', 2, 'none'],
    ['phq-4', 3, 'mild'],
    ['phq-4', 5, 'mild'],
    ['phq-4', 6, 'moderate'],
    ['phq-4', 8, 'moderate'],
    ['phq-4', 9, 'severe'],
    ['phq-4', 12, 'severe'],
    ['phq-15', 0, 'minimal'],
    ['phq-15', 4, 'minimal'],
    ['phq-15', 5, 'low'],
    ['phq-15', 9, 'low'],
    ['phq-15', 10, 'medium'],
    ['phq-15', 14, 'medium'],
    ['phq-15', 15, 'high'],
    ['phq-15', 30, 'high'],
    ['pcl-5', 0, 'below-cut-off'],
    ['pcl-5', 32, 'below-cut-off'],
    ['pcl-5', 33, 'probable-ptsd'],
    ['pcl-5', 80, 'probable-ptsd'],
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
      'phq-4': [0, 12],
      'phq-15': [0, 30],
      'pcl-5': [0, 80],
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
    for (const id of ['phq-8', 'phq-2', 'gad-7', 'gad-2', 'phq-4', 'phq-15', 'pcl-5', 'who-5']) {
      const definition = measure(id);
      const full = definition.items.map((item) => Math.max(...item.options.map((option) => option.value)));
      for (const answers of [full, []]) {
        const score = scoreMeasure(definition, answers);
        expect(score.riskItemIds, id).to.deep.equal([]);
        expect(score.unansweredRiskItemIds, id).to.deep.equal([]);
      }
    }
  });

  it('carry the verified LOINC codes only (PHQ-2 55757-9/55758-7, GAD-7 69737-5/70274-6 and items; none for PHQ-8)', () => {
    expect(measure('phq-2').loinc).to.deep.include({ panel: '55757-9', total: '55758-7' });
    // GAD-7 items, LOINC panel 69737-5: 69725-0, 68509-9, 69733-4, 69734-2, 69735-9, 69689-8, 69736-7.
    expect(measure('gad-7').loinc).to.deep.equal({
      panel: '69737-5',
      total: '70274-6',
      items: {
        'gad7-1': '69725-0',
        'gad7-2': '68509-9',
        'gad7-3': '69733-4',
        'gad7-4': '69734-2',
        'gad7-5': '69735-9',
        'gad7-6': '69689-8',
        'gad7-7': '69736-7',
      },
    });
    expect(measure('phq-8').loinc).to.equal(undefined);
    expect(measure('gad-2').loinc).to.deep.equal({ items: { 'gad2-1': '69725-0', 'gad2-2': '68509-9' } });
  });

  it('notes where LOINC’s GAD item recall periods differ from the form (69689-8: 4 weeks; 68509-9)', () => {
    for (const id of ['gad-7', 'gad-2', 'phq-4']) {
      const notes = measure(id).source.notes!.join(' ');
      expect(notes, id).to.match(/69689-8 is named "Becoming easily annoyed or irritable in last 4 weeks"/);
      expect(notes, id).to.match(/68509-9 puts the period into the question/);
    }
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

  it('ships the official wording in the main definition; the 1.0.0 entry point returns the same definition', () => {
    // WHO-5 is free to use without permission (CORC; the WHO-5 site); 1.1.0 drops the placeholders.
    expect(definition()).to.equal(who5);
    expect(definition().version).to.equal('1.1.0');
    expect(definition().items.map((item) => item.text['en'])).to.deep.equal([...WHO5_TEXT.items]);
    expect(definition().items[0]!.text['en']).to.equal('I have felt cheerful and in good spirits');
    expect(definition().items[0]!.options.map((option) => option.label['en'])).to.deep.equal([
      'All of the time',
      'Most of the time',
      'More than half of the time',
      'Less than half of the time',
      'Some of the time',
      'At no time',
    ]);
    expect(WHO5_TEXT_ENTRY).to.equal(WHO5_TEXT);
    expect(who5WithText({ use: 'non-commercial' })).to.equal(who5);
    expect(who5WithText({ use: 'commercial' })).to.equal(who5);
  });

  it('states the licence that can be sourced: free, no permission, source named, changes marked', () => {
    expect(definition().licence).to.include({ commercialUse: 'free', translationAllowed: true });
    expect(definition().licence.note).to.match(/no permission is needed/);
    expect(definition().licence.note).to.match(/CORC/);
    expect(definition().licence.id).not.to.match(/CC-BY-NC-SA/);
    expect(definition().licence.copyright).to.match(/Psychiatric Research Unit/);
    expect(definition().source.changes).to.match(/worked example/);
    expect(checkLicence(definition(), { use: 'commercial' })).to.deep.equal({ allowed: true });
  });

  it('labels its 3-point threshold as a clinically meaningful change, not a reliable-change index', () => {
    expect(definition().scoring.reliableChange).to.equal(undefined);
    expect(definition().scoring.meaningfulChange).to.deep.include({ threshold: 3 });
    expect(definition().scoring.meaningfulChange!.source).to.match(/10 percentage points/);
    expect(definition().scoring.meaningfulChange!.source).to.match(/not a Jacobson & Truax/);
    const change = classifyChange(definition(), 10, 14);
    expect(change).to.include({ change: 'meaningful-improvement', basis: 'meaningful-change', threshold: 3 });
    expect(change.reliablyRecovered).to.equal(false);
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

  it('may not be translated (CC BY-NC-ND 4.0): English only, translationAllowed false', () => {
    expect(definition().licence.translationAllowed).to.equal(false);
    for (const item of definition().items) expect(Object.keys(item.text)).to.deep.equal(['en']);
  });

  it('carries the Trust’s current licence, CC BY-NC-ND 4.0: commercial use needs permission, the page cited', () => {
    // CORE System Trust, "Copyright and licensing": all CORE measures CC BY-NC-ND 4.0; copyright line on the form.
    expect(definition().licence).to.deep.include({
      id: 'CC-BY-NC-ND-4.0',
      commercialUse: 'permission-required',
      url: 'https://www.coresystemtrust.org.uk/home/copyright-licensing/',
      copyright: '© CORE System Trust: https://www.coresystemtrust.org.uk/copyright.pdf',
    });
    expect(definition().licence.note).to.match(/NonCommercial-NoDerivatives/);
    expect(definition().version).to.equal('1.0.1');
  });
});

describe('licence gating (CORE-10)', () => {
  const core10 = () => measure('core-10');

  it('refuses CORE-10 to a commercial vendor without the Trust’s permission, naming the licence', () => {
    const decision = checkLicence(core10(), { use: 'commercial' });
    expect(decision.allowed).to.equal(false);
    if (decision.allowed) return;
    expect(decision.refusal).to.include({
      reason: 'permission-required',
      definitionId: 'core-10',
      licenceId: 'CC-BY-NC-ND-4.0',
      licenceUrl: 'https://www.coresystemtrust.org.uk/home/copyright-licensing/',
    });
    expect(decision.refusal.message).to.equal(
      "CORE-10 (core-10) is licensed CC-BY-NC-ND-4.0, which allows non-commercial use only: a commercial product needs the owner's permission, declared as licensing.permissions['core-10'].",
    );
  });

  it('refuses it when nothing is declared (the default is commercial without permissions)', () => {
    expect(checkLicence(core10()).allowed).to.equal(false);
    expect(() => assertLicence(core10())).to.throw(LicenceError, /CC-BY-NC-ND-4.0/);
  });

  it('offers it for non-commercial use, and commercially once a permission is declared', () => {
    expect(checkLicence(core10(), { use: 'non-commercial' })).to.deep.equal({ allowed: true });
    expect(
      checkLicence(core10(), { use: 'commercial', permissions: { 'core-10': 'CST letter 2026-04-02' } }),
    ).to.deep.equal({ allowed: true });
    // A permission for another instrument does not count.
    expect(checkLicence(core10(), { use: 'commercial', permissions: { 'who-5': 'x' } }).allowed).to.equal(
      false,
    );
  });

  it('hides only CORE-10 from a commercial catalogue: every other shipped measure is free to use', () => {
    const offered = licensedDefinitions(listMeasures(), { use: 'commercial' }).map(
      (definition) => definition.id,
    );
    expect(offered).to.deep.equal(MEASURE_IDS.filter((id) => id !== 'core-10'));
    expect(licensedDefinitions(listMeasures(), { use: 'non-commercial' })).to.have.length(MEASURE_IDS.length);
  });
});

describe('GAD-7 wording', () => {
  it('asks the GAD-7 form’s difficulty question, not the PHQ-9’s', () => {
    const gad7 = measure('gad-7');
    expect(gad7.version).to.equal('1.1.0');
    expect(gad7.supplementaryItems!.map((item) => item.text['en'])).to.deep.equal([
      'If you checked any problems, how difficult have they made it for you to do your work, take care of things at home, or get along with other people?',
    ]);
    expect(measure('phq-9').supplementaryItems![0]!.text['en']).to.equal(
      'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
    );
  });

  it('words items 1 and 7 as the form (and LOINC) do', () => {
    const texts = measure('gad-7').items.map((item) => item.text['en']);
    expect(texts[0]).to.equal('Feeling nervous, anxious or on edge');
    expect(texts[6]).to.equal('Feeling afraid as if something awful might happen');
    expect(measure('gad-2').items.map((item) => item.text['en'])).to.deep.equal(texts.slice(0, 2));
  });
});

describe('PHQ-15', () => {
  const phq15 = () => measure('phq-15');
  const all = (value: number) => phq15().items.map(() => value);

  it('has fifteen symptoms scored 0–2 over the past 4 weeks (Kroenke et al. 2002)', () => {
    expect(phq15().items).to.have.length(15);
    expect(phq15().instructions!['en']).to.match(/^During the past 4 weeks/);
    for (const item of phq15().items) {
      expect(item.options.map((option) => [option.value, option.label['en']])).to.deep.equal([
        [0, 'Not bothered at all'],
        [1, 'Bothered a little'],
        [2, 'Bothered a lot'],
      ]);
    }
    expect(phq15().items[3]!.text['en']).to.match(/periods \(women only\)$/);
    expect(phq15().loinc).to.deep.equal({ panel: '69728-4', total: '70273-8' });
  });

  // Item 4 is asked of women only: left out when unanswered, so a man's maximum is 28 (as CamCOPS scores it).
  const table: [string, MeasureAnswer[], number | null, string | null, boolean][] = [
    ['every symptom bothered a lot', all(2), 30, 'high', false],
    [
      'item 4 unanswered (a man): the other 14 are summed',
      all(2).map((v, i) => (i === 3 ? null : v)),
      28,
      'high',
      false,
    ],
    [
      'item 4 unanswered, five symptoms a little',
      [1, 1, 1, null, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      5,
      'low',
      false,
    ],
    [
      'another item unanswered: unscorable',
      [null, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      null,
      null,
      false,
    ],
    ['nothing answered: unscorable', [], null, null, false],
  ];
  for (const [what, answers, total, band, prorated] of table) {
    it(what, () => {
      const score = scoreMeasure(phq15(), answers);
      expect(score).to.include({ total, band, prorated });
      expect(score.missingItemIds).not.to.include('phq15-4');
    });
  }

  it('is a case from 10 (medium severity) and has no reliable-change threshold', () => {
    expect(phq15().scoring.caseness).to.deep.include({ threshold: 10, caseWhen: 'at-or-above' });
    expect(phq15().scoring.reliableChange).to.equal(undefined);
    expect(phq15().source.notes!.join(' ')).to.match(/No reliable-change threshold/);
  });
});

describe('PHQ-4', () => {
  const phq4 = () => measure('phq-4');

  it('asks GAD-2 then PHQ-2 items, with the LOINC codes of panel 69724-3', () => {
    expect(phq4().items.map((item) => item.text['en'])).to.deep.equal([
      'Feeling nervous, anxious or on edge',
      'Not being able to stop or control worrying',
      'Little interest or pleasure in doing things',
      'Feeling down, depressed, or hopeless',
    ]);
    expect(phq4().loinc).to.deep.equal({
      panel: '69724-3',
      total: '70272-0',
      items: { 'phq4-1': '69725-0', 'phq4-2': '68509-9', 'phq4-3': '44250-9', 'phq4-4': '44255-8' },
    });
  });

  // Kroenke et al. 2009: total 0–12 (none 0–2, mild 3–5, moderate 6–8, severe 9–12); each two-item
  // subscale (anxiety: items 1–2, depression: items 3–4) is a positive screen at 3 or more.
  const table: [number[], number, string, boolean, boolean][] = [
    [[0, 0, 0, 0], 0, 'none', false, false],
    [[2, 1, 0, 1], 4, 'mild', true, false],
    [[1, 1, 2, 1], 5, 'mild', false, true],
    [[2, 2, 2, 1], 7, 'moderate', true, true],
    [[3, 3, 3, 3], 12, 'severe', true, true],
  ];
  for (const [answers, total, band, anxietyScreenPositive, depressionScreenPositive] of table) {
    it(`${JSON.stringify(answers)}: ${total}, ${band}`, () => {
      expect(scoreMeasure(phq4(), answers)).to.deep.include({
        total,
        band,
        flags: { anxietyScreenPositive, depressionScreenPositive },
      });
    });
  }

  it('is unscorable with an item missing; a subscale screen needs both of its items', () => {
    const score = scoreMeasure(phq4(), [3, 3, 1, null]);
    expect(score).to.include({ total: null, band: null });
    expect(score.flags).to.deep.equal({ anxietyScreenPositive: true, depressionScreenPositive: false });
  });
});

describe('PCL-5', () => {
  const pcl5 = () => measure('pcl-5');

  it('has twenty problems rated 0–4 over the past month (National Center for PTSD)', () => {
    expect(pcl5().items).to.have.length(20);
    expect(pcl5().instructions!['en']).to.match(/In the past month, how much were you bothered by:$/);
    expect(pcl5().items[0]!.options.map((option) => option.label['en'])).to.deep.equal([
      'Not at all',
      'A little bit',
      'Moderately',
      'Quite a bit',
      'Extremely',
    ]);
    expect(pcl5().items[15]!.text['en']).to.equal(
      'Taking too many risks or doing things that could cause you harm?',
    );
  });

  it('totals 0–80 with the provisional cut-point at 33; a missing item makes it unscorable', () => {
    const ones = pcl5().items.map(() => 1);
    expect(scoreMeasure(pcl5(), ones)).to.include({ total: 20, band: 'below-cut-off' });
    const cut = pcl5().items.map((_, index) => (index < 13 ? 2 : index < 20 ? 1 : 0)); // 26 + 7 = 33
    expect(scoreMeasure(pcl5(), cut)).to.include({ total: 33, band: 'probable-ptsd' });
    expect(scoreMeasure(pcl5(), ones.slice(0, 19))).to.include({ total: null, band: null });
  });

  it('has no risk item (no suicide item), says so, and flags item 16 for the clinician from "Moderately"', () => {
    expect(pcl5().scoring.riskItems).to.deep.equal([]);
    const all4 = pcl5().items.map(() => 4);
    const score = scoreMeasure(pcl5(), all4);
    expect(score.riskItemIds).to.deep.equal([]);
    expect(score.unansweredRiskItemIds).to.deep.equal([]);
    expect(score.flags).to.deep.equal({ recklessBehaviourEndorsed: true });
    const item16At1 = pcl5().items.map((_, index) => (index === 15 ? 1 : 0));
    expect(scoreMeasure(pcl5(), item16At1).flags).to.deep.equal({ recklessBehaviourEndorsed: false });
    expect(pcl5().source.notes!.join(' ')).to.match(/no suicide or self-harm item/);
  });

  it('is public domain and carries the verified LOINC panel and total (101697-1, 101698-9)', () => {
    expect(pcl5().licence).to.include({ commercialUse: 'free' });
    expect(pcl5().licence.note).to.match(/public domain/);
    expect(pcl5().loinc).to.deep.equal({ panel: '101697-1', total: '101698-9' });
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
  // PCL-5 ≥ 5 (National Center for PTSD). Meaningful change, not an RCI: WHO-5 ≥ 3 raw = 10 percentage points
  // (Topp et al. 2015). Caseness: PHQ-9/PHQ-8 ≥ 10, GAD-7 ≥ 8, PHQ-2 ≥ 3, CORE-10 ≥ 11, PCL-5 ≥ 33, PHQ-15 ≥ 10,
  // WHO-5 raw < 13.
  const table: [string, number, number, string, boolean, boolean][] = [
    ['phq-9', 16, 10, 'reliable-improvement', false, true],
    ['phq-9', 16, 11, 'no-reliable-change', false, true],
    ['phq-9', 14, 8, 'reliable-improvement', true, true],
    ['phq-9', 10, 9, 'no-reliable-change', true, true],
    ['phq-9', 4, 10, 'reliable-deterioration', false, true],
    ['gad-7', 12, 8, 'reliable-improvement', false, true],
    ['gad-7', 12, 7, 'reliable-improvement', true, true],
    ['gad-7', 8, 11, 'no-reliable-change', false, true],
    ['who-5', 10, 13, 'meaningful-improvement', true, true],
    ['who-5', 12, 14, 'no-meaningful-change', true, true],
    ['who-5', 16, 13, 'meaningful-deterioration', false, true],
    ['pcl-5', 40, 35, 'reliable-improvement', false, true],
    ['pcl-5', 40, 30, 'reliable-improvement', true, true],
    ['pcl-5', 30, 34, 'no-reliable-change', false, true],
    ['phq-15', 12, 6, 'no-reliable-change', true, false],
    ['phq-4', 8, 2, 'no-reliable-change', false, false],
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

  it('PCL-5 reports both: a reliable change and, from 10 points, a clinically meaningful one', () => {
    // National Center for PTSD: 5 points for response, 10 for clinically meaningful improvement.
    expect(classifyChange(measure('pcl-5'), 40, 34)).to.include({
      change: 'reliable-improvement',
      basis: 'reliable-change',
      meaningfulChange: 'no-meaningful-change',
    });
    expect(classifyChange(measure('pcl-5'), 40, 30)).to.include({
      change: 'reliable-improvement',
      meaningfulChange: 'meaningful-improvement',
      reliablyRecovered: true,
    });
  });

  it('direction: more symptoms means a worse band, except WHO-5 where higher is better', () => {
    for (const definition of listMeasures()) {
      expect(definition.scoring.direction, definition.id).to.equal(
        definition.id === 'who-5' ? 'higher-is-better' : 'higher-is-worse',
      );
    }
  });
});
