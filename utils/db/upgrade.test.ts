import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB } from './db';

/**
 * One fixture per released schema version: the stores as that version declared them (copied, never imported from
 * db.ts, so an edited old declaration fails here) and rows as that version wrote them. Adding version n + 1: add
 * `tests/fixtures/db/version-n.json` (a database as version n leaves it) to this list, and an entry in `UPGRADED`
 * for what the new upgrade changes.
 */
const FIXTURES = ['version-1.json', 'version-2.json', 'version-4.json'];

interface DbFixture {
  version: number;
  stores: Record<string, string>;
  rows: Record<string, Record<string, unknown>[]>;
}

function readFixture(name: string): DbFixture {
  return JSON.parse(readFileSync(`tests/fixtures/db/${name}`, 'utf8')) as DbFixture;
}

/** What each upgrade adds to the rows of the version before it, checked on top of "every row is still there". */
const UPGRADED: Record<number, (db: AppDB) => Promise<void>> = {
  // 1 → 2: services gain empty needs (the next refresh infers them); the new tables start empty.
  1: async (db) => {
    for (const service of await db.services.toArray()) {
      expect(service.needs).toEqual([]);
      expect(service.needEvidence).toEqual([]);
    }
    expect(await db.referrals.count()).toBe(0);
    expect(await db.notes.count()).toBe(0);
  },
};

/** Writes a fixture as its own version of the schema would have, then closes it. */
async function createOldDatabase(name: string, fixture: DbFixture): Promise<void> {
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.rows)) await old.table(table).bulkAdd(rows);
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
    for (const [table, rows] of Object.entries(fixture.rows)) {
      const keyPath = db.table(table).schema.primKey.keyPath as string;
      const stored = await db.table(table).toArray();
      expect(stored).toHaveLength(rows.length);
      for (const row of rows) {
        // Upgrades only add fields: every old value is still there.
        expect(await db.table(table).get(row[keyPath] as string)).toMatchObject(row);
      }
    }
    for (let version = fixture.version; version < db.verno; version++) await UPGRADED[version]?.(db);
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
