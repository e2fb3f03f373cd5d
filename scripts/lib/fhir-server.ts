/**
 * A faithful in-memory FHIR R4 server for tests and `npm start`: transaction Bundles, conditional create, versions
 * with ETag / If-Match (412 when stale), `_lastUpdated` search with paging, OperationOutcome errors, bearer-token
 * auth (a fixed token, or tokens from the OAuth server in fhir-oauth.ts), and every received resource checked by
 * FHIR.js's R4 validator. Mounted at `/fhir` (and `/oauth`) by the demo server, or on its own port with
 * {@link startFhirServer}.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { acceptAccessToken, handleOAuth, type OAuthServerState } from './fhir-oauth';
import { searchFhir } from './fhir-search';
import { FhirStore, type Resource, type WriteResult } from './fhir-store';
import { runTransaction } from './fhir-transaction';
import { FhirError } from './fhir-validate';

/** The server's state; tests change `token` and `down` to try failures. */
export interface FhirServerState {
  store: FhirStore;
  /** The base address, e.g. `http://127.0.0.1:1234/fhir`. */
  base: string;
  /** When set, every request needs `Authorization: Bearer <token>`, else 401. */
  token?: string;
  /** When set, OAuth mode: every request needs a bearer token this server's `/oauth/token` issued (or `token`). */
  oauth?: OAuthServerState;
  /** When true the server drops every connection, as a server that is down or unreachable. */
  down: boolean;
  /** Each request answered: method, path with query, status. Never bodies: they hold patient details. */
  requests: { method: string; path: string; status: number }[];
}

export function createFhirState(base = ''): FhirServerState {
  return { store: new FhirStore(), base, down: false, requests: [] };
}

function reply(res: ServerResponse, status: number, body: Resource, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'content-type': 'application/fhir+json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

function outcome(error: FhirError): Resource {
  return { resourceType: 'OperationOutcome', issue: error.issues };
}

function written(result: WriteResult, base: string): [number, Resource, Record<string, string>] {
  const { resource } = result;
  const version = resource.meta?.versionId ?? '1';
  return [
    result.status,
    resource,
    {
      etag: `W/"${version}"`,
      'last-modified': new Date(resource.meta?.lastUpdated ?? Date.now()).toUTCString(),
      location: `${base}/${resource.resourceType}/${resource.id}/_history/${version}`,
    },
  ];
}

function parseBody(text: string): Resource {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw FhirError.of(400, 'structure', 'The body is not JSON');
  }
  if (typeof body !== 'object' || body === null || typeof (body as Resource).resourceType !== 'string') {
    throw FhirError.of(400, 'structure', 'The body is not a FHIR resource (no resourceType)');
  }
  return body as Resource;
}

function route(state: FhirServerState, method: string, url: URL, req: IncomingMessage, text: string) {
  const path = url.pathname.replace(/^\/fhir/, '').replace(/\/$/, '');
  const [, type, id] = path.split('/');
  const header = (name: string) => req.headers[name] as string | undefined;
  if (method === 'GET' && path === '/metadata') {
    return [200, { resourceType: 'CapabilityStatement', status: 'active', kind: 'instance', fhirVersion: '4.0.1' }];
  }
  if (method === 'POST' && path === '') return [200, runTransaction(state.store, parseBody(text))];
  if (!type || !/^[A-Z][A-Za-z]+$/.test(type)) throw FhirError.of(404, 'not-found', `Unknown address ${path}`);
  if (method === 'GET' && !id) return [200, searchFhir(state.store, type, url.searchParams, state.base)];
  if (method === 'POST' && !id) {
    const body = parseBody(text);
    if (body.resourceType !== type) throw FhirError.of(400, 'invalid', `Expected a ${type}, got ${body.resourceType}`);
    return written(state.store.create(body, header('if-none-exist')), state.base);
  }
  if (method === 'GET' && id) {
    const found = state.store.read(type, id);
    if (!found) throw FhirError.of(404, 'not-found', `${type}/${id} does not exist`);
    return [200, found, { etag: `W/"${found.meta?.versionId}"` }];
  }
  if (method === 'PUT' && id) {
    const body = parseBody(text);
    if (body.resourceType !== type) throw FhirError.of(400, 'invalid', `Expected a ${type}, got ${body.resourceType}`);
    return written(state.store.update(body, id, header('if-match')), state.base);
  }
  throw FhirError.of(405, 'not-supported', `${method} ${path} is not supported`);
}

/** True when the request may be answered: no auth is on, or it carries the fixed token or a live OAuth token. */
function authorised(state: FhirServerState, header: string | undefined): boolean {
  if (state.token === undefined && !state.oauth) return true;
  const bearer = /^Bearer (\S+)$/.exec(header ?? '')?.[1];
  if (!bearer) return false;
  if (bearer === state.token) return true;
  return state.oauth !== undefined && acceptAccessToken(state.oauth, bearer);
}

/** Answers one request under `/fhir` (or the root, on its own port). */
export function handleFhir(state: FhirServerState, req: IncomingMessage, res: ServerResponse): void {
  if (state.down) {
    req.socket.destroy();
    return;
  }
  let text = '';
  req.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  req.on('end', () => {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://fhir.invalid');
    const log = (status: number) => state.requests.push({ method, path: url.pathname + url.search, status });
    if (!authorised(state, req.headers.authorization)) {
      log(401);
      const error = FhirError.of(401, 'login', 'A valid bearer token is needed');
      reply(res, 401, outcome(error), { 'www-authenticate': 'Bearer realm="fhir"' });
      return;
    }
    try {
      const [status, body, headers] = route(state, method, url, req, text) as [
        number,
        Resource,
        Record<string, string>?,
      ];
      log(status);
      reply(res, status, body, headers);
    } catch (error) {
      const fhirError = error instanceof FhirError ? error : FhirError.of(500, 'exception', String(error));
      log(fhirError.status);
      reply(res, fhirError.status, outcome(fhirError));
    }
  });
}

/** Starts a FHIR server alone on 127.0.0.1 at a free port (or `port`), with its base at `/fhir` and `/oauth` beside. */
export async function startFhirServer(port = 0): Promise<FhirServerState & { close(): Promise<void> }> {
  const state = createFhirState();
  const http = createServer((req, res) =>
    req.url?.startsWith('/oauth/') ? handleOAuth(state.oauth, req, res) : handleFhir(state, req, res),
  );
  await new Promise<void>((resolve) => http.listen(port, '127.0.0.1', resolve));
  state.base = `http://127.0.0.1:${(http.address() as AddressInfo).port}/fhir`;
  const close = () =>
    new Promise<void>((resolve) => {
      http.closeAllConnections();
      http.close(() => resolve());
    });
  return Object.assign(state, { close });
}
