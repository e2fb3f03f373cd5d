import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fhirAuthorizeUrl, fhirClientId, fhirTokenUrl } from '../config/storage-items';
import { currentFhirToken, fhirOAuthTokens, fhirToken } from './fhir-auth';
import { refreshOAuthTokens, signInWithOAuth } from './oauth-flow';
import { codeChallenge, type OAuthConfig } from './oauth-pkce';

const CONFIG: OAuthConfig = {
  authorizeUrl: 'https://auth.example/authorize',
  tokenUrl: 'https://auth.example/token',
  clientId: 'signpost',
  scope: '',
};
const REDIRECT = 'https://ext-id.chromiumapp.org/';

/** A token endpoint that records each form it is sent and answers with `body`. */
function tokenServer(body: unknown, status = 200) {
  const forms: URLSearchParams[] = [];
  const fetchFn = (async (_url: RequestInfo | URL, init?: RequestInit) => {
    forms.push(new URLSearchParams(String(init?.body)));
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { forms, fetchFn };
}

describe('signInWithOAuth', () => {
  it('sends the S256 challenge of the verifier it later exchanges, with the code the redirect carried', async () => {
    const server = tokenServer({ access_token: 'AT', token_type: 'Bearer', expires_in: 60, refresh_token: 'RT' });
    let asked: URL | undefined;
    const result = await signInWithOAuth(CONFIG, {
      launch: async (url) => {
        asked = new URL(url);
        return `${REDIRECT}?code=THE-CODE&state=${asked.searchParams.get('state')}`;
      },
      fetch: server.fetchFn,
      redirectUri: REDIRECT,
      now: () => 0,
    });
    expect(result).toEqual({ ok: true, value: { accessToken: 'AT', refreshToken: 'RT', expiresAt: 60_000 } });
    const form = server.forms[0];
    expect(form?.get('grant_type')).toBe('authorization_code');
    expect(form?.get('code')).toBe('THE-CODE');
    expect(form?.get('redirect_uri')).toBe(REDIRECT);
    expect(form?.get('client_id')).toBe('signpost');
    const verifier = form?.get('code_verifier') ?? '';
    expect(verifier).toMatch(/^[A-Za-z0-9\-_]{43,128}$/);
    expect(asked?.searchParams.get('code_challenge')).toBe(await codeChallenge(verifier));
  });

  it('never exchanges a code whose state is not the one it sent', async () => {
    const server = tokenServer({ access_token: 'AT' });
    const result = await signInWithOAuth(CONFIG, {
      launch: async () => `${REDIRECT}?code=STOLEN&state=forged`,
      fetch: server.fetchFn,
      redirectUri: REDIRECT,
    });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('not for this sign-in') });
    expect(server.forms).toHaveLength(0);
  });

  it('says so in words when the sign-in window is closed or fails', async () => {
    const server = tokenServer({});
    const closed = await signInWithOAuth(CONFIG, {
      launch: async () => {
        throw new Error('The user did not approve access.');
      },
      fetch: server.fetchFn,
      redirectUri: REDIRECT,
    });
    expect(closed).toMatchObject({ ok: false, message: expect.stringContaining('The user did not approve access.') });
  });
});

describe('refreshOAuthTokens', () => {
  it('keeps the refresh token when the server sends no new one', async () => {
    const server = tokenServer({ access_token: 'AT2', expires_in: 60 });
    const result = await refreshOAuthTokens(CONFIG, 'RT', { fetch: server.fetchFn, now: () => 0 });
    expect(result).toEqual({ ok: true, value: { accessToken: 'AT2', refreshToken: 'RT', expiresAt: 60_000 } });
    expect(server.forms[0]?.get('grant_type')).toBe('refresh_token');
  });
});

describe('currentFhirToken', () => {
  beforeEach(() => fakeBrowser.reset());

  it('uses the bearer token from settings when nobody signed in', async () => {
    await fhirToken.setValue('BEARER');
    expect(await currentFhirToken()).toBe('BEARER');
  });

  it('uses the signed-in token before the bearer token', async () => {
    await fhirToken.setValue('BEARER');
    await fhirOAuthTokens.setValue({ accessToken: 'AT', expiresAt: 10 * 60_000 });
    expect(await currentFhirToken(undefined, 0)).toBe('AT');
  });

  it('refreshes an expired token and keeps the new one', async () => {
    await Promise.all([
      fhirAuthorizeUrl.setValue(CONFIG.authorizeUrl),
      fhirTokenUrl.setValue(CONFIG.tokenUrl),
      fhirClientId.setValue(CONFIG.clientId),
      fhirOAuthTokens.setValue({ accessToken: 'OLD', refreshToken: 'RT', expiresAt: 1000 }),
    ]);
    const server = tokenServer({ access_token: 'NEW', expires_in: 3600 });
    expect(await currentFhirToken(server.fetchFn, 5000)).toBe('NEW');
    expect(await fhirOAuthTokens.getValue()).toEqual({ accessToken: 'NEW', refreshToken: 'RT', expiresAt: 3_605_000 });
  });

  it('sends the old token when refreshing fails, so the server’s 401 asks the user to sign in again', async () => {
    await fhirOAuthTokens.setValue({ accessToken: 'OLD', refreshToken: 'RT', expiresAt: 1000 });
    const server = tokenServer({ error: 'invalid_grant' }, 400);
    expect(await currentFhirToken(server.fetchFn, 5000)).toBe('OLD');
  });
});
