import { describe, expect, it } from 'vitest';
import { editDistance, WordLookup } from './word-lookup';

const FREQUENCY: Record<string, number> = {
  housing: 120,
  hosing: 1,
  house: 40,
  debt: 80,
  depot: 2,
  loneliness: 30,
  shop: 20,
  shopmobility: 3,
};
const lookup = new WordLookup(Object.keys(FREQUENCY).sort(), (word) => FREQUENCY[word] ?? 0);

describe('WordLookup', () => {
  it('finds a word exactly, and the words it begins while it is being typed', () => {
    expect(lookup.lookup('debt', false).map((m) => [m.word, m.kind])).toEqual([['debt', 'exact']]);
    expect(lookup.lookup('hous', true).map((m) => m.word)).toEqual(['house', 'housing']);
  });

  it('begins words with the word as typed, not its index form: "shops" (index "shop") does not begin "shopmobility"', () => {
    expect(lookup.lookup('shop', true, 'shops').map((m) => m.word)).toEqual(['shop']);
    expect(lookup.lookup('shop', true).map((m) => m.word)).toEqual(['shop', 'shopmobility']);
  });

  it('corrects a typo to the common word rather than a rare look-alike', () => {
    const [best] = lookup.lookup('housng', false);
    expect(best).toMatchObject({ word: 'housing', kind: 'typo' });
  });

  it('reads a rare word as a possible typo of a common one ("dept" → debt)', () => {
    expect(lookup.lookup('dept', false).map((m) => m.word)).toContain('debt');
  });

  it('does not forgive a wrong first letter, and offers nothing for unknown short words', () => {
    expect(lookup.lookup('xousing', false)).toEqual([]);
    expect(lookup.lookup('zz', true)).toEqual([]);
  });
});

describe('editDistance', () => {
  it.each([
    ['housng', 'housing', 1],
    ['dept', 'debt', 1],
    ['lonelyness', 'loneliness', 1],
    ['bereavment', 'bereavement', 1],
    ['carer', 'caerr', 1],
    ['housng', 'hunger', 4],
    ['', 'abc', 3],
  ])('%s → %s: %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe('WordLookup with known words', () => {
  const words: Record<string, number> = { running: 40, housing: 120 };
  const withKnown = new WordLookup(Object.keys(words).sort(), (word) => words[word] ?? 0, new Set(['ruining']));
  const without = new WordLookup(Object.keys(words).sort(), (word) => words[word] ?? 0);

  it('never corrects a known word to a look-alike ("ruining" is not "running")', () => {
    expect(without.lookup('ruining', false).map((m) => m.word)).toContain('running');
    expect(withKnown.lookup('ruining', false)).toEqual([]);
  });

  it("lists a known word's other forms for the safety reading, never a different word", () => {
    const safetyWords: Record<string, number> = { violence: 30, stalked: 1, running: 40 };
    const lookup = new WordLookup(
      Object.keys(safetyWords).sort(),
      (word) => safetyWords[word] ?? 0,
      new Set(['violent', 'sacked', 'ruining']),
    );
    expect(lookup.lookAlikes('violent')).toEqual(['violence']);
    expect(lookup.lookAlikes('sacked')).toEqual([]);
    expect(lookup.lookAlikes('ruining')).toEqual([]);
  });

  it('still corrects a misspelling that is not a known word', () => {
    expect(withKnown.lookup('housng', false).map((m) => m.word)).toEqual(['housing']);
  });
});

describe('WordLookup: real words are not typos', () => {
  const words: Record<string, number> = {
    evict: 3,
    eviction: 12,
    existing: 30,
    borrow: 2,
    booking: 40,
    site: 50,
    sighted: 4,
    smoke: 5,
    smoking: 30,
    stop: 20,
    worry: 8,
    losing: 6,
    lose: 9,
    live: 20,
    lived: 3,
  };
  const lookup = new WordLookup(Object.keys(words).sort(), (word) => words[word] ?? 0);
  const read = (word: string, partial = false) => lookup.lookup(word, partial).map((m) => [m.word, m.kind]);

  it.each([
    ['evicting', 'evict'],
    ['borrowing', 'borrow'],
    ['stopping', 'stop'],
    ['stopped', 'stop'],
    ['worried', 'worry'],
  ])('reads "%s" as a form of %s, never as a look-alike', (word, base) => {
    expect(lookup.baseOf(word)).toBe(base);
    expect(read(word).map(([, kind]) => kind)).not.toContain('typo');
  });

  it('still corrects a form that breaks the spelling rules ("smokeing") or a plain typo', () => {
    expect(lookup.baseOf('smokeing')).toBeUndefined();
    expect(read('smokeing')).toContainEqual(['smoking', 'typo']);
    expect(read('evictoin')).toContainEqual(['eviction', 'typo']);
  });

  it('reads a real word typed for a need word it sounds like as that word ("loosing" → losing)', () => {
    expect(read('loosing')).toEqual([['losing', 'typo']]);
    expect(lookup.baseOf('sited')).toBe('site');
    expect(read('sited')).toEqual([['sighted', 'typo']]);
    expect(read('loosing', true)).toContainEqual(['losing', 'typo']);
  });
});
