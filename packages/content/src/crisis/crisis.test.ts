// Runs in Chromium against the sources and under Node against dist/.
import { expect } from 'chai';
import { parseCrisisResourceSet, regionOfLocale, ValidationError } from '@interlude/core';
import { CRISIS_REGIONS, FALLBACK_CRISIS_RESOURCES, crisisResourcesFor } from '@interlude/content';

describe('crisis resources', () => {
  it('ships a valid set for every listed region, each number with its source', () => {
    for (const region of CRISIS_REGIONS) {
      const set = parseCrisisResourceSet(crisisResourcesFor(region));
      expect(set.region).to.equal(region);
      expect(set.resources.some((resource) => resource.emergency)).to.equal(true);
      for (const resource of set.resources) {
        if (resource.phone || resource.sms) expect(resource.source?.url, resource.id).to.match(/^https:\/\//);
      }
    }
  });

  it('keeps the numbers checked against their sources', () => {
    const phones = (region: string) => crisisResourcesFor(region).resources.map((r) => r.phone);
    expect(phones('US')).to.deep.equal(['911', '988']);
    expect(phones('GB')).to.deep.equal(['999', '116 123']);
    expect(phones('uk')).to.deep.equal(['999', '116 123']);
    expect(phones('DE')).to.deep.equal(['112', '0800 111 0 111', '0800 111 0 222']);
  });

  it('names no number for a region it has none checked for', () => {
    const set = crisisResourcesFor('FR');
    expect(set).to.equal(FALLBACK_CRISIS_RESOURCES);
    expect(set.resources.every((resource) => !resource.phone && !resource.sms)).to.equal(true);
    expect(crisisResourcesFor(undefined)).to.equal(FALLBACK_CRISIS_RESOURCES);
  });

  it('rejects a vendor set with an unsafe link or a non-number, by path and without echoing it', () => {
    try {
      parseCrisisResourceSet({
        region: 'GB',
        resources: [{ id: 'x', name: { en: 'X' }, phone: '<script>', url: 'javascript:alert(1)' }],
      });
      expect.fail('accepted');
    } catch (error) {
      expect(error).to.be.instanceOf(ValidationError);
      const { issues, message } = error as ValidationError;
      expect(issues.map((issue) => issue.path.join('.'))).to.include.members([
        'resources.0.phone',
        'resources.0.url',
      ]);
      expect(message).not.to.include('script');
      expect(message).not.to.include('alert');
    }
  });

  it('reads the region of a locale tag', () => {
    expect(regionOfLocale('en-GB')).to.equal('GB');
    expect(regionOfLocale('de')).to.equal(undefined);
    expect(regionOfLocale('zh-Hant-TW')).to.equal('TW');
    expect(regionOfLocale(undefined)).to.equal(undefined);
  });
});
