import { takeEarlyIndexRead, takeFirstView } from '../db/early-index-read';
import { readStoredSearchIndex } from '../db/read-search-index';
import type { Service } from '../db/schema';
import { createServiceCache } from '../db/service-cache';
import { readCardParts, readCardsHeader } from '../db/service-cards-store';
import { unpackOnce } from '../search/prepared-engine';
import { isReadableIndex, type SearchIndex } from '../search/search-index';
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
  if (isReadableIndex(stored)) return unpackOnce(stored);
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

/** Parts the background reads a transaction. */
const PARTS_AT_ONCE = 16;

/** The loaded index's card summaries, once their header is read: results are drawn from them without waiting. */
const cardsRead: {
  builtAt?: number;
  cards?: ServiceCards;
  /** Parts being read, and whether by the background. */
  reading: Map<number, { read: Promise<void>; idle: boolean }>;
} = {
  reading: new Map(),
};

/** The card summaries of this index (their parts may still be being read), if their header is read yet. */
export function serviceCardsOf(index: SearchIndex): ServiceCards | undefined {
  return cardsRead.builtAt === index.builtAt ? cardsRead.cards : undefined;
}

/**
 * Reads the parts of these cards not read yet, in one transaction. A keystroke's read (not `idle`) waits for another
 * keystroke's read of the same part, but never for the background's, which waits for the panel to be idle.
 */
function readParts(cards: ServiceCards, builtAt: number, parts: number[], idle: boolean): Promise<void> {
  const reading = cardsRead.reading;
  const wanted = parts.filter(
    (part) => !cards.hasPart(part) && !(reading.get(part) && (idle || !reading.get(part)?.idle)),
  );
  const read =
    wanted.length === 0
      ? Promise.resolve()
      : readCardParts(wanted, builtAt, idle).then((texts) => {
          texts.forEach((text, i) => {
            if (text !== undefined) cards.addPart(wanted[i] ?? -1, text);
          });
        });
  const entry = { read, idle };
  for (const part of wanted) reading.set(part, entry);
  const settled = read.finally(() => {
    for (const part of wanted) if (reading.get(part) === entry) reading.delete(part);
  });
  const others = parts.flatMap((part) => {
    const other = reading.get(part);
    return other && other !== entry ? [other.read] : [];
  });
  return Promise.all([settled, ...others]).then(() => undefined);
}

/**
 * Reads the parts holding these ids' cards, ahead of the background read (a keystroke whose results are in parts not
 * read yet waits for those few parts only); `idle` turns them into text only when the panel is idle.
 */
export function readCardsFor(index: SearchIndex, ids: string[], idle = false): Promise<void> {
  const cards = serviceCardsOf(index);
  if (!cards) return Promise.resolve();
  return readParts(cards, index.builtAt, cards.partsOf(ids), idle);
}

/**
 * Reads the cards stored with this index, once (the panel calls it after its first results, so opening never waits
 * for them): the header at once, then the parts a few at a time, each turned into text when the panel is idle.
 * Cards of another index, or none (a directory imported before cards were stored), are not used.
 */
export function loadServiceCards(index: SearchIndex): void {
  if (cardsRead.builtAt === index.builtAt) return;
  const { builtAt } = index;
  cardsRead.builtAt = builtAt;
  cardsRead.cards = undefined;
  cardsRead.reading = new Map();
  const current = () => cardsRead.builtAt === builtAt;
  readCardsHeader()
    .then(async (stored) => {
      if (!current() || stored?.builtAt !== builtAt) return;
      if (stored.count !== index.ids.length) return;
      const cards = unpackServiceCards({ perChunk: stored.perChunk, chunks: stored.chunks ?? [] }, index.ids);
      cardsRead.cards = cards;
      // A few parts a transaction, all asked for at once (one transaction after another waited a round trip each:
      // 1.8 s for the 100 parts at 50,000 services against 1.1 s asked at once, one run each under load), each turned
      // into text in the panel's idle time. A keystroke's own read of a part is a transaction of its own.
      const parts = stored.parts ?? 0;
      const batches: Promise<void>[] = [];
      for (let from = 0; from < parts; from += PARTS_AT_ONCE) {
        const batch = Array.from({ length: Math.min(PARTS_AT_ONCE, parts - from) }, (_, i) => from + i);
        batches.push(readParts(cards, builtAt, batch, true));
      }
      await Promise.all(batches);
      // Read by scripts/bench/profile-panel.ts: from here on no keystroke waits for IndexedDB.
      if (current()) performance.mark('signpost:cards-ready');
    })
    .catch(() => undefined);
}

/**
 * Hands `show` the services of a search's results (`ids`, in rank order) as they can be drawn: at once, in the
 * keystroke's own task, when their cards are read; else the first `firstView` as soon as they are read, then all
 * (once the panel is idle).
 * Drawn from the cards once their header is read (reading the few parts needed first); before that, or where a part
 * cannot be read, from the services' rows through the cache.
 */
export function resultServices(
  index: SearchIndex,
  ids: string[],
  firstView: number,
  show: (services: ServiceSummary[]) => void,
): void {
  const cache = serviceCache;
  const cards = serviceCardsOf(index);
  if (cards) {
    const drawable = () => {
      const found: ServiceSummary[] = [];
      for (const id of ids) {
        const card = cards.get(id);
        if (!card) break;
        found.push(card);
      }
      return found;
    };
    const now = drawable();
    if (now.length === ids.length) {
      show(now);
      return;
    }
    const fromRows = () => void cache.get(ids).then(show);
    if (now.length >= firstView) show(now);
    else
      void readCardsFor(index, ids.slice(0, firstView)).then(() => {
        // Short only when a part could not be read: then the rows below answer.
        const found = drawable();
        if (found.length >= firstView) show(found);
      }, fromRows);
    // The rest are not drawn in this frame: their parts are turned into text when the panel is idle.
    void readCardsFor(index, ids, true).then(() => {
      const found = drawable();
      if (found.length === ids.length) show(found);
      else fromRows();
    }, fromRows);
    return;
  }
  // The first view's services read before are shown at once. Otherwise the first view is read on its own (a smaller
  // read answers sooner; the panel's first one was read ahead, in boot.ts), and the rest after it.
  const known = cache.peek(ids);
  const first = ids.slice(0, firstView);
  if (known.length >= firstView) show(known);
  else void takeFirstView(first, () => cache.get(first)).then(show);
  if (known.length < ids.length) void cache.get(ids).then(show);
}

/** The whole service behind a result's card (its row), for its details and a referral. */
export async function wholeService(service: ServiceSummary): Promise<Service | undefined> {
  if (isWholeService(service)) return service;
  const [whole] = await serviceCache.get([service.id]);
  return whole;
}
