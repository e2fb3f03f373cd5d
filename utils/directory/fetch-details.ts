import type { AppDB } from '../db/db';
import { countDetailTasks, getDetailTasks, getServices, saveDetails } from '../db/queries';
import type { DetailTask, Service } from '../db/schema';
import { inferNeeds } from '../needs/infer-needs';
import { fetchJson } from './fetch-feed';
import { isObject } from './narrow';
import { normaliseOrukService } from './normalise-oruk-service';

/** Give up on a detail record after this many failed fetches; the list record stays in use. */
const MAX_ATTEMPTS = 3;

/** Runs `work` over `items` with at most `limit` running at once. */
async function mapBounded<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      const item = items[index] as T;
      results[index] = await work(item);
    }
  });
  await Promise.all(lanes);
  return results;
}

/** A detail record's fields replace the thin list record's; the list's id and source stay. */
function mergeDetail(listed: Service, detail: Service): Service {
  const merged: Service = { ...detail, id: listed.id, feedId: listed.feedId, sourceId: listed.sourceId };
  delete merged.thin;
  const { needs, evidence } = inferNeeds(merged);
  merged.needs = needs;
  merged.needEvidence = evidence;
  return merged;
}

/**
 * Fetches up to `batch` queued detail records (`/services/{id}`), `concurrency` at a time, and merges them in.
 * Progress is saved after each batch, so a closed browser resumes where it stopped. Answers how many remain.
 */
export async function fetchDetailBatch(
  db?: AppDB,
  {
    fetchFn = fetch,
    batch = 60,
    concurrency = 4,
  }: { fetchFn?: typeof fetch; batch?: number; concurrency?: number } = {},
): Promise<{ merged: number; failed: number; remaining: number }> {
  const tasks = await getDetailTasks(batch, db);
  const listed = new Map(
    (
      await getServices(
        tasks.map((task) => task.id),
        db,
      )
    ).map((s) => [s.id, s]),
  );
  const merged: Service[] = [];
  const failed: DetailTask[] = [];
  await mapBounded(tasks, concurrency, async (task) => {
    const service = listed.get(task.id);
    try {
      const body = await fetchJson(task.url, fetchFn);
      // Some APIs wrap the record: `{ "service": {…} }`.
      const record = isObject(body) && isObject(body.service) ? body.service : body;
      const result = normaliseOrukService(record, task.sourceId);
      if (!service || 'problem' in result) throw new Error('unusable detail');
      merged.push(mergeDetail(service, result.service));
    } catch {
      if (task.attempts + 1 >= MAX_ATTEMPTS && service) {
        // Keep the list record as it is and stop asking.
        const kept: Service = { ...service };
        delete kept.thin;
        merged.push(kept);
      } else {
        failed.push({ ...task, attempts: task.attempts + 1 });
      }
    }
  });
  await saveDetails(merged, failed, db);
  return { merged: merged.length, failed: failed.length, remaining: await countDetailTasks(db) };
}
