import type { ReferralLogEntry } from '../db/schema';

/** Where a logged referral has got to: sent → accepted → contacted → closed, or declined by the link worker. */
export type ReferralStatus = ReferralLogEntry['status'];

/** Words shown for each status, in the order a referral moves through them. */
export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  sent: 'Sent',
  accepted: 'Accepted',
  contacted: 'Contacted',
  closed: 'Closed',
  declined: 'Declined',
};

/** Every status, in order: for selects and for counts that must show a zero. */
export const REFERRAL_STATUSES = Object.keys(REFERRAL_STATUS_LABELS) as ReferralStatus[];

/** Narrows text from a form control or storage to a status. */
export function isReferralStatus(value: unknown): value is ReferralStatus {
  return typeof value === 'string' && Object.hasOwn(REFERRAL_STATUS_LABELS, value);
}
