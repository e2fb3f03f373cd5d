import type { StoredSearchIndex } from '../search/search-index';

/** The database Dexie opens (`AppDB`'s default name in db.ts) and the object store of its `searchIndex` table. */
const DATABASE = 'signpost';
const STORE = 'searchIndex';

let early: Promise<StoredSearchIndex | undefined> | undefined;

/**
 * Starts reading the stored search index with plain IndexedDB, before Dexie's code has even loaded: the side
 * panel's first script (`entrypoints/sidepanel/main.tsx`) calls it, so the read overlaps loading and evaluating the
 * rest of the panel. It never creates the database (Dexie does, with its schema), and answers undefined when there
 * is no database or index yet, or anything fails; the caller then reads through Dexie as usual.
 */
export function startEarlyIndexRead(database = DATABASE): void {
  early ??= new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') return resolve(undefined);
    performance.mark('signpost:index-requested');
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(database);
    } catch {
      return resolve(undefined);
    }
    // No database yet: aborting the creation leaves none behind.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(undefined);
    request.onblocked = () => resolve(undefined);
    request.onsuccess = () => {
      const connection = request.result;
      // Dexie opening a newer version (after an update) must not wait for this connection.
      connection.onversionchange = () => connection.close();
      try {
        const get = connection.transaction(STORE, 'readonly').objectStore(STORE).get('all');
        get.onsuccess = () => resolve(get.result as StoredSearchIndex | undefined);
        get.onerror = () => resolve(undefined);
      } catch {
        resolve(undefined);
      }
      // Closes once the read's transaction has finished.
      connection.close();
    };
  });
}

/** The early read's answer, once (later reads go through Dexie); undefined when none was started. */
export function takeEarlyIndexRead(): Promise<StoredSearchIndex | undefined> | undefined {
  const answer = early;
  early = undefined;
  return answer;
}
