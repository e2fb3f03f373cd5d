import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePracticeCsv } from './parse-practice-csv';

const sample = readFileSync('tests/fixtures/practice/kendal-services.csv', 'utf8');
type Row = Record<string, unknown>;

function records(text: string): Row[] {
  return parsePracticeCsv(text).records as Row[];
}

describe('parsePracticeCsv on the Kendal sample', () => {
  const { records: all, warnings } = parsePracticeCsv(sample);
  const rows = all as Row[];
  const byName = (name: string) => rows.find((row) => row.name === name);

  it('reads every service row, skips the empty row and keeps the nameless one as row-15', () => {
    expect(rows).toHaveLength(13);
    expect(rows.at(-1)).toEqual(
      expect.objectContaining({ id: 'row-15', notes: 'Ask Sue about the new knitting group at the library' }),
    );
    expect(rows.at(-1)).not.toHaveProperty('name');
  });

  it('turns a full row into an ORUK 3.0 record', () => {
    expect(byName('Kent Valley Debt Advice')).toEqual({
      id: 'KEN-003',
      name: 'Kent Valley Debt Advice',
      description: 'Free, confidential help with debt, benefits and budgeting. Appointments by phone or face to face.',
      url: 'https://kentvalleyadvice.example',
      email: 'debt@kentvalleyadvice.example',
      status: 'active',
      fees: 'Free',
      fees_description: 'Free',
      minimum_age: '18',
      organization: { id: expect.stringMatching(/^org-/), name: 'Kent Valley Advice' },
      phones: [{ number: '01632 960103' }, { number: '07700 900103' }],
      schedules: [{ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '09:30', closes_at: '16:00' }],
      service_at_locations: [
        {
          id: 'KEN-003-at-location',
          location: {
            id: 'KEN-003-location',
            location_type: 'physical',
            addresses: [{ address_1: 'Stramongate', city: 'Kendal', postal_code: 'LA9 4BH', country: 'GB' }],
          },
          schedules: [],
          phones: [],
        },
      ],
      eligibilitys: [{ eligibility: 'Adults' }],
      attending_type: 'venue,phone',
      attending_access: 'self-referral,referral',
      attributes: ['debt', 'benefits', 'money'].map((term) => ({
        taxonomy_term: { id: `practice:${term}`, code: term, term, taxonomy: 'practice' },
      })),
      notes: 'GP referral form on their website',
    });
  });

  it('trims messy cells and reads Yes, y and No', () => {
    expect(byName('Fellside Carers Café')).toMatchObject({ status: 'active' });
    expect(byName('Chair-based Exercise')).toMatchObject({ status: 'active', fees: '£3 per session' });
    expect(byName('Allotment Gardening Group')).toMatchObject({ status: 'inactive' });
  });

  it('keeps a bad website as typed, for the normaliser to drop and report', () => {
    expect(byName('Kendal Community Food Pantry')).toMatchObject({ url: 'www.kendalfoodbank .example' });
  });

  it('keeps days it cannot read as words, and says so', () => {
    expect(byName('Memory Café')?.schedules).toEqual([
      { opens_at: '14:00', closes_at: '16:00', description: '1st Monday of the month 14:00–16:00' },
    ]);
    expect(warnings).toEqual([
      'Row 6: the days "1st Monday of the month" were not understood, so they are kept as words.',
    ]);
  });

  it('splits a multi-part address into lines and leaves out what a row does not give', () => {
    expect(byName('Kendal Shed')?.service_at_locations).toMatchObject([
      { location: { addresses: [{ address_1: 'Unit 4', address_2: 'Mintsfeet Road South', city: 'Kendal' }] } },
    ]);
    expect(byName('Home Library Service')).toMatchObject({ service_at_locations: [], schedules: [] });
  });

  it('gives rows without an id the same id on every import', () => {
    const ids = rows.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(records(sample).map((row) => row.id)).toEqual(ids);
  });
});

describe('parsePracticeCsv', () => {
  it.each([
    ['name,telephone,post code,web site', 'Walks,01632 960001,LA9 4DL,walks.example'],
    ['Service Name,Phone Number,Postcode,URL', 'Walks,01632 960001,LA9 4DL,walks.example'],
    [' SERVICE_NAME ,Tel,Post-code,Website', 'Walks,01632 960001,LA9 4DL,walks.example'],
  ])('reads the headings %j', (header, row) => {
    expect(records(`${header}\n${row}\n`)[0]).toMatchObject({
      name: 'Walks',
      url: 'walks.example',
      phones: [{ number: '01632 960001' }],
      service_at_locations: [{ location: { addresses: [{ postal_code: 'LA9 4DL' }] } }],
    });
  });

  it('reads a BOM and CRLF line ends as Excel saves them', () => {
    expect(records('\uFEFFName,Days\r\nWalks,Tue\r\n\r\n')).toEqual([
      expect.objectContaining({ name: 'Walks', schedules: [{ freq: 'WEEKLY', byday: 'TU' }] }),
    ]);
  });

  it('gives the same id to the same name and postcode however they are typed', () => {
    const [a, b, c] = records('name,postcode\nTea and Chat,LA9 4DL\n TEA  and chat ,la94dl\nTea and Chat,LA9 5AF\n');
    expect(a?.id).toMatch(/^p-[0-9a-z]+$/);
    expect(b?.id).toMatch(new RegExp(`^${a?.id}-`));
    expect(c?.id).not.toBe(a?.id);
  });

  it('keeps both rows of a repeated name and postcode, and warns', () => {
    const { records: rows, warnings } = parsePracticeCsv('name,postcode\nWalks,LA9 4DL\nWalks,LA9 4DL\n');
    expect((rows as Row[]).map((row) => row.id)).toEqual([expect.any(String), `${(rows[0] as Row).id}-3`]);
    expect(warnings).toEqual(['Row 3 has the same name and postcode as row 2; give it an id to keep them apart.']);
  });

  it.each([
    ['maybe', 'maybe', ['Row 2: active "maybe" is not yes or no.']],
    ['N', 'inactive', []],
    ['', 'active', []],
  ])('reads active %j as status %j', (active, status, warnings) => {
    const result = parsePracticeCsv(`name,active\nWalks,${active}\n`);
    expect(result.records[0]).toMatchObject({ status });
    expect(result.warnings).toEqual(warnings);
  });

  it('warns about filled columns it does not read, not about blank ones', () => {
    expect(parsePracticeCsv('name,Contact person,,,Telephone,Phone\nWalks,Sue,,,01632 960001,01632 960002\n')).toEqual({
      records: [expect.objectContaining({ phones: [{ number: '01632 960001' }] })],
      warnings: [
        'The column "Contact person" is not one Signpost reads, so it was left out.',
        'There is more than one "phone" column; only the first is read.',
      ],
    });
  });

  it('refuses a spreadsheet with no name column', () => {
    expect(() => parsePracticeCsv('title,phone\nWalks,01632 960001\n')).toThrow('no "name" column');
  });
});
