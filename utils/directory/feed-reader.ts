import type { AppDB } from '../db/db';
import { stageServices } from '../db/stage-generation';
import { createIndexBuilder } from '../search/index-builder';
import { createReportTally } from './build-import-report';
import type { Service } from './service';

/**
 * Takes an import's services page by page: counts them for the report, adds them to the search index and stages
 * them into the import's generation, one short transaction per page, so writing overlaps the next page's download.
 * Services are let go once staged: memory does not grow with the feed.
 */
export function createFeedReader(at: number, db: AppDB | undefined, generation: string) {
  const tally = createReportTally(at);
  const index = createIndexBuilder();
  let staging: Promise<void> = Promise.resolve();
  let stagingError: unknown;
  let pending = 0;
  let previous: Promise<void> = Promise.resolve();
  /** Pages numbered in arrival order: rows keep feed order. */
  let pages = 0;
  return {
    tally,
    index,
    /**
     * Counts, indexes and queues a page's write (`json`: the services as stored, when the worker wrote them already);
     * resolves at once unless two pages already wait to be written.
     */
    async add(services: Service[], json?: string[]): Promise<void> {
      if (stagingError !== undefined) throw stagingError;
      tally.add(services);
      index.add(services);
      const before = previous;
      const page = pages++;
      pending++;
      staging = staging
        .then(() => (stagingError === undefined ? stageServices(generation, services, db, page, json) : undefined))
        .catch((error: unknown) => {
          stagingError ??= error;
        })
        .finally(() => {
          pending--;
        });
      previous = staging;
      // At most two pages wait in memory for IndexedDB: beyond that the next page waits for the one before.
      if (pending > 2) await before;
    },
    /** Waits for the last page's write; a failed write fails the import (the directory in use stays). */
    async staged(): Promise<void> {
      await staging;
      if (stagingError !== undefined) throw stagingError;
    },
    /** Waits for writes in flight, whatever their outcome: a generation is dropped only once nothing more lands. */
    settled: () => staging,
  };
}

export type FeedReader = ReturnType<typeof createFeedReader>;
