import type { Table } from 'dexie';
import type { StoredCardsHeader, StoredServiceCards } from '../search/service-cards';
import { type AppDB, db as defaultDb } from './db';

/**
 * The cards the side panel draws results from, stored beside the search index in its table (so no new table): a
 * small header (`id: 'cards'`) and one record per part of the packed lines (`cards:0`, `cards:1`, …). Each part is a
 * few tens of kilobytes, so reading one never holds the panel's thread for long, and a keystroke needing a card
 * reads only its part, never all of them.
 */
interface StoredCardPart {
  id: string;
  builtAt: number;
  text: string;
}

const table = (db: AppDB) => db.searchIndex as unknown as Table<StoredCardsHeader | StoredCardPart, string>;
const partKey = (part: number) => `cards:${part}`;

/** Stores the cards of a new index in parts, removing the parts of the one before. Call inside its transaction. */
export async function storeServiceCards(db: AppDB, cards: StoredServiceCards): Promise<void> {
  const { chunks, ...header } = cards;
  await table(db).where(':id').between('cards:', 'cards:\uffff', true, true).delete();
  await table(db).put({ ...header, parts: chunks.length });
  await table(db).bulkPut(chunks.map((text, part) => ({ id: partKey(part), builtAt: cards.builtAt, text })));
}

/** The cards' header (a directory stored before parts existed has all its lines in it, as `chunks`). */
export async function readCardsHeader(db: AppDB = defaultDb): Promise<StoredCardsHeader | undefined> {
  const header = await table(db).get('cards');
  return header && 'count' in header ? header : undefined;
}

/**
 * Calls `each(0)`, `each(1)`, … `each(count - 1)` in the panel's idle time (as many as fit in each idle period, at
 * least one), so a keystroke never waits behind them, then `done`; where idleness cannot be told, one per task.
 */
function inIdleTime(count: number, each: (i: number) => void, done: () => void): void {
  let i = 0;
  const step = (deadline?: IdleDeadline) => {
    do each(i++);
    while (i < count && (deadline?.timeRemaining() ?? 0) > 4);
    if (i < count) schedule();
    else done();
  };
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(step, { timeout: 500 });
    else setTimeout(step, 0);
  };
  schedule();
}

/**
 * Reads these parts of the cards built at `builtAt` in one transaction, with plain IndexedDB under Dexie's connection.
 * A stored value is only turned back into a string when its `result` is read, so a background read (`idle`) reads
 * each in the panel's idle time. A part of another index, or missing, answers undefined.
 */
export async function readCardParts(
  parts: number[],
  builtAt: number,
  idle = false,
  db: AppDB = defaultDb,
): Promise<(string | undefined)[]> {
  if (!db.isOpen()) await db.open();
  const store = db.backendDB().transaction(db.searchIndex.name, 'readonly').objectStore(db.searchIndex.name);
  const requests = parts.map((part) => store.get(partKey(part)));
  const texts: (string | undefined)[] = [];
  const take = (i: number) => {
    const part = requests[i]?.result as StoredCardPart | undefined;
    texts[i] = part?.builtAt === builtAt && typeof part.text === 'string' ? part.text : undefined;
  };
  return new Promise((resolve, reject) => {
    const last = requests.at(-1);
    if (!last) return resolve([]);
    for (const request of requests) request.onerror = () => reject(request.error);
    last.onsuccess = () => {
      if (idle) inIdleTime(requests.length, take, () => resolve(texts));
      else {
        for (let i = 0; i < requests.length; i++) take(i);
        resolve(texts);
      }
    };
  });
}
