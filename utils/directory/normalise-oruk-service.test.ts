import { describe, expect, it } from 'vitest';
import { normaliseOrukService } from './normalise-oruk-service';
import type { Service } from './service';

const NOW = Date.UTC(2025, 0, 1);

function normalised(record: Record<string, unknown>) {
  const result = normaliseOrukService({ id: 's1', name: 'Tea and Chat', ...record }, 'feed', NOW);
  if ('problem' in result) throw new Error(result.problem.reason);
  return result;
}

function service(record: Record<string, unknown>) {
  return normalised(record).service;
}

describe('normaliseOrukService', () => {
  it('qualifies the id with its source and keeps the feed id', () => {
    expect(service({})).toMatchObject({ id: 'feed:s1', feedId: 's1', sourceId: 'feed', status: 'active' });
  });

  it('reads numeric ids and lower-cases the status', () => {
    expect(service({ id: 42, status: 'Temporarily Closed' })).toMatchObject({
      id: 'feed:42',
      feedId: '42',
      status: 'temporarily closed',
    });
  });

  it.each([
    ['http://example.org', 'http://example.org/'],
    ['example.org/path', 'https://example.org/path'],
    ['javascript:alert(1)', undefined],
    ['ftp://example.org', undefined],
    ['', undefined],
  ])('keeps only http(s) websites: %j', (url, website) => {
    expect(service({ url }).website).toBe(website);
  });

  it('trims audience tags, splits paths on ">" and drops repeats', () => {
    const audiences = service({
      pc_targetAudience: [
        { audienceType: 'Dementia ' },
        { audienceType: 'Dementia' },
        { audienceType: 'Health > Carers' },
      ],
    }).eligibility.audiences;
    expect(audiences).toEqual(['Dementia', 'Health', 'Carers']);
  });

  it('maps attendance and access words to the model', () => {
    expect(service({ attending_type: 'Home visit', attending_access: 'Self referral' })).toMatchObject({
      attendance: ['home visit'],
      access: ['self-referral'],
    });
  });

  it('reads cost, ages, assured date and organisation', () => {
    expect(
      service({
        fees: 'Free of charge',
        minimum_age: 16,
        maximum_age: '25',
        assured_date: '2023-04-13',
        organization: { name: '1625 Independent People ' },
      }),
    ).toMatchObject({
      cost: { free: true, text: 'Free of charge' },
      eligibility: { minAge: 16, maxAge: 25 },
      assuredDate: '2023-04-13',
      organisation: '1625 Independent People',
    });
  });

  it('strips HTML from every text field it keeps', () => {
    const result = service({
      name: '<b>Tea</b> &amp; chat',
      description: '<p>Weekly<br>group</p><script>alert(1)</script>',
      organization: { name: '<i>Org</i>' },
      fees: '<p>Free</p>',
      service_at_locations: [{ location: { name: '<b>Hall</b>' } }],
    });
    expect(result).toMatchObject({
      name: 'Tea & chat',
      description: 'Weekly\ngroup',
      organisation: 'Org',
      cost: { text: 'Free', free: true },
      locations: [{ name: 'Hall' }],
    });
  });

  it('reads the 3.0 fields the examples leave out: phones, organisation phones, taxonomy terms, virtual places', () => {
    const threeOh = {
      phones: [{ number: '"+44 1234 234567"' }, { number: '+44 1234 234567' }],
      contacts: [{ phones: [{ number: '0117 496 0999' }] }],
      organization: { name: 'Org', phones: [{ number: '0117 496 0000' }] },
      schedules: [{ freq: 'MONTHLY', byday: '1TU', opens_at: '10:00', closes_at: '12:00' }],
      attributes: [{ taxonomy_term: { id: 'uuid-1', code: 'BD-1800', taxonomy: 'AIRS' } }],
      taxonomy_terms: [{ id: 'uuid-2', code: 'food', taxonomy_detail: { name: 'openEligibility' } }],
      service_at_locations: [{ location: { location_type: 'virtual', name: 'Zoom' } }],
      eligibility_description: 'Adults over 18 living in Bristol',
    };
    expect(service(threeOh)).toMatchObject({
      phones: ['+44 1234 234567', '0117 496 0999'],
      schedules: [{ days: [2], opens: '10:00', closes: '12:00', description: '1st Tue of the month 10:00–12:00' }],
      taxonomy: ['AIRS:BD-1800', 'openEligibility:food'],
      locations: [],
      attendance: ['online'],
      eligibility: { audiences: [] },
    });
    expect(service({ organization: { phones: [{ number: '0117 496 0000' }] } }).phones).toEqual(['0117 496 0000']);
  });

  const longId = 'x'.repeat(201);
  const nested = (depth: number): unknown => (depth === 0 ? 'leaf' : { a: nested(depth - 1) });
  it.each<[string, unknown, string, string]>([
    ['a string', 'text', '(none)', 'The record is not an object.'],
    ['null', null, '(none)', 'The record is not an object.'],
    ['an array', [{ id: 'a', name: 'b' }], '(none)', 'The record is not an object.'],
    ['no id', { name: 'x' }, '(none)', 'The record has no id.'],
    ['an empty id', { id: '', name: 'x' }, '(none)', 'The record has no id.'],
    ['an object id', { id: { value: 1 }, name: 'x' }, '(none)', 'The record has no id.'],
    [
      'an id over 200 characters',
      { id: longId, name: 'x' },
      `${'x'.repeat(40)}…`,
      "The record's id is 201 characters long (the limit is 200).",
    ],
    ['a blank name', { id: 'a', name: '   ' }, 'a', 'The service has no name.'],
    ['a name of empty HTML', { id: 'a', name: '<p><br></p>' }, 'a', 'The service has no name.'],
    ['no name', { id: 'a' }, 'a', 'The service has no name.'],
    [
      'a name over 250 characters',
      { id: 'a', name: 'n'.repeat(251) },
      'a',
      'The service name is 251 characters long (the limit is 250).',
    ],
    [
      'a description over 100,000 characters',
      { id: 'a', name: 'x', description: 'd'.repeat(100_001) },
      'a',
      "The record's description is 100,001 characters long; it looks broken.",
    ],
    [
      'a 2.4 million character location name',
      { id: 'a', name: 'x', service_at_locations: [{ location: { name: 'n'.repeat(2_400_000) } }] },
      'a',
      "The record's service_at_locations[0].location.name is 2,400,000 characters long; it looks broken.",
    ],
    [
      'HTML with over 100,000 characters of text',
      { id: 'a', name: 'x', description: `<p>${'word '.repeat(30_000)}</p>` },
      'a',
      "The record's description is 150,007 characters long; it looks broken.",
    ],
    [
      'nesting deeper than any real record',
      { id: 'a', name: 'x', deep: nested(40) },
      'a',
      "The record's deep.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a nests too deep; it looks broken.",
    ],
  ])('rejects %s', (_, record, id, reason) => {
    expect(normaliseOrukService(record, 'feed', NOW)).toEqual({ problem: { id, reason } });
  });

  it('keeps a record whose HTML is long only because of inline images', () => {
    const image = `<img src="data:image/png;base64,${'A'.repeat(150_000)}">`;
    expect(service({ description: `<p>Hello</p>${image}` }).description).toBe('Hello');
  });

  it('keeps a name that is short once its HTML is stripped', () => {
    expect(service({ name: `<span style="${'x'.repeat(300)}">Tea</span>` }).name).toBe('Tea');
  });

  const location = (fields: Record<string, unknown>) => ({ service_at_locations: [{ location: fields }] });
  type Pick = (s: Service) => unknown;
  it.each<[string, Record<string, unknown>, string, string, Pick]>([
    [
      'a javascript: website',
      { url: 'javascript:alert(1)' },
      'url',
      'The website "javascript:alert(1)" is not an http(s) address, so it was left out.',
      (s) => s.website,
    ],
    [
      'a name in the website field',
      { url: 'Warmley Community Centre' },
      'url',
      'The website "Warmley Community Centre" is not a web address, so it was left out.',
      (s) => s.website,
    ],
    [
      'a malformed email',
      { email: 'call us' },
      'email',
      'The email "call us" does not look like an email address, so it was left out.',
      (s) => s.email,
    ],
    [
      'an unreadable assured date',
      { assured_date: 'last spring' },
      'assured_date',
      'The assured date "last spring" is not a date, so it was left out.',
      (s) => s.assuredDate,
    ],
    [
      'an assured date before 1990',
      { assured_date: '1970-01-01' },
      'assured_date',
      'The assured date "1970-01-01" is before 1990, so it was left out.',
      (s) => s.assuredDate,
    ],
    [
      'an assured date over a year ahead',
      { assured_date: '2026-06-01' },
      'assured_date',
      'The assured date "2026-06-01" is more than a year in the future, so it was left out.',
      (s) => s.assuredDate,
    ],
    [
      'an impossible modified date',
      { pc_metadata: { date_modified: '2023-02-30' } },
      'pc_metadata.date_modified',
      'The last-modified date "2023-02-30" is not a date, so it was left out.',
      (s) => s.lastModified,
    ],
    [
      'a minimum age over 120',
      { minimum_age: 150 },
      'minimum_age',
      'The minimum age 150 is outside 0 to 120, so it was left out.',
      (s) => s.eligibility.minAge,
    ],
    [
      'a negative maximum age',
      { maximum_age: -1 },
      'maximum_age',
      'The maximum age -1 is outside 0 to 120, so it was left out.',
      (s) => s.eligibility.maxAge,
    ],
    [
      'a minimum age above the maximum',
      { minimum_age: 30, maximum_age: 18 },
      'minimum_age',
      'The minimum age (30) is above the maximum age (18), so both were left out.',
      (s) => s.eligibility.maxAge ?? s.eligibility.minAge,
    ],
    [
      'a latitude off the globe',
      location({ name: 'Hall', latitude: 100, longitude: 1 }),
      'service_at_locations[0].location.latitude',
      'The latitude 100 is outside -90 to 90, so the location has no map position.',
      (s) => s.locations[0]?.lat ?? s.locations[0]?.lon,
    ],
    [
      'a longitude off the globe',
      location({ name: 'Hall', latitude: 51, longitude: 200 }),
      'service_at_locations[0].location.longitude',
      'The longitude 200 is outside -180 to 180, so the location has no map position.',
      (s) => s.locations[0]?.lat ?? s.locations[0]?.lon,
    ],
    [
      'placeholder coordinates',
      location({ name: 'Hall', latitude: 0, longitude: '0' }),
      'service_at_locations[0].location.latitude',
      'The coordinates are 0, 0 (a placeholder, not a place), so the location has no map position.',
      (s) => s.locations[0]?.lat ?? s.locations[0]?.lon,
    ],
    [
      'an invalid postcode',
      location({ name: 'Hall', physical_addresses: [{ address_1: '1 High St', postal_code: 'BS99 XYZ' }] }),
      'service_at_locations[0].location.physical_addresses[0].postal_code',
      'The postcode "BS99 XYZ" is not a valid UK postcode, so it was left out.',
      (s) => s.locations[0]?.postcode,
    ],
  ])('reports and drops %s', (_, record, field, reason, pick) => {
    const { service: result, fieldProblems } = normalised(record);
    expect(fieldProblems).toEqual([{ id: 's1', field, reason }]);
    expect(pick(result)).toBeUndefined();
  });

  it('cuts a description over 20,000 characters at a word boundary and reports it', () => {
    // 7-character words put the 20,000th character inside a word, so the cut moves back to the space before it.
    const { service: result, fieldProblems } = normalised({ description: 'abcdef '.repeat(4_000) });
    expect(result.description).toHaveLength(19_999);
    expect(result.description.endsWith(' abcdef…')).toBe(true);
    expect(fieldProblems).toEqual([
      {
        id: 's1',
        field: 'description',
        reason: 'The description is 27,999 characters long, so it was cut to 20,000.',
      },
    ]);
  });
});
