import type { ReferralLogEntry } from '../db/schema';
import type { ReferralRoute } from './referral';

/** Every route a referral went by, in order; rows written before `routes` existed have only their one `route`. */
export function routesOf(entry: Pick<ReferralLogEntry, 'route' | 'routes'>): ReferralRoute[] {
  return entry.routes && entry.routes.length > 0 ? [...entry.routes] : [entry.route];
}
