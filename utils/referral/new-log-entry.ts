import type { ReferralLogEntry } from '../db/schema';
import { initialsOf } from './initials-of';
import type { ReferralDraft, ReferralRoute } from './referral';
import { ukIsoDate } from './uk-dates';

/** Only the log's minimal facts: NHS number, initials, needs, services, date, route, referrer. */
export function newLogEntry(
  draft: ReferralDraft,
  route: ReferralRoute,
  id: string,
  now = new Date(),
): ReferralLogEntry {
  return {
    id,
    nhsNumber: draft.patient.nhsNumber.replace(/\D/g, ''),
    initials: initialsOf(draft.patient.name),
    needs: draft.needs.map((need) => need.label),
    services: draft.services.map((service) => service.name),
    // The UK calendar day, as retention and the CSV file name count it: UTC would say yesterday until 1 am in summer.
    date: ukIsoDate(now),
    route,
    referrer: draft.referrer.name || draft.referrer.practice,
    status: route === 'declined' ? 'declined' : 'sent',
    updatedAt: now.toISOString(),
  };
}
