import type { Attendance } from '../directory/service';
import { FLAG, type SearchIndex } from './search-index';

/** What the user narrowed the results to. Every filter is optional; none means every active service. */
export interface SearchFilters {
  /** Need chips: a service must meet every one. */
  needs?: string[];
  /** Within `km` of a point (the patient's or practice's postcode, located by `locatePostcode`). */
  near?: { lat: number; lon: number; km: number };
  /** Open at this moment: ISO weekday 1–7 and minutes after midnight. */
  openAt?: { day: number; minutes: number };
  /** Open at some time on this ISO weekday. */
  openOn?: number;
  /** The patient's age in years. */
  age?: number;
  free?: boolean;
  /** Any of these ways of attending. */
  attendance?: Attendance[];
  selfReferral?: boolean;
  /** One audience, as the directory spells it. */
  audience?: string;
  /** Show services the feed marks inactive or closed (hidden by default). */
  includeInactive?: boolean;
}

const ATTENDANCE_FLAG: Record<Attendance, number> = {
  venue: FLAG.venue,
  phone: FLAG.phone,
  online: FLAG.online,
  'home visit': FLAG.homeVisit,
};

const EARTH_KM = 6371;

/** Great-circle distance in kilometres. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

function isOpen(index: SearchIndex, doc: number, day: number, minutes?: number): boolean {
  const end = index.scheduleStart[doc + 1] ?? 0;
  for (let i = index.scheduleStart[doc] ?? 0; i < end; i++) {
    if (((index.scheduleDays[i] ?? 0) & (1 << (day - 1))) === 0) continue;
    if (minutes === undefined) return true;
    if ((index.scheduleOpens[i] ?? 0) <= minutes && minutes < (index.scheduleCloses[i] ?? 0)) return true;
  }
  return false;
}

/** A test of one document against the filters, compiled once per search. */
export function compileFilters(index: SearchIndex, filters: SearchFilters): (doc: number) => boolean {
  const tests: ((doc: number) => boolean)[] = [];
  if (!filters.includeInactive) tests.push((doc) => ((index.flags[doc] ?? 0) & FLAG.active) !== 0);
  for (const need of filters.needs ?? []) {
    const position = index.needIds.indexOf(need);
    if (position < 0) return () => false;
    const bit = 1 << (position & 31);
    const offset = position >> 5;
    tests.push((doc) => ((index.needBits[doc * index.needWords + offset] ?? 0) & bit) !== 0);
  }
  const { near, openAt, openOn, age, audience } = filters;
  if (near) {
    tests.push((doc) => {
      const lat = index.lat[doc] ?? Number.NaN;
      const lon = index.lon[doc] ?? Number.NaN;
      return !Number.isNaN(lat) && distanceKm(near.lat, near.lon, lat, lon) <= near.km;
    });
  }
  if (openAt) tests.push((doc) => isOpen(index, doc, openAt.day, openAt.minutes));
  if (openOn !== undefined) tests.push((doc) => isOpen(index, doc, openOn));
  if (age !== undefined) {
    tests.push((doc) => {
      const min = index.minAge[doc] ?? 255;
      const max = index.maxAge[doc] ?? 255;
      return (min === 255 || min <= age) && (max === 255 || age <= max);
    });
  }
  if (filters.free) tests.push((doc) => ((index.flags[doc] ?? 0) & FLAG.free) !== 0);
  if (filters.selfReferral) {
    tests.push((doc) => ((index.flags[doc] ?? 0) & (FLAG.selfReferral | FLAG.dropIn)) !== 0);
  }
  if (filters.attendance?.length) {
    const wanted = filters.attendance.reduce((bits, mode) => bits | ATTENDANCE_FLAG[mode], 0);
    tests.push((doc) => ((index.flags[doc] ?? 0) & wanted) !== 0);
  }
  if (audience) {
    const position = index.audiences.indexOf(audience);
    tests.push((doc) => {
      const end = index.audienceStart[doc + 1] ?? 0;
      for (let i = index.audienceStart[doc] ?? 0; i < end; i++) if (index.audienceIndex[i] === position) return true;
      return false;
    });
  }
  return (doc) => tests.every((test) => test(doc));
}
