/** Whole JSON files that are not feeds, or are feeds in odd shapes. */
import { type HostileCase, records } from './case';

const file = (name: string, content: string, expect: HostileCase['expect']): HostileCase => ({
  name,
  kind: 'file',
  files: [{ name: 'feed.json', content }],
  expect,
});

const cases: HostileCase[] = [
  file('JSON cut short', '[{"id":"1","name":"x"', { ok: false, error: /looks like JSON but cannot be read/ }),
  file('JSON with a trailing comma', '[{"id":"1","name":"x"},]', {
    ok: false,
    error: /looks like JSON but cannot be read/,
  }),
  file('a single service record', JSON.stringify(records(1)[0]), { ok: true, services: 1 }),
  file('a v1 page with content:null', '{"content":null,"totalPages":1}', { ok: false, error: /no list of services/ }),
  file('a 3.0 page with contents as an object', '{"contents":{"id":"1"}}', { ok: false, error: /no list of services/ }),
  file('an array of nulls', '[null,null,1,"x",[]]', { ok: false, error: /no usable services/ }),
  file('an array of 4,000 empty objects', JSON.stringify(Array.from({ length: 4000 }, () => ({}))), {
    ok: false,
    error: /no usable services: 4000 records, 4000 rejected/,
  }),
  file('a page of 6,000 records over a 5,000 cap', JSON.stringify(records(6000)), {
    ok: true,
    services: 5000,
    stopped: /over the limit of 5,000/,
  }),
  file('a BOM before the JSON', `\uFEFF${JSON.stringify(records(2))}`, { ok: true, services: 2 }),
  file('HTML saved as .json', '<!doctype html><p>Not found</p>', {
    ok: false,
    error: /not a directory Signpost can read/,
  }),
  file('a file over the size limit', `[${' '.repeat(2100 * 1024)}]`, {
    ok: false,
    error: /over the 2 MB limit, so it was not read/,
  }),
];

export const fileCases = cases.map((c) => ({ ...c, limits: { records: 5000, pageBytes: 2 * 1024 * 1024 } }));
