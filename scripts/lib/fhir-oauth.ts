/**
 * A small OAuth 2 authorization server beside the test FHIR server, for tests and `npm start`: authorization code
 * with PKCE (RFC 6749 §4.1, RFC 7636), public clients only (no secret), S256 only, and refresh tokens. It checks
 * what a real one checks: the client id, the exact registered redirect address, the code's single use and age, and
 * the code_verifier against the code_challenge. Routes: `GET|POST /oauth/authorize`, `POST /oauth/token`.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A registered client: its id and the exact redirect addresses it may use (Chrome's is `https://<id>.chromiumapp.org/`). */
export interface OAuthClient {
  clientId: string;
  redirectUris: string[];
}

interface PendingCode {
  clientId: string;
  redirectUri: string;
  challenge: string;
  scope: string;
  expiresAt: number;
}

export interface OAuthServerState {
  clients: OAuthClient[];
  /** `auto` sends the browser straight back with a code; `page` first shows an Approve / Deny page. */
  approve: 'auto' | 'page';
  /** How long an access token lasts, in seconds. */
  accessTokenSeconds: number;
  codes: Map<string, PendingCode>;
  /** Issued access tokens: the client, expiry, and how many FHIR requests carried it. */
  accessTokens: Map<string, { clientId: string; expiresAt: number; used: number }>;
  refreshTokens: Map<string, { clientId: string; scope: string }>;
  /** What the token endpoint answered: grant type and outcome only, never a code, verifier or token. */
  log: { grant: string; outcome: string }[];
}

/** A code lasts a minute, as RFC 6749 §4.1.2 recommends at most ten. */
const CODE_SECONDS = 60;

export function createOAuthState(clients: OAuthClient[], options: Partial<OAuthServerState> = {}): OAuthServerState {
  return {
    clients,
    approve: 'auto',
    accessTokenSeconds: 3600,
    codes: new Map(),
    accessTokens: new Map(),
    refreshTokens: new Map(),
    log: [],
    ...options,
  };
}

const secret = () => randomBytes(32).toString('base64url');

/** base64url(SHA-256(verifier)) — the S256 transformation of RFC 7636 §4.2. */
export function s256(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

/** True when the bearer token is one this server issued and it has not run out; counts its use. */
export function acceptAccessToken(state: OAuthServerState, token: string, now = Date.now()): boolean {
  const issued = state.accessTokens.get(token);
  if (!issued || issued.expiresAt <= now) return false;
  issued.used += 1;
  return true;
}

/** An answer to write: status, headers, body. */
interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

function html(status: number, body: string): Reply {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in</title></head><body>${body}</body></html>`;
  return { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, body: page };
}

function json(status: number, body: object): Reply {
  const headers = { 'content-type': 'application/json', 'cache-control': 'no-store', pragma: 'no-cache' };
  return { status, headers, body: JSON.stringify(body) };
}

function redirect(to: string, params: Record<string, string>): Reply {
  const url = new URL(to);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return { status: 302, headers: { location: url.toString(), 'cache-control': 'no-store' }, body: '' };
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The authorization endpoint: an unknown client or redirect address gets an error page, never a redirect. */
function authorize(state: OAuthServerState, params: URLSearchParams, method: string): Reply {
  const clientId = params.get('client_id') ?? '';
  const redirectUri = params.get('redirect_uri') ?? '';
  const client = state.clients.find((c) => c.clientId === clientId);
  if (!client) return html(400, '<h1>Unknown client</h1>');
  if (!client.redirectUris.includes(redirectUri)) return html(400, '<h1>Redirect address not registered</h1>');
  const back = (extra: Record<string, string>) =>
    redirect(redirectUri, { ...extra, ...(params.has('state') ? { state: params.get('state') ?? '' } : {}) });
  if (params.get('response_type') !== 'code') return back({ error: 'unsupported_response_type' });
  const challenge = params.get('code_challenge') ?? '';
  if (params.get('code_challenge_method') !== 'S256' || !/^[A-Za-z0-9_-]{43}$/.test(challenge)) {
    return back({ error: 'invalid_request', error_description: 'PKCE with S256 is required' });
  }
  if (state.approve === 'page' && method === 'GET') {
    const hidden = [...params].map(
      ([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`,
    );
    return html(
      200,
      `<h1>Sign in to the PCN FHIR server</h1><p>Allow ${escapeHtml(clientId)} to read and update referrals?</p>` +
        `<form method="post">${hidden.join('')}<button name="decision" value="approve">Approve</button> ` +
        '<button name="decision" value="deny">Deny</button></form>',
    );
  }
  if (state.approve === 'page' && params.get('decision') !== 'approve') return back({ error: 'access_denied' });
  const code = secret();
  const scope = params.get('scope') ?? '';
  state.codes.set(code, { clientId, redirectUri, challenge, scope, expiresAt: Date.now() + CODE_SECONDS * 1000 });
  return back({ code });
}

