/** Paged feeds whose paging claims are missing, wrong, looping or endless. */
import { type HostileCase, json, LIGHT, type Route, records, v1Page, v3Page } from './case';

const PER_PAGE = 10;
const pageRecords = (page: number) => records(PER_PAGE, (page - 1) * PER_PAGE + 1);

/** A v1 feed of `pages` pages whose envelope fields come from `fields(page)`. */
function v1(pages: number, fields: (page: number) => Record<string, unknown>): Route {
  return (_req, res, page) => json(res, v1Page(page <= pages ? pageRecords(page) : [], fields(page)));
}

function v3(pages: number, fields: (page: number) => Record<string, unknown>, bad?: (page: number) => unknown): Route {
  return (_req, res, page) => {
    const contents = bad?.(page) ?? (page <= pages ? pageRecords(page) : []);
    json(res, v3Page(contents, fields(page)));
  };
}

/** Page `at` of a 3-page v1 feed misbehaves with `route`; the others are good. */
function brokenPage(at: number, route: Route): Route {
  const good = v1(3, (page) => ({ number: page, totalPages: 3 }));
  return (req, res, page) => (page === at ? route(req, res, page) : good(req, res, page));
}

const all = (pages: number): HostileCase['expect'] => ({ ok: true, services: pages * PER_PAGE, stopped: null });
const kept = (pages: number, stopped: RegExp): HostileCase['expect'] => ({
  ok: true,
  services: pages * PER_PAGE,
  stopped,
});

