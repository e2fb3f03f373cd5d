import type { AppDB } from '../db/db';
import { recordSourceFailure, replaceSourceServices } from '../db/queries';
import { fetchFeed } from './fetch-feed';
import { normaliseOrukService, type RecordProblem } from './normalise-oruk-service';
import type { Service } from './service';

/** What an import did, as the side panel reports it. */
export type ImportOutcome =
  | { ok: true; serviceCount: number; rejected: RecordProblem[] }
  | { ok: false; error: string };

/** Normalises feed records, skipping unusable ones (with the reason) and later duplicates of an id. */
export function normaliseRecords(
  records: unknown[],
  sourceId: string,
): { services: Service[]; rejected: RecordProblem[] } {
  const services: Service[] = [];
  const rejected: RecordProblem[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    const result = normaliseOrukService(record, sourceId);
    if ('problem' in result) {
      rejected.push(result.problem);
    } else if (seen.has(result.service.id)) {
      rejected.push({ id: result.service.feedId, reason: 'Another record already has this id.' });
    } else {
      seen.add(result.service.id);
      services.push(result.service);
    }
  }
  return { services, rejected };
}

/**
 * Fetches a feed and swaps it in as the source's directory. On any failure the directory in use is kept and the
 * failure is recorded in plain words.
 */
export async function importDirectory(
  sourceId: string,
  url: string,
  db: AppDB,
  { fetchFn = fetch, now = Date.now }: { fetchFn?: typeof fetch; now?: () => number } = {},
): Promise<ImportOutcome> {
  try {
    const feed = await fetchFeed(url, fetchFn);
    const { services, rejected } = normaliseRecords(feed.records, sourceId);
    if (services.length === 0) {
      throw new Error(
        `The feed at ${url} has no usable services (${feed.records.length} records, ${rejected.length} rejected).`,
      );
    }
    const at = now();
    await replaceSourceServices(
      { id: sourceId, url, importedAt: at, lastAttemptAt: at, serviceCount: services.length, rejected },
      services,
      db,
    );
    return { ok: true, serviceCount: services.length, rejected };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await recordSourceFailure(sourceId, url, message, now(), db);
    return { ok: false, error: message };
  }
}
