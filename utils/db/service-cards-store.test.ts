import { beforeEach, describe, expect, it } from 'vitest';
import { importDirectory } from '../directory/import-directory';
import { unpackSearchIndex } from '../search/search-index';
import { unpackServiceCards } from '../search/service-cards';
import type { AppDB } from './db';
import { getAllServices, getStoredSearchIndex, removeSource } from './queries';
import { readServiceCards } from './read-search-index';
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
      const cards = await readServiceCards(db);
      expect(stored && cards).toBeTruthy();
      if (!stored || !cards) return;
      const index = unpackSearchIndex(stored);
      expect(cards.builtAt).toBe(index.builtAt);
      expect(cards.count).toBe(index.ids.length);
      const unpacked = unpackServiceCards(cards, index.ids);
      expect(index.ids.map((id) => unpacked.get(id)?.name).sort()).toEqual(expected);
      const services = new Map((await getAllServices(db)).map((service) => [service.id, service]));
      for (const id of index.ids) expect(unpacked.get(id)?.description).toBe(services.get(id)?.description);
    };
    await check(['Alpha', 'Beta', 'Gamma']);
    await removeSource('one', db);
    await check(['Gamma']);
  });
});
