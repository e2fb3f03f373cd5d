import { liveQuery } from 'dexie';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getAllServices, getNotes, getStoredSearchIndex, watchStoredSearchIndex } from '../db/queries';
import type { PracticeNote, Service } from '../db/schema';
import { createServiceCache } from '../db/service-cache';
import { recordSearchGaps } from '../gaps/record-gaps';
import type { SafetyTopicId } from '../needs/vocabulary-safety';
import { buildSearchIndex } from '../search/build-search-index';
import { createSearchEngine, type SearchEngine, type SearchHit } from '../search/create-search-engine';
import { explainHit } from '../search/explain-hit';
import { type FilterValues, toSearchFilters } from '../search/filter-values';
import { SEARCH_INDEX_VERSION, type SearchIndex, unpackSearchIndex } from '../search/search-index';

/** A result ready to show: the service, why it matched, and the practice's note on it. */
export interface SearchResult {
  service: Service;
  hit: SearchHit;
  why: string[];
  note?: PracticeNote;
}

/** Results drawn in the keystroke's own frame: more than a side panel shows at once. The rest follow when read. */
export const FIRST_VIEW = 8;

export interface SearchState {
  /** False until the index is loaded. */
  ready: boolean;
  /** The query these results answer: results arrive a moment after each keystroke. */
  answered: string | undefined;
  index: SearchIndex | undefined;
  results: SearchResult[];
  /** Results this answer has (the limit or fewer), while `results` may still be reading the later ones. */
  shown: number;
  total: number;
  /** Needs read from the typed words. */
  needs: string[];
  /** Safety topics the typed words point at: their notice shows above the results. */
  safety: SafetyTopicId[];
  corrections: { from: string; to: string }[];
  notes: Map<string, PracticeNote>;
  /** Filter values that cannot be used, in plain words, and how many filters are on. */
  problems: { postcode?: string; age?: string };
  active: number;
}

/** The stored index, or one built here when the background has not built one yet (an older version's data). */
async function loadIndex(): Promise<SearchIndex | undefined> {
  performance.mark('signpost:index-requested');
  const stored = await getStoredSearchIndex();
  performance.mark('signpost:index-loaded');
  if (stored?.version === SEARCH_INDEX_VERSION) return unpackSearchIndex(stored);
  const services = await getAllServices();
  return services.length ? buildSearchIndex(services) : undefined;
}

let firstResultsMarked = false;
/** Services the panel has read, shared by its searches; reset whenever a new index loads. */
const cache = createServiceCache();
/** The index read started by `preloadSearch`, before the panel's first render; taken by the first search. */
let preloaded: Promise<SearchIndex | undefined> | undefined;
/** When the index the cached services go with was built. */
let cachedFor: number | undefined;

/**
 * Starts reading the search index and the live generations as soon as the panel's script runs, instead of after
 * its first render and paint: the first results come that much sooner.
 */
export function preloadSearch(): void {
  preloaded ??= loadIndex().then((index) => {
    cachedFor = index?.builtAt;
    return index;
  });
  cache.warm();
}

/** The index for a liveQuery run: the preloaded one the first time (only its key is read, to watch it), else read. */
async function currentIndex(): Promise<SearchIndex | undefined> {
  const early = preloaded;
  if (!early) return loadIndex();
  preloaded = undefined;
  await watchStoredSearchIndex();
  return early;
}

/** Searches the cached directory as the user types; reloads when an import or practice note changes. */
export function useSearch(query: string, values: FilterValues, chips: string[], limit = 50): SearchState {
  const [index, setIndex] = useState<SearchIndex>();
  const [notes, setNotes] = useState<Map<string, PracticeNote>>(new Map());
  const [state, setState] = useState<Omit<SearchState, 'ready' | 'index' | 'notes' | 'problems' | 'active'>>({
    answered: undefined,
    results: [],
    shown: 0,
    total: 0,
    needs: [],
    corrections: [],
    safety: [],
  });
  const sequence = useRef(0);

  useEffect(() => {
    // liveQuery re-runs when the background commits an import (Dexie broadcasts changes across contexts).
    const indexSub = liveQuery(currentIndex).subscribe({
      next: (loaded) => {
        // A new index means the directory changed: services read before may be out of date.
        if (loaded?.builtAt !== cachedFor) cache.reset();
        cachedFor = loaded?.builtAt;
        setIndex(loaded);
      },
      error: () => setIndex(undefined),
    });
    const notesSub = liveQuery(getNotes).subscribe({
      next: (list) => setNotes(new Map(list.map((note) => [note.serviceId, note]))),
    });
    return () => {
      indexSub.unsubscribe();
      notesSub.unsubscribe();
    };
  }, []);

  const engine: SearchEngine | undefined = useMemo(() => {
    if (!index) return undefined;
    const created = createSearchEngine(index);
    performance.mark('signpost:engine-ready');
    return created;
  }, [index]);
  // Declared before the search effect, so a search after a note change already ranks the new pins first.
  useLayoutEffect(() => {
    engine?.setPinned([...notes.values()].filter((note) => note.pinned).map((n) => n.serviceId));
  }, [engine, notes]);

  // Postcodes are placed with the loaded index's own locations, so the filters follow the index.
  const { filters, problems, active } = useMemo(() => toSearchFilters(values, chips, index), [values, chips, index]);
  const filterKey = JSON.stringify(filters);
  // A layout effect: the search runs in the keystroke's own task, so results already read are drawn in its frame.
  useLayoutEffect(() => {
    if (!engine || !index) return;
    const run = ++sequence.current;
    const response = engine.search(query, filters, limit);
    const ids = response.hits.map((hit) => hit.id);
    let first = true;
    const show = (services: Service[]) => {
      if (run !== sequence.current) return;
      const byId = new Map(services.map((service) => [service.id, service]));
      const results = response.hits.flatMap((hit) => {
        const service = byId.get(hit.id);
        return service ? [{ service, hit, why: explainHit(service, hit), note: notes.get(hit.id) }] : [];
      });
      if (first) {
        first = false;
        void recordSearchGaps(index, [...(filters.needs ?? []), ...response.needs], filters.near);
      }
      const { total, corrections, safety } = response;
      setState({ answered: query, results, shown: ids.length, total, needs: response.needs, corrections, safety });
      if (!firstResultsMarked && results.length > 0) {
        firstResultsMarked = true;
        // Read by `npm run bench`: the panel's open → first results time.
        requestAnimationFrame(() => performance.mark('signpost:first-results'));
      }
    };
    // The first view's services read before are shown at once; the rest (or all, if one is new) after one read.
    const known = cache.peek(ids);
    if (known.length >= Math.min(FIRST_VIEW, ids.length)) show(known);
    if (known.length < ids.length) void cache.get(ids).then(show);
  }, [engine, index, query, filterKey, limit, notes]);

  return { ready: engine !== undefined, index, notes, problems, active, ...state };
}
