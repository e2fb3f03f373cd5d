import type { AppDB } from '../db/db';
import { recordSourceFailure, recordSourceUnchanged, swapSourceServices } from '../db/queries';
import type { SourceStatus } from '../db/schema';
import { buildImportReport, type ImportReport } from './build-import-report';
import { detailUrl, isThinRecord } from './detail-url';
import { type FeedValidators, fetchFeed } from './fetch-feed';
import type { FeedFormat, RecordProblem } from './import-report';
import { normaliseRecords } from './normalise-records';
import { readFeedFiles } from './read-feed';

/** What an import did, as the side panel and settings report it. */
export type ImportOutcome =
  | { ok: true; unchanged: boolean; serviceCount: number; rejected: RecordProblem[]; report?: ImportReport }
  | { ok: false; error: string };

interface ImportOptions {
  fetchFn?: typeof fetch;
  now?: () => number;
  /** Ignore the saved ETag / Last-Modified: fetch even if the feed says it has not changed. */
  force?: boolean;
}

interface RawFeed {
  format: FeedFormat;
  records: unknown[];
  validators?: FeedValidators;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Normalises a fetched or uploaded feed and swaps it in as the source's directory in one transaction. */
async function swapInFeed(sourceId: string, url: string, feed: RawFeed, db: AppDB, at: number): Promise<ImportOutcome> {
  const normalised = normaliseRecords(feed.records, sourceId, at);
  const { services, rejected } = normalised;
  if (services.length === 0) {
    const first = rejected[0] ? ` The first problem: ${rejected[0].reason}` : '';
    throw new Error(
      `${url} has no usable services (${feed.records.length} records, ${rejected.length} rejected).${first} ` +
        'The directory saved before is still in use.',
    );
  }
  const report = buildImportReport({
    format: feed.format,
    source: url,
    records: feed.records.length,
    ...normalised,
    now: at,
  });
  // Thin list records from an API get their detail fetched afterwards; each record's own address is kept.
  const details = new Map<string, string>();
  feed.records.forEach((record) => {
    const address = isThinRecord(record) ? detailUrl(url, record) : undefined;
    if (address) details.set(`${sourceId}:${address.feedId}`, address.url);
  });
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
  await swapSourceServices(status, services, details, db);
  return { ok: true, unchanged: false, serviceCount: services.length, rejected, report };
}

/**
 * Fetches a feed and swaps it in as the source's directory. An unchanged feed (304) only updates the check time.
 * On any failure the directory in use is kept and the failure is recorded in plain words.
 */
export async function importDirectory(
  sourceId: string,
  url: string,
  db: AppDB,
  { fetchFn = fetch, now = Date.now, force = false }: ImportOptions = {},
): Promise<ImportOutcome> {
  try {
    const previous = await db.sources.get(sourceId);
    const sameFeed = !force && previous?.url === url && previous.importedAt !== undefined;
    const validators = sameFeed ? { etag: previous.etag, lastModified: previous.lastModifiedHeader } : {};
    const feed = await fetchFeed(url, fetchFn, validators);
    if ('notModified' in feed) {
      await recordSourceUnchanged(sourceId, now(), db);
      return {
        ok: true,
        unchanged: true,
        serviceCount: previous?.serviceCount ?? 0,
        rejected: previous?.rejected ?? [],
      };
    }
    const validatorsNext = { etag: feed.etag, lastModified: feed.lastModified };
    return await swapInFeed(sourceId, url, { ...feed, validators: validatorsNext }, db, now());
  } catch (error) {
    const message = errorText(error);
    await recordSourceFailure(sourceId, url, message, now(), db);
    return { ok: false, error: message };
  }
}

/** Imports files chosen by the user (JSON, HSDS CSVs or a practice spreadsheet) as a source. */
export async function importFeedFiles(
  sourceId: string,
  files: { name: string; text: string }[],
  db: AppDB,
  { now = Date.now }: ImportOptions = {},
): Promise<ImportOutcome> {
  const label = files.map((file) => file.name).join(', ');
  try {
    const feed = readFeedFiles(files);
    return await swapInFeed(sourceId, label, feed, db, now());
  } catch (error) {
    const message = errorText(error);
    await recordSourceFailure(sourceId, label, message, now(), db);
    return { ok: false, error: message };
  }
}
