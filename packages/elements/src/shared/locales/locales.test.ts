// Every locale must say everything English says, with the same arguments, and say it in
// its own words: a missing key or an untranslated copy would show English (or nothing).
// Checked per string group, through the same loaders an element uses.
import { expect } from '@open-wc/testing';
import { STRING_GROUPS, en as allEnglish } from './all.js';
import { TRANSLATED_LOCALES, type Message } from './strings.js';

type Table = Record<string, Message>;

/** Arguments for formatters whose output must contain what they were given. */
const sampleArguments: Record<string, unknown[]> = {
  invalidClientBody: ['user.role: expected one of client, clinician'],
  ratingValueText: [3, 10],
  ratingValueWithAnchor: [0, 10, 'anchor'],
  chartProgressSummaryStreak: ['a little better', 3],
};

/** Words a language takes from English unchanged (German says "Check-in" too). */
const sameAsEnglish: Record<string, readonly string[]> = { de: ['chartMoodLegendValue'] };

/** A formatter gets its sample arguments, or a digit string for each parameter. */
const text = (key: string, message: Message): unknown =>
  typeof message === 'function'
    ? (message as (...args: unknown[]) => string)(
        ...(sampleArguments[key] ?? Array.from({ length: message.length }, () => '2')),
      )
    : message;

describe('locales', () => {
  it('puts every key in exactly one group', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [name, group] of Object.entries(STRING_GROUPS))
      for (const key of Object.keys(group.en)) {
        if (seen.has(key)) twice.push(`${key} (${seen.get(key)}, ${name})`);
        seen.set(key, name);
      }
    expect(twice).to.deep.equal([]);
    expect(Object.keys(allEnglish).sort()).to.deep.equal([...seen.keys()].sort());
  });

  for (const [name, group] of Object.entries(STRING_GROUPS)) {
    const english = group.en as Table;
    for (const locale of TRANSLATED_LOCALES) {
      describe(`${name}, ${locale}`, () => {
        let messages: Table;
        before(async () => {
          messages = (await group[locale]()) as Table;
        });

        it('has exactly the English keys', () => {
          expect(Object.keys(messages).sort()).to.deep.equal(Object.keys(english).sort());
        });

        it('gives a non-empty string for every key, formatters included', () => {
          for (const [key, message] of Object.entries(messages))
            expect(text(key, message), key).to.be.a('string').and.not.equal('');
        });

        it('is translated, not copied from English', () => {
          const copied = Object.keys(english).filter(
            (key) =>
              typeof english[key] === 'string' &&
              messages[key] === english[key] &&
              !sameAsEnglish[locale]?.includes(key),
          );
          expect(copied).to.deep.equal([]);
        });
      });
    }
  }

  it('keeps the values a formatter is given', async () => {
    for (const locale of TRANSLATED_LOCALES) {
      const rating = await STRING_GROUPS['rating-scale'][locale]();
      const provider = await STRING_GROUPS.provider[locale]();
      expect(rating.ratingValueWithAnchor(0, 10, 'anchor')).to.include('anchor');
      expect(provider.invalidClientBody('user.role')).to.include('user.role');
    }
  });
});
