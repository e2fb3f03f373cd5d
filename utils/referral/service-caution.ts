import { formatDate } from '../format/relative-time';
import type { ReferralDraft } from './referral';
import { ukIsoDate } from './uk-dates';

/** How long a publisher's check of a service record is trusted before a referral says it is old. */
export const ASSURED_TRUST_DAYS = 365;

const DAY_MS = 86_400_000;

/**
 * Why a service on a referral may not be as the directory describes it, in plain words for the referral itself, or
 * undefined when there is no reason to doubt it. Search already ranks old records lower and hides inactive ones, but
 * a service added to a draft stays there however it was found, so the referral repeats the caution where the link
 * worker and the record will read it. A service added before Signpost kept its directory facts says nothing.
 */
export function serviceCaution(
  service: ReferralDraft['services'][number],
  now: number = Date.now(),
): string | undefined {
  const listing = service.listing;
  if (!listing) return undefined;
  if (listing.status !== 'active') {
    return `The directory lists this service as ${listing.status}: check it is still running before referring.`;
  }
  if (!listing.assuredDate) return 'Never checked by its publisher: confirm the details with the service.';
  const assured = Date.parse(`${listing.assuredDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(assured)) return 'Never checked by its publisher: confirm the details with the service.';
  // Whole UK calendar days, so the answer does not change with the hour of the day or the clocks going back.
  const today = Date.parse(`${ukIsoDate(new Date(now))}T00:00:00Z`);
  if (today - assured <= ASSURED_TRUST_DAYS * DAY_MS) return undefined;
  return `Last checked by its publisher on ${formatDate(listing.assuredDate)}, over a year ago: confirm the details with the service.`;
}
