import { type AppDB, db as defaultDb } from './db';
import type { FhirTracking, OutboxItem } from './fhir-schema';
import type { ReferralLogEntry } from './schema';

/**
 * Puts a referral in the outbox and, for a new referral, its entry in the log as "waiting to send", in one
 * transaction: a referral is never in the outbox without a log entry, nor logged as waiting with nothing queued.
 */
export async function queueReferral(
  item: OutboxItem,
  newEntry: ReferralLogEntry | undefined,
  db: AppDB = defaultDb,
): Promise<void> {
  await db.transaction('rw', db.outbox, db.referrals, async () => {
    if (newEntry) await db.referrals.add(newEntry);
    else await mergeFhirTracking(item.id, { state: 'waiting', endpoint: item.endpoint }, db);
    await db.outbox.put(item);
  });
}

/** Outbox items whose next attempt is due, oldest first. */
export function dueOutboxItems(now = Date.now(), db: AppDB = defaultDb): Promise<OutboxItem[]> {
  return db.outbox.where('nextAttemptAt').belowOrEqual(now).sortBy('createdAt');
}

export function outboxItem(id: string, db: AppDB = defaultDb): Promise<OutboxItem | undefined> {
  return db.outbox.get(id);
}

export function countOutbox(db: AppDB = defaultDb): Promise<number> {
  return db.outbox.count();
}

/** Records a failed attempt: the next is due at `nextAttemptAt`, and the log says why it is still waiting. */
export async function recordFailedAttempt(id: string, nextAttemptAt: number, error: string, db: AppDB = defaultDb) {
  await db.transaction('rw', db.outbox, db.referrals, async () => {
    const item = await db.outbox.get(id);
    if (!item) return;
    await db.outbox.put({ ...item, attempts: item.attempts + 1, nextAttemptAt });
    await mergeFhirTracking(id, { state: 'waiting', lastError: error }, db);
  });
}

/** The server has the referral: out of the outbox, and the log says sent, with the Task's address. */
export async function markSent(id: string, tracking: Partial<FhirTracking>, db: AppDB = defaultDb): Promise<void> {
  await db.transaction('rw', db.outbox, db.referrals, async () => {
    await db.outbox.delete(id);
    await mergeFhirTracking(id, { ...tracking, state: 'sent', lastError: undefined }, db);
  });
}

/**
 * The server refused the referral (a 4xx other than auth): it leaves the outbox and, if it was only ever waiting,
 * the log too, since it was never sent. The draft stays in the panel for the user to correct.
 */
export async function dropRefused(id: string, db: AppDB = defaultDb): Promise<void> {
  await db.transaction('rw', db.outbox, db.referrals, async () => {
    await db.outbox.delete(id);
    const entry = await db.referrals.get(id);
    if (entry?.fhir?.state === 'waiting' && entry.route === 'fhir') await db.referrals.delete(id);
  });
}

/** Merges `patch` into a log entry's FHIR tracking; `undefined` values clear their field. */
export async function mergeFhirTracking(id: string, patch: Partial<FhirTracking>, db: AppDB = defaultDb) {
  await db.transaction('rw', db.referrals, async () => {
    const entry = await db.referrals.get(id);
    if (!entry) return;
    const base: FhirTracking = entry.fhir ?? { state: 'waiting', endpoint: patch.endpoint ?? '' };
    const merged = { ...base, ...patch } as Record<string, unknown>;
    for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
    await db.referrals.put({ ...entry, fhir: merged as unknown as FhirTracking });
  });
}

/** Log entries sent to `endpoint` (any state), for matching the server's Tasks to them. */
export async function trackedReferrals(endpoint: string, db: AppDB = defaultDb): Promise<ReferralLogEntry[]> {
  const all = await db.referrals.toArray();
  return all.filter((entry) => entry.fhir?.endpoint === endpoint);
}
