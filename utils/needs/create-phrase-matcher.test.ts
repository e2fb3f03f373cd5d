import { describe, expect, it } from 'vitest';
import { createLazyPhraseMatcher, createPhraseMatcher } from './create-phrase-matcher';

const match = createPhraseMatcher<string>([
  ['debt', 'debt'],
  ['debt advice', 'debt advice'],
  ['bereave*', 'bereave*'],
  ["can't pay rent", 'cant pay rent'],
  ['drop in', 'drop in'],
  ['warm space*', 'warm space'],
  ['warm welcome', 'exclude warm'],
  ['warm', 'warm'],
  ['memory cafe', 'memory cafe'],
  ['lonely', 'lonely'],
  ['lonely', 'lonely again'],
]);

/** Each hit as "text as written = values". */
function found(text: string): string[] {
  return match(text).map((hit) => `${text.slice(hit.start, hit.end)}=${hit.values.join('+')}`);
}

describe('createPhraseMatcher', () => {
  it.each([
    ['Free Debt Advice on Mondays', ['Debt Advice=debt advice']],
    ['debt', ['debt=debt']],
    // Word boundaries: no match inside other words.
    ['indebted to our volunteers', []],
    ['bereaved parents and bereavement support', ['bereaved=bereave*', 'bereavement=bereave*']],
    ['bereave', ['bereave=bereave*']],
    ['I cant pay rent', ['cant pay rent=cant pay rent']],
    ['I can’t pay rent', ['can’t pay rent=cant pay rent']],
    ['Drop-in sessions', ['Drop-in=drop in']],
    ['A warm welcome to our warm spaces', ['warm welcome=exclude warm', 'warm spaces=warm space']],
    ['Come to the Memory Café', ['Memory Café=memory cafe']],
    // A sentence break stops a phrase.
    ['We help with debt. Advice is free', ['debt=debt']],
    ['debt\nadvice', ['debt=debt']],
    // Addresses are skipped whole.
    ['See www.debtadvice.org.uk or email debt@example.org for help', []],
    ['Visit https://example.org/debt', []],
    ['Lonely?', ['Lonely=lonely+lonely again']],
    ['', []],
  ])('%j', (text, hits) => {
    expect(found(text)).toEqual(hits);
  });

  it('gives offsets into the original text', () => {
    const text = '  Ünïcode and DEBT  ';
    const [hit] = match(text);
    expect(hit && text.slice(hit.start, hit.end)).toBe('DEBT');
  });

  it('handles texts longer than any before (the scratch space grows)', () => {
    const text = `${'word '.repeat(5000)}debt advice`;
    expect(found(text)).toEqual(['debt advice=debt advice']);
  });

  it('finds the longest phrase whichever table holds it, and an exact word before a prefix of the same length', () => {
    const many = createPhraseMatcher<string>([
      ...Array.from({ length: 2000 }, (_, i) => [`my thing${i} here`, 'filler'] as const),
      ['my', 'my'],
      ['my son', 'pair'],
      ['my son car*', 'prefix second'],
      ['my son cares for', 'four'],
      ['suicid*', 'prefix'],
      ['suicidal', 'exact'],
    ]);
    const read = (text: string) => many(text).map((hit) => `${text.slice(hit.start, hit.end)}=${hit.values.join()}`);
    expect(read('my son cares for his brother')).toEqual(['my son cares for=four']);
    expect(read('my son cared')).toEqual(['my son cared=prefix second']);
    expect(read('my son. my')).toEqual(['my son=pair', 'my=my']);
    expect(read('feeling suicidal, suicide')).toEqual(['suicidal=exact', 'suicide=prefix']);
    expect(read('my thing1999 here')).toEqual(['my thing1999 here=filler']);
  });

  it('works out a phrase only when a text first meets its first word, and matches the same either way', () => {
    const asked: number[] = [];
    const phrases = ['debt advice', 'debt', 'housing', 'bereave* support', 'my son', 'my son cares for'];
    const lazy = createLazyPhraseMatcher(phrases, (index) => {
      asked.push(index);
      return phrases[index];
    });
    expect(asked).toEqual([]);
    const text = 'My son cares for me; debt advice and bereavement support';
    expect(lazy(text).map((hit) => hit.values)).toEqual([['my son cares for'], ['debt advice'], ['bereave* support']]);
    expect(asked.sort()).toEqual([0, 1, 3, 4, 5]);
    expect(lazy(text)).toEqual(createPhraseMatcher(phrases.map((phrase) => [phrase, phrase] as const))(text));
    lazy('housing');
    expect(asked).toHaveLength(6);
  });

  it('rejects a prefix too short to be useful', () => {
    expect(() => createPhraseMatcher([['cv*', 1]])).toThrow(/too short/);
  });
});
