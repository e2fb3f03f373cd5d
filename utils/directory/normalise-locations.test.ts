import { describe, expect, it } from 'vitest';
import { normaliseLocations } from './normalise-locations';

function run(...locations: unknown[]) {
  const problems: string[] = [];
  const result = normaliseLocations(
    { service_at_locations: locations.map((location) => ({ location })) },
    (field, reason) => problems.push(`${field}: ${reason}`),
  );
  return { locations: result, problems };
}

describe('normaliseLocations', () => {
  it('reads a v1 location with physical_addresses', () => {
    const v1 = {
      name: 'Community Centre',
      latitude: '51.45',
      longitude: '-2.59',
      physical_addresses: [
        { address_1: '1 High St', city: 'Bristol', state_province: 'bristol', postal_code: 'bs15tr', country: 'GB' },
      ],
    };
    expect(run(v1)).toEqual({
      locations: [
        { name: 'Community Centre', address: '1 High St, Bristol', postcode: 'BS1 5TR', lat: 51.45, lon: -2.59 },
      ],
      problems: [],
    });
  });

  it('prefers a 3.0 physical address over a postal one', () => {
    const threeOh = {
      name: 'Hub',
      addresses: [
        { address_type: 'postal', address_1: 'PO Box 1', postal_code: 'BS1 1AA' },
        {
          address_type: 'physical',
          address_1: '2 Quay St',
          address_2: 'Floor 2',
          city: 'Bristol',
          postal_code: 'BS1 4DB',
        },
      ],
    };
    expect(run(threeOh).locations).toEqual([
      { name: 'Hub', address: '2 Quay St, Floor 2, Bristol', postcode: 'BS1 4DB' },
    ]);
  });

  it('skips virtual and empty locations and merges repeats', () => {
    const hall = { name: 'Hall' };
    expect(run(hall, { location_type: 'virtual', name: 'Zoom' }, {}, hall).locations).toEqual([{ name: 'Hall' }]);
  });

  it.each([
    [{ latitude: 100, longitude: 1 }, 'latitude: The latitude 100 is outside -90 to 90'],
    [{ latitude: -91, longitude: 1 }, 'latitude: The latitude -91 is outside -90 to 90'],
    [{ latitude: 51, longitude: -181 }, 'longitude: The longitude -181 is outside -180 to 180'],
    [{ latitude: 0, longitude: 0 }, 'latitude: The coordinates are 0, 0 (a placeholder, not a place)'],
    [{ latitude: 'north', longitude: 1 }, 'latitude: The latitude "north" is not a number'],
    [{ latitude: 51, longitude: 'west' }, 'longitude: The longitude "west" is not a number'],
    [{ latitude: 51 }, 'longitude: The location has a latitude but no longitude'],
    [{ latitude: null, longitude: -2 }, 'latitude: The location has a longitude but no latitude'],
  ])('drops the position and reports %j', (coordinates, problem) => {
    expect(run({ name: 'Hall', ...coordinates })).toEqual({
      locations: [{ name: 'Hall' }],
      problems: [`service_at_locations[0].location.${problem}, so the location has no map position.`],
    });
  });

  it('keeps a position on the 0 meridian or equator', () => {
    expect(run({ latitude: 51.48, longitude: 0 }).locations).toEqual([{ lat: 51.48, lon: 0 }]);
  });

  it('drops and reports an invalid postcode but keeps the rest of the address', () => {
    expect(run({ addresses: [{ address_1: '1 Main St', postal_code: 'ABC 1234' }] })).toEqual({
      locations: [{ address: '1 Main St' }],
      problems: [
        'service_at_locations[0].location.addresses[0].postal_code: ' +
          'The postcode "ABC 1234" is not a valid UK postcode, so it was left out.',
      ],
    });
  });
});
