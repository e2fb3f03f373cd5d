import type { Transaction } from 'dexie';
import type { Service, SourceStatus } from './schema';
import { generationKey, packChunks } from './service-chunks';

/** The first generation of each source's services when the database moves to version 3. */
export const FIRST_GENERATION_SUFFIX = '@v2';

/**
 * Version 2 → 3: every service moves from `services` (keyed by id) into `serviceRows` under its source's first
 * generation, and each source names that generation as live. Sources without services get none until they import.
 */
export async function upgradeToGenerations(tx: Transaction): Promise<void> {
  const services = (await tx.table('services').toArray()) as Service[];
  const generations = new Map<string, string>();
  for (const service of services) generations.set(service.sourceId, `${service.sourceId}${FIRST_GENERATION_SUFFIX}`);
  await tx.table('serviceRows').bulkAdd(
    services,
    services.map((service) => generationKey(generations.get(service.sourceId) ?? '', service.id)),
  );
  await tx
    .table('sources')
    .toCollection()
    .modify((source: SourceStatus) => {
      const generation = generations.get(source.id);
      if (generation) source.generation = generation;
    });
}

/** Version-4 rows moved at a time: memory holds one batch, not the directory. */
const UPGRADE_BATCH = 1000;

/**
 * Version 4 → 5: the one-service rows of `serviceRows` (keyed `${generation}/${serviceId}`) move into rows of many
 * (`serviceChunks`), a batch at a time in key order (each batch numbered as a page, so rows keep that order).
 * Generations and sources are unchanged.
 */
export async function upgradeToChunks(tx: Transaction): Promise<void> {
  const table = tx.table('serviceRows');
  let after: string | undefined;
  for (let batch = 0; ; batch++) {
    const range = after === undefined ? table.toCollection() : table.where(':id').above(after);
    const keys = (await range.limit(UPGRADE_BATCH).primaryKeys()).map(String);
    if (keys.length === 0) return;
    const services = (await table.bulkGet(keys)) as (Service | undefined)[];
    const byGeneration = new Map<string, Service[]>();
    keys.forEach((key, i) => {
      const generation = key.slice(0, key.indexOf('/'));
      const service = services[i];
      if (!service) return;
      const list = byGeneration.get(generation) ?? [];
      list.push(service);
      byGeneration.set(generation, list);
    });
    const chunks = [...byGeneration].flatMap(([generation, list]) => packChunks(generation, batch, list));
    await tx.table('serviceChunks').bulkAdd(
      chunks.map(([, chunk]) => chunk),
      chunks.map(([key]) => key),
    );
    after = keys.at(-1);
  }
}
