import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHsdsCsv } from './parse-hsds-csv';

const DIR = 'tests/fixtures/oruk-3.0/csv';
const example: Record<string, string> = Object.fromEntries(
  readdirSync(DIR)
    .filter((file) => file.endsWith('.csv'))
    .map((file) => [file, readFileSync(`${DIR}/${file}`, 'utf8')]),
);
const SERVICE_ID = 'ac148810-d857-441c-9679-408f346de14b';
const PLACEHOLDER_LINK = 'f28dd44b-0c4d-479f-8e90-4c52219a8b3c';

function only(files: Record<string, string>): Record<string, unknown> {
  const { records } = parseHsdsCsv(files);
  expect(records).toHaveLength(1);
  return records[0] as Record<string, unknown>;
}

describe('parseHsdsCsv on the ORUK 3.0 example set', () => {
  // The standard's attribute.csv links to its schema's placeholder id, not to the example service: point it there.
  const linked = {
    ...example,
    'attribute.csv': (example['attribute.csv'] ?? '').replace(PLACEHOLDER_LINK, SERVICE_ID),
  };

  it('joins the one service with its organisation, location, address, phone, schedule and cost option', () => {
    expect(only(linked)).toMatchObject({
      id: SERVICE_ID,
      name: 'Community Counselling',
      url: 'http://example.com/counselling',
      status: 'active',
      minimum_age: '12',
      last_modified: '2023-03-15T10:30:45.123Z',
      organization: { id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610', name: 'Example Organization Inc.' },
      service_at_locations: [
        {
          id: 'e94c9f38-1e8f-4564-91d4-d53501ab1765',
          location: {
            name: 'MyCity Civic Center',
            latitude: '100',
            longitude: '101',
            addresses: [{ address_1: '1-30 Main Street', city: 'MyCity', postal_code: 'ABC 1234', country: 'US' }],
          },
        },
      ],
      contacts: [{ name: 'Ann Persona', title: 'Reception Manager', phones: [{ number: '"+44 1234 234567"' }] }],
      schedules: [{ byday: 'TH,FR', opens_at: '10:00:00', closes_at: '18:00:00', freq: 'WEEKLY' }],
      cost_options: [{ option: 'Under 18s and Over 60s', amount: '35', amount_description: 'per 1 hour session' }],
      languages: [{ id: '2989d3ed-c547-48f8-8f9d-432d81c7892e' }],
      service_areas: [{ id: '381c64f1-a724-4884-9c21-ac96c21cca3e' }],
      attributes: [
        { link_type: 'link_type', taxonomy_term: { id: '3f7b145d-84af-42d7-8fae-eaca714b02b2', taxonomy: 'taxonomy' } },
      ],
    });
    expect(parseHsdsCsv(linked).warnings).toEqual([]);
  });

  it('lists a schedule or address given in both the singular and plural file once', () => {
    const record = only(example);
    expect(record.schedules).toHaveLength(1);
    expect(record.service_at_locations).toMatchObject([{ location: { addresses: [{ address_2: 'MyVillage' }] } }]);
  });

  it('warns, without failing, about the attribute that links to nothing', () => {
    const { records, warnings } = parseHsdsCsv(example);
    expect(records[0]).toMatchObject({ attributes: [] });
    expect(warnings).toEqual([
      `attribute.csv row 2: link_id "${PLACEHOLDER_LINK}" matches no service, organisation or location.`,
    ]);
  });
});

describe('parseHsdsCsv errors', () => {
  it.each([
    [{ 'organizations.csv': 'id,name\no1,Org\n' }, 'There is no services.csv among the files'],
    [{ 'services.csv': 'identifier,name\ns1,Walks\n' }, 'services.csv has no "id" column.'],
    [{ 'services.csv': 'id,title\ns1,Walks\n' }, 'services.csv has no "name" column.'],
  ])('refuses %j', (files, message) => {
    expect(() => parseHsdsCsv(files)).toThrow(message);
  });
});

describe('parseHsdsCsv joins', () => {
  const services = 'id,organization_id,name\ns1,o1,Walks\ns2,,Tea and Chat\n';

  it('reads services.csv alone, with empty lists to fill', () => {
    const { records, warnings } = parseHsdsCsv({ 'services.csv': services });
    expect(records).toEqual([
      expect.objectContaining({ id: 's1', organization_id: 'o1', name: 'Walks', phones: [], schedules: [] }),
      expect.objectContaining({ id: 's2', name: 'Tea and Chat', service_at_locations: [], attributes: [] }),
    ]);
    expect(warnings).toEqual([]);
  });

  it('accepts file names with folders and in any case', () => {
    expect(parseHsdsCsv({ 'export/Services.CSV': services }).records).toHaveLength(2);
  });

  it('warns about links to ids that are not there', () => {
    const { warnings } = parseHsdsCsv({
      'services.csv': services,
      'organizations.csv': 'id,name\no2,Other\n',
      'cost_options.csv': 'id,service_id,option\nc1,s9,Free\n',
    });
    expect(warnings).toEqual([
      'services.csv row 2: organization_id "o1" matches nothing in organizations.csv.',
      'cost_options.csv row 2: service_id "s9" matches nothing in services.csv.',
    ]);
  });

  it('puts phones on the service, its location and its contacts', () => {
    const record = only({
      'services.csv': 'id,name\ns1,Walks\n',
      'service_at_location.csv': 'id,service_id,location_id\nsal1,s1,l1\n',
      'locations.csv': 'id,name\nl1,Hall\n',
      'contacts.csv': 'id,service_id,name\nc1,s1,Sue\n',
      'phones.csv':
        'id,service_id,location_id,contact_id,number\np1,s1,,,01632 960001\np2,,l1,,01632 960002\np3,,,c1,01632 960003\n',
    });
    expect(record).toMatchObject({
      phones: [{ number: '01632 960001' }],
      service_at_locations: [{ phones: [{ number: '01632 960002' }], location: { name: 'Hall' } }],
      contacts: [{ name: 'Sue', phones: [{ number: '01632 960003' }] }],
    });
  });

  it('puts a schedule with no service id on its service-at-location', () => {
    const record = only({
      'services.csv': 'id,name\ns1,Walks\n',
      'service_at_location.csv': 'id,service_id,location_id\nsal1,s1,l1\n',
      'schedule.csv': 'id,service_at_location_id,byday,opens_at\nsc1,sal1,MO,10:00\n',
    });
    expect(record).toMatchObject({ schedules: [], service_at_locations: [{ schedules: [{ byday: 'MO' }] }] });
  });

  it('names a term’s taxonomy from taxonomies.csv when the term gives only its id', () => {
    const record = only({
      'services.csv': 'id,name\ns1,Walks\n',
      'attribute.csv': 'id,link_id,link_type,taxonomy_term_id\na1,s1,service,t1\n',
      'taxonomy_terms.csv': 'id,code,term,taxonomy_id\nt1,69,Loneliness,x1\n',
      'taxonomies.csv': 'id,name\nx1,esdNeed\n',
    });
    expect(record.attributes).toEqual([
      {
        id: 'a1',
        link_id: 's1',
        link_type: 'service',
        taxonomy_term_id: 't1',
        taxonomy_term: { id: 't1', code: '69', term: 'Loneliness', taxonomy_id: 'x1', taxonomy: 'esdNeed' },
      },
    ]);
  });
});
