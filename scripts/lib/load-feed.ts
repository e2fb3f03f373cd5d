/** Reads a feed for the command-line tools: a file, a folder of HSDS CSVs, or an address, with the extension's code. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fetchFeed } from '../../utils/directory/fetch-feed';
import type { FeedFormat } from '../../utils/directory/import-report';
import { readFeedFiles } from '../../utils/directory/read-feed';

export interface LoadedFeed {
  format: FeedFormat;
  records: unknown[];
  source: string;
  warnings: string[];
}

/** The CSV files next to (or in) `path` that belong to one HSDS export. */
function csvFiles(folder: string): { name: string; text: string }[] {
  return readdirSync(folder)
    .filter((name) => name.toLowerCase().endsWith('.csv'))
    .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));
}

export async function loadFeed(target: string): Promise<LoadedFeed> {
  if (/^https?:\/\//i.test(target)) {
    const feed = await fetchFeed(target);
    if ('notModified' in feed) throw new Error(`${target} answered "not modified" to a fresh request.`);
    return { format: feed.format, records: feed.records, source: target, warnings: [] };
  }
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(target);
  } catch {
    throw new Error(`There is no file or folder at ${target}.`);
  }
  if (stat.isDirectory()) {
    const files = csvFiles(target);
    if (files.length === 0) throw new Error(`The folder ${target} has no CSV files.`);
    return { ...readFeedFiles(files), source: target };
  }
  const text = readFileSync(target, 'utf8');
  const name = basename(target);
  // services.csv of an HSDS export: read its companion tables from the same folder.
  if (name.toLowerCase() === 'services.csv') {
    return { ...readFeedFiles(csvFiles(join(target, '..'))), source: target };
  }
  return { ...readFeedFiles([{ name, text }]), source: target };
}
