/**
 * A local stand-in for the outside world: a real directory feed (the Bristol ORUK v1 fixture) served as a paged
 * API, and demo "clinical system" pages. Used by `npm start`, the screenshots and the real-browser tests.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { handleOAuth } from './fhir-oauth';
import { createFhirState, type FhirServerState, handleFhir } from './fhir-server';

const root = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = `${root}tests/fixtures/oruk-v1/bristol-services.json`;
const PRACTICE_CSV = `${root}tests/fixtures/practice/kendal-services.csv`;
// The page-reading corpus: record layouts served as /pages/<file>.html, for the real-browser tests and a look by hand.
const CORPUS = `${root}tests/fixtures/pages/`;
const PAGES: Record<string, string> = {
  '/patients/banner.html': `${root}scripts/demo/patients/banner.html`,
  '/patients/table.html': `${root}scripts/demo/patients/table.html`,
  '/patients/definition-list.html': `${root}scripts/demo/patients/definition-list.html`,
  '/patients/iframe.html': `${root}scripts/demo/patients/iframe.html`,
  '/patients/iframe-record.html': `${root}scripts/demo/patients/iframe-record.html`,
  '/patients/two-patients.html': `${root}scripts/demo/patients/two-patients.html`,
  '/record': `${root}scripts/demo/record.html`,
  '/appointments': `${root}scripts/demo/appointments.html`,
  '/home-visits': `${root}scripts/demo/ward-list.html`,
};

export interface DemoServer {
  origin: string;
  /** Paged ORUK v1 API of the Bristol feed. */
  feedUrl: string;
  /** The demo patient record page. */
  recordUrl: string;
  /** The services the feed serves; tests may swap them to change what the next import sees. */
  services: unknown[];
  /** When set, every feed request fails with this status (0: the connection is dropped). */
  failWith?: number;
  /** Milliseconds to wait before answering each feed page: lets a test close the browser mid-import. */
  delayMs: number;
  /** Richer detail records for `/services/{id}`, by id; others get the list record back. */
  details: Map<string, unknown>;
  /** Requests the feed has answered, by path and query. */
  requests: string[];
  /** The in-memory FHIR R4 server at `/fhir`; tests read its store and set `down`, `token` or `oauth` (`/oauth`). */
  fhir: FhirServerState;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  // No CORS headers on purpose: the extension must reach feeds through its own host access, as with real feeds.
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

/** A strong validator of what the feed would serve now: changes whenever the services do. */
function etagOf(server: DemoServer): string {
  return `"${createHash('sha1').update(JSON.stringify(server.services)).digest('hex').slice(0, 16)}"`;
}

function serveDetail(server: DemoServer, id: string, res: ServerResponse): void {
  const record =
    server.details.get(id) ??
    server.services.find(
      (service) => typeof service === 'object' && service !== null && 'id' in service && service.id === id,
    );
  if (record) send(res, 200, 'application/json', JSON.stringify(record));
  else send(res, 404, 'application/json', JSON.stringify({ error: 'No such service' }));
}

function servePage(server: DemoServer, url: URL, res: ServerResponse): void {
  const perPage = Math.max(1, Math.min(500, Number(url.searchParams.get('per_page')) || 50));
  const total = server.services.length;
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
  const content = server.services.slice((page - 1) * perPage, page * perPage);
  const body = {
    totalElements: total,
    totalPages,
    number: page,
    size: perPage,
    first: page === 1,
    last: page >= totalPages,
    content,
  };
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache', etag: etagOf(server) });
  res.end(JSON.stringify(body));
}

function serveFeed(server: DemoServer, url: URL, req: IncomingMessage, res: ServerResponse): void {
  server.requests.push(url.pathname + url.search);
  const detail = /^\/services\/([^/]+)$/.exec(url.pathname);
  if (server.failWith === 0) req.socket.destroy();
  else if (server.failWith) send(res, server.failWith, 'text/html', '<h1>Unavailable</h1>');
  else if (detail?.[1]) serveDetail(server, decodeURIComponent(detail[1]), res);
  else if (req.headers['if-none-match'] === etagOf(server)) {
    res.writeHead(304, { etag: etagOf(server) });
    res.end();
  } else if (url.pathname === '/services.json') send(res, 200, 'application/json', JSON.stringify(server.services));
  else servePage(server, url, res);
}

function handle(server: DemoServer, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', server.origin);
  const corpus = /^\/pages\/([a-z0-9-]+\.html)$/.exec(url.pathname)?.[1];
  const file = PAGES[url.pathname] ?? (corpus && existsSync(`${CORPUS}${corpus}`) ? `${CORPUS}${corpus}` : undefined);
  if (url.pathname === '/services' || url.pathname === '/services.json' || url.pathname.startsWith('/services/')) {
    if (server.delayMs > 0 && !url.pathname.startsWith('/services/')) {
      setTimeout(() => serveFeed(server, url, req, res), server.delayMs);
    } else {
      serveFeed(server, url, req, res);
    }
  } else if (url.pathname === '/fhir' || url.pathname.startsWith('/fhir/')) {
    handleFhir(server.fhir, req, res);
  } else if (url.pathname.startsWith('/oauth/')) {
    handleOAuth(server.fhir.oauth, req, res);
  } else if (url.pathname === '/practice.csv') {
    send(res, 200, 'text/csv; charset=utf-8', readFileSync(PRACTICE_CSV, 'utf8'));
  } else if (url.pathname === '/not-json') {
    send(res, 200, 'text/html', '<html><body>Login required</body></html>');
  } else if (file) {
    send(res, 200, 'text/html; charset=utf-8', readFileSync(file, 'utf8'));
  } else if (url.pathname === '/') {
    const links = [...Object.keys(PAGES), '/services'].map((path) => `<li><a href="${path}">${path}</a></li>`);
    send(res, 200, 'text/html', `<h1>Signpost demo</h1><ul>${links.join('')}</ul>`);
  } else {
    send(res, 404, 'text/plain', 'Not found');
  }
}

/** Starts the server on 127.0.0.1 at a free port (or `port`). */
export async function startDemoServer(port = 0): Promise<DemoServer> {
  const server: DemoServer = {
    origin: '',
    feedUrl: '',
    recordUrl: '',
    services: JSON.parse(readFileSync(FIXTURE, 'utf8')),
    delayMs: 0,
    details: new Map(),
    requests: [],
    fhir: createFhirState(),
    close: async () => {},
  };
  const http = createServer((req, res) => handle(server, req, res));
  await new Promise<void>((resolve) => http.listen(port, '127.0.0.1', resolve));
  const { port: actual } = http.address() as AddressInfo;
  server.origin = `http://127.0.0.1:${actual}`;
  server.feedUrl = `${server.origin}/services?per_page=50`;
  server.recordUrl = `${server.origin}/record`;
  server.fhir.base = `${server.origin}/fhir`;
  server.close = () =>
    new Promise((resolve) => {
      http.closeAllConnections();
      http.close(() => resolve());
    });
  return server;
}
