/** Reads a feed for the command-line tools: a file, a folder of HSDS CSVs, or an address, with the extension's code. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fetchFeed } from '../../utils/directory/fetch-feed';
import type { FeedFormat } from '../../utils/directory/import-report';
import { bytesText, DEFAULT_LIMITS, type ImportLimits } from '../../utils/directory/limits';
import { readFeedFiles } from '../../utils/directory/read-feed';

export interface LoadedFeed {
  format: FeedFormat;
  /** Every record, unless they were handed to `onRecords` as they arrived (then empty). */
  records: unknown[];
  recordCount: number;
  source: string;
  warnings: string[];
  pages: number;
  /** Why reading stopped before the end (a cap, a bad page); what was read is kept. */
  stopped?: string;
}

interface LoadOptions {
  limits?: ImportLimits;
  onRecords?: (records: unknown[]) => void;
}

/** A file's text, refused in plain words before it is read when it is over the limit. */
function readLimited(path: string, limit: number): string {
  const size = statSync(path).size;
  if (size > limit) {
    throw new Error(`${basename(path)} is ${bytesText(size)}, over the ${bytesText(limit)} limit, so it was not read.`);
  }
  return readFileSync(path, 'utf8');
}

/** The CSV files next to (or in) `path` that belong to one HSDS export. */
function csvFiles(folder: string, limits: ImportLimits): { name: string; text: string }[] {
  const names = readdirSync(folder).filter((name) => name.toLowerCase().endsWith('.csv'));
  const total = names.reduce((sum, name) => sum + statSync(join(folder, name)).size, 0);
  if (total > limits.importBytes) {
    throw new Error(
      `The CSV files in ${folder} are ${bytesText(total)} in all, over the ${bytesText(limits.importBytes)} limit.`,
    );
  }
  return names.map((name) => ({ name, text: readLimited(join(folder, name), limits.pageBytes) }));
}

function readFiles(target: string, limits: ImportLimits): ReturnType<typeof readFeedFiles> {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(target);
  } catch {
    throw new Error(`There is no file or folder at ${target}.`);
  }
  if (stat.isDirectory()) {
    const files = csvFiles(target, limits);
    if (files.length === 0) throw new Error(`The folder ${target} has no CSV files.`);
    return readFeedFiles(files);
  }
  const name = basename(target);
  // services.csv of an HSDS export: read its companion tables from the same folder.
  if (name.toLowerCase() === 'services.csv') return readFeedFiles(csvFiles(join(target, '..'), limits));
  return readFeedFiles([{ name, text: readLimited(target, limits.pageBytes) }]);
}

export async function loadFeed(
  target: string,
  { limits = DEFAULT_LIMITS, onRecords }: LoadOptions = {},
): Promise<LoadedFeed> {
  if (/^https?:\/\//i.test(target)) {
    const feed = await fetchFeed(target, { limits, onRecords });
    if ('notModified' in feed) throw new Error(`${target} answered "not modified" to a fresh request.`);
    const { pages, stopped, recordCount } = feed.paging;
    return { format: feed.format, records: feed.records, recordCount, source: target, warnings: [], pages, stopped };
  }
  const feed = readFiles(target, limits);
  const over = feed.records.length > limits.records;
  const records = over ? feed.records.slice(0, limits.records) : feed.records;
  onRecords?.(records);
  const stopped = over
    ? `it has ${feed.records.length.toLocaleString('en-GB')} records, over the limit of ${limits.records.toLocaleString('en-GB')}; the first ${limits.records.toLocaleString('en-GB')} were read`
    : undefined;
  const kept = onRecords ? [] : records;
  return { ...feed, records: kept, recordCount: records.length, source: target, pages: 1, stopped };
}
