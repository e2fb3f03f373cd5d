import { type AppDB, db as defaultDb } from './db';
import { takeEarlyGenerations } from './early-index-read';
import type { Service } from './schema';
import { createServiceReader, generationKey } from './service-chunks';
import { liveGenerations, sourceOf } from './service-rows';

/** Services remembered at most: a few hundred keystrokes' results, a few megabytes. */
const KEPT = 3000;

/**
 * The side panel's reader of services by id. It reads the sources' live generations once (not on every keystroke)
 * and remembers the services it has read, so results shown before are shown again without waiting for IndexedDB.
 * `reset` whenever the directory may have changed (the panel does so each time a new search index loads).
 */
export function createServiceCache(db: AppDB = defaultDb) {
  let generations: Promise<Map<string, string>> | undefined;
  let epoch = 0;
  const services = new Map<string, Service>();
  const reader = createServiceReader(db);
  const remember = (service: Service) => {
    if (services.size >= KEPT) services.delete(services.keys().next().value ?? '');
    services.set(service.id, service);
  };
  return {
    /**
     * Starts reading the live generations, so the first search need not wait for them: the panel's first script
     * read them with the index, before Dexie opened; otherwise through Dexie.
     */
    warm(): void {
      const early = takeEarlyGenerations();
      generations ??= early ? early.then((live) => live ?? liveGenerations(db)) : liveGenerations(db);
    },
    reset(): void {
      epoch++;
      generations = undefined;
      services.clear();
      reader.clear();
    },
    /** The services already read for these ids, in order, up to the first one not read yet. */
    peek(ids: string[]): Service[] {
      const found: Service[] = [];
      for (const id of ids) {
        const service = services.get(id);
        if (!service) break;
        found.push(service);
      }
      return found;
    },
    /** Services by id, in the order asked, leaving out ids no longer in the directory. */
    async get(ids: string[]): Promise<Service[]> {
      const started = epoch;
      generations ??= liveGenerations(db);
      const live = await generations;
      const keys = ids.flatMap((id) => {
        const generation = live.get(sourceOf(id));
        return generation && !services.has(id) ? [generationKey(generation, id)] : [];
      });
      const rows = await reader.read(keys);
      const read = new Map(rows.flatMap((row) => (row ? [[row.id, row]] : [])));
      // Rows read across a reset may be from the directory before: answered, but not remembered.
      if (started === epoch) for (const row of read.values()) remember(row);
      return ids.flatMap((id) => services.get(id) ?? read.get(id) ?? []);
    },
  };
}

export type ServiceCache = ReturnType<typeof createServiceCache>;
