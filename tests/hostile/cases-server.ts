/** Feed servers that misbehave at the HTTP level: silence, floods, resets, lies about length, bad statuses. */
import { gzipSync } from 'node:zlib';
import { type HostileCase, json, LIGHT, type Route, records } from './case';

const GOOD = JSON.stringify(records(3));
// Made once: about 8 KB that inflates to 8 MB (the heavy corpus streams an endless one).
const bomb = gzipSync(Buffer.concat([Buffer.from('['), Buffer.alloc(8 * 1024 * 1024, 0x20), Buffer.from(']')]));

/** Writes `chunk` every `ms` for ever (until the client goes). */
function trickle(chunk: string, ms: number): Route {
  return (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('[');
    const timer = setInterval(() => res.write(chunk), ms);
    req.socket.on('close', () => clearInterval(timer));
  };
}

/** Sends a body of `bytes` as fast as the client reads. */
function flood(bytes: number, type = 'application/json'): Route {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': type });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end(']');
    };
    res.write('[');
    pump();
  };
}

const status = (code: number, message: string): HostileCase => ({
  name: `answers ${code}`,
  kind: 'server',
  route: (_req, res) => {
    res.writeHead(code, { 'content-type': 'text/plain' });
    res.end('nope');
  },
  expect: { ok: false, error: new RegExp(`answered ${code} ${message}\\.$`) },
});

const ok = (services: number) => ({ ok: true, services, stopped: null });

