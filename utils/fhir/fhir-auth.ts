import {
  fhirAuthorizeUrl,
  fhirClientId,
  fhirOAuthTokens,
  fhirScope,
  fhirToken,
  fhirTokenUrl,
} from '../config/storage-items';
import { refreshOAuthTokens, tokensExpired } from './oauth-flow';
import type { OAuthConfig } from './oauth-pkce';

export { fhirOAuthTokens, fhirToken };

/** The OAuth sign-in settings in use (typed in settings or set by policy). */
export async function oauthConfig(): Promise<OAuthConfig> {
  const [authorizeUrl, tokenUrl, clientId, scope] = await Promise.all([
    fhirAuthorizeUrl.getValue(),
    fhirTokenUrl.getValue(),
    fhirClientId.getValue(),
    fhirScope.getValue(),
  ]);
  return { authorizeUrl, tokenUrl, clientId, scope };
}

/**
 * The token to send, or undefined for a server that needs none. A signed-in OAuth token comes first, refreshed when
 * it has run out and a refresh token exists; otherwise the bearer token from settings. A token that could not be
 * refreshed is still sent, so the server's 401 tells the user to sign in again rather than failing silently.
 */
export async function currentFhirToken(fetchFn: typeof fetch = fetch, now = Date.now()): Promise<string | undefined> {
  const tokens = await fhirOAuthTokens.getValue();
  if (tokens) {
    if (!tokensExpired(tokens, now) || !tokens.refreshToken) return tokens.accessToken;
    const refreshed = await refreshOAuthTokens(await oauthConfig(), tokens.refreshToken, {
      fetch: fetchFn,
      now: () => now,
    });
    if (!refreshed.ok) return tokens.accessToken;
    await fhirOAuthTokens.setValue(refreshed.value);
    return refreshed.value.accessToken;
  }
  const token = (await fhirToken.getValue()).trim();
  return token || undefined;
}
