// Every locale must say everything English says, with the same arguments, and say it in
// its own words: a missing key or an untranslated copy would show English (or nothing).
import { expect } from '@open-wc/testing';
import { en } from './en.js';
import { de } from './de.js';
import { ar } from './ar.js';

const locales = { de, ar } as const;
const sampleArguments: Record<string, unknown[]> = {
  invalidClientBody: ['user.role: expected one of client, clinician'],
  ratingValueText: [3, 10],
  ratingValueWithAnchor: [0, 10, 'anchor'],
  chartProgressSummaryStreak: ['a little better', 3],
};
// Words a language uses as they are in English ("Check-in" is German too).
const sameOnPurpose: Record<string, readonly string[]> = { de: ['chartMoodLegendValue'] };

describe('locales', () => {
  for (const [name, messages] of Object.entries(locales)) {
    describe(name, () => {
      it('has exactly the English keys', () => {
        expect(Object.keys(messages).sort()).to.deep.equal(Object.keys(en).sort());
      });

      it('gives a non-empty string for every key, formatters included', () => {
        for (const [key, message] of Object.entries(messages)) {
          const text =
            typeof message === 'function'
              ? (message as (...args: unknown[]) => string)(...(sampleArguments[key] ?? []))
              : message;
          expect(text, key).to.be.a('string').and.not.equal('');
        }
      });

      it('is translated, not copied from English', () => {
        const copied = Object.keys(en).filter(
          (key) =>
            typeof en[key as keyof typeof en] === 'string' &&
            messages[key as keyof typeof en] === en[key as keyof typeof en] &&
            !sameOnPurpose[name]?.includes(key),
        );
        expect(copied).to.deep.equal([]);
      });

      it('keeps the values a formatter is given', () => {
        expect(messages.ratingValueWithAnchor(0, 10, 'anchor')).to.include('anchor');
        expect(messages.invalidClientBody('user.role')).to.include('user.role');
      });
    });
  }
});
