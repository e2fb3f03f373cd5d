/**
 * The page script of `scripts/bench/index-read.ts`: stores the search index over a generated directory in IndexedDB
 * in both stored layouts (version 3 and this version), then, on each fresh page load, reads one back and times each
 * step as the side panel takes it (read, `result`, unpack, make the engine, first search), cold.
 */
import { normaliseRecords } from '../../utils/directory/normalise-records';
import { buildSearchIndex } from '../../utils/search/build-search-index';
import { createSearchEngine } from '../../utils/search/create-search-engine';
import { packPlaces } from '../../utils/search/index-layout-v3';
import { packSearchIndex, type StoredSearchIndex, unpackSearchIndex } from '../../utils/search/search-index';
import { generateDirectory } from './generate-directory';

declare global {
  interface Window {
    storeIndexes(size: number): Promise<void>;
    readIndex(key: string): Promise<Record<string, number>>;
  }
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('index-read', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('index');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

window.storeIndexes = async (size) => {
  const index = buildSearchIndex(normaliseRecords(generateDirectory(size, 3), 'bench').services);
  const { words, ids, postcodes, outcodes, ...rest } = index;
  const postcode = packPlaces(postcodes);
  const outcode = packPlaces(outcodes);
  const version3 = {
    ...rest,
    version: 3,
    wordList: words.join('\n'),
    idList: ids.join('\n'),
    postcodeList: postcode.list,
    postcodeCoords: postcode.coords,
    outcodeList: outcode.list,
    outcodeCoords: outcode.coords,
  };
  const db = await open();
  await new Promise((resolve, reject) => {
    const transaction = db.transaction('index', 'readwrite');
    transaction.objectStore('index').put(version3, 'v3');
    transaction.objectStore('index').put(packSearchIndex(index), 'v4');
    transaction.oncomplete = resolve;
    transaction.onerror = () => reject(transaction.error);
  });
  db.close();
};

window.readIndex = async (key) => {
  const db = await open();
  const start = performance.now();
  const times: Record<string, number> = {};
  const stored = await new Promise<StoredSearchIndex>((resolve, reject) => {
    const get = db.transaction('index').objectStore('index').get(key);
    get.onsuccess = () => {
      times.read = performance.now() - start;
      const value = get.result as StoredSearchIndex;
      times.result = performance.now() - start;
      resolve(value);
    };
    get.onerror = () => reject(get.error);
  });
  const index = unpackSearchIndex(stored);
  times.unpacked = performance.now() - start;
  const engine = createSearchEngine(index);
  times.engine = performance.now() - start;
  engine.search('debt', { needs: [] }, 25);
  times.searched = performance.now() - start;
  db.close();
  return times;
};
