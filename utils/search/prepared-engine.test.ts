import { describe, expect, it } from 'vitest';
import { GAP_INDEX } from '../gaps/gap-directory.fixture';
import { createSearchEngine } from './create-search-engine';
import { engineFor, prepareEngine, unpackOnce } from './prepared-engine';
import { packSearchIndex } from './search-index';

const ids = (response: { hits: { id: string }[] }) => response.hits.map((hit) => hit.id);

describe('the engine made before the panel has loaded', () => {
  it('unpacks a stored index once: the panel and the early engine share the same index', () => {
    const stored = packSearchIndex(GAP_INDEX);
    expect(unpackOnce(stored)).toBe(unpackOnce(stored));
    expect(unpackOnce(packSearchIndex(GAP_INDEX))).not.toBe(unpackOnce(stored));
  });

  it('is taken once by the search, and answers as a new engine would', () => {
    const stored = packSearchIndex(GAP_INDEX);
    prepareEngine(stored, 'debt', 25);
    const index = unpackOnce(stored);
    const early = engineFor(index);
    const fresh = createSearchEngine(index);
    for (const query of ['debt', 'lonely', 'food bank', 'debt advise']) {
      expect(ids(early.search(query, {}, 25))).toEqual(ids(fresh.search(query, {}, 25)));
    }
    expect(ids(early.search('debt', {}, 25)).length).toBeGreaterThan(0);
    // A second search component gets an engine of its own (pins are per engine).
    expect(engineFor(index)).not.toBe(early);
  });

  it("answers the panel's first search with the search it ran ahead, exactly as a new engine answers it", () => {
    const stored = packSearchIndex(GAP_INDEX);
    const ahead = prepareEngine(stored, 'debt', 25);
    const index = unpackOnce(stored);
    const early = engineFor(index);
    early.setPinned([]);
    const first = early.search('debt', { needs: [] }, 25);
    expect(first).toBe(ahead);
    expect(first).toEqual(createSearchEngine(index).search('debt', { needs: [] }, 25));
    // Only once: the same query again is searched anew, and answers the same.
    const again = early.search('debt', { needs: [] }, 25);
    expect(again).not.toBe(ahead);
    expect(again).toEqual(first);
  });

  it('searches anew when the first search asks something else, or pins are set', () => {
    const other = packSearchIndex(GAP_INDEX);
    const ahead = prepareEngine(other, 'debt', 25);
    const engine = engineFor(unpackOnce(other));
    expect(engine.search('debt', { needs: [] }, 10)).not.toBe(ahead);
    const pinned = packSearchIndex(GAP_INDEX);
    const aheadPinned = prepareEngine(pinned, 'debt', 25);
    const index = unpackOnce(pinned);
    const withPins = engineFor(index);
    const last = aheadPinned?.hits.at(-1)?.id ?? '';
    withPins.setPinned([last]);
    const answer = withPins.search('debt', { needs: [] }, 25);
    expect(answer).not.toBe(aheadPinned);
    expect(answer.hits[0]?.id).toBe(last);
  });

  it('is not made again once the search has made its own', () => {
    performance.clearMarks('signpost:engine-prepared');
    const stored = packSearchIndex(GAP_INDEX);
    const own = engineFor(unpackOnce(stored));
    prepareEngine(stored, 'debt', 25);
    expect(performance.getEntriesByName('signpost:engine-prepared')).toHaveLength(0);
    expect(engineFor(unpackOnce(stored))).not.toBe(own);
  });
});