function issue(state: OAuthServerState, clientId: string, scope: string): object {
  const accessToken = secret();
  const refreshToken = secret();
  state.accessTokens.set(accessToken, {
    clientId,
    expiresAt: Date.now() + state.accessTokenSeconds * 1000,
    used: 0,
  });
  state.refreshTokens.set(refreshToken, { clientId, scope });
  return {
    access_token: accessToken,
    token_type: 'Bearer',
    expires_in: state.accessTokenSeconds,
    refresh_token: refreshToken,
    ...(scope ? { scope } : {}),
  };
}

type TokenAnswer = [status: number, body: object];

const refuse = (error: string, description: string, status = 400): TokenAnswer => [
  status,
  { error, error_description: description },
];

/** The token endpoint: an authorization code (with its verifier) or a refresh token for new tokens. */
function token(state: OAuthServerState, form: URLSearchParams): TokenAnswer {
  const clientId = form.get('client_id') ?? '';
  if (!state.clients.some((c) => c.clientId === clientId)) return refuse('invalid_client', 'Unknown client', 401);
  const grant = form.get('grant_type');
  if (grant === 'refresh_token') {
    const refreshToken = form.get('refresh_token') ?? '';
    const held = state.refreshTokens.get(refreshToken);
    if (!held || held.clientId !== clientId) return refuse('invalid_grant', 'The refresh token is not valid');
    state.refreshTokens.delete(refreshToken); // rotated: each refresh token works once
    return [200, issue(state, clientId, held.scope)];
  }
  if (grant !== 'authorization_code') return refuse('unsupported_grant_type', `Grant type ${grant} is not supported`);
  const code = form.get('code') ?? '';
  const pending = state.codes.get(code);
  state.codes.delete(code); // single use, whatever happens next
  if (!pending || pending.expiresAt <= Date.now()) return refuse('invalid_grant', 'The code is not valid or expired');
  if (pending.clientId !== clientId) return refuse('invalid_grant', 'The code was issued to another client');
  if (pending.redirectUri !== form.get('redirect_uri')) return refuse('invalid_grant', 'The redirect_uri differs');
  const verifier = form.get('code_verifier') ?? '';
  if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier)) return refuse('invalid_request', 'A code_verifier is required');
  if (s256(verifier) !== pending.challenge) return refuse('invalid_grant', 'The code_verifier does not match');
  return [200, issue(state, clientId, pending.scope)];
}

function answer(state: OAuthServerState | undefined, req: IncomingMessage, url: URL, text: string): Reply {
  const method = req.method ?? 'GET';
  if (!state) return json(404, { error: 'not_found' });
  const form = new URLSearchParams(method === 'POST' ? text : url.search);
  if (url.pathname === '/oauth/authorize' && (method === 'GET' || method === 'POST')) {
    return authorize(state, form, method);
  }
  if (url.pathname !== '/oauth/token' || method !== 'POST') return json(404, { error: 'not_found' });
  if (!(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
    return json(400, { error: 'invalid_request', error_description: 'Send the form url-encoded' });
  }
  const [status, body] = token(state, form);
  state.log.push({ grant: form.get('grant_type') ?? '', outcome: 'error' in body ? String(body.error) : 'issued' });
  return json(status, body);
}

/** Answers `/oauth/authorize` and `/oauth/token`; 404 when the server has no OAuth. */
export function handleOAuth(state: OAuthServerState | undefined, req: IncomingMessage, res: ServerResponse): void {
  let text = '';
  req.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  req.on('end', () => {
    const reply = answer(state, req, new URL(req.url ?? '/', 'http://oauth.invalid'), text);
    res.writeHead(reply.status, reply.headers);
    res.end(reply.body);
  });
}
