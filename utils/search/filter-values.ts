import type { Attendance } from '../directory/service';
import { locatePostcode } from './locate-postcode';
import type { SearchFilters } from './search-filters';
import type { SearchIndex } from './search-index';

/** The filter form's values, as typed. */
export interface FilterValues {
  postcode: string;
  km: number;
  openNow: boolean;
  /** ISO weekday as text, '' for any day. */
  day: string;
  age: string;
  free: boolean;
  selfReferral: boolean;
  attendance: Attendance[];
  audience: string;
  includeInactive: boolean;
}

export const NO_FILTERS: FilterValues = {
  postcode: '',
  km: 5,
  openNow: false,
  day: '',
  age: '',
  free: false,
  selfReferral: false,
  attendance: [],
  audience: '',
  includeInactive: false,
};

/**
 * The form's values as search filters, with a plain message for anything that cannot be used (a postcode the
 * directory cannot place, an age that is not a number). Unusable values are left out rather than guessed.
 */
export function toSearchFilters(
  values: FilterValues,
  needs: string[],
  index: Pick<SearchIndex, 'postcodes' | 'outcodes'> | undefined,
  now: Date = new Date(),
): { filters: SearchFilters; problems: { postcode?: string; age?: string }; active: number } {
  const filters: SearchFilters = { needs };
  const problems: { postcode?: string; age?: string } = {};
  let active = 0;
  if (values.postcode.trim() && index) {
    const place = locatePostcode(index, values.postcode);
    if (place.ok) filters.near = { lat: place.lat, lon: place.lon, km: values.km };
    else problems.postcode = place.message;
    active++;
  }
  if (values.openNow) {
    filters.openAt = { day: ((now.getDay() + 6) % 7) + 1, minutes: now.getHours() * 60 + now.getMinutes() };
    active++;
  }
  if (values.day) {
    filters.openOn = Number(values.day);
    active++;
  }
  if (values.age.trim()) {
    const age = Number(values.age);
    if (Number.isInteger(age) && age >= 0 && age <= 120) filters.age = age;
    else problems.age = 'Enter the age in whole years, 0 to 120.';
    active++;
  }
  if (values.free) {
    filters.free = true;
    active++;
  }
  if (values.selfReferral) {
    filters.selfReferral = true;
    active++;
  }
  if (values.attendance.length) {
    filters.attendance = values.attendance;
    active++;
  }
  if (values.audience) {
    filters.audience = values.audience;
    active++;
  }
  if (values.includeInactive) {
    filters.includeInactive = true;
    active++;
  }
  return { filters, problems, active };
}
