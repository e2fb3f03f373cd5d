/**
 * `npm run -s directory -- check <file-or-url>`: import a feed with the extension's own code and print the report.
 * `npm run -s directory -- search <file-or-url> "<query>" [--limit N] [--postcode P]` or `--queries FILE`: search
 * it as the side panel would. JSON on stdout; plain words on stderr; exit 1 when nothing usable was found.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ImportLimits } from '../utils/directory/limits';
import { plainError } from '../utils/directory/plain-error';
import { buildSearchIndex } from '../utils/search/build-search-index';
import { createSearchEngine } from '../utils/search/create-search-engine';
import { explainHit } from '../utils/search/explain-hit';
import { locatePostcode } from '../utils/search/locate-postcode';
import type { SearchFilters } from '../utils/search/search-filters';
import { checkFeed } from './lib/check-feed';

const USAGE = `Usage:
  npm run -s directory -- check <file-or-url>
  npm run -s directory -- search <file-or-url> "<query>" [--limit N] [--postcode P]
  npm run -s directory -- search <file-or-url> --queries FILE [--limit N] [--postcode P]
A feed is an ORUK v1 or 3.0 JSON file or address, the CSV files of an HSDS 3.0 export (a folder, or its
services.csv), or a practice spreadsheet saved as CSV.
Limits (defaults in utils/directory/limits.ts): --timeout-s, --idle-s, --page-mb, --import-mb, --max-pages,
--max-records, --max-field-chars. --stats prints peak memory and time on stderr.`;

/** Limits given on the command line, as overrides of the defaults. */
function limitsFrom(options: Record<string, unknown>): Partial<ImportLimits> {
  const n = (key: string) => (typeof options[key] === 'string' ? Number(options[key]) : undefined);
  const limits: Partial<ImportLimits> = {
    requestMs: n('timeout-s') === undefined ? undefined : Number(n('timeout-s')) * 1000,
    idleMs: n('idle-s') === undefined ? undefined : Number(n('idle-s')) * 1000,
    pageBytes: n('page-mb') === undefined ? undefined : Number(n('page-mb')) * 1024 * 1024,
    importBytes: n('import-mb') === undefined ? undefined : Number(n('import-mb')) * 1024 * 1024,
    pages: n('max-pages'),
    records: n('max-records'),
    fieldChars: n('max-field-chars'),
  };
  for (const [key, value] of Object.entries(limits)) {
    if (value === undefined) delete limits[key as keyof ImportLimits];
    else if (!(value > 0)) fail(`--${key} must be a positive number.`);
  }
  return limits;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function load(target: string | undefined, options: Record<string, unknown>) {
  if (!target) fail(USAGE);
  const result = await checkFeed(target, limitsFrom(options));
  if (!result.ok) {
    if (result.report) process.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
    fail(result.error);
  }
  return result;
}

async function check(target: string | undefined, options: Record<string, unknown>): Promise<void> {
  const { report } = await load(target, options);
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  if (report.stopped) process.stderr.write(`The feed was not read to the end: ${report.stopped}.\n`);
}

async function search(target: string | undefined, query: string | undefined, options: Record<string, unknown>) {
  const { normalised } = await load(target, options);
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
      'timeout-s': { type: 'string' },
      'idle-s': { type: 'string' },
      'page-mb': { type: 'string' },
      'import-mb': { type: 'string' },
      'max-pages': { type: 'string' },
      'max-records': { type: 'string' },
      'max-field-chars': { type: 'string' },
      stats: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, target, query] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (values.stats) {
    const started = performance.now();
    // Peak resident memory of the whole process, so the hostile corpus can hold each import under 1 GB.
    process.on('exit', () => {
      const rss = Math.round(process.resourceUsage().maxRSS / 1024);
      process.stderr.write(`stats: peak RSS ${rss} MB, ${Math.round(performance.now() - started)} ms\n`);
    });
  }
  if (command === 'check') return check(target, values);
  if (command === 'search') return search(target, query, values);
  fail(`Unknown command "${command}".\n${USAGE}`);
}

main().catch((error: unknown) => fail(plainError(error)));
