// @vitest-environment node
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { codeChallenge, randomToken } from '../../utils/fhir/oauth-pkce';
import { createOAuthState, s256 } from './fhir-oauth';
import { startFhirServer } from './fhir-server';
import { FhirStore } from './fhir-store';

const server = await startFhirServer();
afterAll(() => server.close());

const CLIENT = 'signpost-test';
const REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';
const origin = () => new URL(server.base).origin;

beforeEach(() => {
  server.store = new FhirStore();
  server.token = undefined;
  server.oauth = createOAuthState([{ clientId: CLIENT, redirectUris: [REDIRECT] }]);
});

/** Asks the authorization endpoint for a code, as the browser's sign-in window would; answers where it sent us. */
async function authorize(params: Record<string, string>): Promise<{ status: number; location: URL | undefined }> {
  const url = new URL(`${origin()}/oauth/authorize`);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  const response = await fetch(url, { redirect: 'manual' });
  const location = response.headers.get('location');
  return { status: response.status, location: location ? new URL(location) : undefined };
}

async function codeFor(verifier: string, extra: Record<string, string> = {}): Promise<string> {
  const { location } = await authorize({
    response_type: 'code',
    client_id: CLIENT,
    redirect_uri: REDIRECT,
    code_challenge: await codeChallenge(verifier),
    code_challenge_method: 'S256',
    state: 'state-1',
    ...extra,
  });
  expect(location?.searchParams.get('state')).toBe('state-1');
  const code = location?.searchParams.get('code');
  if (!code) throw new Error(`No code: ${location}`);
  return code;
}

async function exchange(form: Record<string, string>) {
  const response = await fetch(`${origin()}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  return { status: response.status, body: await response.json() };
}

const grant = (code: string, verifier: string, extra: Record<string, string> = {}) =>
  exchange({
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT,
    client_id: CLIENT,
    code_verifier: verifier,
    ...extra,
  });

const fhirGet = (token?: string) =>
  fetch(`${server.base}/Task`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('the test OAuth 2 server (authorization code + PKCE)', () => {
  it('computes S256 as the RFC 7636 appendix B example does', () => {
    expect(s256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('issues tokens for the right verifier, and the FHIR routes need one: 401 without, 200 with', async () => {
    expect((await fhirGet()).status).toBe(401);
    const verifier = randomToken();
    const { status, body } = await grant(await codeFor(verifier), verifier);
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    expect(body.refresh_token).toEqual(expect.any(String));
    expect((await fhirGet('not-a-token')).status).toBe(401);
    expect((await fhirGet(body.access_token)).status).toBe(200);
    expect(server.oauth?.accessTokens.get(body.access_token)?.used).toBe(1);
  });

  it('refuses a wrong code_verifier, and the code cannot be tried again', async () => {
    const verifier = randomToken();
    const code = await codeFor(verifier);
    const wrong = await grant(code, randomToken());
    expect(wrong).toEqual({
      status: 400,
      body: { error: 'invalid_grant', error_description: 'The code_verifier does not match' },
    });
    // A code is used up by any attempt: the right verifier afterwards gets nothing.
    expect((await grant(code, verifier)).body.error).toBe('invalid_grant');
    expect(server.oauth?.accessTokens.size).toBe(0);
    expect(JSON.stringify(server.oauth?.log)).not.toContain(code);
  });

  it('refuses a code sent back with another redirect_uri or client_id, or a missing verifier', async () => {
    const verifier = randomToken();
    const redirect = await grant(await codeFor(verifier), verifier, { redirect_uri: 'https://evil.example/' });
    expect(redirect.body).toMatchObject({ error: 'invalid_grant', error_description: 'The redirect_uri differs' });
    server.oauth?.clients.push({ clientId: 'other', redirectUris: [REDIRECT] });
    const client = await grant(await codeFor(verifier), verifier, { client_id: 'other' });
    expect(client.body).toMatchObject({ error: 'invalid_grant' });
    const none = await grant(await codeFor(verifier), '');
    expect(none.body).toMatchObject({ error: 'invalid_request' });
    const unknown = await grant(await codeFor(verifier), verifier, { client_id: 'nobody' });
    expect([unknown.status, unknown.body.error]).toEqual([401, 'invalid_client']);
  });

  it('never redirects to an address not registered, and refuses a plain (non-S256) challenge', async () => {
    const base = { response_type: 'code', client_id: CLIENT, code_challenge: 'x'.repeat(43), state: 's' };
    expect(await authorize({ ...base, redirect_uri: 'https://evil.example/', code_challenge_method: 'S256' })).toEqual({
      status: 400,
      location: undefined,
    });
    expect((await authorize({ ...base, client_id: 'nobody', redirect_uri: REDIRECT })).location).toBeUndefined();
    const plain = await authorize({ ...base, redirect_uri: REDIRECT, code_challenge_method: 'plain' });
    expect(plain.location?.searchParams.get('error')).toBe('invalid_request');
    expect(plain.location?.searchParams.get('code')).toBeNull();
  });

  it('shows an approve page when asked to, and Deny sends the browser back with access_denied', async () => {
    if (server.oauth) server.oauth.approve = 'page';
    const params = {
      response_type: 'code',
      client_id: CLIENT,
      redirect_uri: REDIRECT,
      code_challenge: await codeChallenge(randomToken()),
      code_challenge_method: 'S256',
      state: 'st',
    };
    const page = await fetch(`${origin()}/oauth/authorize?${new URLSearchParams(params)}`);
    expect(await page.text()).toContain('<button name="decision" value="approve">Approve</button>');
    const post = (decision: string) =>
      fetch(`${origin()}/oauth/authorize`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ ...params, decision }).toString(),
      });
    const denied = new URL((await post('deny')).headers.get('location') ?? '');
    expect([denied.searchParams.get('error'), denied.searchParams.get('state')]).toEqual(['access_denied', 'st']);
    const approved = new URL((await post('approve')).headers.get('location') ?? '');
    expect(approved.searchParams.get('code')).toEqual(expect.any(String));
  });

  it('swaps a refresh token once for new tokens; an expired access token is refused', async () => {
    if (server.oauth) server.oauth.accessTokenSeconds = 0;
    const verifier = randomToken();
    const first = (await grant(await codeFor(verifier), verifier)).body;
    expect((await fhirGet(first.access_token)).status).toBe(401);
    const refresh = { grant_type: 'refresh_token', refresh_token: first.refresh_token, client_id: CLIENT };
    const renewed = await exchange(refresh);
    expect(renewed.status).toBe(200);
    expect(renewed.body.refresh_token).not.toBe(first.refresh_token);
    expect((await exchange(refresh)).body.error).toBe('invalid_grant');
  });

  it('still takes the fixed bearer token beside OAuth', async () => {
    server.token = 'pcn-token';
    expect((await fhirGet('pcn-token')).status).toBe(200);
  });
});
