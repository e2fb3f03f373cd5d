/**
 * The import worker's own work, in Node: generated pages parsed, normalised (needs inferred) and written as stored
 * JSON, then the background's part (index building), each timed. For profiling (`node --cpu-prof`) the parts of an
 * import that `profile-import.ts` cannot see in the service worker's profile.
 *
 *   npx tsx scripts/bench/profile-normalise.ts 50000          (or bundled with esbuild, run with node --cpu-prof)
 */

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createPageNormaliser } from '../../utils/directory/normalise-feed';
import type { Service } from '../../utils/directory/service';
import { serviceJson } from '../../utils/directory/service-json';
import { createIndexBuilder } from '../../utils/search/index-builder';
import { feedPages, generateDirectory } from './generate-directory';

const size = Number(process.argv[2] ?? 50_000);
/** The pages are generated once and kept in a file, so the generator's own garbage stays out of the profile. */
const saved = `/tmp/signpost-feed-${size}.json`;
if (!existsSync(saved)) writeFileSync(saved, JSON.stringify(feedPages(generateDirectory(size, 3), 1000)));
const pages = JSON.parse(readFileSync(saved, 'utf8')) as string[];
const at = Date.parse('2026-12-06T00:00:00Z');
const time = { parse: 0, normalise: 0, json: 0, reparse: 0, index: 0, finish: 0 };
/** CPU milliseconds of this process (all its threads, GC helpers too): far less sensitive to load than wall time. */
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const lap = (key: keyof typeof time, from: number) => {
  time[key] += cpu() - from;
  return cpu();
};
const normaliser = createPageNormaliser('main', 'http://example.test/services', at);
const builder = createIndexBuilder();
for (const page of pages) {
  let t = cpu();
  const records = (JSON.parse(page) as { content: unknown[] }).content;
  t = lap('parse', t);
  const services = normaliser.all(records);
  t = lap('normalise', t);
  const json = services.map(serviceJson);
  t = lap('json', t);
  const back = json.map((text) => JSON.parse(text) as Service);
  t = lap('reparse', t);
  builder.add(back);
  lap('index', t);
}
const t = cpu();
const index = builder.finish(at);
builder.cards(at);
lap('finish', t);
console.log(`${size} services, ${index.words.length} words`);
for (const [key, ms] of Object.entries(time)) console.log(`${key.padEnd(10)} ${ms.toFixed(0).padStart(6)} ms of CPU`);
if (process.env.CLONE) {
  const { serialize } = await import('node:v8');
  const { packSearchIndex } = await import('../../utils/search/search-index');
  const packed = packSearchIndex(index);
  const cards = builder.cards(at);
  for (const [name, value] of Object.entries({ ...packed, cards })) {
    const from = performance.now();
    const bytes = serialize(value).length;
    const ms = performance.now() - from;
    if (ms > 2) console.log(`clone ${name}: ${ms.toFixed(0)} ms, ${bytes} bytes`);
  }
}
