import type { ReferralStatus } from '../referral/referral-status';
import { type AppDB, db as defaultDb } from './db';
import type { FhirTracking } from './fhir-schema';

/**
 * Applies what the FHIR server says about a referral: the log's status and outcome follow the link worker's Task,
 * and the entry records that they came from the server. A Task version already applied changes nothing.
 */
export async function applyServerStatus(
  id: string,
  status: ReferralStatus,
  outcome: string | undefined,
  tracking: Partial<FhirTracking>,
  db: AppDB = defaultDb,
): Promise<boolean> {
  return db.transaction('rw', db.referrals, async () => {
    const entry = await db.referrals.get(id);
    if (!entry?.fhir) return false;
    if (tracking.taskVersion && entry.fhir.taskVersion === tracking.taskVersion && entry.fhir.taskStatus) return false;
    const next = { ...entry, status, fhir: { ...entry.fhir, ...tracking, statusFrom: 'server' as const } };
    if (outcome) next.outcome = outcome;
    next.updatedAt = tracking.statusAt ?? entry.updatedAt;
    await db.referrals.put(next);
    return true;
  });
}
