import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB } from './db';
import { getAllServices, getServices } from './queries';

/**
 * One fixture per released schema version: the stores as that version declared them (copied, never imported from
 * db.ts, so an edited old declaration fails here) and rows as that version wrote them. Adding version n + 1: add
 * `tests/fixtures/db/version-n.json` (a database as version n leaves it) to this list, and an entry in `UPGRADED`
 * for what the new upgrade changes. A table with outbound keys gives each row's key as `$key`. A table an upgrade
 * replaces (version 3's `services`) is no longer there to compare row by row: its `UPGRADED` entry checks where the
 * rows went.
 */
const FIXTURES = ['version-1.json', 'version-2.json', 'version-3.json', 'version-4.json', 'version-5.json'];

interface DbFixture {
  version: number;
  stores: Record<string, string>;
  rows: Record<string, Record<string, unknown>[]>;
}

function readFixture(name: string): DbFixture {
  return JSON.parse(readFileSync(`tests/fixtures/db/${name}`, 'utf8')) as DbFixture;
}

/** What each upgrade adds to the rows of the version before it, checked on top of "every row is still there". */
const UPGRADED: Record<number, (db: AppDB, fixture: DbFixture) => Promise<void>> = {
  // 1 → 2: services gain empty needs (the next refresh infers them); the new tables start empty.
  1: async (db, fixture) => {
    if (fixture.version !== 1) return;
    for (const service of await getAllServices(db)) {
      expect(service.needs).toEqual([]);
      expect(service.needEvidence).toEqual([]);
    }
    expect(await db.referrals.count()).toBe(0);
    expect(await db.notes.count()).toBe(0);
  },
  // 2 → 3: each source's services move into its first generation, which is live; nothing is left staged.
  2: async (db, fixture) => {
    const old = fixture.rows.services ?? [];
    if (old.length === 0) return;
    const ids = old.map((row) => String(row.id));
    const moved = await getServices(ids, db);
    expect(moved.map((service) => service.id)).toEqual(ids);
    for (const [index, row] of old.entries()) expect(moved[index]).toMatchObject(row);
    expect(await db.sources.toArray()).toEqual(
      expect.arrayContaining([expect.objectContaining({ generation: 'feed@v2' })]),
    );
    expect(await db.stagedGenerations.count()).toBe(0);
    expect(db.tables.map((table) => table.name)).not.toContain('services');
  },
  // 4 → 5: one-service rows move into rows of many, under the same generation; each is found by id as before.
  4: async (db, fixture) => {
    const old = fixture.rows.serviceRows ?? [];
    if (old.length === 0) return;
    const ids = old.map((row) => String(row.id));
    const moved = await getServices(ids, db);
    expect(moved.map((service) => service.id)).toEqual(ids);
    for (const [index, { $key: _, ...row }] of old.entries()) expect(moved[index]).toEqual(row);
    expect((await getAllServices(db)).map((service) => service.id)).toEqual(ids);
    expect(db.tables.map((table) => table.name)).not.toContain('serviceRows');
  },
};

/** Writes a fixture as its own version of the schema would have, then closes it. */
async function createOldDatabase(name: string, fixture: DbFixture): Promise<void> {
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.rows)) {
      const keys = rows.map((row) => row.$key as string | undefined);
      const plain = rows.map(({ $key: _, ...row }) => row);
      if (keys.some((key) => key !== undefined)) await old.table(table).bulkAdd(plain, keys as string[]);
      else await old.table(table).bulkAdd(plain);
    }
  });
  old.close();
}

const opened: AppDB[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe.each(FIXTURES.map((file) => [file, readFixture(file)] as const))('opening a %s database', (file, fixture) => {
  it('upgrades it to the current version and keeps every row', async () => {
    const name = `upgrade-${file}`;
    await createOldDatabase(name, fixture);
    const db = new AppDB(name);
    opened.push(db);
    await db.open();

    expect(db.verno).toBe(new AppDB('unopened').verno);
    const current = new Set(db.tables.map((t) => t.name));
    for (const [table, rows] of Object.entries(fixture.rows)) {
      if (!current.has(table)) continue;
      const keyPath = db.table(table).schema.primKey.keyPath as string | null;
      const stored = await db.table(table).toArray();
      expect(stored).toHaveLength(rows.length);
      for (const { $key, ...row } of rows) {
        // Upgrades only add fields: every old value is still there.
        const key = keyPath ? row[keyPath] : $key;
        expect(await db.table(table).get(key as string)).toMatchObject(row);
      }
    }
    for (let version = fixture.version; version < db.verno; version++) await UPGRADED[version]?.(db, fixture);
  });
});

describe('the fixtures', () => {
  it('cover every released version, so each upgrade has a test', () => {
    const versions = FIXTURES.map((file) => readFixture(file).version);
    // Dexie keeps the declared versions; 3 (the directory's generations) is declared by another change.
    const declared = (new AppDB('unopened') as unknown as { _versions: { _cfg: { version: number } }[] })._versions;
    expect(versions).toEqual(declared.map((v) => v._cfg.version).sort((a, b) => a - b));
  });
});

describe('moving version-4 rows into rows of many', () => {
  it('moves a directory larger than one batch, every service in key order, each source in its own generation', async () => {
    const fixture = readFixture('version-4.json');
    const [template] = fixture.rows.serviceRows ?? [];
    const { $key: _, ...service } = template ?? {};
    // Two sources, 2,345 services in all: the upgrade moves a thousand at a time.
    const rows = Array.from({ length: 2345 }, (_, i) => {
      const source = i < 1200 ? 'feed' : 'extra';
      const id = `${source}:${String(i).padStart(5, '0')}`;
      return { ...service, id, sourceId: source, name: `Service ${i}`, $key: `${source}@v2/${id}` };
    });
    const sources = ['feed', 'extra'].map((id) => ({
      ...(fixture.rows.sources?.[0] ?? {}),
      id,
      generation: `${id}@v2`,
    }));
    const name = 'upgrade-batches';
    await createOldDatabase(name, { ...fixture, rows: { sources, serviceRows: rows } });
    const db = new AppDB(name);
    opened.push(db);
    await db.open();
    const all = await getAllServices(db);
    expect(all.map((s) => s.id).sort()).toEqual(rows.map((row) => row.id).sort());
    const ids = rows.filter((_, i) => i % 97 === 0).map((row) => row.id);
    expect((await getServices(ids, db)).map((s) => s.name)).toEqual(
      ids.map((id) => `Service ${Number(id.split(':')[1])}`),
    );
    // Rows of many: far fewer than one a service.
    expect(await db.serviceChunks.count()).toBeLessThan(rows.length / 10);
  });
});
