import type { StoredSearchIndex } from '../search/search-index';

/** The database Dexie opens (`AppDB`'s default name in db.ts) and the object stores of its tables read here. */
const DATABASE = 'signpost';
const STORE = 'searchIndex';
const SOURCES = 'sources';

let early: Promise<StoredSearchIndex | undefined> | undefined;
let generations: Promise<Map<string, string> | undefined> | undefined;
let connection: IDBDatabase | undefined;

/**
 * Each source's live generation, by source id, from the sources' stored statuses (read here with plain IndexedDB,
 * or through Dexie by `liveGenerations`); undefined if what was read is not a list.
 */
export function generationsOf(sources: unknown): Map<string, string> | undefined {
  if (!Array.isArray(sources)) return undefined;
  const live = new Map<string, string>();
  for (const source of sources as { id?: unknown; generation?: unknown }[])
    if (typeof source?.id === 'string' && typeof source.generation === 'string') live.set(source.id, source.generation);
  return live;
}

/**
 * Starts reading the stored search index, and the sources' live generations with it (one transaction, so the two
 * agree), with plain IndexedDB, before Dexie's code has even loaded: the side panel's first script
 * (`entrypoints/sidepanel/main.tsx`) calls it, so the read overlaps loading and evaluating the rest of the panel,
 * and the first results' services can be read before Dexie has opened the database. It never creates the database
 * (Dexie does, with its schema), and answers undefined when there is no database or index yet, or anything fails;
 * the caller then reads through Dexie as usual.
 */
export function startEarlyIndexRead(database = DATABASE): void {
  if (early) return;
  let answerGenerations: (live: Map<string, string> | undefined) => void = () => undefined;
  generations = new Promise((resolve) => {
    answerGenerations = resolve;
  });
  early = new Promise((resolve) => {
    const fail = () => {
      answerGenerations(undefined);
      resolve(undefined);
    };
    if (typeof indexedDB === 'undefined') return fail();
    performance.mark('signpost:index-requested');
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(database);
    } catch {
      return fail();
    }
    // No database yet: aborting the creation leaves none behind.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = fail;
    request.onblocked = fail;
    request.onsuccess = () => {
      const opened = request.result;
      // Dexie opening a newer version (after an update) must not wait for this connection.
      opened.onversionchange = () => {
        opened.close();
        connection = undefined;
      };
      try {
        const transaction = opened.transaction([STORE, SOURCES], 'readonly');
        const get = transaction.objectStore(STORE).get('all');
        const sources = transaction.objectStore(SOURCES).getAll();
        get.onsuccess = () => {
          performance.mark('signpost:index-read');
          resolve(get.result as StoredSearchIndex | undefined);
        };
        get.onerror = () => resolve(undefined);
        sources.onsuccess = () => answerGenerations(generationsOf(sources.result));
        sources.onerror = () => answerGenerations(undefined);
        // Kept open for the first services' read (`earlyConnection`), while Dexie's own connection opens.
        connection = opened;
      } catch {
        opened.close();
        fail();
      }
    };
  });
}

/** The early read's answer without taking it (the search prepares its engine from it); undefined if none. */
export function peekEarlyIndexRead(): Promise<StoredSearchIndex | undefined> | undefined {
  return early;
}

/** The early read's answer, once (later reads go through Dexie); undefined when none was started. */
export function takeEarlyIndexRead(): Promise<StoredSearchIndex | undefined> | undefined {
  const answer = early;
  early = undefined;
  return answer;
}

/** The sources' live generations read with the index, once; undefined when none was started. */
export function takeEarlyGenerations(): Promise<Map<string, string> | undefined> | undefined {
  const answer = generations;
  generations = undefined;
  return answer;
}

/** The early read's connection while it is still open: the first services are read through it. */
export function earlyConnection(): IDBDatabase | undefined {
  return connection;
}
