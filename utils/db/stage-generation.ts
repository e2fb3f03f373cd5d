import { createIndexBuilder, type IndexBuilder } from '../search/index-builder';
import { type AppDB, db as defaultDb } from './db';
import { sourceRows } from './queries';
import type { DetailTask, Service, SourceStatus } from './schema';
import { forEachRowChunk, ROW_CHUNK, storeSearchIndex } from './search-index-store';
import { generationChunks, generationKey, packChunks, readServices, replaceServices } from './service-chunks';
import { newGenerationId } from './service-rows';

/** Starts a generation for an import: recorded first, so one never finished is found and dropped later. */
export async function beginGeneration(sourceId: string, at: number, db: AppDB = defaultDb): Promise<string> {
  const id = newGenerationId(sourceId, at);
  await db.stagedGenerations.add({ id, sourceId, startedAt: at });
  return id;
}

/**
 * Writes one page of services into a staged generation, a few dozen services to a row
 * (utils/db/service-chunks.ts), in its own short transaction, while the next page downloads. `page` numbers the
 * import's pages, so rows keep feed order; `json`, when given, is each service as `serviceJson` wrote it already. Straight through IndexedDB rather than Dexie's `bulkAdd`. Any failed row
 * (a service id already staged in this generation breaks the unique `ids` index) aborts the page's transaction,
 * and the import fails; staged rows are never visible to readers, so nothing watches them.
 */
export async function stageServices(
  generation: string,
  services: Service[],
  db: AppDB = defaultDb,
  page = 0,
  json?: string[],
): Promise<void> {
  if (services.length === 0) return;
  const chunks = packChunks(generation, page, services, json);
  if (!db.isOpen()) await db.open();
  const transaction = db.backendDB().transaction(db.serviceChunks.name, 'readwrite', { durability: 'relaxed' });
  const done = new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error('Staging a page of services was aborted.'));
  });
  try {
    const store = transaction.objectStore(db.serviceChunks.name);
    for (const [key, chunk] of chunks) store.add(chunk, key);
  } catch (error) {
    transaction.abort();
    await done.catch(() => undefined);
    throw error;
  }
  await done;
}

/** Drops a generation that will not go live (a failed import), rows and record together. */
export async function dropGeneration(generation: string, db: AppDB = defaultDb): Promise<void> {
  await db.transaction('rw', [db.serviceChunks, db.stagedGenerations], async () => {
    await generationChunks(db, generation).delete();
    await db.stagedGenerations.delete(generation);
  });
}

/**
 * Drops every staged generation: at start-up none can be in progress, so any found were left by a browser that
 * closed mid-import. The directory in use never depended on them.
 */
export async function dropUnfinishedGenerations(db: AppDB = defaultDb): Promise<number> {
  const staged = await db.stagedGenerations.toArray();
  for (const generation of staged) await dropGeneration(generation.id, db);
  return staged.length;
}

/**
 * Whether a list record says the same as when its detail was fetched: the publisher's dates, name and status.
 * Only then is the detail kept rather than fetched again.
 */
function sameListing(old: Service, listed: Service): boolean {
  return (
    old.lastModified === listed.lastModified &&
    old.assuredDate === listed.assuredDate &&
    old.name === listed.name &&
    old.status === listed.status
  );
}

/**
 * Makes a staged generation the source's directory, in one transaction: the source's status names it, the previous
 * generation's rows go (one range delete), the detail queue and search index follow. Readers see the old directory
 * or the new one, never half of each. Thin records (`detailUrls`: the staged services that are thin, by id) whose
 * previous version already had its detail (and that have not changed since) keep it; the rest are queued for
 * detail fetching. `indexed` holds the staged services' part of the search index, built page by page during the
 * download; the other sources' rows are read a chunk at a time, so the import never holds the whole directory.
 */
export async function commitGeneration(
  status: SourceStatus & { generation: string },
  detailUrls: Map<string, string>,
  indexed: IndexBuilder,
  db: AppDB = defaultDb,
): Promise<{ indexMs: number }> {
  const tables = [db.serviceChunks, db.sources, db.detailQueue, db.searchIndex, db.stagedGenerations];
  return db.transaction('rw', tables, async () => {
    const previous = (await db.sources.get(status.id))?.generation;
    const earlier = previous && previous !== status.generation ? previous : undefined;
    const tasks: DetailTask[] = [];
    let keptAny = false;
    // Only thin services are read back (a chunk at a time), and only when there is an earlier directory to compare.
    const thinIds = [...detailUrls.keys()];
    for (let at = 0; at < thinIds.length; at += ROW_CHUNK) {
      const ids = thinIds.slice(at, at + ROW_CHUNK);
      const before = earlier
        ? await readServices(
            db,
            ids.map((id) => generationKey(earlier, id)),
            true,
          )
        : [];
      const staged = earlier
        ? await readServices(
            db,
            ids.map((id) => generationKey(status.generation, id)),
            true,
          )
        : [];
      const kept: Service[] = [];
      ids.forEach((id, i) => {
        const old = before[i];
        const service = staged[i];
        if (old && service && !old.thin && sameListing(old, service)) kept.push(old);
        else tasks.push({ id, sourceId: status.id, url: detailUrls.get(id) ?? '', attempts: 0 });
      });
      keptAny ||= kept.length > 0;
      await replaceServices(db, status.generation, kept);
    }
    await db.sources.put(status);
    await db.stagedGenerations.delete(status.generation);
    if (earlier) await generationChunks(db, earlier).delete();
    await sourceRows(db.detailQueue, status.id).delete();
    await db.detailQueue.bulkAdd(tasks);
    // Services that kept their fetched detail differ from the staged ones the builder saw: index the rows instead.
    const builder = keptAny ? createIndexBuilder() : indexed;
    if (keptAny) await forEachRowChunk(db, status.generation, (rows) => builder.add(rows));
    return { indexMs: await storeSearchIndex(db, { sourceId: status.id, builder }) };
  });
}