const cases: Omit<HostileCase, 'kind'>[] = [
  {
    name: 'v1 last:false without totalPages keeps going',
    route: v1(4, (p) => ({ number: p, last: p >= 4 })),
    expect: all(4),
  },
  { name: 'v1 totalPages', route: v1(3, (p) => ({ number: p, totalPages: 3 })), expect: all(3) },
  { name: 'v1 totalPages as a string', route: v1(3, (p) => ({ number: String(p), totalPages: '3' })), expect: all(3) },
  {
    name: 'v1 total_pages (a 3.0 name on a v1 page)',
    route: v1(3, (p) => ({ number: p, total_pages: 3 })),
    expect: all(3),
  },
  { name: 'v1 pages without numbers, last:false', route: v1(3, (p) => ({ last: p >= 3 })), expect: all(3) },
  {
    name: 'v1 last:true with a larger totalPages',
    route: v1(3, () => ({ number: 1, totalPages: 9, last: true })),
    expect: all(1),
  },
  { name: 'v1 last as the string "false"', route: v1(3, (p) => ({ number: p, last: 'false' })), expect: all(1) },
  { name: 'v1 totalPages negative', route: v1(3, (p) => ({ number: p, totalPages: -4 })), expect: all(1) },
  { name: 'v1 no paging fields at all', route: v1(3, () => ({})), expect: all(1) },
  { name: '3.0 total_pages', route: v3(3, (p) => ({ page_number: p, total_pages: 3 })), expect: all(3) },
  {
    name: '3.0 last_page:false without total_pages',
    route: v3(3, (p) => ({ page_number: p, last_page: p >= 3 })),
    expect: all(3),
  },
  { name: '3.0 ends with an empty page', route: v3(2, (p) => ({ page_number: p, total_pages: 1000 })), expect: all(2) },
  {
    name: '3.0 empty:true page ends it',
    route: v3(2, (p) => ({ page_number: p, total_pages: 5, empty: p > 2 })),
    expect: all(2),
  },
  {
    name: '3.0 page 2 with contents:null keeps page 1',
    route: (req, res, page) =>
      page === 2
        ? json(res, { page_number: 2, total_pages: 3, contents: null })
        : v3(3, (p) => ({ page_number: p, total_pages: 3 }))(req, res, page),
    expect: kept(1, /page 2 could not be used \(The feed is JSON but has no list of services/),
  },
  {
    name: 'page 2 not JSON keeps page 1',
    route: brokenPage(2, (_q, res) => json(res, '<html>', 'text/html')),
    expect: kept(1, /page 2 could not be used \(it was not JSON\)/),
  },
  {
    name: 'page 3 cut-short JSON keeps pages 1 and 2',
    route: brokenPage(3, (_q, res) => json(res, '{"content":[{"id"')),
    expect: kept(2, /page 3 could not be used/),
  },
  {
    name: 'page 2 over the page limit keeps page 1',
    route: brokenPage(2, (_q, res) => json(res, `[${' '.repeat(600 * 1024)}]`)),
    expect: kept(1, /page 2 could not be used \(a page was over 512 KB/),
  },
  {
    name: 'page 2 answers 500',
    route: brokenPage(2, (_q, res) => res.writeHead(500).end()),
    expect: { ok: false, error: /^The feed answered 500 Internal Server Error after 1 of 3 pages\.$/ },
  },
  {
    name: 'page 2 stalls',
    route: brokenPage(2, () => {}),
    expect: { ok: false, error: /^The feed stopped sending after 1 of 3 pages \(no data for 1\.5 s\)\.$/ },
  },
  {
    name: 'page 3 resets the connection',
    route: brokenPage(3, (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).write('{"content":[');
      setTimeout(() => req.socket.destroy(), 20);
    }),
    expect: { ok: false, error: /^The connection to the feed broke after 2 of 3 pages/ },
  },
  {
    name: 'a server that ignores ?page= (same page for ever)',
    route: (_q, res) => json(res, v1Page(pageRecords(1), { number: 1, totalPages: 40 })),
    expect: kept(1, /page 2 calls itself page 1|page 2 repeats page 1/),
  },
  {
    name: 'a server that ignores ?page= and sends no number',
    route: (_q, res) => json(res, v1Page(pageRecords(1), { totalPages: 40 })),
    expect: kept(1, /page 2 repeats page 1/),
  },
  {
    name: 'a page number that goes backwards',
    route: v1(5, (p) => ({ number: p === 3 ? 1 : p, totalPages: 5 })),
    expect: kept(2, /page 3 calls itself page 1, after page 2/),
  },
  {
    name: 'page 4 repeats page 2',
    route: (_q, res, p) => json(res, v1Page(pageRecords(p === 4 ? 2 : p), { last: false })),
    expect: kept(3, /page 4 repeats page 2/),
  },
  {
    name: '2,500 pages stop at the page cap',
    route: v1(2500, (p) => ({ number: p, totalPages: 2500 })),
    expect: kept(50, /more than 50 pages, the limit per import/),
  },
  {
    name: 'last:false for ever stops at the page cap',
    route: (_q, res, p) => json(res, v1Page(pageRecords(p), { number: p, last: false })),
    expect: kept(50, /more than 50 pages/),
  },
  {
    name: 'records over the cap are cut at the cap',
    route: v1(20, (p) => ({ number: p, totalPages: 20 })),
    limits: { records: 45 },
    expect: { ok: true, services: 45, stopped: /more than 45 records/ },
  },
  {
    name: 'bytes over the import cap stop the paging',
    route: v1(40, (p) => ({ number: p, totalPages: 40, padding: ' '.repeat(100 * 1024) })),
    expect: { ok: true, stopped: /page \d+ could not be used \(the feed was over 2 MB, the limit per import\)/ },
  },
  {
    name: 'next links are followed',
    route: (_q, res, p) => json(res, { content: pageRecords(p), links: p < 4 ? { next: `?page=${p + 1}` } : {} }),
    expect: all(4),
  },
  {
    name: 'an absolute next link',
    route: (req, res, p) =>
      json(res, {
        content: pageRecords(p),
        next: p < 3 ? `http://${req.headers.host}${req.url?.split('?')[0]}?page=${p + 1}` : null,
      }),
    expect: all(3),
  },
  {
    name: 'a next link back to page 1',
    route: (_q, res, p) => json(res, { content: pageRecords(p), next: p === 2 ? '?page=1' : `?page=${p + 1}` }),
    expect: kept(2, /page 3 repeats page 1/),
  },
  {
    name: 'a javascript: next link is not followed',
    route: (_q, res, p) => json(res, { content: pageRecords(p), next: 'javascript:alert(1)' }),
    expect: all(1),
  },
  {
    name: 'a next link to a page that stalls',
    route: (_q, res, p) =>
      p === 2 ? undefined : json(res, { content: pageRecords(p), next: '?page=2', totalPages: 7 }),
    expect: { ok: false, error: /^The feed stopped sending after 1 of 7 pages/ },
  },
];

export const pagingCases: HostileCase[] = cases.map((c) => ({
  ...c,
  kind: 'paging',
  limits: { ...LIGHT, ...c.limits },
}));
