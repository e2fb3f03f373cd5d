import { createSearchEngine, type SearchEngine, type SearchResponse } from './create-search-engine';
import { type SearchIndex, type StoredSearchIndex, unpackSearchIndex } from './search-index';

/** Results drawn in the keystroke's own frame: more than a side panel shows at once. The rest follow when read. */
export const FIRST_VIEW = 8;

/** Each stored index read, unpacked once: the panel's early engine and its search then share one index. */
const unpacked = new WeakMap<StoredSearchIndex, SearchIndex>();
/** Engines made ahead of the panel, each taken once by its search. */
const prepared = new WeakMap<SearchIndex, SearchEngine>();
/** Indexes whose engine was made already (ahead or by the search), so none is made twice. */
const made = new WeakSet<SearchIndex>();

/** The stored index unpacked, the same object each time it is asked for the same stored record. */
export function unpackOnce(stored: StoredSearchIndex): SearchIndex {
  let index = unpacked.get(stored);
  if (!index) {
    index = unpackSearchIndex(stored);
    performance.mark('signpost:index-unpacked');
    unpacked.set(stored, index);
  }
  return index;
}

/**
 * Makes the engine for a stored index before the panel's own code has loaded, and runs the panel's first query once
 * (the panel's own search answers it again): the engine's code is compiled, and the need phrases starting with the
 * query's words are read, while the rest of the panel still loads. The panel's search then takes this engine
 * (`engineFor`), so its first answer is ranked exactly as it would have been. Answers this search's response, to
 * read its first view's services ahead; undefined when the engine was made already.
 */
export function prepareEngine(stored: StoredSearchIndex, query: string, limit: number): SearchResponse | undefined {
  const index = unpackOnce(stored);
  if (made.has(index)) return undefined;
  made.add(index);
  const engine = createSearchEngine(index);
  performance.mark('signpost:engine-made');
  // The filters the panel's first search has (no filters, no chips: `toSearchFilters(NO_FILTERS, [])`).
  const filters = { needs: [] };
  const response = engine.search(query, filters, limit);
  prepared.set(index, answeringFirst(engine, { query, filters: JSON.stringify(filters), limit, response }));
  performance.mark('signpost:engine-prepared');
  return response;
}

/**
 * The engine, answering its next search with `first` when it asks exactly the same (query, filters, limit, no pins):
 * the same engine would answer it the same, so the panel's first search does not run twice at open.
 */
function answeringFirst(
  engine: SearchEngine,
  first: { query: string; filters: string; limit: number; response: SearchResponse },
): SearchEngine {
  let ahead: typeof first | undefined = first;
  return {
    search(query, filters = {}, limit = 50) {
      const answer = ahead;
      ahead = undefined;
      if (answer && answer.query === query && answer.limit === limit && answer.filters === JSON.stringify(filters))
        return answer.response;
      return engine.search(query, filters, limit);
    },
    setPinned(ids) {
      const pins = [...ids];
      if (pins.length > 0) ahead = undefined;
      engine.setPinned(pins);
    },
  };
}

/** The engine made ahead for this index, once; otherwise a new one. */
export function engineFor(index: SearchIndex): SearchEngine {
  const early = prepared.get(index);
  prepared.delete(index);
  made.add(index);
  return early ?? createSearchEngine(index);
}
