/**
 * The search benchmark's page script, bundled by scripts/bench/run.ts and run in real Chromium: the extension's
 * own search code and plain fuse.js over the same generated directory, keystroke by keystroke.
 */
import { normaliseRecords } from '../../utils/directory/normalise-records';
import { buildSearchIndex } from '../../utils/search/build-search-index';
import { createSearchEngine } from '../../utils/search/create-search-engine';
import {
  packSearchIndex,
  type SearchIndex,
  type StoredSearchIndex,
  unpackSearchIndex,
} from '../../utils/search/search-index';
import { createServiceSearch } from '../lib/plain-fuse-search';
import { generateDirectory } from './generate-directory';
import { generateQueries } from './generate-queries';

export interface SideResult {
  buildMs: number;
  loadMs: number;
  heapMb: number;
  keystrokes: number;
  p50: number;
  p95: number;
  max: number;
}

export interface SizeResult {
  size: number;
  queries: number;
  signpost: SideResult;
  fuse: SideResult;
}

declare global {
  interface Window {
    gc?: () => void;
    runSearchBench(size: number, fuseKeystrokes: number): Promise<SizeResult>;
  }
}

function heap(): number {
  window.gc?.();
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? memory.usedJSHeapSize / 1024 / 1024 : Number.NaN;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Every prefix of every query, as typed. */
function keystrokes(queries: string[]): string[] {
  return queries.flatMap((query) => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)));
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Stores and reads back the index through real IndexedDB, as the background and the side panel do. */
async function roundTrip(index: SearchIndex): Promise<{ loaded: SearchIndex; ms: number }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(`bench-${Math.random()}`, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('index', { keyPath: 'id' });
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  await new Promise((resolve, reject) => {
    const tx = db.transaction('index', 'readwrite');
    tx.objectStore('index').put(packSearchIndex(index));
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  const start = performance.now();
  const loaded = await new Promise<StoredSearchIndex>((resolve, reject) => {
    const get = db.transaction('index').objectStore('index').get('all');
    get.onsuccess = () => resolve(get.result as StoredSearchIndex);
    get.onerror = () => reject(get.error);
  });
  const unpacked = unpackSearchIndex(loaded);
  const ms = performance.now() - start;
  db.close();
  return { loaded: unpacked, ms };
}

function stats(times: number[]): Pick<SideResult, 'keystrokes' | 'p50' | 'p95' | 'max'> {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    keystrokes: times.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? 0,
  };
}

window.runSearchBench = async (size, fuseKeystrokes) => {
  const services = normaliseRecords(generateDirectory(size, 7), 'bench').services;
  const queries = generateQueries(200, 11);
  const typed = keystrokes(queries);

  const before = heap();
  let index: SearchIndex | undefined;
  const buildMs = time(() => {
    index = buildSearchIndex(services);
  });
  if (!index) throw new Error('no index');
  const { loaded, ms: readMs } = await roundTrip(index);
  index = undefined;
  let engine: ReturnType<typeof createSearchEngine> | undefined;
  const engineMs = time(() => {
    engine = createSearchEngine(loaded);
  });
  const ourHeap = heap() - before;
  if (!engine) throw new Error('no engine');
  const search = engine.search;
  const ours = typed.map((text) => time(() => search(text, {}, 50)));

  const beforeFuse = heap();
  let fuse: ReturnType<typeof createServiceSearch> | undefined;
  const fuseBuild = time(() => {
    fuse = createServiceSearch(services);
  });
  const fuseHeap = heap() - beforeFuse;
  // Plain fuse.js takes up to seconds a keystroke at this size: an evenly spread sample of the same keystrokes.
  const step = Math.max(1, Math.floor(typed.length / fuseKeystrokes));
  const sample = typed.filter((_, i) => i % step === 0).slice(0, fuseKeystrokes);
  const run = fuse;
  const theirs = run ? sample.map((text) => time(() => run(text, 50))) : [];
  return {
    size,
    queries: queries.length,
    signpost: { buildMs, loadMs: readMs + engineMs, heapMb: ourHeap, ...stats(ours) },
    fuse: { buildMs: fuseBuild, loadMs: 0, heapMb: fuseHeap, ...stats(theirs) },
  };
};
