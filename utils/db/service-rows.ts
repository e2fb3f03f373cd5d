import type { AppDB } from './db';
import { generationsOf } from './early-index-read';
import type { Service, SourceStatus } from './schema';
import { generationChunks, generationKey, readServices, unpackChunk } from './service-chunks';

/**
 * Services are stored per generation: an import writes a new generation page by page, and it becomes the source's
 * directory when the source's status names it (one small write). A service is found under `${generation}/${id}`
 * and a generation's rows are one key range (utils/db/service-chunks.ts): read, or dropped, in one range operation.
 */

/** A new generation's name: unique per source and import. */
export function newGenerationId(sourceId: string, at: number): string {
  return `${sourceId}@${at.toString(36)}.${Math.random().toString(36).slice(2, 8)}`;
}

/** A service's source: its id is `${sourceId}:${feedId}`. */
export function sourceOf(serviceId: string): string {
  return serviceId.slice(0, serviceId.indexOf(':'));
}

/** Each source's live generation, by source id. */
export async function liveGenerations(db: AppDB): Promise<Map<string, string>> {
  const sources: SourceStatus[] = await db.sources.toArray();
  return generationsOf(sources) ?? new Map();
}

/** Every service in use: each source's live generation. */
export async function liveServices(db: AppDB, except?: string): Promise<Service[]> {
  const generations = await liveGenerations(db);
  const parts = await Promise.all(
    [...generations].filter(([sourceId]) => sourceId !== except).map(([, g]) => generationChunks(db, g).toArray()),
  );
  return parts.flat().flatMap(unpackChunk);
}

/** The live services' keys for these service ids (undefined for a source with no directory). */
export async function liveKeys(db: AppDB, ids: string[]): Promise<(string | undefined)[]> {
  const generations = await liveGenerations(db);
  return ids.map((id) => {
    const generation = generations.get(sourceOf(id));
    return generation ? generationKey(generation, id) : undefined;
  });
}

/** Services by id from the live generations, in the order asked, leaving out ids not in the directory. */
export async function liveServicesById(db: AppDB, ids: string[]): Promise<Service[]> {
  const keys = await liveKeys(db, ids);
  const wanted = keys.filter((key): key is string => key !== undefined);
  const found = await readServices(db, wanted);
  return found.filter((service): service is Service => service !== undefined);
}
