// Runs twice: in Chromium against the TypeScript source, and under Node against dist/.
// Generic rules on synthetic definitions; the shipped CORE-10 case is tested in @interlude/content.
import { expect } from 'chai';
import {
  DEFAULT_LICENSING,
  InterludeError,
  LicenceError,
  ValidationError,
  assertLicence,
  checkLicence,
  formatPath,
  licensedDefinitions,
  parseCheckInTemplate,
  parseLicensing,
  parseMeasureDefinition,
  type MeasureDefinition,
  type MeasureLicence,
} from '@interlude/core';

const measure = (id: string, commercialUse: MeasureLicence['commercialUse']): MeasureDefinition =>
  parseMeasureDefinition({
    kind: 'measure',
    id,
    version: '1.0.0',
    title: { en: `Scale ${id}` },
    modality: 'general',
    estimatedMinutes: 1,
    items: [
      {
        id: 'a',
        text: { en: 'A' },
        options: [0, 1].map((value) => ({ value, label: { en: String(value) } })),
        scored: true,
      },
    ],
    scoring: {
      method: 'sum',
      direction: 'higher-is-worse',
      bands: [{ id: 'all', min: 0, max: 1, label: { en: 'All' } }],
      missingItems: { kind: 'unscorable' },
    },
    source: { citation: 'Test 2026' },
    licence: {
      id: `LicenseRef-${id}`,
      note: 'Test terms',
      copyright: '© Test',
      commercialUse,
      translationAllowed: false,
      url: 'https://example.org/terms',
    },
  });

const free = measure('free-scale', 'free');
const permission = measure('permission-scale', 'permission-required');
const forbidden = measure('forbidden-scale', 'forbidden');
const checkIn = parseCheckInTemplate({
  kind: 'check-in',
  id: 'mood',
  version: '1.0.0',
  title: { en: 'Mood' },
  modality: 'general',
  estimatedMinutes: 1,
  items: [{ id: 'note', kind: 'short-text', prompt: { en: 'Note' }, required: false }],
  feedback: { rules: [], default: { en: 'Thanks' } },
});

describe('checkLicence', () => {
  // [definition, licensing, allowed, refusal reason]
  const table: [MeasureDefinition, Parameters<typeof checkLicence>[1], boolean, string | null][] = [
    [free, { use: 'commercial' }, true, null],
    [free, { use: 'non-commercial' }, true, null],
    [permission, { use: 'non-commercial' }, true, null],
    [permission, { use: 'commercial' }, false, 'permission-required'],
    [permission, { use: 'commercial', permissions: { 'permission-scale': 'agreement 7' } }, true, null],
    [
      permission,
      { use: 'commercial', permissions: { 'free-scale': 'agreement 7' } },
      false,
      'permission-required',
    ],
    [forbidden, { use: 'non-commercial' }, true, null],
    [forbidden, { use: 'commercial' }, false, 'commercial-use-forbidden'],
    // A permission cannot lift "forbidden": that is what sets it apart from "permission-required".
    [
      forbidden,
      { use: 'commercial', permissions: { 'forbidden-scale': 'agreement 7' } },
      false,
      'commercial-use-forbidden',
    ],
  ];
  for (const [definition, licensing, allowed, reason] of table) {
    it(`${definition.licence.commercialUse}, ${JSON.stringify(licensing)}: ${allowed ? 'allowed' : reason}`, () => {
      const decision = checkLicence(definition, licensing);
      expect(decision.allowed).to.equal(allowed);
      if (!decision.allowed) expect(decision.refusal.reason).to.equal(reason);
    });
  }

  it('names the instrument and its licence in the refusal, and says what would allow it', () => {
    const decision = checkLicence(permission, { use: 'commercial' });
    if (decision.allowed) expect.fail('allowed');
    expect(decision.refusal).to.deep.equal({
      reason: 'permission-required',
      definitionId: 'permission-scale',
      licenceId: 'LicenseRef-permission-scale',
      licenceUrl: 'https://example.org/terms',
      message:
        "Scale permission-scale (permission-scale) is licensed LicenseRef-permission-scale, which allows non-commercial use only: a commercial product needs the owner's permission, declared as licensing.permissions['permission-scale'].",
    });
    const never = checkLicence(forbidden, { use: 'commercial' });
    if (never.allowed) expect.fail('allowed');
    expect(never.refusal.message).to.equal(
      'Scale forbidden-scale (forbidden-scale) is licensed LicenseRef-forbidden-scale, which forbids commercial use: it cannot be offered in a commercial product.',
    );
  });

  it('treats an undeclared use as commercial without permissions', () => {
    expect(DEFAULT_LICENSING).to.deep.equal({ use: 'commercial' });
    expect(checkLicence(permission).allowed).to.equal(false);
    expect(checkLicence(free).allowed).to.equal(true);
  });

  it('always allows content that carries no licence (check-ins and exercises written for Interlude)', () => {
    expect(checkLicence(checkIn, { use: 'commercial' })).to.deep.equal({ allowed: true });
  });

  it('assertLicence throws a LicenceError (code "licence") carrying the refusal', () => {
    expect(() => assertLicence(free, { use: 'commercial' })).not.to.throw();
    try {
      assertLicence(permission, { use: 'commercial' });
      expect.fail('did not throw');
    } catch (error) {
      expect(error).to.be.instanceOf(LicenceError).and.instanceOf(InterludeError);
      expect((error as LicenceError).code).to.equal('licence');
      expect((error as LicenceError).refusal.definitionId).to.equal('permission-scale');
      expect((error as LicenceError).message).to.include('LicenseRef-permission-scale');
    }
  });

  it('licensedDefinitions keeps the allowed ones in their order', () => {
    const all = [forbidden, free, permission];
    expect(licensedDefinitions(all, { use: 'commercial' })).to.deep.equal([free]);
    expect(licensedDefinitions(all, { use: 'non-commercial' })).to.deep.equal(all);
    expect(
      licensedDefinitions(all, { use: 'commercial', permissions: { 'permission-scale': 'agreement 7' } }),
    ).to.deep.equal([free, permission]);
  });
});

describe('parseLicensing', () => {
  it('accepts a declaration and returns it unchanged', () => {
    const declared = { use: 'commercial', permissions: { 'core-10': 'CST letter 2026-04-02' } } as const;
    expect(parseLicensing(declared)).to.deep.equal(declared);
    expect(parseLicensing({ use: 'non-commercial' })).to.deep.equal({ use: 'non-commercial' });
  });

  const broken: [string, unknown, string][] = [
    ['an unknown use', { use: 'research' }, 'use'],
    ['a missing use', { permissions: {} }, 'use'],
    [
      'a blank permission reference',
      { use: 'commercial', permissions: { 'core-10': '  ' } },
      'permissions.core-10',
    ],
    [
      'a permission keyed by something that is not a definition id',
      { use: 'commercial', permissions: { 'CORE 10': 'x' } },
      'permissions.CORE 10',
    ],
  ];
  for (const [what, input, path] of broken) {
    it(`rejects ${what}, naming ${path} and not the value`, () => {
      try {
        parseLicensing(input);
        expect.fail('accepted');
      } catch (error) {
        expect(error).to.be.instanceOf(ValidationError);
        expect((error as ValidationError).issues.map((issue) => formatPath(issue.path))).to.include(path);
        expect((error as ValidationError).message).not.to.include('research');
      }
    });
  }
});
