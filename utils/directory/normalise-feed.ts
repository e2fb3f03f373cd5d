import { detailUrl, isThinRecord } from './detail-url';
import { type FeedValidators, fetchFeed } from './fetch-feed';
import type { FeedFormat } from './import-report';
import type { ImportLimits } from './limits';
import { nextTask } from './next-task';
import { createRecordNormaliser, type NormalisedFeed } from './normalise-records';
import type { Service } from './service';

/** Records normalised between two yields to the event loop: a few milliseconds of work. */
const SLICE = 50;

/** What to fetch and how: everything a normaliser running elsewhere (an offscreen document) needs to know. */
export interface FeedJob {
  sourceId: string;
  url: string;
  /** The import's time: services' report dates are measured from it. */
  at: number;
  validators: FeedValidators;
  limits: ImportLimits;
}

/** A feed fetched and normalised, its services already handed over page by page. */
export type NormalisedFeedResult =
  | { notModified: true }
  | {
      notModified?: false;
      format: FeedFormat;
      recordCount: number;
      etag?: string;
      lastModified?: string;
      paging: { pages: number; stopped?: string };
      /** Rejected records, field problems and merged repeats (no services: those went to `onPage`). */
      normalised: NormalisedFeed;
      /** Thin list records' detail addresses, by service id, to fetch after the import. */
      details: [string, string][];
      /** Time spent normalising, without the waits for the network. */
      normaliseMs: number;
    };

/**
 * Normalises records into services, marking thin list records with the detail record to fetch later. `page` takes
 * a page a slice at a time, yielding between slices, so the next page keeps streaming in meanwhile (a browser only
 * moves a body along while its thread reads it); `all` takes records already in memory at once (files).
 */
export function createPageNormaliser(sourceId: string, url: string, at: number) {
  const normaliser = createRecordNormaliser(sourceId, at, false);
  const details = new Map<string, string>();
  let busyMs = 0;
  const all = (records: unknown[]): Service[] => {
    const from = performance.now();
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
    busyMs += performance.now() - from;
    return added;
  };
  return {
    details,
    all,
    async page(records: unknown[]): Promise<Service[]> {
      const services: Service[] = [];
      for (let i = 0; i < records.length; i += SLICE) {
        if (i > 0) await nextTask();
        for (const service of all(records.slice(i, i + SLICE))) services.push(service);
      }
      return services;
    },
    busyMs: () => busyMs,
    finish: () => normaliser.finish(),
  };
}

/**
 * Fetches a feed page by page under the job's limits and normalises each page, handing its services to `onPage`
 * (awaited before the next page is normalised, which bounds memory when the receiver is slower). The same code runs
 * in the background itself or in an offscreen document beside it (`normalise-elsewhere.ts`).
 */
export async function normaliseFeed(
  job: FeedJob,
  onPage: (services: Service[]) => void | Promise<void>,
  fetchFn: typeof fetch = fetch,
): Promise<NormalisedFeedResult> {
  const normaliser = createPageNormaliser(job.sourceId, job.url, job.at);
  const onRecords = async (records: unknown[]) => {
    const services = await normaliser.page(records);
    if (services.length > 0) await onPage(services);
  };
  const feed = await fetchFeed(job.url, { fetchFn, validators: job.validators, onRecords, limits: job.limits });
  if ('notModified' in feed) return { notModified: true };
  return {
    format: feed.format,
    recordCount: feed.recordCount,
    etag: feed.etag,
    lastModified: feed.lastModified,
    paging: { pages: feed.paging.pages, stopped: feed.paging.stopped },
    normalised: normaliser.finish(),
    details: [...normaliser.details],
    normaliseMs: normaliser.busyMs(),
  };
}
