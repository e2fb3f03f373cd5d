import { type AppDB, db as defaultDb } from './db';
import type { Service, SourceStatus } from './schema';

/** Every service in the cached directory. */
export function getAllServices(db: AppDB = defaultDb): Promise<Service[]> {
  return db.services.toArray();
}

export function getSourceStatus(sourceId: string, db: AppDB = defaultDb): Promise<SourceStatus | undefined> {
  return db.sources.get(sourceId);
}

/**
 * Swaps a source's services for a new set in one transaction, so readers see the old directory or the new one,
 * never half of each; if the browser closes before the commit, the old one stays.
 */
export async function replaceSourceServices(
  status: SourceStatus,
  services: Service[],
  db: AppDB = defaultDb,
): Promise<void> {
  await db.transaction('rw', db.services, db.sources, async () => {
    await db.services.where('sourceId').equals(status.id).delete();
    await db.services.bulkAdd(services);
    await db.sources.put(status);
  });
}

/** Records a failed attempt without touching the directory in use, nor the address it came from. */
export async function recordSourceFailure(
  sourceId: string,
  url: string,
  message: string,
  at: number,
  db: AppDB = defaultDb,
): Promise<void> {
  await db.transaction('rw', db.sources, async () => {
    const previous = await db.sources.get(sourceId);
    await db.sources.put({
      ...(previous ?? { id: sourceId, url, serviceCount: 0, rejected: [] }),
      lastError: message,
      lastAttemptAt: at,
    });
  });
}
