import { parseFeedPage } from './feed-page';
import type { FeedFormat } from './import-report';
import { detectCsvKind, parseHsdsCsv } from './parse-hsds-csv';
import { parsePracticeCsv } from './parse-practice-csv';

/** A feed read from text: its format, its raw records, and notes about the files themselves. */
export interface ReadFeed {
  format: FeedFormat;
  records: unknown[];
  warnings: string[];
}

/** The file name without folders, lower case: how HSDS tables are told apart. */
function baseName(name: string): string {
  return (name.split(/[\\/]/).pop() ?? name).toLowerCase();
}

/**
 * Reads one or more files of a feed: an ORUK JSON document (v1 array or page, 3.0 page), the CSV tables of an
 * HSDS 3.0 export (services.csv and its companions), or a practice's own one-row-per-service spreadsheet.
 * Throws an Error in plain words when the files are none of these.
 */
export function readFeedFiles(files: { name: string; text: string }[]): ReadFeed {
  if (files.length === 0) throw new Error('No file was chosen.');
  const [only] = files;
  const text = only?.text.replace(/^\uFEFF/, '').trimStart() ?? '';
  if (files.length === 1 && only && (text.startsWith('{') || text.startsWith('['))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new Error(`${baseName(only.name)} looks like JSON but cannot be read: it may be cut short or damaged.`);
    }
    const page = parseFeedPage(parsed);
    return { format: page.format, records: page.records, warnings: [] };
  }
  const tables: Record<string, string> = {};
  for (const file of files) tables[baseName(file.name)] = file.text;
  const kinds = files.map((file) => detectCsvKind(file.text));
  if ('services.csv' in tables || kinds.includes('hsds-services')) {
    if (!('services.csv' in tables)) {
      const index = kinds.indexOf('hsds-services');
      const services = files[index];
      if (services) tables['services.csv'] = services.text;
    }
    const feed = parseHsdsCsv(tables);
    return { format: 'hsds-csv', records: feed.records, warnings: feed.warnings };
  }
  const practiceIndex = kinds.indexOf('practice');
  const practice = files[practiceIndex];
  if (practice && files.length === 1) {
    const feed = parsePracticeCsv(practice.text);
    return { format: 'practice-csv', records: feed.records, warnings: feed.warnings };
  }
  throw new Error(
    'These files are not a directory Signpost can read: choose an Open Referral JSON file, the CSV files of an HSDS ' +
      "export (with services.csv), or a practice spreadsheet saved as CSV with a 'name' column.",
  );
}

/** Reads a feed that arrived as one text (an HTTP body or one file). */
export function readFeedText(name: string, text: string): ReadFeed {
  return readFeedFiles([{ name, text }]);
}
