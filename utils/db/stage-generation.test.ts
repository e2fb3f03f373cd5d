import { beforeEach, describe, expect, it } from 'vitest';
import { importDirectory } from '../directory/import-directory';
import type { AppDB } from './db';
import { getAllServices } from './queries';
import { generationKey, readServices } from './service-chunks';
import { beginGeneration, dropUnfinishedGenerations, stageServices } from './stage-generation';
import { useTestDb } from './test-db.fixture';

/** A paged ORUK v1 API of `pages` pages of two services each, named `${prefix} n`; `failAt` drops that page. */
function pagedFeed(prefix: string, pages: number, failAt?: number): typeof fetch {
  return async (input) => {
    const url = new URL(String(input));
    const number = Number(url.searchParams.get('page') ?? 1);
    if (number === failAt) throw new TypeError('Failed to fetch');
    const content = [1, 2].map((n) => ({ id: `${number}-${n}`, name: `${prefix} ${number}-${n}` }));
    return Response.json({
      totalElements: pages * 2,
      totalPages: pages,
      number,
      size: 2,
      last: number === pages,
      content,
    });
  };
}

const FEED = 'https://feed.test/services?per_page=2';

/** Services stored, of every generation, live or staged. */
async function storedServices(db: AppDB): Promise<number> {
  let count = 0;
  await db.serviceChunks.each((chunk) => {
    count += chunk.ids.length;
  });
  return count;
}

let db: AppDB;
const testDb = useTestDb();
beforeEach(() => {
  db = testDb();
});

describe('imports into generations', () => {
  it('stages page by page and, once live, leaves only the new generation behind', async () => {
    await importDirectory('feed', FEED, db, { fetchFn: pagedFeed('Old', 2), now: () => 1000 });
    const first = (await db.sources.get('feed'))?.generation;
    await importDirectory('feed', FEED, db, { fetchFn: pagedFeed('New', 3), now: () => 2000, force: true });
    const status = await db.sources.get('feed');
    expect(status?.generation).not.toBe(first);
    expect((await getAllServices(db)).map((s) => s.name).sort()).toEqual([
      'New 1-1',
      'New 1-2',
      'New 2-1',
      'New 2-2',
      'New 3-1',
      'New 3-2',
    ]);
    // The old generation's rows went with the swap; nothing is left staged.
    expect(await storedServices(db)).toBe(6);
    expect(await db.stagedGenerations.count()).toBe(0);
  });

  it('keeps the directory in use whole when a download fails after pages were staged, and drops what was staged', async () => {
    await importDirectory('feed', FEED, db, { fetchFn: pagedFeed('Old', 1), now: () => 1000 });
    const outcome = await importDirectory('feed', FEED, db, { fetchFn: pagedFeed('New', 3, 3), now: () => 2000 });
    expect(outcome.ok).toBe(false);
    expect((await getAllServices(db)).map((s) => s.name).sort()).toEqual(['Old 1-1', 'Old 1-2']);
    expect(await storedServices(db)).toBe(2);
    expect(await db.stagedGenerations.count()).toBe(0);
  });

  it('ignores a generation a closed browser left half-staged, and drops it at the next start', async () => {
    await importDirectory('feed', FEED, db, { fetchFn: pagedFeed('Old', 1), now: () => 1000 });
    // What a browser killed mid-import leaves: a recorded generation with some pages written, never made live.
    const generation = await beginGeneration('feed', 2000, db);
    const [old] = await getAllServices(db);
    if (!old) throw new Error('no service imported');
    await stageServices(generation, [{ ...old, id: 'feed:x', name: 'Half' }], db);
    expect((await getAllServices(db)).map((s) => s.name).sort()).toEqual(['Old 1-1', 'Old 1-2']);
    expect(await dropUnfinishedGenerations(db)).toBe(1);
    expect(await storedServices(db)).toBe(2);
    expect((await getAllServices(db)).map((s) => s.name).sort()).toEqual(['Old 1-1', 'Old 1-2']);
  });

  it('writes a page in one transaction: a row that cannot be written fails the page, and none of it lands', async () => {
    await importDirectory('feed', FEED, db, { fetchFn: pagedFeed('Old', 1), now: () => 1000 });
    const [old] = await getAllServices(db);
    if (!old) throw new Error('no service imported');
    const generation = await beginGeneration('feed', 2000, db);
    await stageServices(generation, [{ ...old, id: 'feed:a' }], db, 0);
    // The second page repeats feed:a in a row of its own: the unique index refuses it, and the whole page.
    const page = [{ ...old, id: 'feed:b' }, ...Array.from({ length: 30 }, (_, n) => ({ ...old, id: `feed:c${n}` }))];
    page.push({ ...old, id: 'feed:a' });
    await expect(stageServices(generation, page, db, 1)).rejects.toBeDefined();
    const [b, a] = await readServices(db, [generationKey(generation, 'feed:b'), generationKey(generation, 'feed:a')]);
    expect(b).toBeUndefined();
    expect(a).toBeDefined();
    // An id repeated within one page is refused too, before anything is written.
    await expect(
      stageServices(
        generation,
        [
          { ...old, id: 'feed:d' },
          { ...old, id: 'feed:d' },
        ],
        db,
        2,
      ),
    ).rejects.toThrow();
    expect(await readServices(db, [generationKey(generation, 'feed:d')])).toEqual([undefined]);
  });
});
