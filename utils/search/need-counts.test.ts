import { describe, expect, it } from 'vitest';
import { needVocabulary } from '../needs/need-vocabulary';
import { needCounts } from './need-counts';
import type { SearchIndex } from './search-index';

describe('needCounts', () => {
  it('counts each need over every service, the first and last bits of each word included', () => {
    const needIds = needVocabulary.slice(0, 34).map((need) => need.id);
    expect(needIds.length).toBe(34);
    // Three services, two words each: service 0 meets needs 0 and 31, service 1 needs 31, 32 and 33, service 2 none.
    const needBits = new Uint32Array([(1 | (1 << 31)) >>> 0, 0, (1 << 31) >>> 0, 0b11, 0, 0]);
    const index = { ids: ['a', 'b', 'c'], needIds, needWords: 2, needBits } as unknown as SearchIndex;
    const counts = Object.fromEntries(needCounts(index).map((chip) => [chip.id, chip.count]));
    expect(counts).toEqual({
      [needIds[0] as string]: 1,
      [needIds[31] as string]: 2,
      [needIds[32] as string]: 1,
      [needIds[33] as string]: 1,
    });
  });
});
