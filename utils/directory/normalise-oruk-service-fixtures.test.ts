import { describe, expect, it } from 'vitest';
import serviceAtLocationFull from '../../tests/fixtures/oruk-3.0/service_at_location_full.json';
import serviceFull from '../../tests/fixtures/oruk-3.0/service_full.json';
import serviceList from '../../tests/fixtures/oruk-3.0/service_list.json';
import bristol from '../../tests/fixtures/oruk-v1/bristol-services.json';
import detail from '../../tests/fixtures/oruk-v1/detail-example.json';
import { normaliseOrukService } from './normalise-oruk-service';
import type { Service } from './service';

const NOW = Date.UTC(2025, 0, 1);

// Whole records: a realistic ORUK v1 detail record, the ORUK 3.0 standard's examples, and a real v1 feed.
describe('normaliseOrukService on real and example records', () => {
  it('turns a full ORUK v1 detail record into a complete service', () => {
    const result = normaliseOrukService(detail, 'bristol', NOW);
    expect(result).toEqual({
      fieldProblems: [],
      service: {
        id: 'bristol:5b0a7c1e-3f2d-4e8a-9c61-2d7f4a9b8e10',
        feedId: '5b0a7c1e-3f2d-4e8a-9c61-2d7f4a9b8e10',
        sourceId: 'bristol',
        name: 'Knowle West Tea & Chat',
        organisation: 'Knowle West Community Association',
        description:
          'A friendly weekly drop-in for older people who would like some company. Tea, cake and a chat with ' +
          'volunteers.\nTelephone befriending is also available on weekdays.',
        website: 'https://www.example.org.uk/tea-and-chat',
        email: 'teaandchat@example.org.uk',
        phones: ['0117 496 0123', '07700 900456'],
        locations: [
          {
            name: 'Knowle West Community Centre',
            address: 'Filwood Broadway, Bristol, City of Bristol',
            postcode: 'BS4 1JN',
            lat: 51.4249,
            lon: -2.5932,
          },
        ],
        schedules: [
          { days: [1, 2, 3, 4, 5], opens: '09:00', closes: '17:00', description: 'Mon–Fri 09:00–17:00' },
          { days: [2], opens: '10:00', closes: '12:00', description: 'Tue 10:00–12:00' },
        ],
        eligibility: { minAge: 55, audiences: ['Older People', 'Carers', 'Long Term Health Conditions', 'Dementia'] },
        cost: { text: 'Free', free: true },
        attendance: ['venue', 'phone'],
        access: ['referral', 'self-referral', 'drop-in'],
        taxonomy: ['esdNeed:69', 'esdCircumstances:1076', 'esdServiceTypes:1031'],
        status: 'active',
        assuredDate: '2024-03-12',
        lastModified: '2024-03-12',
        needs: [],
        needEvidence: [],
      } satisfies Service,
    });
  });

  // The 3.0 example is a US-flavoured sample: its latitude (100) is off the globe and "ABC 1234" is no UK postcode.
  const fullService = {
    id: 'oruk3:ac148810-d857-441c-9679-408f346de14b',
    feedId: 'ac148810-d857-441c-9679-408f346de14b',
    sourceId: 'oruk3',
    name: 'Community Counselling',
    organisation: 'Example Organization Inc.',
    description:
      'Counselling Services provided by trained professionals. Suitable for people with mental health conditions ' +
      'such as anxiety, depression, or eating disorders as well as people experiencing difficult life events and ' +
      'circumstances.',
    website: 'http://example.com/counselling',
    email: 'email@example.com',
    phones: [],
    locations: [{ name: 'MyCity Civic Center', address: '1-30 Main Street, MyCity, MyRegion, MyState' }],
    schedules: [
      {
        days: [4, 5],
        opens: '10:00',
        closes: '18:00',
        description:
          'The service is available from 10 am to 6pm weekdays. The service is not available on public holidays.',
      },
    ],
    eligibility: { minAge: 12, maxAge: 100, audiences: [] },
    cost: { text: 'fees_description', free: false },
    attendance: ['venue', 'online'],
    access: [],
    taxonomy: ['taxonomy:3f7b145d-84af-42d7-8fae-eaca714b02b2'],
    status: 'active',
    assuredDate: '2005-01-01',
    lastModified: '2023-03-15T10:30:45.123Z',
    needs: [],
    needEvidence: [],
  } satisfies Service;

  it('turns the ORUK 3.0 service_full example into a service and reports its bad location fields', () => {
    const id = serviceFull.id;
    expect(normaliseOrukService(serviceFull, 'oruk3', NOW)).toEqual({
      service: fullService,
      fieldProblems: [
        {
          id,
          field: 'service_at_locations[0].location.addresses[0].postal_code',
          reason: 'The postcode "ABC 1234" is not a valid UK postcode, so it was left out.',
        },
        {
          id,
          field: 'service_at_locations[0].location.latitude',
          reason: 'The latitude 100 is outside -90 to 90, so the location has no map position.',
        },
      ],
    });
  });

  it('reads the ORUK 3.0 list and service-at-location examples', () => {
    const listed = normaliseOrukService(serviceList.contents[0], 'oruk3', NOW);
    expect(listed).toEqual({
      fieldProblems: [],
      service: {
        ...fullService,
        locations: [],
        schedules: [],
        attendance: [],
        taxonomy: [],
        cost: { text: 'fees_description' },
      },
    });
    const atLocation = normaliseOrukService(serviceAtLocationFull.service, 'oruk3', NOW);
    expect(atLocation).toEqual({ fieldProblems: [], service: { ...fullService, locations: [] } });
  });

  it('reads the whole Bristol feed: 818 services, one record without a name', () => {
    const results = (bristol as unknown[]).map((record) => normaliseOrukService(record, 'bristol', NOW));
    const services = results.flatMap((r) => ('service' in r ? [r.service] : []));
    const problems = results.flatMap((r) => ('problem' in r ? [r.problem] : []));
    expect(services).toHaveLength(818);
    expect(problems).toEqual([{ id: 'def5ccd4-f121-df4d-60d2-4dc0d69ff555', reason: 'The service has no name.' }]);
    expect(new Set(services.map((s) => s.id)).size).toBe(817);
    const fieldProblems = results.flatMap((r) => ('fieldProblems' in r ? r.fieldProblems : []));
    expect(fieldProblems.map((p) => p.field)).toEqual(['url']);
    for (const s of services) {
      expect(s.name).not.toMatch(/<[a-z/]/i);
      expect(s.description).not.toMatch(/<[a-z/]/i);
      expect(s.description.length).toBeLessThanOrEqual(20_001);
      if (s.website) expect(s.website).toMatch(/^https?:\/\//);
    }
    const celestine = services.find((s) => s.feedId === '79392a8c-6961-4f31-8ff3-38a8d202c30c');
    expect(celestine?.description).toMatch(/^The Celestine Centre is a fully adapted property/);
  });
});
