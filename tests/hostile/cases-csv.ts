/** CSV files and HSDS exports as spreadsheets and export tools really write them, and as they break. */
import type { HostileCase } from './case';

const PRACTICE =
  'Name,Phone,Website\r\nLunch club,0117 496 0000,https://example.org\r\nWalking group,0117 496 0001,\r\n';
const SERVICES = 'id,name,organization_id,description\n1,Befriending,o1,Tea\n2,Walking,o1,Walks\n';

const one = (name: string, content: string, expect: HostileCase['expect']): HostileCase => ({
  name,
  kind: 'csv',
  files: [{ name: 'practice.csv', content }],
  expect,
});

const hsds = (name: string, tables: Record<string, string>, expect: HostileCase['expect']): HostileCase => ({
  name,
  kind: 'csv',
  files: Object.entries({ 'services.csv': SERVICES, ...tables }).map(([file, content]) => ({ name: file, content })),
  expect,
});

const ok = (services: number): HostileCase['expect'] => ({ ok: true, services });

export const csvCases: HostileCase[] = [
  one('an Excel sep=, first line', `sep=,\r\n${PRACTICE}`, ok(2)),
  one('an Excel sep=; first line', `sep=;\r\n${PRACTICE.replaceAll(',', ';')}`, ok(2)),
  one('a byte-order mark and sep=,', `\uFEFFsep=,\r\n${PRACTICE}`, ok(2)),
  one('line ends of \\r\\r\\n', PRACTICE.replaceAll('\r\n', '\r\r\n'), ok(2)),
  one('line ends of \\r only', PRACTICE.replaceAll('\r\n', '\r'), ok(2)),
  one('an unclosed quote', 'Name,Phone\r\n"Lunch club,0117\r\nWalking group,0117\r\n', { ok: true }),
  one('a header row only', 'Name,Phone\r\n', { ok: false, error: /no usable services/ }),
  one('an empty file', '', { ok: false, error: /not a directory Signpost can read/ }),
  one('NUL bytes', `Name,Phone\r\nLunch\u0000club,0117\r\n`, ok(1)),
  one(
    '5,000 columns',
    `Name,${Array.from({ length: 5000 }, (_, i) => `c${i}`).join(',')}\r\nClub,${'x,'.repeat(4999)}x\r\n`,
    ok(1),
  ),
  one('a 90,000-character cell', `Name,Description\r\nClub,${'d'.repeat(90_000)}\r\n`, ok(1)),
  one('a formula in a cell', 'Name,Website\r\n=HYPERLINK("http://evil.example"),javascript:alert(1)\r\n', {
    ok: true,
    problem: /not an http\(s\) address/,
    absent: /javascript:/,
  }),
  one('5,000 blank rows', `Name\r\n${'\r\n'.repeat(5000)}Club\r\n`, ok(1)),
  hsds('services.csv alone', {}, ok(2)),
  hsds('services.csv with an Excel sep= line', { 'services.csv': `sep=,\n${SERVICES}` }, ok(2)),
  hsds(
    'no name column',
    { 'services.csv': 'id,organization_id\n1,o1\n' },
    { ok: false, error: /services.csv has no "name" column/ },
  ),
  hsds('links to nothing', { 'phones.csv': 'id,service_id,number\np1,missing,0117\n' }, ok(2)),
  hsds(
    'a phone at a location with no services',
    { 'locations.csv': 'id,name\nl1,Hall\n', 'phones.csv': 'id,location_id,number\np1,l1,0117\n' },
    ok(2),
  ),
  hsds('schedules naming a missing location', { 'schedules.csv': 'id,location_id,byday\ns1,nowhere,MO\n' }, ok(2)),
  hsds('a table that is binary noise', { 'phones.csv': '\u0000\u0001\u00ff,\u0002\n' }, ok(2)),
  hsds('an attribute linked to nothing', { 'attribute.csv': 'id,link_id,taxonomy_term_id\na1,zzz,t1\n' }, ok(2)),
];
