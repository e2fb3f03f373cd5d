import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { normaliseRecords } from '../directory/normalise-records';
import type { AppDB } from './db';
import type { Service } from './schema';
import {
  createServiceReader,
  forEachServiceBatch,
  generationKey,
  packChunks,
  readServices,
  replaceServices,
  serviceJson,
  unpackChunk,
} from './service-chunks';
import { stageServices } from './stage-generation';
import { useTestDb } from './test-db.fixture';

const bristol = JSON.parse(readFileSync('tests/fixtures/oruk-v1/bristol-services.json', 'utf8')) as unknown[];
const services = normaliseRecords(bristol, 'feed', Date.UTC(2026, 11, 1)).services;

let db: AppDB;
const testDb = useTestDb();
beforeEach(() => {
  db = testDb();
});

describe('services stored many to a row', () => {
  it('reads back every Bristol service exactly as written, in feed order', () => {
    const chunks = packChunks('feed@1', 3, services);
    // Rows of several services, each under 64 KB of one-byte characters.
    expect(chunks.length).toBeLessThan(services.length / 10);
    for (const [, chunk] of chunks) expect(chunk.rows.join('').length).toBeLessThanOrEqual(60_000);
    expect(chunks.flatMap(([, chunk]) => unpackChunk(chunk))).toEqual(services);
    const keys = chunks.map(([key]) => key);
    expect([...keys].sort()).toEqual(keys);
  });

  it('writes characters past Latin-1 as escapes, and reads them back unchanged', () => {
    const [first] = services;
    if (!first) throw new Error('no service');
    const odd: Service = { ...first, name: 'Café “Hub” – 日本 😀 \ud800 end', description: 'Ünïcode’s fine' };
    const json = serviceJson(odd);
    expect([...json].every((c) => c.charCodeAt(0) <= 0xff)).toBe(true);
    expect(json).toContain('Café');
    expect(JSON.parse(json)).toEqual(odd);
  });

  it('finds services one by one through their keys, and replaces them in place', async () => {
    const page = services.slice(0, 60);
    await stageServices('feed@1', page, db, 0);
    const wanted = [page[59], page[0], page[30]].map((service) => generationKey('feed@1', service?.id ?? ''));
    const found = await readServices(db, [...wanted, generationKey('feed@1', 'feed:missing')]);
    expect(found).toEqual([page[59], page[0], page[30], undefined]);

    const renamed = { ...(page[30] as Service), name: 'Renamed' };
    await db.transaction('rw', db.serviceChunks, () =>
      replaceServices(db, 'feed@1', [renamed, { ...renamed, id: 'feed:missing' }]),
    );
    const [again] = await readServices(db, [generationKey('feed@1', renamed.id)]);
    expect(again?.name).toBe('Renamed');
    const all: Service[] = [];
    await forEachServiceBatch(db, 'feed@1', (batch) => void all.push(...batch), 1);
    expect(all.map((service) => service.id)).toEqual(page.map((service) => service.id));
    expect(all[30]?.name).toBe('Renamed');
  });

  it('keeps the rest of each row it reads, so a neighbour is answered without IndexedDB, until cleared', async () => {
    const page = services.slice(0, 10);
    await stageServices('feed@1', page, db, 0);
    const reader = createServiceReader(db);
    const key = (service: Service | undefined) => generationKey('feed@1', service?.id ?? '');
    expect(await reader.read([key(page[0])])).toEqual([page[0]]);
    // With the rows gone from IndexedDB, the neighbour still comes from what the reader holds.
    await db.serviceChunks.clear();
    expect(await reader.read([key(page[7]), key(page[3])])).toEqual([page[7], page[3]]);
    reader.clear();
    expect(await reader.read([key(page[7])])).toEqual([undefined]);
  });
});
