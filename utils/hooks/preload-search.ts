import { takeEarlyIndexRead } from '../db/early-index-read';
import { readServiceCards, readStoredSearchIndex } from '../db/read-search-index';
import type { Service } from '../db/schema';
import { createServiceCache } from '../db/service-cache';
import { unpackOnce } from '../search/prepared-engine';
import { SEARCH_INDEX_VERSION, type SearchIndex } from '../search/search-index';
import { isWholeService, type ServiceCards, type ServiceSummary, unpackServiceCards } from '../search/service-cards';

/**
 * The side panel's first reads, kept apart from the search code: `mount.tsx` calls `preloadSearch` before the first
 * render. The index itself is usually read already (`main.tsx` starts a plain IndexedDB read before any of this code
 * loads); the live generations are read from here.
 */

/** Services the panel has read, shared by its searches; reset whenever a new index loads. */
export const serviceCache = createServiceCache();

/** The stored index, or one built here when the background has not built one yet (an older version's data). */
export async function loadIndex(): Promise<SearchIndex | undefined> {
  // The panel's first script may have started the read already, without Dexie; if it found nothing, Dexie reads.
  const early = takeEarlyIndexRead();
  if (!early) performance.mark('signpost:index-requested');
  const stored = (await early) ?? (await readStoredSearchIndex());
  performance.mark('signpost:index-loaded');
  if (stored?.version === SEARCH_INDEX_VERSION) return unpackOnce(stored);
  // Rare (data from before the index was stored): the builder and every service are loaded only then.
  const [{ getAllServices }, { buildSearchIndex }] = await Promise.all([
    import('../db/queries'),
    import('../search/build-search-index'),
  ]);
  const services = await getAllServices();
  return services.length ? buildSearchIndex(services) : undefined;
}

let preloaded: Promise<SearchIndex | undefined> | undefined;
let firstRead: Promise<SearchIndex | undefined> | undefined;
/** When the index the cached services go with was built. */
export const cachedIndex: { builtAt: number | undefined } = { builtAt: undefined };

/** Starts reading the search index and the live generations; the first search takes what it read. */
export function preloadSearch(): void {
  preloaded ??= loadIndex().then((index) => {
    cachedIndex.builtAt = index?.builtAt;
    return index;
  });
  firstRead ??= preloaded;
  serviceCache.warm();
}

/**
 * The panel's first index read, once, for the search to start from as soon as it arrives, without waiting for the
 * database watch that follows changes (opening Dexie and reading the index's key first).
 */
export function takeFirstIndexRead(): Promise<SearchIndex | undefined> | undefined {
  const first = firstRead;
  firstRead = undefined;
  return first;
}

/** The preloaded index, once: later reads go to the database. */
export function takePreloaded(): Promise<SearchIndex | undefined> | undefined {
  const early = preloaded;
  preloaded = undefined;
  return early;
}

let drawn: () => void = () => undefined;
const firstAnswer = new Promise<void>((resolve) => {
  drawn = () => requestAnimationFrame(() => setTimeout(resolve, 0));
  // Should the first answer never be drawn (its services could not be read), the watches start anyway.
  setTimeout(resolve, 5000);
});

/** The panel's first answer is drawn (results or none), or there is no index to search: see `afterFirstAnswer`. */
export function firstAnswerDrawn(): void {
  drawn();
}

/**
 * Settles after the frame that paints the panel's first answer: the database watches (Dexie opening, its first
 * queries) start only then, so they do not hold up the first results' own reads and rendering.
 */
export function afterFirstAnswer(): Promise<void> {
  return firstAnswer;
}

/** The loaded index's card summaries, once read: results are drawn from them without waiting for IndexedDB. */
const cardsRead: { builtAt?: number; cards?: ServiceCards } = {};

/** The card summaries of this index, if read yet. */
export function serviceCardsOf(index: SearchIndex): ServiceCards | undefined {
  return cardsRead.builtAt === index.builtAt ? cardsRead.cards : undefined;
}

/**
 * Reads the cards stored with this index, once (the panel calls it after its first results, so opening never waits
 * for them). Cards of another index, or none (a directory imported before cards were stored), are not used.
 */
export function loadServiceCards(index: SearchIndex): void {
  if (cardsRead.builtAt === index.builtAt) return;
  cardsRead.builtAt = index.builtAt;
  cardsRead.cards = undefined;
  readServiceCards()
    .then((stored) => {
      if (cardsRead.builtAt !== index.builtAt || stored?.builtAt !== index.builtAt) return;
      if (stored.count !== index.ids.length) return;
      cardsRead.cards = unpackServiceCards(stored, index.ids);
      // Read by scripts/bench/profile-panel.ts: from here on no keystroke waits for IndexedDB.
      performance.mark('signpost:cards-ready');
    })
    .catch(() => undefined);
}

/** The whole service behind a result's card (its row), for its details and a referral. */
export async function wholeService(service: ServiceSummary): Promise<Service | undefined> {
  if (isWholeService(service)) return service;
  const [whole] = await serviceCache.get([service.id]);
  return whole;
}
