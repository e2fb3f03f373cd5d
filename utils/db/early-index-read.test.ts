import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseRecords } from '../directory/normalise-records';
import type { StoredSearchIndex } from '../search/search-index';
import { AppDB } from './db';
import {
  earlyConnection,
  earlyServiceKey,
  readFirstView,
  startEarlyIndexRead,
  takeEarlyGenerations,
  takeEarlyIndexRead,
  takeFirstView,
} from './early-index-read';
import type { Service, SourceStatus } from './schema';
import { generationKey, packChunks } from './service-chunks';
import { sourceOf } from './service-rows';

const bristol = JSON.parse(readFileSync('tests/fixtures/oruk-v1/bristol-services.json', 'utf8')) as unknown[];
const services = normaliseRecords(bristol, 'feed', Date.UTC(2026, 11, 1)).services;

describe('the side panel’s early index read', () => {
  it('answers nothing, and creates no database, when there is none yet', async () => {
    const name = `early-${Math.random()}`;
    startEarlyIndexRead(name);
    expect(await takeEarlyIndexRead()).toBeUndefined();
    expect((await indexedDB.databases()).map((database) => database.name)).not.toContain(name);
    // Dexie can still create it afterwards with its own schema.
    const db = new AppDB(name);
    await db.open();
    expect(db.tables.map((table) => table.name)).toContain('searchIndex');
    await db.delete();
  });

  it('reads the index Dexie stored, once, and lets Dexie delete or upgrade the database afterwards', async () => {
    const name = `early-${Math.random()}`;
    const db = new AppDB(name);
    await db.searchIndex.put({ id: 'all', version: 3, builtAt: 1234 } as unknown as StoredSearchIndex);
    startEarlyIndexRead(name);
    expect((await takeEarlyIndexRead())?.builtAt).toBe(1234);
    expect(takeEarlyIndexRead()).toBeUndefined();
    await db.delete();
    expect((await indexedDB.databases()).map((database) => database.name)).not.toContain(name);
  });

  it('reads the sources’ live generations with the index, and keeps its connection for the first services', async () => {
    const name = `early-${Math.random()}`;
    const db = new AppDB(name);
    await db.searchIndex.put({ id: 'all', version: 3, builtAt: 1 } as unknown as StoredSearchIndex);
    await db.sources.bulkPut([
      { id: 'feed', url: 'https://example.org', generation: 'feed@1' },
      { id: 'files', url: 'practice.csv' },
    ] as SourceStatus[]);
    db.close();
    startEarlyIndexRead(name);
    expect([...((await takeEarlyGenerations()) ?? [])]).toEqual([['feed', 'feed@1']]);
    expect(takeEarlyGenerations()).toBeUndefined();
    expect(earlyConnection()?.objectStoreNames.contains('serviceChunks')).toBe(true);
    await takeEarlyIndexRead();
    // Dexie deletes the database: the early connection gives way.
    await db.delete();
    expect(earlyConnection()).toBeUndefined();
  });

  it('reads the first view’s services ahead, in the live generation, for exactly the ids asked once', async () => {
    const name = `early-${Math.random()}`;
    const db = new AppDB(name);
    await db.searchIndex.put({ id: 'all', version: 3, builtAt: 1 } as unknown as StoredSearchIndex);
    await db.sources.put({ id: 'feed', url: 'https://example.org', generation: 'feed@2' } as SourceStatus);
    // The live generation and an older one hold different names for the same services.
    const older = services.map((service) => ({ ...service, name: `${service.name} (old)` }));
    const rows = [...packChunks('feed@1', 1, older), ...packChunks('feed@2', 1, services)];
    await db.serviceChunks.bulkPut(
      rows.map(([, chunk]) => chunk),
      rows.map(([key]) => key),
    );
    db.close();
    startEarlyIndexRead(name);
    await takeEarlyIndexRead();
    const ids = [services[5], services[0], services[40]].map((service) => (service as Service).id);
    readFirstView([...ids, 'feed:not-there']);
    const fallback = async () => [] as Service[];
    // Other ids than those read ahead go to the usual read.
    expect(await takeFirstView(ids, fallback)).toEqual([]);
    readFirstView([...ids, 'feed:not-there']);
    const read = await takeFirstView([...ids, 'feed:not-there'], fallback);
    expect(read.map((service) => service.id)).toEqual(ids);
    expect(read).toEqual(ids.map((id) => services.find((service) => service.id === id)));
    // Once only.
    expect(await takeFirstView([...ids, 'feed:not-there'], fallback)).toEqual([]);
    await db.delete();
  });

  it('keys a service as the service rows do', () => {
    const live = new Map([['feed', 'feed@7']]);
    for (const id of ['feed:1', 'feed:a:b', 'feed:']) {
      expect(earlyServiceKey(live, id)).toBe(generationKey(live.get(sourceOf(id)) ?? '', id));
    }
    expect(earlyServiceKey(live, 'files:1')).toBeUndefined();
  });
});
