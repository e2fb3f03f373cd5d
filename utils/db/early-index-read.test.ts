import { describe, expect, it } from 'vitest';
import type { StoredSearchIndex } from '../search/search-index';
import { AppDB } from './db';
import { earlyConnection, startEarlyIndexRead, takeEarlyGenerations, takeEarlyIndexRead } from './early-index-read';
import type { SourceStatus } from './schema';

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
});
