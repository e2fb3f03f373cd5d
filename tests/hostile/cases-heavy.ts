/** Big cases, run by `npm run test:hostile` through the real CLI in its own process, with its memory measured. */
import { createGzip } from 'node:zlib';
import { type HostileCase, json, type Route, records, v1Page } from './case';

/** Streams `[` and then spaces for ever (gzipped when asked) until the client hangs up. */
function endless(gzip: boolean): Route {
  return (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const out = gzip ? createGzip({ level: 9 }) : undefined;
    out?.pipe(res);
    const sink = out ?? res;
    let closed = false;
    req.socket.on('close', () => {
      closed = true;
      out?.destroy();
    });
    sink.write('[');
    const pump = () => {
      while (!closed) if (!sink.write(chunk)) return void sink.once('drain', pump);
    };
    pump();
  };
}

const csvRows = (count: number, row: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => row(i)).join('\n');

const cases: HostileCase[] = [
  {
    name: 'a gzip bomb (endless gzipped JSON) at the default limits',
    kind: 'scale',
    route: endless(true),
    expect: { ok: false, error: /over 64 MB, the limit per page/ },
  },
  {
    name: 'a never-ending body at the default limits',
    kind: 'scale',
    route: endless(false),
    expect: { ok: false, error: /over 64 MB, the limit per page/ },
  },
  {
    name: '2,500 pages at the default limits',
    kind: 'scale',
    route: (_req, res, page) => json(res, v1Page(records(5, page * 5), { number: page, totalPages: 2500 })),
    expect: { ok: true, services: 5000, stopped: /more than 1,000 pages/ },
  },
  {
    name: 'stalls on page 2 of 17 at the default limits (30 s)',
    kind: 'scale',
    route: (_req, res, page) =>
      page === 2 ? undefined : json(res, v1Page(records(10), { number: page, totalPages: 17 })),
    expect: { ok: false, error: /^The feed stopped sending after 1 of 17 pages \(no data for 30 s\)\.$/ },
  },
  {
    name: 'one page of 55 MB (60,000 records)',
    kind: 'scale',
    route: (_req, res) =>
      json(
        res,
        records(60_000).map((r) => ({ ...r, description: `${r.description} ${'x'.repeat(900)}` })),
      ),
    expect: { ok: true, services: 60_000 },
  },
  {
    name: '100,000 records over 400 pages',
    kind: 'scale',
    route: (_req, res, page) =>
      json(res, v1Page(records(250, (page - 1) * 250 + 1), { number: page, totalPages: 400 })),
    expect: { ok: true, services: 100_000, stopped: null },
  },
  {
    name: '150,000 HSDS services at one location',
    kind: 'scale',
    files: [
      { name: 'services.csv', content: `id,name,organization_id\n${csvRows(150_000, (i) => `s${i},Service ${i},o1`)}` },
      { name: 'locations.csv', content: 'id,name\nl1,The hall\n' },
      {
        name: 'service_at_location.csv',
        content: `id,service_id,location_id\n${csvRows(150_000, (i) => `sal${i},s${i},l1`)}`,
      },
      { name: 'phones.csv', content: 'id,location_id,number\np1,l1,0117 496 0000\n' },
    ],
    expect: { ok: true, services: 100_000, stopped: /150,000 records, over the limit of 100,000/ },
  },
  {
    name: '300,000 schedules at one location',
    kind: 'scale',
    files: [
      { name: 'services.csv', content: 'id,name,organization_id\ns1,Service,o1\n' },
      { name: 'locations.csv', content: 'id,name\nl1,The hall\n' },
      { name: 'service_at_location.csv', content: 'id,service_id,location_id\nsal1,s1,l1\n' },
      {
        name: 'schedules.csv',
        content: `id,location_id,byday,opens_at,closes_at\n${csvRows(300_000, (i) => `sc${i},l1,MO,09:00,17:00`)}`,
      },
    ],
    expect: { ok: true, services: 1 },
  },
  {
    name: '200,000 HSDS rows with bad phone numbers',
    kind: 'scale',
    files: [
      { name: 'services.csv', content: `id,name,organization_id\n${csvRows(200_000, (i) => `s${i},Service ${i},o1`)}` },
      {
        name: 'phones.csv',
        content: `id,service_id,number\n${csvRows(200_000, (i) => `p${i},missing${i},not a number ${i}`)}`,
      },
    ],
    expect: { ok: true, services: 100_000, stopped: /200,000 records, over the limit of 100,000/ },
  },
];

export const heavyCases = cases.map((c) => ({ ...c, heavy: true }));
