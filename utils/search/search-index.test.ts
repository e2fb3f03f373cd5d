import { describe, expect, it } from 'vitest';
import { GAP_INDEX } from '../gaps/gap-directory.fixture';
import { packSearchIndex, type StoredSearchIndex, unpackSearchIndex } from './search-index';

describe('the stored search index', () => {
  it('reads back exactly what was packed, postcodes included', () => {
    expect(Object.keys(GAP_INDEX.postcodes).length).toBeGreaterThan(0);
    const stored = packSearchIndex(GAP_INDEX);
    expect(stored).not.toHaveProperty('postcodes');
    const read = unpackSearchIndex(structuredClone(stored));
    // Postings are decoded a word at a time, as searches read them: all of them here.
    for (let word = 0; word < read.words.length; word++) read.readPostings?.(word);
    expect(structuredClone(read)).toEqual(structuredClone(GAP_INDEX));
  });

  it('keeps postcodes as one string and one array of coordinates, not an object of keys', () => {
    const stored = packSearchIndex(GAP_INDEX);
    if (!('postcodeCoords' in stored)) throw new Error('postcodes were not packed');
    expect(stored.postcodeCoords).toBeInstanceOf(Float64Array);
    expect(stored.postcodeCoords.length).toBe(Object.keys(GAP_INDEX.postcodes).length * 2);
  });

  it('still reads an index stored with postcodes as objects (before they were packed)', () => {
    const { words, ids, ...rest } = GAP_INDEX;
    const older: StoredSearchIndex = { ...rest, wordList: words.join('\n'), idList: ids.join('\n') };
    expect(unpackSearchIndex(older)).toEqual(GAP_INDEX);
  });
});
