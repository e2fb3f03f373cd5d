import { DEFAULT_RETENTION_MONTHS } from '../config/storage-items';
import type { AppDB } from '../db/db';
import { deleteReferralsBefore } from '../db/referrals';
import { ukIsoDate } from './uk-dates';

/**
 * The earliest date (yyyy-mm-dd) still kept: the same day `months` calendar months before today in the UK, or the
 * month's last day when it is shorter (31 March less one month is 28 or 29 February).
 */
export function retentionCutoff(months: number, now: number): string {
  const [year = 0, month = 1, day = 1] = ukIsoDate(new Date(now)).split('-').map(Number);
  const monthIndex = year * 12 + (month - 1) - months;
  const cutYear = Math.floor(monthIndex / 12);
  const cutMonth = monthIndex - cutYear * 12;
  const lastDay = new Date(Date.UTC(cutYear, cutMonth + 1, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(cutYear).padStart(4, '0')}-${pad(cutMonth + 1)}-${pad(Math.min(day, lastDay))}`;
}

/**
 * Deletes referrals whose date is more than `months` calendar months ago and returns how many went. A setting that
 * is not a whole number of months, 1 or more, throws instead: a bad value must never empty the log.
 */
export async function purgeExpiredReferrals(
  months: number = DEFAULT_RETENTION_MONTHS,
  db?: AppDB,
  now = Date.now(),
): Promise<number> {
  if (!Number.isInteger(months) || months < 1) {
    throw new Error(`Referral retention must be a whole number of months, 1 or more (got ${String(months)}).`);
  }
  return deleteReferralsBefore(retentionCutoff(months, now), db);
}
