import type { Service } from '../directory/service';
import { createIndexBuilder, type IndexBuilder } from '../search/index-builder';
import { packSearchIndex } from '../search/search-index';
import type { AppDB } from './db';
import { storeServiceCards } from './service-cards-store';
import { CHUNK, forEachServiceBatch } from './service-chunks';
import { liveGenerations } from './service-rows';

/** Rows read at a time when the whole directory is walked: memory stays at one chunk, not the directory. */
export const ROW_CHUNK = 1000;

/** Hands a generation's services to `each` about a chunk at a time, in feed order (utils/db/service-chunks.ts). */
export async function forEachRowChunk(
  db: AppDB,
  generation: string,
  each: (rows: Service[]) => void | Promise<void>,
  size = ROW_CHUNK,
): Promise<void> {
  await forEachServiceBatch(db, generation, each, Math.max(1, Math.round(size / CHUNK)));
}

/**
 * Stores the search index over every live generation, reading rows a chunk at a time, so building it never needs
 * the whole directory in memory. `started` is a builder that already holds one source's services (an import feeds
 * it page by page as they are normalised): only the other sources are read. Call inside a transaction covering
 * serviceChunks, sources and searchIndex. The cards the panel draws results from are stored beside it, in records of
 * their own (`id: 'cards'` and its parts, utils/db/service-cards-store.ts). Answers the milliseconds it took.
 */
export async function storeSearchIndex(
  db: AppDB,
  started?: { sourceId: string; builder: IndexBuilder },
): Promise<number> {
  const from = performance.now();
  const builder = started?.builder ?? createIndexBuilder();
  for (const [sourceId, generation] of await liveGenerations(db)) {
    if (sourceId === started?.sourceId) continue;
    await forEachRowChunk(db, generation, (rows) => builder.add(rows));
  }
  const index = builder.finish();
  await db.searchIndex.put(packSearchIndex(index));
  await storeServiceCards(db, builder.cards(index.builtAt));
  return performance.now() - from;
}
