import {
  authorizationUrl,
  codeChallenge,
  codeFromRedirect,
  type OAuthConfig,
  type OAuthResult,
  type OAuthTokens,
  parseTokenResponse,
  randomToken,
} from './oauth-pkce';

/** What the flow needs from outside, passed in so tests give fakes and the extension gives the browser's own. */
export interface OAuthDeps {
  /** Opens the sign-in page and resolves with the address it redirected to (browser.identity.launchWebAuthFlow). */
  launch(url: string): Promise<string | undefined>;
  fetch: typeof fetch;
  redirectUri: string;
  now?: () => number;
  random?: (bytes: Uint8Array) => Uint8Array;
}

/** Posts a form to the token endpoint; the answer as tokens or plain words. Never throws, never logs a token. */
async function tokenRequest(
  tokenUrl: string,
  form: Record<string, string>,
  fetchFn: typeof fetch,
  now: number,
): Promise<OAuthResult<OAuthTokens>> {
  let response: Response;
  try {
    response = await fetchFn(tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams(form).toString(),
      cache: 'no-store',
    });
  } catch {
    return { ok: false, message: 'The sign-in server could not be reached (offline, or it is down). Try again.' };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  return parseTokenResponse(response.status, body, now);
}

/** Signs in: PKCE verifier and challenge, the sign-in page, the state check, then the code exchanged for tokens. */
export async function signInWithOAuth(config: OAuthConfig, deps: OAuthDeps): Promise<OAuthResult<OAuthTokens>> {
  const verifier = randomToken(deps.random);
  const state = randomToken(deps.random);
  const challenge = await codeChallenge(verifier);
  let redirected: string | undefined;
  try {
    redirected = await deps.launch(authorizationUrl(config, { redirectUri: deps.redirectUri, challenge, state }));
  } catch (error) {
    const said = error instanceof Error && error.message ? `: ${error.message}` : '';
    return { ok: false, message: `Signing in did not finish${said}. Check the sign-in address and try again.` };
  }
  if (!redirected) return { ok: false, message: 'Signing in was closed before it finished. Try again.' };
  const code = codeFromRedirect(redirected, state);
  if (!code.ok) return code;
  return tokenRequest(
    config.tokenUrl,
    {
      grant_type: 'authorization_code',
      code: code.value,
      redirect_uri: deps.redirectUri,
      client_id: config.clientId,
      code_verifier: verifier,
    },
    deps.fetch,
    (deps.now ?? Date.now)(),
  );
}

/** Swaps a refresh token for a new access token; keeps the old refresh token when the server sends no new one. */
export async function refreshOAuthTokens(
  config: OAuthConfig,
  refreshToken: string,
  deps: Pick<OAuthDeps, 'fetch' | 'now'>,
): Promise<OAuthResult<OAuthTokens>> {
  const form = { grant_type: 'refresh_token', refresh_token: refreshToken, client_id: config.clientId };
  const result = await tokenRequest(config.tokenUrl, form, deps.fetch, (deps.now ?? Date.now)());
  if (!result.ok || result.value.refreshToken) return result;
  return { ok: true, value: { ...result.value, refreshToken } };
}

/** True when the token has run out, or will within a minute (so a request does not fail half way). */
export function tokensExpired(tokens: OAuthTokens, now: number): boolean {
  return tokens.expiresAt !== undefined && tokens.expiresAt - 60_000 <= now;
}