const cases: HostileCase[] = [
  {
    name: 'never sends headers',
    kind: 'server',
    route: () => {},
    expect: { ok: false, error: /stopped sending before its first page was complete \(no data for 1\.5 s\)/ },
  },
  {
    name: 'sends headers, then nothing',
    kind: 'server',
    route: (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).flushHeaders(),
    expect: { ok: false, error: /stopped sending .*\(no data for 1\.5 s\)/ },
  },
  {
    name: 'sends half a page, then stalls',
    kind: 'server',
    route: (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(GOOD.slice(0, 40));
    },
    expect: { ok: false, error: /stopped sending before its first page was complete/ },
  },
  {
    name: 'never finishes its body (a byte every 100 ms)',
    kind: 'server',
    route: trickle(' ', 100),
    expect: { ok: false, error: /too slow .*longer than 4 s/ },
  },
  {
    name: 'a body far over the page limit',
    kind: 'server',
    route: flood(4 * 1024 * 1024),
    expect: { ok: false, error: /over 512 KB, the limit per page/ },
  },
  {
    name: 'a never-ending fast body',
    kind: 'server',
    route: flood(Number.POSITIVE_INFINITY),
    expect: { ok: false, error: /over 512 KB, the limit per page/ },
  },
  {
    name: 'a gzip bomb (8 KB download, 8 MB of JSON)',
    kind: 'server',
    route: (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(bomb);
    },
    expect: { ok: false, error: /over 512 KB, the limit per page/ },
  },
  {
    name: 'gzip that is not gzip',
    kind: 'server',
    route: (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(GOOD);
    },
    expect: {
      ok: false,
      error: /connection to the directory feed at \S+ broke|could not be reached|did not send JSON/,
    },
  },
  {
    name: 'a good page gzipped',
    kind: 'server',
    route: (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(gzipSync(GOOD));
    },
    expect: ok(3),
  },
  {
    name: 'a connection reset mid-body',
    kind: 'server',
    route: (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(GOOD.slice(0, 50));
      setTimeout(() => req.socket.destroy(), 20);
    },
    expect: {
      ok: false,
      error: /^The connection to the directory feed at \S+ broke before its first page was complete\.$/,
    },
  },
  {
    name: 'a connection reset before headers',
    kind: 'server',
    route: (req) => req.socket.destroy(),
    expect: { ok: false, error: /^Could not reach the directory feed/ },
  },
  {
    name: 'a Content-Length longer than the body',
    kind: 'server',
    route: (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': GOOD.length + 500 });
      res.write(GOOD);
      setTimeout(() => req.socket.end(), 20);
    },
    expect: { ok: false, error: /connection to the directory feed at \S+ broke/ },
  },
  {
    name: 'a Content-Length shorter than the body',
    kind: 'server',
    route: (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 30 });
      res.end(GOOD);
    },
    expect: { ok: false, error: /did not send JSON|connection to the directory feed at \S+ broke/ },
  },
  {
    name: 'no headers at all (HTTP/0.9 style)',
    kind: 'server',
    route: (req) => {
      req.socket.end(GOOD);
    },
    expect: { ok: false, error: /^Could not reach the directory feed|connection to the directory feed at \S+ broke/ },
  },
  {
    name: 'a redirect loop',
    kind: 'server',
    route: (req, res) => {
      res.writeHead(302, { location: req.url ?? '/' });
      res.end();
    },
    // Node names the loop; Chromium's fetch only says it failed.
    expect: {
      ok: false,
      error: /^Could not reach the directory feed at \S+( \(it redirected too many times\))?\. Check/,
    },
  },
  {
    name: 'a redirect to the feed',
    kind: 'server',
    route: (req, res) => {
      if (req.url?.includes('moved=1')) return json(res, GOOD);
      res.writeHead(301, { location: `${req.url}${req.url?.includes('?') ? '&' : '?'}moved=1` });
      res.end();
    },
    expect: ok(3),
  },
  ...[
    [500, 'Internal Server Error'],
    [502, 'Bad Gateway'],
    [503, 'Service Unavailable'],
    [404, 'Not Found'],
    [401, 'Unauthorized'],
    [403, 'Forbidden'],
    [410, 'Gone'],
    [429, 'Too Many Requests'],
  ].map(([code, message]) => status(code as number, message as string)),
  {
    name: 'an empty 200',
    kind: 'server',
    route: (_req, res) => json(res, ''),
    expect: { ok: false, error: /did not send JSON\.$/ },
  },
  {
    name: 'a 204',
    kind: 'server',
    route: (_req, res) => {
      res.writeHead(204);
      res.end();
    },
    expect: { ok: false, error: /did not send JSON\.$/ },
  },
  {
    name: 'an HTML login page',
    kind: 'server',
    route: (_req, res) => json(res, '<!doctype html><title>Log in</title>', 'text/html'),
    expect: { ok: false, error: /did not send JSON\.$/ },
  },
  {
    name: 'JSON cut short',
    kind: 'server',
    route: (_req, res) => json(res, GOOD.slice(0, -20)),
    expect: { ok: false, error: /did not send JSON\.$/ },
  },
  {
    name: 'JSON null',
    kind: 'server',
    route: (_req, res) => json(res, 'null'),
    expect: { ok: false, error: /not a list of services/ },
  },
  {
    name: 'a JSON string',
    kind: 'server',
    route: (_req, res) => json(res, '"services"'),
    expect: { ok: false, error: /not a list of services/ },
  },
  {
    name: 'an empty object',
    kind: 'server',
    route: (_req, res) => json(res, '{}'),
    expect: { ok: false, error: /no list of services/ },
  },
  {
    name: 'an empty array',
    kind: 'server',
    route: (_req, res) => json(res, '[]'),
    expect: { ok: false, error: /no usable services/ },
  },
  { name: 'JSON sent as text/html', kind: 'server', route: (_req, res) => json(res, GOOD, 'text/html'), expect: ok(3) },
  { name: 'JSON sent as image/png', kind: 'server', route: (_req, res) => json(res, GOOD, 'image/png'), expect: ok(3) },
  { name: 'JSON with no content type', kind: 'server', route: (_req, res) => res.end(GOOD), expect: ok(3) },
  {
    name: 'JSON with a byte-order mark',
    kind: 'server',
    route: (_req, res) => json(res, `\uFEFF${GOOD}`),
    expect: ok(3),
  },
  {
    name: 'binary noise',
    kind: 'server',
    route: (_req, res) =>
      json(res, Buffer.from([0, 1, 2, 255, 254, 0x7b]).toString('latin1'), 'application/octet-stream'),
    expect: { ok: false, error: /did not send JSON\.$/ },
  },
  {
    name: 'a practice CSV with an Excel sep= line, as text/plain',
    kind: 'server',
    route: (_req, res) => json(res, 'sep=,\r\nName,Phone\r\nLunch club,0117 496 0000\r\n', 'text/plain'),
    expect: ok(1),
  },
  {
    name: 'slow but steady, inside the limits',
    kind: 'server',
    route: (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      let i = 0;
      const timer = setInterval(() => {
        if (i < GOOD.length) res.write(GOOD.slice(i, i + 20));
        else {
          clearInterval(timer);
          res.end();
        }
        i += 20;
      }, 20);
    },
    expect: ok(3),
  },
];

export const serverCases = cases.map((c) => ({ ...c, limits: { ...LIGHT, ...c.limits } }));
