import { liveQuery } from 'dexie';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getNotes, watchStoredSearchIndex } from '../db/queries';
import type { PracticeNote } from '../db/schema';
import { recordSearchGaps } from '../gaps/record-gaps';
import { matchAllNeedPhrases } from '../needs/match-need-phrases';
import type { SafetyTopicId } from '../needs/vocabulary-safety';
import type { SearchEngine, SearchHit } from '../search/create-search-engine';
import { explainHit } from '../search/explain-hit';
import { type FilterValues, toSearchFilters } from '../search/filter-values';
import { engineFor, FIRST_VIEW } from '../search/prepared-engine';
import type { SearchIndex } from '../search/search-index';
import type { ServiceSummary } from '../search/service-cards';
import {
  afterFirstAnswer,
  cachedIndex,
  firstAnswerDrawn,
  loadIndex,
  loadServiceCards,
  resultServices,
  serviceCache,
  serviceCardsOf,
  takeFirstIndexRead,
  takePreloaded,
} from './preload-search';

/** A result ready to show: the service (its card's summary, or all of it), why it matched, and the practice's note. */
export interface SearchResult {
  service: ServiceSummary;
  hit: SearchHit;
  /** Worked out when first read (see `toResult`). */
  readonly why: string[];
  note?: PracticeNote;
}

export { FIRST_VIEW };

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

/** A service's explanation for one way of matching it, kept so the same match keeps the same `why` array. */
interface Explained {
  service: ServiceSummary;
  key: string;
  why: string[];
}
/** Explanations kept at most (one per service shown lately). */
const EXPLAINED = 2000;

const matchKey = (hit: SearchHit) =>
  `${hit.needs.join()}|${hit.words.map((w) => `${w.query}/${w.word}/${w.kind}`).join()}|${hit.pinned}|${hit.distanceKm}`;

/**
 * A result whose `why` is worked out only when read: only the cards drawn read it, not every result of every
 * keystroke. The same service matched the same way answers the same array, so its card need not redraw.
 */
function toResult(
  service: ServiceSummary,
  hit: SearchHit,
  note: PracticeNote | undefined,
  explained: Map<string, Explained>,
): SearchResult {
  return {
    service,
    hit,
    note,
    get why() {
      const key = matchKey(hit);
      const known = explained.get(service.id);
      if (known?.key === key && known.service === service) return known.why;
      if (explained.size >= EXPLAINED) explained.clear();
      const why = explainHit(service, hit);
      explained.set(service.id, { service, key, why });
      return why;
    },
  };
}

/** `next`, or `before` when it holds the same items (so memoised views see no change). */
function same<T>(before: T[], next: T[]): T[] {
  return before.length === next.length && before.every((item, i) => item === next[i]) ? before : next;
}

function sameBy<T>(before: T[], next: T[], key: (item: T) => string): T[] {
  return before.length === next.length && before.every((item, i) => key(item) === key(next[i] as T)) ? before : next;
}

let firstResultsMarked = false;

/** The index for a liveQuery run: the preloaded one the first time (only its key is read, to watch it), else read. */
async function currentIndex(): Promise<SearchIndex | undefined> {
  const early = takePreloaded();
  if (!early) return loadIndex();
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
  const explained = useRef(new Map<string, Explained>());

  // A layout effect, so the index read and its watch start in the first render's own task, not a frame later.
  useLayoutEffect(() => {
    // While the index is still being read, build what reading a query needs and the index does not (the need
    // phrases' first-word tables, read from the whole vocabulary): otherwise it runs between the index arriving and
    // the first results. Built once per panel; later calls find it built.
    const warm = setTimeout(() => matchAllNeedPhrases('debt'), 0);
    // The first index is searched as soon as it is read; the watch below starts once its answer is drawn, then
    // follows imports (and answers the same index first, which changes nothing).
    let mounted = true;
    void (takeFirstIndexRead() ?? Promise.resolve(undefined)).then((loaded) => {
      if (mounted) setIndex((current) => current ?? loaded);
      if (!loaded) firstAnswerDrawn();
    }, firstAnswerDrawn);
    const subscriptions: { unsubscribe(): void }[] = [];
    void afterFirstAnswer().then(() => {
      if (!mounted) return;
      // liveQuery re-runs when the background commits an import (Dexie broadcasts changes across contexts); its
      // first run answers the index as it is now, so an import committed meanwhile is not missed.
      const indexSub = liveQuery(currentIndex).subscribe({
        next: (loaded) => {
          // A new index means the directory changed: services read before may be out of date.
          if (loaded?.builtAt !== cachedIndex.builtAt) serviceCache.reset();
          cachedIndex.builtAt = loaded?.builtAt;
          setIndex(loaded);
        },
        error: () => setIndex(undefined),
      });
      const notesSub = liveQuery(getNotes).subscribe({
        // No notes before and none now keeps the same map: the first results are not searched a second time.
        next: (list) =>
          setNotes((before) =>
            list.length === 0 && before.size === 0 ? before : new Map(list.map((note) => [note.serviceId, note])),
          ),
      });
      subscriptions.push(indexSub, notesSub);
    });
    return () => {
      mounted = false;
      clearTimeout(warm);
      for (const subscription of subscriptions) subscription.unsubscribe();
    };
  }, []);

  const engine: SearchEngine | undefined = useMemo(() => {
    if (!index) return undefined;
    const created = engineFor(index);
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
    if (!firstResultsMarked) performance.mark('signpost:first-search');
    const ids = response.hits.map((hit) => hit.id);
    let first = true;
    let drawn = -1;
    const show = (services: ServiceSummary[]) => {
      // A later read may finish first: never replace more results with fewer.
      if (run !== sequence.current || services.length <= drawn) return;
      drawn = services.length;
      const byId = new Map(services.map((service) => [service.id, service]));
      const results = response.hits.flatMap((hit) => {
        const service = byId.get(hit.id);
        return service ? [toResult(service, hit, notes.get(hit.id), explained.current)] : [];
      });
      if (first) {
        first = false;
        firstAnswerDrawn();
        void recordSearchGaps(index, [...(filters.needs ?? []), ...response.needs], filters.near);
      }
      const { total } = response;
      setState((before) => ({
        answered: query,
        results,
        shown: ids.length,
        total,
        // The same words as before keep the same arrays, so views given them (chips, notices) need not redraw.
        needs: same(before.needs, response.needs),
        corrections: sameBy(before.corrections, response.corrections, (c) => `${c.from}>${c.to}`),
        safety: same(before.safety, response.safety),
      }));
      if (!firstResultsMarked && results.length > 0) {
        firstResultsMarked = true;
        performance.mark('signpost:first-services');
        // Read by `npm run bench`: the panel's open → first results time.
        requestAnimationFrame(() => performance.mark('signpost:first-results'));
      }
      // After the first results are painted, the cards are read for the keystrokes to come.
      if (!serviceCardsOf(index)) requestAnimationFrame(() => setTimeout(() => loadServiceCards(index), 0));
    };
    resultServices(index, ids, Math.min(FIRST_VIEW, ids.length), show);
  }, [engine, index, query, filterKey, limit, notes]);

  return { ready: engine !== undefined, index, notes, problems, active, ...state };
}
