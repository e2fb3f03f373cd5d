import type { AppDB } from '../db/db';
import { getSourceStatus, recordSourceFailure, recordSourceTimings, recordSourceUnchanged } from '../db/queries';
import type { ImportTimings, SourceStatus } from '../db/schema';
import { beginGeneration, commitGeneration, dropGeneration } from '../db/stage-generation';
import type { ImportReport } from './build-import-report';
import { createFeedReader, type FeedReader } from './feed-reader';
import type { FeedValidators } from './fetch-feed';
import type { FeedFormat, RecordProblem } from './import-report';
import { describeLimits, type ImportLimits, withDefaults } from './limits';
import { createPageNormaliser, type FeedJob, type NormalisedFeedResult, normaliseFeed } from './normalise-feed';
import type { NormalisedFeed } from './normalise-records';
import { plainError } from './plain-error';
import { readFeedFiles } from './read-feed';
import type { Service } from './service';

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
  /** Where the feed is fetched and normalised: here by default, or beside the background (an offscreen document). */
  normalise?: FeedNormaliser;
}

/**
 * Fetches and normalises a feed, handing over its services page by page (`normaliseFeed`, here or elsewhere); a
 * normaliser elsewhere hands over each service's stored JSON too (`serviceJson`), so it is not written twice.
 */
export type FeedNormaliser = (
  job: FeedJob,
  onPage: (services: Service[], json?: string[]) => Promise<void>,
) => Promise<NormalisedFeedResult>;

/** A feed read and normalised, ready to swap in: its services are staged, only their counts are held. */
interface ReadyFeed {
  format: FeedFormat;
  recordCount: number;
  normalised: NormalisedFeed;
  /** What staged it: the report's counts and the staged services' part of the search index. */
  reader: Pick<FeedReader, 'tally' | 'index'>;
  /** Thin records' detail addresses, by service id. */
  details: Map<string, string>;
  validators?: FeedValidators;
  /** Pages read and why paging stopped early, if it did; the limits it ran under. */
  paging?: { pages: number; stopped?: string; limits: string };
}

/** Runs an import into a new generation, dropping the generation unless the import made it live. */
async function inGeneration(
  db: AppDB | undefined,
  source: { id: string; url: string },
  at: number,
  run: (reader: FeedReader, generation: string) => Promise<ImportOutcome>,
): Promise<ImportOutcome> {
  const generation = await beginGeneration(source.id, at, db);
  const reader = createFeedReader(at, db, generation);
  let live = false;
  try {
    const outcome = await run(reader, generation);
    live = outcome.ok && !outcome.unchanged;
    return outcome;
  } finally {
    if (!live) {
      await reader.settled();
      await dropGeneration(generation, db);
    }
  }
}

/** Makes a staged, normalised feed the source's directory in one transaction. */
async function swapInFeed(
  sourceId: string,
  url: string,
  feed: ReadyFeed & { generation: string },
  db: AppDB | undefined,
  at: number,
  timing: { fetchMs: number; normaliseMs: number },
): Promise<ImportOutcome> {
  const started = performance.now();
  const { normalised, recordCount, reader } = feed;
  const { rejected } = normalised;
  const serviceCount = reader.tally.services;
  if (serviceCount === 0) {
    const first = rejected[0] ? ` The first problem: ${rejected[0].reason}` : '';
    throw new Error(
      `${url} has no usable services (${recordCount} records, ${rejected.length} rejected).${first} ` +
        'The directory saved before is still in use.',
    );
  }
  const counted = reader.tally.report({ format: feed.format, source: url, records: recordCount, ...normalised });
  const report = { ...counted, ...feed.paging };
  const status: SourceStatus & { generation: string } = {
    generation: feed.generation,
    id: sourceId,
    url,
    format: feed.format,
    importedAt: at,
    checkedAt: at,
    lastAttemptAt: at,
    serviceCount,
    rejected,
    report,
    etag: feed.validators?.etag,
    lastModifiedHeader: feed.validators?.lastModified,
  };
  const normaliseMs = timing.normaliseMs + performance.now() - started;
  const { indexMs } = await commitGeneration(status, feed.details, reader.index, db);
  const timings = { fetchMs: timing.fetchMs, normaliseMs, indexMs, swapMs: performance.now() - started };
  // The swap's own time is known only after its commit: recorded for the settings page and `npm run bench`.
  await recordSourceTimings(sourceId, timings, db);
  return { ok: true, unchanged: false, serviceCount, rejected, report, timings };
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
  { fetchFn = fetch, now = Date.now, force = false, limits: overrides, normalise }: ImportOptions = {},
): Promise<ImportOutcome> {
  try {
    const previous = await getSourceStatus(sourceId, db);
    const sameFeed = !force && previous?.url === url && previous.importedAt !== undefined;
    const validators = sameFeed ? { etag: previous.etag, lastModified: previous.lastModifiedHeader } : {};
    const at = now();
    const limits = withDefaults(overrides);
    const run: FeedNormaliser = normalise ?? ((job, onPage) => normaliseFeed(job, onPage, fetchFn));
    return await inGeneration(db, { id: sourceId, url }, at, async (reader, generation) => {
      const started = performance.now();
      const feed = await run({ sourceId, url, at, validators, limits }, (services, json) => reader.add(services, json));
      await reader.staged();
      if (feed.notModified) {
        await recordSourceUnchanged(sourceId, now(), db);
        return {
          ok: true,
          unchanged: true,
          serviceCount: previous?.serviceCount ?? 0,
          rejected: previous?.rejected ?? [],
        };
      }
      const { normaliseMs } = feed;
      const fetchMs = performance.now() - started - normaliseMs;
      const ready = {
        generation,
        format: feed.format,
        recordCount: feed.recordCount,
        normalised: feed.normalised,
        reader,
        details: new Map(feed.details),
        validators: { etag: feed.etag, lastModified: feed.lastModified },
        paging: { pages: feed.paging.pages, stopped: feed.paging.stopped, limits: describeLimits(limits) },
      };
      return await swapInFeed(sourceId, url, ready, db, at, { fetchMs, normaliseMs });
    });
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
    return await inGeneration(db, { id: sourceId, url: label }, at, async (reader, generation) => {
      const started = performance.now();
      const feed = readFeedFiles(files);
      const normaliser = createPageNormaliser(sourceId, label, at);
      await reader.add(normaliser.all(feed.records));
      await reader.staged();
      const ready = {
        generation,
        format: feed.format,
        recordCount: feed.records.length,
        normalised: normaliser.finish(),
        reader,
        details: normaliser.details,
      };
      const normaliseMs = performance.now() - started;
      return swapInFeed(sourceId, label, ready, db, at, { fetchMs: 0, normaliseMs });
    });
  } catch (error) {
    const message = plainError(error);
    await recordSourceFailure(sourceId, label, message, now(), db);
    return { ok: false, error: message };
  }
}
