import Dexie from 'dexie';
import { serviceJson } from '../directory/service-json';
import type { AppDB } from './db';
import { earlyConnection } from './early-index-read';
import type { Service, ServiceChunk } from './schema';

/**
 * Services are stored many to a row (Dexie version 5): in Chromium, writing IndexedDB costs the browser process
 * per row and per byte, and values past ~32 KB cost it far less per byte (measured: 50,000 one-service rows ~12 s
 * of browser CPU, rows of 8 or 16 ~9 s, rows of 25 or more ~5.5 s). Each row holds its services as JSON strings
 * beside their keys (`${generation}/${serviceId}`, the unique multi-entry index `ids`), so one service is found by
 * its key and parsed alone. Rows are keyed `${generation}/${page}.${part}`, so a generation is one key range (read
 * or dropped at once) in feed order.
 */

/**
 * A row holds services up to this many characters of JSON (or one service, if it is longer), and at most
 * {@link MAX_PER_ROW}: about 28 generated services, ~40 KB. Larger rows save little more to write and cost more to
 * read a card from (rows of 50: ~7 ms per card read, against ~2 ms for rows of ~28, measured under load).
 */
const ROW_CHARS = 40_000;
const MAX_PER_ROW = 40;
/** About how many services a row holds (generated services average ~1.45 KB of JSON): for reading in batches. */
export const CHUNK = 28;

/** The key a service is found by: its generation and id (the `ids` index). */
export function generationKey(generation: string, serviceId: string): string {
  return `${generation}/${serviceId}`;
}

/** A row's key: the generation, then the page and part, in feed order. */
export function chunkKey(generation: string, page: number, part: number): string {
  return `${generation}/${page.toString(36).padStart(6, '0')}.${part.toString(36).padStart(4, '0')}`;
}

/** One generation's rows: a primary-key range. */
export function generationChunks(db: AppDB, generation: string) {
  return db.serviceChunks.where(':id').between(`${generation}/`, `${generation}/\uffff`, true, true);
}

export { serviceJson };

/** Splits a page of services into rows, keyed from `page`; throws if two share an id. */
export function packChunks(
  generation: string,
  page: number,
  services: Service[],
  json?: string[],
): [string, ServiceChunk][] {
  const chunks: [string, ServiceChunk][] = [];
  let chunk: ServiceChunk = { ids: [], rows: [] };
  let chars = 0;
  // The unique index refuses an id staged by an earlier row, but not one repeated inside a row: refused here.
  const seen = new Set<string>();
  services.forEach((service, i) => {
    if (seen.has(service.id)) throw new Error(`Two services on one page share the id ${service.id}.`);
    seen.add(service.id);
    const text = json?.[i] ?? serviceJson(service);
    if (chunk.ids.length > 0 && (chars + text.length > ROW_CHARS || chunk.ids.length >= MAX_PER_ROW)) {
      chunks.push([chunkKey(generation, page, chunks.length), chunk]);
      chunk = { ids: [], rows: [] };
      chars = 0;
    }
    chunk.ids.push(generationKey(generation, service.id));
    chunk.rows.push(text);
    chars += text.length;
  });
  if (chunk.ids.length > 0) chunks.push([chunkKey(generation, page, chunks.length), chunk]);
  return chunks;
}

/** Every service in a row. */
export function unpackChunk(chunk: ServiceChunk): Service[] {
  return chunk.rows.map((row) => JSON.parse(row) as Service);
}

/** Each key's service as JSON, from the rows that hold them (a row holds its services beside their keys). */
function jsonByKey(chunks: (ServiceChunk | undefined)[], keys: string[]): (string | undefined)[] {
  return keys.map((key, i) => {
    const chunk = chunks[i];
    return chunk ? chunk.rows[chunk.ids.indexOf(key)] : undefined;
  });
}

/**
 * A read-only transaction over the rows: through Dexie's connection once open; before that (the side panel's first
 * results) through the early index read's connection, if it is open and already has the rows' table.
 */
async function readTransaction(db: AppDB): Promise<IDBTransaction> {
  const early = db.isOpen() ? undefined : earlyConnection();
  if (early?.objectStoreNames.contains(db.serviceChunks.name)) {
    try {
      return early.transaction(db.serviceChunks.name, 'readonly');
    } catch {
      // Closing for Dexie's upgrade: Dexie reads instead.
    }
  }
  if (!db.isOpen()) await db.open();
  return db.backendDB().transaction(db.serviceChunks.name, 'readonly');
}

/**
 * Each key's row, where none is held in memory yet. Outside a transaction straight through IndexedDB: one
 * read-only transaction, one `get` on the `ids` index per key (Dexie's `where().first()` opens a cursor per key,
 * several times dearer). Inside a Dexie transaction (the swap, detail merges), through it, in one query.
 */
