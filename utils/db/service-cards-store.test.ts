import { beforeEach, describe, expect, it } from 'vitest';
import { importDirectory } from '../directory/import-directory';
import { unpackSearchIndex } from '../search/search-index';
import { unpackServiceCards } from '../search/service-cards';
import type { AppDB } from './db';
import { getAllServices, getStoredSearchIndex, removeSource } from './queries';
import { readCardParts, readCardsHeader } from './service-cards-store';
import { useTestDb } from './test-db.fixture';

function feed(names: string[]): typeof fetch {
  return async () => Response.json(names.map((name, i) => ({ id: `s${i}`, name, description: `${name} helps.` })));
}

let db: AppDB;
const testDb = useTestDb();
beforeEach(() => {
  db = testDb();
});

describe('the cards stored with the search index', () => {
  it('are written with each index, numbered as it is, and follow the directory when a source goes', async () => {
    await importDirectory('one', 'https://one.test/feed.json', db, { fetchFn: feed(['Alpha', 'Beta']), now: () => 1 });
    await importDirectory('two', 'https://two.test/feed.json', db, { fetchFn: feed(['Gamma']), now: () => 2 });
    const check = async (expected: string[]) => {
      const stored = await getStoredSearchIndex(db);
      const cards = await readCardsHeader(db);
      expect(stored && cards).toBeTruthy();
      if (!stored || !cards) return;
      const index = unpackSearchIndex(stored);
      expect(cards.builtAt).toBe(index.builtAt);
      expect(cards.count).toBe(index.ids.length);
      // The header holds no lines: they are in parts of their own, read by number.
      expect(cards.chunks).toBeUndefined();
      const unpacked = unpackServiceCards({ perChunk: cards.perChunk, chunks: [] }, index.ids);
      expect(unpacked.get(index.ids[0] ?? '')).toBeUndefined();
      const parts = unpacked.partsOf(index.ids);
      expect(parts).toHaveLength(cards.parts ?? -1);
      const texts = await readCardParts(parts, index.builtAt, false, db);
      texts.forEach((text, i) => {
        if (text !== undefined) unpacked.addPart(parts[i] ?? -1, text);
      });
      expect(index.ids.map((id) => unpacked.get(id)?.name).sort()).toEqual(expected);
      const services = new Map((await getAllServices(db)).map((service) => [service.id, service]));
      for (const id of index.ids) expect(unpacked.get(id)?.description).toBe(services.get(id)?.description);
    };
    await check(['Alpha', 'Beta', 'Gamma']);
    await removeSource('one', db);
    await check(['Gamma']);
  });

  it('reads each part on its own, answers nothing for a part of another index, and leaves no part behind', async () => {
    const names = Array.from({ length: 1203 }, (_, i) => `Service ${i}`);
    await importDirectory('big', 'https://big.test/feed.json', db, { fetchFn: feed(names), now: () => 1 });
    const header = await readCardsHeader(db);
    const builtAt = header?.builtAt ?? -1;
    expect(header?.parts).toBe(Math.ceil(1203 / (header?.perChunk ?? 1)));
    const [second, last] = await readCardParts([1, (header?.parts ?? 0) - 1], builtAt, true, db);
    expect(second?.split('\n')).toHaveLength(header?.perChunk ?? 0);
    expect(last?.split('\n').length).toBe(1203 % (header?.perChunk ?? 1) || header?.perChunk);
    expect(await readCardParts([0], builtAt + 1, false, db)).toEqual([undefined]);
    // A smaller directory afterwards: the parts it does not use are removed with the index before.
    await removeSource('big', db);
    await importDirectory('small', 'https://small.test/feed.json', db, { fetchFn: feed(['Only']), now: () => 2 });
    const keys = (await db.searchIndex.toCollection().primaryKeys()).filter((key) => String(key).startsWith('cards:'));
    expect(keys).toEqual(['cards:0']);
  });
});
