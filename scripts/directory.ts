/**
 * `npm run -s directory -- check <file-or-url>`: import a feed with the extension's own code and print the report.
 * `npm run -s directory -- search <file-or-url> "<query>" [--limit N] [--postcode P]` or `--queries FILE`: search
 * it as the side panel would. JSON on stdout; plain words on stderr; exit 1 when nothing usable was found.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildImportReport } from '../utils/directory/build-import-report';
import { normaliseRecords } from '../utils/directory/normalise-records';
import { buildSearchIndex } from '../utils/search/build-search-index';
import { createSearchEngine } from '../utils/search/create-search-engine';
import { explainHit } from '../utils/search/explain-hit';
import { locatePostcode } from '../utils/search/locate-postcode';
import type { SearchFilters } from '../utils/search/search-filters';
import { loadFeed } from './lib/load-feed';

const USAGE = `Usage:
  npm run -s directory -- check <file-or-url>
  npm run -s directory -- search <file-or-url> "<query>" [--limit N] [--postcode P]
  npm run -s directory -- search <file-or-url> --queries FILE [--limit N] [--postcode P]
A feed is an ORUK v1 or 3.0 JSON file or address, the CSV files of an HSDS 3.0 export (a folder, or its
services.csv), or a practice spreadsheet saved as CSV.`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function load(target: string | undefined) {
  if (!target) fail(USAGE);
  const feed = await loadFeed(target);
  const normalised = normaliseRecords(feed.records, 'cli');
  const report = buildImportReport({ ...feed, records: feed.records.length, ...normalised });
  return { feed, normalised, report };
}

async function check(target: string | undefined): Promise<void> {
  const { feed, normalised, report } = await load(target);
  process.stdout.write(`${JSON.stringify({ ...report, fileWarnings: feed.warnings }, null, 2)}\n`);
  if (normalised.services.length === 0) {
    fail(`${feed.source} has no usable services: ${feed.records.length} records, ${report.rejected.length} rejected.`);
  }
}

async function search(target: string | undefined, query: string | undefined, options: Record<string, unknown>) {
  const { normalised } = await load(target);
  const { services } = normalised;
  if (services.length === 0) fail('The feed has no usable services to search.');
  const index = buildSearchIndex(services);
  const engine = createSearchEngine(index);
  const byId = new Map(services.map((service) => [service.id, service]));
  const limit = Number(options.limit ?? 10);
  const filters: SearchFilters = {};
  if (typeof options.postcode === 'string') {
    const place = locatePostcode(index, options.postcode);
    if (!place.ok) fail(place.message);
    filters.near = { lat: place.lat, lon: place.lon, km: Number(options.km ?? 10) };
  }
  const run = (text: string) =>
    engine.search(text, filters, limit).hits.map((hit) => {
      const service = byId.get(hit.id);
      return {
        id: service?.feedId ?? hit.id,
        name: service?.name ?? '',
        score: Number(hit.score.toFixed(4)),
        needs: hit.needs,
        why: service ? explainHit(service, hit) : [],
      };
    });
  if (typeof options.queries === 'string') {
    const lines = readFileSync(options.queries, 'utf8')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
    for (const line of lines) process.stdout.write(`${JSON.stringify({ query: line, results: run(line) })}\n`);
    return;
  }
  if (query === undefined) fail(USAGE);
  process.stdout.write(`${JSON.stringify(run(query), null, 2)}\n`);
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      limit: { type: 'string' },
      postcode: { type: 'string' },
      km: { type: 'string' },
      queries: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, target, query] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (command === 'check') return check(target);
  if (command === 'search') return search(target, query, values);
  fail(`Unknown command "${command}".\n${USAGE}`);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
