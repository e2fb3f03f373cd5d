import type { StoredSearchIndex } from '../search/search-index';
import type { Service, ServiceChunk } from './schema';

/** The database Dexie opens (`AppDB`'s default name in db.ts) and the object stores of its tables read here. */
const DATABASE = 'signpost';
const STORE = 'searchIndex';
const SOURCES = 'sources';
const CHUNKS = 'serviceChunks';

let early: Promise<StoredSearchIndex | undefined> | undefined;
let generations: Promise<Map<string, string> | undefined> | undefined;
let connection: IDBDatabase | undefined;
/** The generations read with the index, kept for the first view's read after `takeEarlyGenerations`. */
let liveRead: Promise<Map<string, string> | undefined> | undefined;
let firstView: { ids: string[]; read: Promise<Service[] | undefined> } | undefined;

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
  liveRead = generations;
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
          // Reading `result` is when the browser turns the stored bytes back into objects (~7 ms a megabyte).
          const stored = get.result as StoredSearchIndex | undefined;
          performance.mark('signpost:index-deserialised');
          resolve(stored);
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

/** As `generationKey` and `sourceOf` in service-chunks.ts / service-rows.ts (which load Dexie): a service's key. */
export function earlyServiceKey(live: Map<string, string>, id: string): string | undefined {
  const generation = live.get(id.slice(0, id.indexOf(':')));
  return generation === undefined ? undefined : `${generation}/${id}`;
}

/**
 * Starts reading these services (the first view of the panel's first answer, known before the panel's own code
 * has loaded) through the early connection, in the live generations read with the index; `takeFirstView` answers
 * them. Does nothing without that connection.
 */
export function readFirstView(ids: string[]): void {
  const opened = connection;
  if (ids.length === 0 || !opened || !liveRead || !opened.objectStoreNames.contains(CHUNKS)) return;
  const read = liveRead.then(
    (live) =>
      new Promise<Service[] | undefined>((resolve) => {
        const keys = live && ids.map((id) => earlyServiceKey(live, id));
        if (!keys || keys.includes(undefined)) return resolve(undefined);
        try {
          const transaction = opened.transaction(CHUNKS, 'readonly');
          const index = transaction.objectStore(CHUNKS).index('ids');
          const requests = keys.map((key) => index.get(key ?? '') as IDBRequest<ServiceChunk | undefined>);
          transaction.oncomplete = () =>
            resolve(
              requests.flatMap((request, i) => {
                const chunk = request.result;
                const row = chunk?.rows[chunk.ids.indexOf(keys[i] ?? '')];
                return row === undefined ? [] : [JSON.parse(row) as Service];
              }),
            );
          transaction.onabort = () => resolve(undefined);
        } catch {
          resolve(undefined);
        }
      }),
  );
  firstView = { ids, read };
}

/**
 * The first view's services: read ahead if `readFirstView` was asked for exactly these ids (once), otherwise, or if
 * that read failed, from `read`.
 */
export function takeFirstView(ids: string[], read: () => Promise<Service[]>): Promise<Service[]> {
  const asked = firstView;
  firstView = undefined;
  const same = asked && asked.ids.length === ids.length && asked.ids.every((id, i) => id === ids[i]);
  return same ? asked.read.then((services): Service[] | Promise<Service[]> => services ?? read()) : read();
}
