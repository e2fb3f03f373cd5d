import { isValid, toNormalised } from 'postcode';
import { isObject, type JsonObject, list, num, text } from '../../../../utils/directory/narrow';
import { quoted, type ReportProblem } from '../../../../utils/directory/normalise-report';
import type { ServiceLocation } from '../../../../utils/directory/service';
import { normaliseText } from './normalise-text';

// Postcode and country stay out of the one-line address: the postcode has its own field, and the country code
// ("GB") tells a UK reader nothing.
const ADDRESS_PARTS = ['address_1', 'address_2', 'city', 'region', 'state_province'] as const;

function given(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

function shown(value: unknown): string {
  return typeof value === 'string' ? quoted(value) : String(value);
}

/** v1 calls them `physical_addresses`, 3.0 `addresses` (with a type; a postal address is the fallback). */
function pickAddress(location: JsonObject): { address: JsonObject; field: string } | undefined {
  const v1 = list(location.physical_addresses);
  const key = v1.length > 0 ? 'physical_addresses' : 'addresses';
  const addresses = v1.length > 0 ? v1 : list(location.addresses);
  let index = addresses.findIndex((a) => isObject(a) && a.address_type !== 'postal' && a.address_type !== 'virtual');
  if (index < 0) index = addresses.findIndex(isObject);
  const address = addresses[index];
  return isObject(address) ? { address, field: `${key}[${index}]` } : undefined;
}

function oneLine(address: JsonObject): string | undefined {
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const key of ADDRESS_PARTS) {
    const part = normaliseText(address[key]);
    if (part && !seen.has(part.toLowerCase())) {
      seen.add(part.toLowerCase());
      parts.push(part);
    }
  }
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function postcode(value: unknown, field: string, report: ReportProblem): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  if (isValid(raw)) return toNormalised(raw) ?? undefined;
  report(field, `The postcode ${quoted(raw)} is not a valid UK postcode, so it was left out.`);
  return undefined;
}

/** Both coordinates or neither: half a position, or 0, 0 (a placeholder), would put a pin in the wrong place. */
function coordinates(location: JsonObject, path: string, report: ReportProblem): { lat?: number; lon?: number } {
  const { latitude, longitude } = location;
  if (!given(latitude) && !given(longitude)) return {};
  const lat = num(latitude);
  const lon = num(longitude);
  const fail = (field: string, why: string) => {
    report(`${path}.${field}`, `${why}, so the location has no map position.`);
    return {};
  };
  if (!given(latitude)) return fail('latitude', 'The location has a longitude but no latitude');
  if (!given(longitude)) return fail('longitude', 'The location has a latitude but no longitude');
  if (lat === undefined) return fail('latitude', `The latitude ${shown(latitude)} is not a number`);
  if (lon === undefined) return fail('longitude', `The longitude ${shown(longitude)} is not a number`);
  if (lat < -90 || lat > 90) return fail('latitude', `The latitude ${lat} is outside -90 to 90`);
  if (lon < -180 || lon > 180) return fail('longitude', `The longitude ${lon} is outside -180 to 180`);
  if (lat === 0 && lon === 0) return fail('latitude', 'The coordinates are 0, 0 (a placeholder, not a place)');
  return { lat, lon };
}

function normaliseLocation(location: JsonObject, path: string, report: ReportProblem): ServiceLocation | undefined {
  const picked = pickAddress(location);
  const result: ServiceLocation = {
    name: normaliseText(location.name),
    address: picked && oneLine(picked.address),
    postcode: picked && postcode(picked.address.postal_code, `${path}.${picked.field}.postal_code`, report),
    ...coordinates(location, path, report),
  };
  const empty = !result.name && !result.address && !result.postcode && result.lat === undefined;
  return empty ? undefined : result;
}

/**
 * The places a service is delivered, from `service_at_locations[].location` (v1 and 3.0). Virtual locations are
 * left out (they are not somewhere to go); bad postcodes and coordinates are reported and dropped, the rest of the
 * location kept. Repeats of the same place are merged.
 */
export function normaliseLocations(record: JsonObject, report: ReportProblem): ServiceLocation[] {
  const locations = new Map<string, ServiceLocation>();
  list(record.service_at_locations).forEach((sal, i) => {
    if (!isObject(sal) || !isObject(sal.location) || sal.location.location_type === 'virtual') return;
    const location = normaliseLocation(sal.location, `service_at_locations[${i}].location`, report);
    if (!location) return;
    const key = [location.name, location.address, location.postcode, location.lat, location.lon].join('|');
    if (!locations.has(key)) locations.set(key, location);
  });
  return [...locations.values()];
}
