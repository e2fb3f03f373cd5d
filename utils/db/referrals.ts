import { routesOf } from '../referral/log-routes';
import type { ReferralRoute } from '../referral/referral';
import { isReferralStatus, REFERRAL_STATUSES, type ReferralStatus } from '../referral/referral-status';
import { type AppDB, db as defaultDb } from './db';
import type { ReferralLogEntry } from './schema';

/** Which referrals to list. Every part is optional; `from` and `to` are ISO dates and include their own day. */
export interface ReferralFilter {
  status?: ReferralStatus;
  /** A need label, as stored in {@link ReferralLogEntry.needs}. */
  need?: string;
  from?: string;
  to?: string;
}

/** How many referrals there are at each status and for each need (a referral with two needs counts for both). */
export interface ReferralCounts {
  byStatus: Record<ReferralStatus, number>;
  byNeed: Record<string, number>;
}

/**
 * Copies only the fields the log may hold. Callers build entries from a full draft, so a spread that carried the
 * patient's name or address along would otherwise be stored for the whole retention period.
 */
function minimalEntry(e: ReferralLogEntry): ReferralLogEntry {
  const entry: ReferralLogEntry = {
    id: e.id,
    nhsNumber: e.nhsNumber,
    initials: e.initials,
    needs: [...e.needs],
    services: [...e.services],
    date: e.date,
    route: e.route,
    routes: routesOf(e),
    referrer: e.referrer,
    status: e.status,
    updatedAt: e.updatedAt,
  };
  const outcome = e.outcome?.trim();
  if (outcome) entry.outcome = outcome;
  if (e.awaitingPaste === true) entry.awaitingPaste = true;
  if (e.fhir) entry.fhir = { ...e.fhir };
  return entry;
}

/** Adds a referral to the log and returns its id. Refuses an id already in the log (Dexie's ConstraintError). */
export function addReferral(entry: ReferralLogEntry, db: AppDB = defaultDb): Promise<string> {
  return db.referrals.add(minimalEntry(entry));
}

/**
 * Moves a referral to `status`. `outcome` replaces the note when given (blank clears it) and is kept when left out.
 * Throws for an id that is not in the log, so a stale screen cannot silently save nothing.
 */
export async function updateReferralStatus(
  id: string,
  status: ReferralStatus,
  outcome?: string,
  db: AppDB = defaultDb,
  now = Date.now(),
): Promise<void> {
  if (!isReferralStatus(status)) throw new Error(`"${String(status)}" is not a referral status.`);
  await db.transaction('rw', db.referrals, async () => {
    const entry = await db.referrals.get(id);
    if (!entry) throw new Error(`There is no referral ${id} in the log.`);
    const next = minimalEntry({ ...entry, status, updatedAt: new Date(now).toISOString() });
    // A status typed here is the practice's own record; the log says so beside the server's.
    if (next.fhir) next.fhir.statusFrom = 'here';
    if (outcome !== undefined) {
      const trimmed = outcome.trim();
      if (trimmed) next.outcome = trimmed;
      else delete next.outcome;
    }
    await db.referrals.put(next);
  });
}

/**
 * Notes one more route used for a referral already in the log (copied, then emailed and printed), once each, so the
 * log lists every way it went rather than only the first. Throws for an id that is not in the log.
 */
export async function addReferralRoute(id: string, route: ReferralRoute, db: AppDB = defaultDb): Promise<void> {
  await db.transaction('rw', db.referrals, async () => {
    const entry = await db.referrals.get(id);
    if (!entry) throw new Error(`There is no referral ${id} in the log.`);
    const routes = routesOf(entry);
    if (routes.includes(route)) return;
    // Not a status change, so `updatedAt` stays as it was.
    await db.referrals.put(minimalEntry({ ...entry, routes: [...routes, route] }));
  });
}

/**
 * Records that a referral which went only to the clipboard is now in the record (or the email): the user confirmed
 * it, or Signpost filled it into the page. Throws for an id that is not in the log.
 */
export async function confirmPasted(id: string, db: AppDB = defaultDb, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.referrals, async () => {
    const entry = await db.referrals.get(id);
    if (!entry) throw new Error(`There is no referral ${id} in the log.`);
    if (!entry.awaitingPaste) return;
    const next = minimalEntry({ ...entry, updatedAt: new Date(now).toISOString() });
    delete next.awaitingPaste;
    await db.referrals.put(next);
  });
}

/** The end of the `to` day: stored dates may carry a time ("2025-06-02T09:05:00Z"), which sorts after the bare day. */
function endOfDay(isoDate: string): string {
  return `${isoDate}\uffff`;
}

function matches(entry: ReferralLogEntry, filter: ReferralFilter): boolean {
  if (filter.status && entry.status !== filter.status) return false;
  if (filter.need && !entry.needs.includes(filter.need)) return false;
  if (filter.from && entry.date < filter.from) return false;
  if (filter.to && entry.date > endOfDay(filter.to)) return false;
  return true;
}

/** Referrals matching `filter`, newest first (by date, then by last update). */
export async function listReferrals(filter: ReferralFilter = {}, db: AppDB = defaultDb): Promise<ReferralLogEntry[]> {
  // Start from the narrowest index the filter names; the rest is checked in memory, since the log stays small.
  const table = db.referrals;
  const candidates = filter.need
    ? table.where('needs').equals(filter.need)
    : filter.status
      ? table.where('status').equals(filter.status)
      : table.where('date').between(filter.from ?? '', endOfDay(filter.to ?? '\uffff'), true, true);
  const found = await candidates.filter((entry) => matches(entry, filter)).toArray();
  return found.sort((a, b) => b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt));
}

/** Counts for the log's summary: every status appears (zero when unused); needs appear once used, in A–Z order. */
export async function countReferrals(db: AppDB = defaultDb): Promise<ReferralCounts> {
  const byStatus = Object.fromEntries(REFERRAL_STATUSES.map((status) => [status, 0])) as Record<ReferralStatus, number>;
  const byNeed: Record<string, number> = {};
  // Index keys only: the counts never need the entries themselves. `needs` is multi-entry, one key per need.
  // One read transaction, so both counts describe the same moment.
  const [statuses, needs] = await db.transaction('r', db.referrals, () =>
    Promise.all([db.referrals.orderBy('status').keys(), db.referrals.orderBy('needs').keys()]),
  );
  for (const status of statuses) if (isReferralStatus(status)) byStatus[status] += 1;
  for (const need of needs) if (typeof need === 'string') byNeed[need] = (byNeed[need] ?? 0) + 1;
  return { byStatus, byNeed };
}

/**
 * Deletes referrals dated before `cutoff` (yyyy-mm-dd) and returns how many went. A referral still waiting in the FHIR
 * outbox goes with its log entry: the outbox holds the whole referral, patient details included, and must not
 * outlive the retention period.
 */
export function deleteReferralsBefore(cutoff: string, db: AppDB = defaultDb): Promise<number> {
  return db.transaction('rw', db.referrals, db.outbox, async () => {
    // ISO dates sort as strings, and a date-time on the cutoff day sorts after the bare day, so it is kept.
    const expired = db.referrals.where('date').below(cutoff);
    await db.outbox.bulkDelete(await expired.primaryKeys());
    return expired.delete();
  });
}
