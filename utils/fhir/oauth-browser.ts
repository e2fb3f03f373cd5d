import { browser } from 'wxt/browser';
import { fhirOAuthTokens, oauthConfig } from './fhir-auth';
import { signInWithOAuth } from './oauth-flow';
import { type OAuthResult, oauthConfigured } from './oauth-pkce';

/**
 * The settings page's "Sign in to the FHIR server": in Chrome asks for the optional `identity` permission (only
 * PCNs that use OAuth ever grant it), then runs the PKCE flow in the browser's own sign-in window and keeps the tokens.
 * The permission request comes first, while the click still counts as the user's gesture.
 */
export async function signInToFhirServer(): Promise<OAuthResult<null>> {
  // Firefox holds identity from install (it cannot be optional there); Chrome asks now.
  let granted = import.meta.env.FIREFOX;
  if (!granted) {
    try {
      granted = await browser.permissions.request({ permissions: ['identity'] });
    } catch {
      granted = false;
    }
  }
  if (!granted) {
    return { ok: false, message: 'Signing in needs permission to open the sign-in page. Try again and choose Allow.' };
  }
  const config = await oauthConfig();
  if (!oauthConfigured(config)) {
    return { ok: false, message: 'Save the sign-in address, the token address and the client id first.' };
  }
  const result = await signInWithOAuth(config, {
    launch: (url) => browser.identity.launchWebAuthFlow({ url, interactive: true }),
    fetch: (input, init) => fetch(input, init),
    redirectUri: browser.identity.getRedirectURL(),
  });
  if (!result.ok) return result;
  await fhirOAuthTokens.setValue(result.value);
  return { ok: true, value: null };
}

/**
 * The redirect address the PCN registers with its sign-in server. Chrome has `identity` only once it is granted,
 * but its address is always `https://<extension id>.chromiumapp.org/`; Firefox has the API from install.
 */
export function oauthRedirectAddress(): string {
  try {
    const address = browser.identity?.getRedirectURL?.();
    if (address) return address;
  } catch {
    // No identity API here (Chrome before the grant, tests): Chrome's fixed form below.
  }
  return `https://${browser.runtime.id}.chromiumapp.org/`;
}

/** Forgets the signed-in tokens; the bearer token from settings, if any, is used again. */
export async function signOutOfFhirServer(): Promise<void> {
  await fhirOAuthTokens.setValue(null);
}
