import { afterEach, beforeEach } from 'vitest';
import { AppDB } from './db';

/**
 * A fresh database of the current schema for each test (fake-indexeddb), deleted after it. Call once at the top of a
 * test file; the returned function gives the current test's database.
 */
export function useTestDb(): () => AppDB {
  let db: AppDB | undefined;
  beforeEach(async () => {
    db = new AppDB(`test-${Math.random()}`);
    await db.open();
  });
  afterEach(async () => {
    await db?.delete();
    db = undefined;
  });
  return () => {
    if (!db) throw new Error('useTestDb: the database exists only inside a test');
    return db;
  };
}
