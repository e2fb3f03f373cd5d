import { normaliseRecords } from '../directory/normalise-records';
import { buildSearchIndex } from '../search/build-search-index';

const NOW = Date.parse('2026-12-05T12:00:00Z');

/** The patient's place: where the debt advice centre is, postcode BS1 5TR. */
export const CENTRE = { lat: 51.45, lon: -2.59 };

/** A point `km` north of the centre (a degree of latitude is 111.195 km). */
const north = (km: number) => ({ latitude: CENTRE.lat + km / 111.195, longitude: CENTRE.lon });

function service(id: string, description: string, km: number | undefined, extra: Record<string, unknown> = {}) {
  return {
    id,
    name: `Service ${id}`,
    description,
    ...(km === undefined
      ? {}
      : {
          service_at_locations: [
            { location: { ...north(km), physical_addresses: [{ postal_code: extra.postcode ?? 'BS2 0AA' }] } },
          ],
        }),
    ...extra,
  };
}

const LONELY = 'A friendly group for people who feel lonely or isolated.';
const DEBT = 'Free debt advice and help with money worries and arrears.';

/**
 * A small directory for the gaps rule: loneliness groups 0.5, 3 and 8 km away (and a closed one 0.2 km away, and
 * one with no place), debt advice 0, 1.5 and 2 km away, and no housing service at all.
 */
export const GAP_INDEX = buildSearchIndex(
  normaliseRecords(
    [
      service('lonely-near', LONELY, 0.5),
      service('lonely-3km', LONELY, 3),
      service('lonely-8km', LONELY, 8),
      service('lonely-closed', LONELY, 0.2, { status: 'inactive' }),
      service('lonely-phone', LONELY, undefined),
      service('debt-here', DEBT, 0, { postcode: 'BS1 5TR' }),
      service('debt-1.5km', DEBT, 1.5),
      service('debt-2km', DEBT, 2),
    ],
    'feed',
    NOW,
  ).services,
  NOW,
);
