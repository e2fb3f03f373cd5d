import { locatePostcode } from '../search/locate-postcode';
import { compileFilters } from '../search/search-filters';
import type { SearchIndex } from '../search/search-index';
import { DEFAULT_GAP_KM, FEW_SERVICES } from './gap-defaults';

/**
 * The one rule for a gap, the same for searches and referrals: for each need, how many live services meet it within
 * the distance of the place. None → a "none" gap; fewer than {@link FEW_SERVICES} → a "few" gap; otherwise no gap.
 * Other filters and the words typed do not count: a gap is about provision near the patient, not about one search.
 */

export { DEFAULT_GAP_KM, FEW_SERVICES };

/** Where "local" is: a point and a distance in km. */
export interface GapArea {
  lat: number;
  lon: number;
  km: number;
}

export type GapLevel = 'none' | 'few';

/** How many live (active) services meet `need` within the area. */
export function servicesNear(index: SearchIndex, need: string, area: GapArea): number {
  const passes = compileFilters(index, { needs: [need], near: area });
  let count = 0;
  for (let doc = 0; doc < index.ids.length; doc++) if (passes(doc)) count++;
  return count;
}

/** The gap a count is: none, few, or no gap. */
export function gapLevel(count: number): GapLevel | undefined {
  if (count === 0) return 'none';
  return count < FEW_SERVICES ? 'few' : undefined;
}

/** Each need with too few live services near the area, and which gap it is; needs with enough are left out. */
export function needGaps(index: SearchIndex, needs: string[], area: GapArea): { need: string; level: GapLevel }[] {
  return [...new Set(needs)].flatMap((need) => {
    const level = gapLevel(servicesNear(index, need, area));
    return level ? [{ need, level }] : [];
  });
}

/**
 * The area a referral's gaps are counted in: the one chosen in the Find filters when there is one, else the
 * patient's postcode (placed with the directory's own locations) at `km`, the distance from settings. Undefined when
 * neither can be placed: without a place nothing can be said about local services, so nothing is counted.
 */
export function referralArea(
  index: Pick<SearchIndex, 'postcodes' | 'outcodes'>,
  chosen: GapArea | undefined,
  postcode: string | undefined,
  km = DEFAULT_GAP_KM,
): GapArea | undefined {
  if (chosen) return chosen;
  if (!postcode?.trim()) return undefined;
  const place = locatePostcode(index, postcode);
  return place.ok ? { lat: place.lat, lon: place.lon, km } : undefined;
}
