/**
 * `npx tsx scripts/bench/index-size.ts [size]`: builds the search index over a generated directory in node, packs it
 * as stored, and prints each stored part's bytes, the structured-clone (v8 serialise) size, and node timings of
 * deserialising, unpacking, making the engine and the first search ("debt"). For choosing the stored layout; the
 * figures of record come from the browser (`npm run bench`, `compare-builds.ts`).
 */
import { deserialize, serialize } from 'node:v8';
import { normaliseRecords } from '../../utils/directory/normalise-records';
import { buildSearchIndex } from '../../utils/search/build-search-index';
import { createSearchEngine } from '../../utils/search/create-search-engine';
import { packSearchIndex, type StoredSearchIndex, unpackSearchIndex } from '../../utils/search/search-index';
import { generateDirectory } from './generate-directory';

const SIZE = Number(process.argv[2] ?? 50_000);

function bytes(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  return serialize(value).length;
}

function time<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

const services = normaliseRecords(generateDirectory(SIZE, 7), 'bench').services;
const stored = packSearchIndex(buildSearchIndex(services));
const parts = Object.entries(stored)
  .map(([key, value]) => [key, bytes(value)] as const)
  .sort((a, b) => b[1] - a[1]);
for (const [key, n] of parts) if (n > 1000) console.log(`${(n / 1e6).toFixed(3).padStart(8)} MB  ${key}`);
const wire = serialize(stored);
console.log(`stored (v8 serialised): ${(wire.length / 1e6).toFixed(2)} MB`);
for (let round = 0; round < 3; round++) {
  const read = time(() => deserialize(wire) as StoredSearchIndex);
  const unpacked = time(() => unpackSearchIndex(read.value));
  const engine = time(() => createSearchEngine(unpacked.value));
  const search = time(() => engine.value.search('debt', { needs: [] }, 25));
  console.log(
    `deserialise ${read.ms.toFixed(1)} ms, unpack ${unpacked.ms.toFixed(1)}, engine ${engine.ms.toFixed(1)}, first search ${search.ms.toFixed(1)} (${search.value.total} hits)`,
  );
}
