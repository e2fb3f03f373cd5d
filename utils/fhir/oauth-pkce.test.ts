import { describe, expect, it } from 'vitest';
import {
  authorizationUrl,
  base64Url,
  codeChallenge,
  codeFromRedirect,
  type OAuthConfig,
  parseTokenResponse,
  randomToken,
} from './oauth-pkce';

const CONFIG: OAuthConfig = {
  authorizeUrl: 'https://auth.pcn.example/authorize?tenant=north',
  tokenUrl: 'https://auth.pcn.example/token',
  clientId: 'signpost',
  scope: 'user/Task.rw user/ServiceRequest.c',
};

describe('PKCE (RFC 7636)', () => {
  it('makes the S256 challenge of the RFC 7636 appendix B example', async () => {
    expect(await codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('encodes the appendix B octets as its verifier', () => {
    const octets = [
      116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214, 191, 240,
      91, 88, 5, 88, 83, 132, 141, 121,
    ];
    expect(base64Url(new Uint8Array(octets))).toBe('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');
  });

  it('makes a fresh 43-character unreserved verifier each time', () => {
    const a = randomToken();
    expect(a).toMatch(/^[A-Za-z0-9\-_]{43}$/);
    expect(randomToken()).not.toBe(a);
  });
});

describe('authorizationUrl', () => {
  it('asks for a code with the S256 challenge, state, redirect and scopes, keeping the address’s own query', () => {
    const url = new URL(
      authorizationUrl(CONFIG, { redirectUri: 'https://abc.chromiumapp.org/', challenge: 'CH', state: 'ST' }),
    );
    expect(url.origin + url.pathname).toBe('https://auth.pcn.example/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      tenant: 'north',
      response_type: 'code',
      client_id: 'signpost',
      redirect_uri: 'https://abc.chromiumapp.org/',
      code_challenge: 'CH',
      code_challenge_method: 'S256',
      state: 'ST',
      scope: 'user/Task.rw user/ServiceRequest.c',
    });
  });

  it('leaves scope out when none is set', () => {
    const url = authorizationUrl({ ...CONFIG, scope: ' ' }, { redirectUri: 'https://r/', challenge: 'C', state: 'S' });
    expect(new URL(url).searchParams.has('scope')).toBe(false);
  });
});

describe('codeFromRedirect', () => {
  it('gives the code when the state is ours', () => {
    expect(codeFromRedirect('https://r.example/?code=abc&state=S1', 'S1')).toEqual({ ok: true, value: 'abc' });
  });

  it('refuses an answer whose state is not ours, or has none', () => {
    for (const url of ['https://r.example/?code=abc&state=OTHER', 'https://r.example/?code=abc']) {
      const result = codeFromRedirect(url, 'S1');
      expect(result).toEqual({ ok: false, message: expect.stringContaining('not for this sign-in') });
    }
  });

  it('says what the sign-in page refused, in words', () => {
    const result = codeFromRedirect('https://r/?error=access_denied&error_description=User+cancelled&state=S1', 'S1');
    expect(result).toEqual({
      ok: false,
      message: 'The sign-in page said no (access_denied): User cancelled. Try again.',
    });
  });
});

describe('parseTokenResponse', () => {
  const NOW = 1_000_000;

  it('keeps the access token, refresh token and expiry', () => {
    const body = { access_token: 'AT', token_type: 'Bearer', expires_in: 3600, refresh_token: 'RT' };
    expect(parseTokenResponse(200, body, NOW)).toEqual({
      ok: true,
      value: { accessToken: 'AT', refreshToken: 'RT', expiresAt: NOW + 3_600_000 },
    });
  });

  it('keeps a token with no expiry or refresh token as it is', () => {
    expect(parseTokenResponse(200, { access_token: 'AT' }, NOW)).toEqual({ ok: true, value: { accessToken: 'AT' } });
  });

  it('says to sign in again when the grant is refused, and what the server said', () => {
    const result = parseTokenResponse(400, { error: 'invalid_grant', error_description: 'Code expired' }, NOW);
    expect(result).toEqual({
      ok: false,
      message:
        'The sign-in server refused (invalid_grant): Code expired. Sign in to the FHIR server again in Signpost settings.',
    });
  });

  it('refuses an unreadable answer, a missing token and a token type Signpost cannot use', () => {
    expect(parseTokenResponse(502, undefined, NOW)).toMatchObject({
      ok: false,
      message: expect.stringContaining('502'),
    });
    expect(parseTokenResponse(200, { token_type: 'bearer' }, NOW)).toMatchObject({
      ok: false,
      message: expect.stringContaining('no access token'),
    });
    expect(parseTokenResponse(200, { access_token: 'AT', token_type: 'MAC' }, NOW)).toMatchObject({ ok: false });
  });
});
