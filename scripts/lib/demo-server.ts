/**
 * A local stand-in for the outside world: a real directory feed (the Bristol ORUK v1 fixture) served as a paged
 * API, and demo "clinical system" pages. Used by `npm start`, the screenshots and the real-browser tests.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = `${root}tests/fixtures/oruk-v1/bristol-services.json`;
const PAGES: Record<string, string> = {
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
  /** Requests the feed has answered, by path and query. */
  requests: string[];
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  // No CORS headers on purpose: the extension must reach feeds through its own host access, as with real feeds.
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
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
  send(res, 200, 'application/json', JSON.stringify(body));
}

function handle(server: DemoServer, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', server.origin);
  const file = PAGES[url.pathname];
  if (url.pathname === '/services' || url.pathname === '/services.json') {
    server.requests.push(url.pathname + url.search);
    if (server.failWith === 0) req.socket.destroy();
    else if (server.failWith) send(res, server.failWith, 'text/html', '<h1>Unavailable</h1>');
    else if (url.pathname === '/services.json') send(res, 200, 'application/json', JSON.stringify(server.services));
    else servePage(server, url, res);
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
    requests: [],
    close: async () => {},
  };
  const http = createServer((req, res) => handle(server, req, res));
  await new Promise<void>((resolve) => http.listen(port, '127.0.0.1', resolve));
  const { port: actual } = http.address() as AddressInfo;
  server.origin = `http://127.0.0.1:${actual}`;
  server.feedUrl = `${server.origin}/services?per_page=50`;
  server.recordUrl = `${server.origin}/record`;
  server.close = () =>
    new Promise((resolve) => {
      http.closeAllConnections();
      http.close(() => resolve());
    });
  return server;
}
