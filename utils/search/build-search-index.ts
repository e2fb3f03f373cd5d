import type { Service } from '../directory/service';
import { createIndexBuilder } from './index-builder';
import type { SearchIndex } from './search-index';

/**
 * Builds the stored search index over services held in memory (the command-line tools, tests, the benchmark). The
 * extension's imports feed `createIndexBuilder` a chunk of stored rows at a time instead (utils/db/build-index.ts).
 */
export function buildSearchIndex(services: Service[], now = Date.now()): SearchIndex {
  // No card summaries: only an import's stored index has them (the panel draws its results from them).
  const builder = createIndexBuilder({ cards: false });
  builder.add(services);
  return builder.finish(now);
}
