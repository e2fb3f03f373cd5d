import type { Service } from '../directory/service';
import { FLAG } from './search-index';

/** Minutes after midnight of an `HH:MM` time, or `fallback` when there is none. */
export function minutes(time: string | undefined, fallback: number): number {
  const match = time ? /^(\d{1,2}):(\d{2})/.exec(time) : null;
  return match ? Number(match[1]) * 60 + Number(match[2]) : fallback;
}

/** The service's yes/no facts the filters use (active, free, self-referral, drop-in, venue…) as index bits. */
export function flagsOf(service: Service): number {
  let flags = 0;
  if (service.status === 'active') flags |= FLAG.active;
  if (service.cost.free) flags |= FLAG.free;
  if (service.access.includes('self-referral')) flags |= FLAG.selfReferral;
  if (service.access.includes('referral')) flags |= FLAG.referral;
  if (service.access.includes('drop-in')) flags |= FLAG.dropIn;
  if (service.attendance.includes('venue')) flags |= FLAG.venue;
  if (service.attendance.includes('phone')) flags |= FLAG.phone;
  if (service.attendance.includes('online')) flags |= FLAG.online;
  if (service.attendance.includes('home visit')) flags |= FLAG.homeVisit;
  return flags;
}
