import { names } from './names';
import type { Random } from './random';
import type { Town } from './towns';

// Letters allowed in the last two characters of a UK postcode (never C, I, K, M, O or V).
const UNIT_LETTERS = [...'ABDEFGHJLNPQRSTUWXYZ'];

const ACCESSIBILITY = ['Step-free access', 'Accessible toilet', 'Hearing loop', 'Lift to all floors', 'Parking'];

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** A postcode in one of the town's real districts, e.g. "BS5 6QT". */
function makePostcode(random: Random, town: Town): string {
  return `${random.pick(town.outcodes)} ${random.int(0, 9)}${random.pick(UNIT_LETTERS)}${random.pick(UNIT_LETTERS)}`;
}

function makeLocation(random: Random, town: Town, place: string, venue: string): Record<string, unknown> {
  // The sum of two uniforms clusters points near the centre, spread ±4 km or so, as services are in a real town.
  const lat = town.lat + (random.next() + random.next() - 1) * 0.04;
  const lon = town.lon + (random.next() + random.next() - 1) * 0.06;
  const street = names.street(random);
  return {
    id: random.uuid(),
    name: venue,
    description: '',
    latitude: round6(lat),
    longitude: round6(lon),
    physical_addresses: [
      {
        id: random.uuid(),
        address_1: random.chance(0.7) ? `${random.int(1, 240)} ${street}` : `${street}, ${place}`,
        city: town.name,
        state_province: '',
        postal_code: makePostcode(random, town),
        country: 'GB',
      },
    ],
    accessibility_for_disabilities: random
      .sample(ACCESSIBILITY, random.int(0, 2))
      .map((accessibility) => ({ id: random.uuid(), accessibility })),
  };
}

/**
 * ORUK v1 `service_at_locations`: usually one venue in the service's neighbourhood, sometimes two or three around
 * the town, none for phone- or online-only services.
 */
export function makeLocations(
  random: Random,
  town: Town,
  place: string,
  venue: string,
  remoteOnly: boolean,
): Record<string, unknown>[] {
  if (remoteOnly && random.chance(0.8)) return [];
  const count = random.chance(0.9) ? 1 : random.int(2, 3);
  const out = [{ id: random.uuid(), location: makeLocation(random, town, place, venue) }];
  for (let i = 1; i < count; i++) {
    const other = names.place(random);
    out.push({ id: random.uuid(), location: makeLocation(random, town, other, names.venue(random, other)) });
  }
  return out;
}