async function readChunks(db: AppDB, keys: string[], within = false): Promise<(ServiceChunk | undefined)[]> {
  if (keys.length === 0) return [];
  // A transaction of its own, opened inside a Dexie read-write one over the same table, would wait for it forever.
  if (within || Dexie.currentTransaction) {
    const chunks = await db.serviceChunks.where('ids').anyOf(keys).toArray();
    const byKey = new Map(chunks.flatMap((chunk) => chunk.ids.map((key) => [key, chunk] as const)));
    return keys.map((key) => byKey.get(key));
  }
  const transaction = await readTransaction(db);
  const index = transaction.objectStore(db.serviceChunks.name).index('ids');
  const requests = keys.map((key) => index.get(key) as IDBRequest<ServiceChunk | undefined>);
  await new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error('Reading services was aborted.'));
  });
  return requests.map((request) => request.result);
}

/**
 * Services by key (`generationKey`), in the order asked; undefined where none is stored. A service is parsed
 * alone, not its whole row. `within`: the caller runs inside a Dexie transaction covering serviceChunks.
 */
export async function readServices(db: AppDB, keys: string[], within = false): Promise<(Service | undefined)[]> {
  const json = jsonByKey(await readChunks(db, keys, within), keys);
  return json.map((row) => (row === undefined ? undefined : (JSON.parse(row) as Service)));
}

/** Services' JSON held at most by a reader: a few rows' worth, a megabyte or two. */
const HELD = 1500;

/**
 * A reader of services by key for the side panel: it keeps the JSON of the other services in each row it reads
 * (strings, cheap to hold), so a later read of a neighbour costs no IndexedDB request. `clear` when the directory
 * may have changed.
 */
export function createServiceReader(db: AppDB) {
  const held = new Map<string, string>();
  let epoch = 0;
  const hold = (chunk: ServiceChunk) => {
    chunk.ids.forEach((key, at) => {
      const row = chunk.rows[at];
      if (row === undefined) return;
      if (held.size >= HELD) held.delete(held.keys().next().value ?? '');
      held.set(key, row);
    });
  };
  return {
    async read(keys: string[]): Promise<(Service | undefined)[]> {
      const started = epoch;
      const missing = keys.filter((key) => !held.has(key));
      const chunks = await readChunks(db, missing);
      const fresh = new Map<string, string>();
      missing.forEach((key, i) => {
        const chunk = chunks[i];
        const row = chunk?.rows[chunk.ids.indexOf(key)];
        if (row !== undefined) fresh.set(key, row);
      });
      // Rows read across a `clear` may be older than it: answered, not held.
      if (started === epoch) for (const chunk of chunks) if (chunk) hold(chunk);
      return keys.map((key) => {
        const row = fresh.get(key) ?? held.get(key);
        return row === undefined ? undefined : (JSON.parse(row) as Service);
      });
    },
    clear(): void {
      epoch++;
      held.clear();
    },
  };
}

/**
 * Puts these services in place of the ones stored under the same keys in `generation` (services not stored there
 * are left out). Call inside a read-write transaction covering serviceChunks.
 */
export async function replaceServices(db: AppDB, generation: string, services: Service[]): Promise<void> {
  if (services.length === 0) return;
  const keys = services.map((service) => generationKey(generation, service.id));
  const chunkKeys = await Promise.all(keys.map((key) => db.serviceChunks.where('ids').equals(key).primaryKeys()));
  const byChunk = new Map<string, Map<string, Service>>();
  keys.forEach((key, i) => {
    const chunk = chunkKeys[i]?.[0];
    const service = services[i];
    if (chunk === undefined || !service) return;
    const replaced = byChunk.get(chunk) ?? new Map<string, Service>();
    replaced.set(key, service);
    byChunk.set(chunk, replaced);
  });
  const wanted = [...byChunk.keys()];
  const chunks = await db.serviceChunks.bulkGet(wanted);
  const changed: ServiceChunk[] = [];
  const changedKeys: string[] = [];
  chunks.forEach((chunk, i) => {
    const chunkId = wanted[i];
    const replaced = chunkId === undefined ? undefined : byChunk.get(chunkId);
    if (!chunk || !replaced || chunkId === undefined) return;
    const rows = chunk.ids.map((key, at) => {
      const service = replaced.get(key);
      return service ? serviceJson(service) : (chunk.rows[at] ?? '');
    });
    changed.push({ ids: chunk.ids, rows });
    changedKeys.push(chunkId);
  });
  await db.serviceChunks.bulkPut(changed, changedKeys);
}

/** Rows read at a time when a generation is walked: about 1,000 services. */
const CHUNKS_AT_ONCE = Math.ceil(1000 / CHUNK);

/** Hands a generation's services to `each` about 1,000 at a time, in feed order: memory stays at one batch. */
export async function forEachServiceBatch(
  db: AppDB,
  generation: string,
  each: (services: Service[]) => void | Promise<void>,
  rowsAtOnce = CHUNKS_AT_ONCE,
): Promise<void> {
  let after = `${generation}/`;
  const end = `${generation}/\uffff`;
  for (;;) {
    const services: Service[] = [];
    let read = 0;
    let last = after;
    await db.serviceChunks
      .where(':id')
      .between(after, end, false, true)
      .limit(rowsAtOnce)
      .each((chunk, cursor) => {
        read++;
        last = String(cursor.primaryKey);
        for (const row of chunk.rows) services.push(JSON.parse(row) as Service);
      });
    if (read === 0) return;
    await each(services);
    if (read < rowsAtOnce) return;
    after = last;
  }
}
