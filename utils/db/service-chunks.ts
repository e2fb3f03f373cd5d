import type { AppDB } from './db';
import type { Service, ServiceChunk } from './schema';

/**
 * Services are stored many to a row (Dexie version 5): IndexedDB's cost in Chromium is mostly per request, so
 * 50,000 rows of one service each cost ~13 s of browser CPU to write, against a fraction of that for the same
 * services in rows of about {@link CHUNK}. Each row holds its services as JSON strings beside their row keys
 * (`${generation}/${serviceId}`, the `ids` multi-entry index), so one service is found by its key and parsed
 * alone: reading it costs a small row's transfer, not parsing every service in the row. Rows are keyed
 * `${generation}/${page}.${part}`, so a generation is one key range (read or dropped at once) in feed order.
 */

/**
 * A row holds services up to this many characters of JSON (or one service, if it is longer), and at most
 * {@link MAX_PER_ROW}: a row stays under 64 KB, past which Chromium moves a value to a file of its own, slower to
 * read. Measured under load, one 50,000 import: rows of 24 services cost 9.7 s of browser CPU, rows of ~50 4.9 s.
 */
const ROW_CHARS = 60_000;
const MAX_PER_ROW = 64;
/** About how many services a row holds (generated services average ~1.2 KB of JSON): for reading in batches. */
export const CHUNK = 48;

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

const WIDE = /[\u0100-\uffff]/g;

/**
 * A service as JSON with every character past Latin-1 written as `\uXXXX`: a string with even one such character
 * (a curly quote) is stored two bytes a character, so escaping them halves what is written. JSON.parse reads it back.
 */
export function serviceJson(service: Service): string {
  return JSON.stringify(service).replace(WIDE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Splits a page of services into rows, keyed from `page`; throws if two share an id. */
export function packChunks(generation: string, page: number, services: Service[]): [string, ServiceChunk][] {
  const chunks: [string, ServiceChunk][] = [];
  let chunk: ServiceChunk = { ids: [], rows: [] };
  let chars = 0;
  // The unique index refuses an id staged by an earlier row, but not one repeated inside a row: refused here.
  const seen = new Set<string>();
  for (const service of services) {
    if (seen.has(service.id)) throw new Error(`Two services on one page share the id ${service.id}.`);
    seen.add(service.id);
    const json = serviceJson(service);
    if (chunk.ids.length > 0 && (chars + json.length > ROW_CHARS || chunk.ids.length >= MAX_PER_ROW)) {
      chunks.push([chunkKey(generation, page, chunks.length), chunk]);
      chunk = { ids: [], rows: [] };
      chars = 0;
    }
    chunk.ids.push(generationKey(generation, service.id));
    chunk.rows.push(json);
    chars += json.length;
  }
  if (chunk.ids.length > 0) chunks.push([chunkKey(generation, page, chunks.length), chunk]);
  return chunks;
}

/** Every service in a row. */
export function unpackChunk(chunk: ServiceChunk): Service[] {
  return chunk.rows.map((row) => JSON.parse(row) as Service);
}

/**
 * Services by key (`generationKey`), in the order asked; undefined where none is stored. Call inside a transaction
 * covering serviceChunks, or none.
 */
export async function readServices(db: AppDB, keys: string[]): Promise<(Service | undefined)[]> {
  if (keys.length === 0) return [];
  const chunks = await db.transaction('r', db.serviceChunks, () =>
    Promise.all(keys.map((key) => db.serviceChunks.where('ids').equals(key).first())),
  );
  return keys.map((key, i) => {
    const chunk = chunks[i];
    const at = chunk ? chunk.ids.indexOf(key) : -1;
    const row = chunk?.rows[at];
    return row === undefined ? undefined : (JSON.parse(row) as Service);
  });
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
