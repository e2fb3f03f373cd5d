import type { AppDB } from '../db/db';
import { stageServices } from '../db/stage-generation';
import { createIndexBuilder } from '../search/index-builder';
import { createReportTally } from './build-import-report';
import { detailUrl, isThinRecord } from './detail-url';
import { nextTask } from './next-task';
import { createRecordNormaliser } from './normalise-records';
import type { Service } from './service';

/** Records normalised between two yields to the event loop: a few milliseconds of work. */
const SLICE = 50;

/**
 * Reads records into services and stages each page's services into the import's generation as it arrives, one
 * short transaction per page, so writing overlaps the next page's download. A page is normalised a slice at a time,
 * yielding between slices, so the next page keeps streaming in (the browser only moves a body along while this
 * thread reads it) and the last page's write completes meanwhile. Thin list records are marked, with the detail
 * record to fetch later. Services are counted for the report and let go once staged: memory does not grow with the
 * feed. `busyMs` is the time spent normalising, without the waits.
 */
export function createFeedReader(sourceId: string, url: string, at: number, db: AppDB | undefined, generation: string) {
  const normaliser = createRecordNormaliser(sourceId, at, false);
  const tally = createReportTally(at);
  const index = createIndexBuilder();
  const details = new Map<string, string>();
  let staging: Promise<void> = Promise.resolve();
  let stagingError: unknown;
  const stage = (services: Service[]) => {
    staging = staging
      .then(() => (stagingError === undefined ? stageServices(generation, services, db) : undefined))
      .catch((error: unknown) => {
        stagingError ??= error;
      });
  };
  const addSlice = (records: unknown[]): Service[] => {
    const thin = new Map<string, string>();
    for (const record of records) {
      const address = isThinRecord(record) ? detailUrl(url, record) : undefined;
      if (address) thin.set(`${sourceId}:${address.feedId}`, address.url);
    }
    const added = normaliser.add(records);
    if (thin.size > 0) {
      for (const service of added.filter((staged) => thin.has(staged.id))) {
        service.thin = true;
        details.set(service.id, thin.get(service.id) ?? '');
      }
    }
    tally.add(added);
    index.add(added);
    return added;
  };
  const reader = {
    details,
    tally,
    index,
    busyMs: 0,
    /** Normalises a page (all at once: files chosen by hand, whose text is already in memory) and stages it. */
    add(records: unknown[]) {
      const from = performance.now();
      stage(addSlice(records));
      reader.busyMs += performance.now() - from;
    },
    /** Normalises a page a slice at a time, yielding between slices, then stages it. */
    async addPage(records: unknown[]): Promise<void> {
      const page: Service[] = [];
      for (let i = 0; i < records.length; i += SLICE) {
        if (i > 0) await nextTask();
        const from = performance.now();
        for (const service of addSlice(records.slice(i, i + SLICE))) page.push(service);
        reader.busyMs += performance.now() - from;
      }
      stage(page);
    },
    /** Waits for the last page's write; a failed write fails the import (the directory in use stays). */
    async staged(): Promise<void> {
      await staging;
      if (stagingError !== undefined) throw stagingError;
    },
    /** Waits for writes in flight, whatever their outcome: a generation is dropped only once nothing more lands. */
    settled: () => staging,
    finish: () => normaliser.finish(),
  };
  return reader;
}

export type FeedReader = ReturnType<typeof createFeedReader>;
