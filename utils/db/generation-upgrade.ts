import type { Transaction } from 'dexie';
import type { Service, SourceStatus } from './schema';
import { generationKey } from './service-rows';

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
