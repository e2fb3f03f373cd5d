import type { StoredSearchIndex } from '../search/search-index';
import { type AppDB, db as defaultDb } from './db';

/**
 * The stored search index, read on its own: this module imports nothing but the database, so the side panel can
 * start the read before the rest of its code has loaded (see utils/hooks/preload-search.ts).
 */
export function readStoredSearchIndex(db: AppDB = defaultDb): Promise<StoredSearchIndex | undefined> {
  return db.searchIndex.get('all');
}
