import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { AppDB } from './db';
import { getAllServices, getServices } from './queries';

const name = `upgrade-${Math.random()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

/** Version 2's declarations exactly as released, to write a database as version 2 left it. */
function openVersion2(): Dexie {
  const old = new Dexie(name);
  old.version(1).stores({ services: 'id, sourceId', sources: 'id' });
  old.version(2).stores({
    notes: 'serviceId',
    detailQueue: 'id, sourceId',
    searchIndex: 'id',
    referrals: 'id, date, status, *needs',
  });
  return old;
}

it("moves version 2 services into each source's first generation, live, and keeps notes and the log", async () => {
  const v2 = openVersion2();
  await v2.table('services').bulkAdd([
    { id: 'feed:1', sourceId: 'feed', name: 'Lunch club', needs: [], needEvidence: [] },
    { id: 'feed:2', sourceId: 'feed', name: 'Debt advice', needs: [], needEvidence: [] },
    { id: 'src-a:9', sourceId: 'src-a', name: 'Walking group', needs: [], needEvidence: [] },
  ]);
  await v2.table('sources').bulkAdd([
    { id: 'feed', url: 'https://feed.test', serviceCount: 2, rejected: [] },
    { id: 'src-a', url: 'a.csv', serviceCount: 1, rejected: [] },
  ]);
  await v2.table('notes').add({ serviceId: 'feed:1', text: 'Good', pinned: true, tags: [], updatedAt: 1 });
  v2.close();

  const db = new AppDB(name);
  await db.open();
  expect(db.verno).toBe(3);
  expect((await getAllServices(db)).map((s) => s.name).sort()).toEqual(['Debt advice', 'Lunch club', 'Walking group']);
  expect((await getServices(['src-a:9', 'feed:2'], db)).map((s) => s.name)).toEqual(['Walking group', 'Debt advice']);
  expect((await db.sources.get('feed'))?.generation).toBe('feed@v2');
  expect(await db.notes.get('feed:1')).toMatchObject({ text: 'Good', pinned: true });
  expect(db.tables.map((table) => table.name)).not.toContain('services');
  db.close();
});
