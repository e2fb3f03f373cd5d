import { describe, expect, it } from 'vitest';
import { generateDirectory } from '../../scripts/bench/generate-directory';
import { generateQueries } from '../../scripts/bench/generate-queries';
import { normaliseRecords } from '../../utils/directory/normalise-records';
import { buildSearchIndex } from '../../utils/search/build-search-index';
import { createSearchEngine } from '../../utils/search/create-search-engine';
import { packPlaces } from '../../utils/search/index-layout-v3';
import {
  isReadableIndex,
  packSearchIndex,
  type SearchIndex,
  type StoredSearchIndexV3,
  unpackSearchIndex,
} from '../../utils/search/search-index';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const services = normaliseRecords(generateDirectory(3000, 5), 'bench', NOW).services;
const built = buildSearchIndex(services, NOW);
// Every prefix of each query, as typed, and each query whole: the same keystrokes the bench types.
const queries = generateQueries(60, 3).flatMap((query) => [
  ...Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)),
  `${query} `,
]);

/** Version 3's packing (the layout before the postings and needs were coded), for the upgrade path. */
function packVersion3(index: SearchIndex): StoredSearchIndexV3 {
  const { words, ids, postcodes, outcodes, ...rest } = index;
  const postcode = packPlaces(postcodes);
  const outcode = packPlaces(outcodes);
  return {
    ...rest,
    version: 3,
    wordList: words.join('\n'),
    idList: ids.join('\n'),
    postcodeList: postcode.list,
    postcodeCoords: postcode.coords,
    outcodeList: outcode.list,
    outcodeCoords: outcode.coords,
  };
}

function expectSameSearch(read: SearchIndex): void {
  const fresh = createSearchEngine(built, NOW);
  const again = createSearchEngine(read, NOW);
  let answered = 0;
  for (const query of queries) {
    const expected = fresh.search(query, {}, 25);
    expect(again.search(query, {}, 25)).toEqual(expected);
    if (expected.hits.length > 0) answered++;
  }
  // With a need chip and a place filter too.
  const near = { lat: built.lat.find((lat) => !Number.isNaN(lat)) ?? 51.45, lon: -2.58, km: 10 };
  for (const filters of [{ needs: ['debt'] }, { near, needs: [] }, { free: true, needs: ['food'] }]) {
    expect(again.search('help with', filters, 25)).toEqual(fresh.search('help with', filters, 25));
  }
  expect(answered).toBeGreaterThan(queries.length / 2);
}

describe('the stored search index, packed and read back', { timeout: 60_000 }, () => {
  it('searches exactly like the index as built, keystroke by keystroke', () => {
    const stored = structuredClone(packSearchIndex(built));
    expect(isReadableIndex(stored)).toBe(true);
    const read = unpackSearchIndex(stored);
    // Searched first, while each word's postings are decoded only as a search reads them.
    expectSameSearch(read);
    expect(read.postingDocs.some((doc, p) => doc !== built.postingDocs[p])).toBe(true);
    for (let word = 0; word < read.words.length; word++) read.readPostings?.(word);
    expect(structuredClone(read)).toEqual(structuredClone(built));
  });

  it('still reads an index stored as version 3, and searches it the same', () => {
    const older = structuredClone(packVersion3(built));
    expect(isReadableIndex(older)).toBe(true);
    expectSameSearch(unpackSearchIndex(older));
  });

  it("stores under 80% of version 3's bytes, its postings under 60%", () => {
    const bytes = (value: object): number =>
      Object.values(value).reduce(
        (sum: number, part: unknown) =>
          sum + (ArrayBuffer.isView(part) ? part.byteLength : typeof part === 'string' ? part.length : 0),
        0,
      );
    const stored = packSearchIndex(built);
    expect(bytes(stored)).toBeLessThan(bytes(packVersion3(built)) * 0.8);
    const plain = built.postingDocs.byteLength + built.postingWeights.byteLength;
    expect(stored.postings.byteLength + stored.postingByteStart.byteLength).toBeLessThan(plain * 0.6);
  });

  it('does not read a version it does not know', () => {
    expect(isReadableIndex({ version: 2 })).toBe(false);
    expect(isReadableIndex({ version: 99 })).toBe(false);
    expect(isReadableIndex(undefined)).toBe(false);
  });
});
