import { isObject } from '../directory/narrow';

// OAuth 2 authorization code with PKCE (RFC 7636), the pure parts: no browser, no network, so they are unit-tested
// against the RFC's own example. The flow that uses them is in oauth-flow.ts.

/** Where to sign in and who Signpost is to the PCN's authorization server (settings or policy). */
export interface OAuthConfig {
  authorizeUrl: string;
  tokenUrl: string;
  clientId: string;
  /** Space-separated scopes; empty to let the server choose. */
  scope: string;
}

/** What signing in leaves in this browser's storage. Never exported, never logged. */
export interface OAuthTokens {
  accessToken: string;
  refreshToken?: string;
  /** Milliseconds since 1970 when the access token stops working; none when the server did not say. */
  expiresAt?: number;
}

export type OAuthResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** True when every part needed to sign in is filled in. */
export function oauthConfigured(config: OAuthConfig): boolean {
  return Boolean(config.authorizeUrl && config.tokenUrl && config.clientId);
}

/** Base64url without padding (RFC 7636 appendix A). */
export function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A fresh random string of 43 characters (32 bytes), for the code verifier and for state. */
export function randomToken(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return base64Url(random(new Uint8Array(32)));
}

/** The S256 code challenge for a verifier: base64url(SHA-256(verifier)). */
export async function codeChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

/** The address that asks the user to sign in and sends the browser back to `redirectUri` with a code. */
export function authorizationUrl(
  config: OAuthConfig,
  request: { redirectUri: string; challenge: string; state: string },
): string {
  const url = new URL(config.authorizeUrl);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('redirect_uri', request.redirectUri);
  url.searchParams.set('code_challenge', request.challenge);
  url.searchParams.set('code_challenge_method', 'S256');
  url.searchParams.set('state', request.state);
  if (config.scope.trim()) url.searchParams.set('scope', config.scope.trim());
  return url.toString();
}

/**
 * The code from the address the sign-in page sent the browser back to. A state that is not ours means the answer
 * was not to this request (a forged or stale one), so it is refused rather than used.
 */
export function codeFromRedirect(redirected: string, expectedState: string): OAuthResult<string> {
  let url: URL;
  try {
    url = new URL(redirected);
  } catch {
    return { ok: false, message: 'Signing in did not finish: the sign-in page sent back something unreadable.' };
  }
  const params = url.searchParams;
  const error = params.get('error');
  if (error) {
    const said = params.get('error_description');
    return { ok: false, message: `The sign-in page said no (${error})${said ? `: ${said}` : ''}. Try again.` };
  }
  if (params.get('state') !== expectedState) {
    return { ok: false, message: 'Signing in was refused: the answer was not for this sign-in. Try again.' };
  }
  const code = params.get('code');
  if (!code) return { ok: false, message: 'Signing in did not finish: the sign-in page sent back no code.' };
  return { ok: true, value: code };
}

/** The token endpoint's answer, as tokens to keep, or what went wrong in plain words. */
export function parseTokenResponse(status: number, body: unknown, now: number): OAuthResult<OAuthTokens> {
  if (!isObject(body)) {
    return { ok: false, message: `The sign-in server's answer could not be read (${status}). Try again later.` };
  }
  if (status < 200 || status >= 300 || typeof body.error === 'string') {
    const code = typeof body.error === 'string' ? body.error : String(status);
    const said = typeof body.error_description === 'string' ? `: ${body.error_description}` : '';
    const again = code === 'invalid_grant' ? ' Sign in to the FHIR server again in Signpost settings.' : '';
    return { ok: false, message: `The sign-in server refused (${code})${said}.${again}` };
  }
  if (typeof body.access_token !== 'string' || body.access_token === '') {
    return { ok: false, message: 'The sign-in server sent no access token. Ask whoever runs it to check Signpost.' };
  }
  if (typeof body.token_type === 'string' && body.token_type.toLowerCase() !== 'bearer') {
    return { ok: false, message: `The sign-in server sent a ${body.token_type} token; Signpost can only use bearer.` };
  }
  const expiresIn = Number(body.expires_in);
  return {
    ok: true,
    value: {
      accessToken: body.access_token,
      ...(typeof body.refresh_token === 'string' && body.refresh_token ? { refreshToken: body.refresh_token } : {}),
      ...(Number.isFinite(expiresIn) && expiresIn > 0 ? { expiresAt: now + expiresIn * 1000 } : {}),
    },
  };
}
