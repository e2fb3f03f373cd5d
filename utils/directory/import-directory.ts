import type { AppDB } from '../db/db';
import {
  getSourceStatus,
  recordSourceFailure,
  recordSourceTimings,
  recordSourceUnchanged,
  swapSourceServices,
} from '../db/queries';
import type { ImportTimings, SourceStatus } from '../db/schema';
import { buildImportReport, type ImportReport } from './build-import-report';
import { detailUrl, isThinRecord } from './detail-url';
import { type FeedValidators, fetchFeed } from './fetch-feed';
import type { FeedFormat, RecordProblem } from './import-report';
import { describeLimits, type ImportLimits, withDefaults } from './limits';
import { createRecordNormaliser, type NormalisedFeed } from './normalise-records';
import { plainError } from './plain-error';
import { readFeedFiles } from './read-feed';

/** What an import did, as the side panel and settings report it. */
export type ImportOutcome =
  | {
      ok: true;
      unchanged: boolean;
      serviceCount: number;
      rejected: RecordProblem[];
      report?: ImportReport;
      /** Milliseconds per stage, for `npm run bench`. */
      timings?: ImportTimings;
    }
  | { ok: false; error: string };

interface ImportOptions {
  fetchFn?: typeof fetch;
  now?: () => number;
  /** Ignore the saved ETag / Last-Modified: fetch even if the feed says it has not changed. */
  force?: boolean;
  /** Overrides of the safe defaults (time, bytes, pages, records). */
  limits?: Partial<ImportLimits>;
}

/** A feed read and normalised, ready to swap in. */
interface ReadyFeed {
  format: FeedFormat;
  recordCount: number;
  normalised: NormalisedFeed;
  /** Detail addresses of thin records, by service id. */
  details: Map<string, string>;
  validators?: FeedValidators;
  /** Pages read and why paging stopped early, if it did; the limits it ran under. */
  paging?: { pages: number; stopped?: string; limits: string };
}

/** Reads records into services, noting which thin ones have a detail record to fetch later. */
function createFeedReader(sourceId: string, url: string, at: number) {
  const normaliser = createRecordNormaliser(sourceId, at);
  const details = new Map<string, string>();
  return {
    details,
    add(records: unknown[]) {
      for (const record of records) {
        const address = isThinRecord(record) ? detailUrl(url, record) : undefined;
        if (address) details.set(`${sourceId}:${address.feedId}`, address.url);
      }
      normaliser.add(records);
    },
    finish: () => normaliser.finish(),
  };
}

/** Swaps a normalised feed in as the source's directory in one transaction. */
async function swapInFeed(
  sourceId: string,
  url: string,
  feed: ReadyFeed,
  db: AppDB | undefined,
  at: number,
  timing: { fetchMs: number; normaliseMs: number },
): Promise<ImportOutcome> {
  const started = performance.now();
  const { normalised, details, recordCount } = feed;
  const { services, rejected } = normalised;
  if (services.length === 0) {
    const first = rejected[0] ? ` The first problem: ${rejected[0].reason}` : '';
    throw new Error(
      `${url} has no usable services (${recordCount} records, ${rejected.length} rejected).${first} ` +
        'The directory saved before is still in use.',
    );
  }
  const report = {
    ...buildImportReport({ format: feed.format, source: url, records: recordCount, ...normalised, now: at }),
    ...feed.paging,
  };
  // Thin list records from an API get their detail fetched afterwards; each record's own address is kept.
  for (const service of services) if (details.has(service.id)) service.thin = true;
  const status: SourceStatus = {
    id: sourceId,
    url,
    format: feed.format,
    importedAt: at,
    checkedAt: at,
    lastAttemptAt: at,
    serviceCount: services.length,
    rejected,
    report,
    etag: feed.validators?.etag,
    lastModifiedHeader: feed.validators?.lastModified,
  };
  const normaliseMs = timing.normaliseMs + performance.now() - started;
  const { indexMs } = await swapSourceServices(status, services, details, db);
  const timings = { fetchMs: timing.fetchMs, normaliseMs, indexMs, swapMs: performance.now() - started };
  // The swap's own time is known only after its commit: recorded for the settings page and `npm run bench`.
  await recordSourceTimings(sourceId, timings, db);
  return { ok: true, unchanged: false, serviceCount: services.length, rejected, report, timings };
}

/**
 * Fetches a feed and swaps it in as the source's directory. Pages are normalised as they arrive, while the next one
 * downloads. An unchanged feed (304) only updates the check time. On any failure the directory in use is kept and
 * the failure is recorded in plain words.
 */
export async function importDirectory(
  sourceId: string,
  url: string,
  db?: AppDB,
  { fetchFn = fetch, now = Date.now, force = false, limits: overrides }: ImportOptions = {},
): Promise<ImportOutcome> {
  try {
    const previous = await getSourceStatus(sourceId, db);
    const sameFeed = !force && previous?.url === url && previous.importedAt !== undefined;
    const validators = sameFeed ? { etag: previous.etag, lastModified: previous.lastModifiedHeader } : {};
    const at = now();
    const reader = createFeedReader(sourceId, url, at);
    let normaliseMs = 0;
    const started = performance.now();
    const limits = withDefaults(overrides);
    const onRecords = (records: unknown[]) => {
      const from = performance.now();
      reader.add(records);
      normaliseMs += performance.now() - from;
    };
    const feed = await fetchFeed(url, { fetchFn, validators, onRecords, limits });
    const fetchMs = performance.now() - started - normaliseMs;
    if ('notModified' in feed) {
      await recordSourceUnchanged(sourceId, now(), db);
      return {
        ok: true,
        unchanged: true,
        serviceCount: previous?.serviceCount ?? 0,
        rejected: previous?.rejected ?? [],
      };
    }
    const ready: ReadyFeed = {
      format: feed.format,
      recordCount: feed.recordCount,
      normalised: reader.finish(),
      details: reader.details,
      validators: { etag: feed.etag, lastModified: feed.lastModified },
      paging: { pages: feed.paging.pages, stopped: feed.paging.stopped, limits: describeLimits(limits) },
    };
    return await swapInFeed(sourceId, url, ready, db, at, { fetchMs, normaliseMs });
  } catch (error) {
    const message = plainError(error);
    await recordSourceFailure(sourceId, url, message, now(), db);
    return { ok: false, error: message };
  }
}

/** Imports files chosen by the user (JSON, HSDS CSVs or a practice spreadsheet) as a source. */
export async function importFeedFiles(
  sourceId: string,
  files: { name: string; text: string }[],
  db?: AppDB,
  { now = Date.now }: ImportOptions = {},
): Promise<ImportOutcome> {
  const label = files.map((file) => file.name).join(', ');
  try {
    const at = now();
    const started = performance.now();
    const feed = readFeedFiles(files);
    const reader = createFeedReader(sourceId, label, at);
    reader.add(feed.records);
    const ready = {
      format: feed.format,
      recordCount: feed.records.length,
      normalised: reader.finish(),
      details: reader.details,
    };
    return await swapInFeed(sourceId, label, ready, db, at, { fetchMs: 0, normaliseMs: performance.now() - started });
  } catch (error) {
    const message = plainError(error);
    await recordSourceFailure(sourceId, label, message, now(), db);
    return { ok: false, error: message };
  }
}
