import { isValid, toNormalised, toOutcode, validOutcode } from 'postcode';
import type { SearchIndex } from './search-index';

export type PostcodeLocation =
  | { ok: true; lat: number; lon: number; precision: 'postcode' | 'district'; label: string }
  | { ok: false; message: string };

/**
 * Places a postcode (or just its district, "BS5") using the directory's own geocoded locations: the postcode
 * itself if a service is there, else the centre of its district's services. No postcode database ships with
 * Signpost and nothing is looked up online, so a district the directory has no services in cannot be placed.
 */
export function locatePostcode(index: Pick<SearchIndex, 'postcodes' | 'outcodes'>, input: string): PostcodeLocation {
  const typed = input.trim().toUpperCase();
  if (typed === '') return { ok: false, message: 'Enter a postcode.' };
  const full = isValid(typed) ? toNormalised(typed) : null;
  const outcode = full ? toOutcode(typed) : validOutcode(typed) ? typed : null;
  if (!outcode) return { ok: false, message: `"${input.trim()}" is not a UK postcode.` };
  const exact = full ? index.postcodes[full] : undefined;
  if (full && exact) return { ok: true, lat: exact[0], lon: exact[1], precision: 'postcode', label: full };
  const district = index.outcodes[outcode];
  if (district) return { ok: true, lat: district[0], lon: district[1], precision: 'district', label: outcode };
  return {
    ok: false,
    message: `No service in the directory has a location in ${outcode}, so Signpost cannot tell distances from it.`,
  };
}
