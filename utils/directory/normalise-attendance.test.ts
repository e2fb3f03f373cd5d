import { describe, expect, it } from 'vitest';
import { normaliseAttendance } from './normalise-attendance';

describe('normaliseAttendance', () => {
  it.each<[string, Record<string, unknown>, boolean, string[]]>([
    ['nothing', {}, false, []],
    ['v1 list', { attending_type: 'Venue, Phone' }, false, ['venue', 'phone']],
    ['v1 single', { attending_type: 'Home visit' }, false, ['home visit']],
    ['v1 telephone and online', { attending_type: 'Online; telephone' }, false, ['phone', 'online']],
    ['words that are not a way of attending', { attending_type: 'Information advice and guidance' }, false, []],
    [
      '3.0 schedule wording',
      { schedules: [{ attending_type: 'You can attend in-person or remotely via video conferencing' }] },
      false,
      ['venue', 'online'],
    ],
    [
      '3.0 wording at a location',
      { service_at_locations: [{ schedules: [{ attending_type: 'Face to face' }] }] },
      false,
      ['venue'],
    ],
    ['a place to go', {}, true, ['venue']],
    ['a virtual location', { service_at_locations: [{ location: { location_type: 'virtual' } }] }, false, ['online']],
  ])('%s', (_, record, hasVenue, attendance) => {
    expect(normaliseAttendance(record, hasVenue)).toEqual(attendance);
  });
});
