import type { Page } from 'playwright-core';
import { DEMO_PRACTICE, setUpDemoPractice } from './demo-referral';
import type { DemoServer } from './demo-server';
import { createOAuthState } from './fhir-oauth';
import type { ExtensionBrowser } from './launch-extension';

/** The client id the demo's authorization server knows Signpost by. */
export const DEMO_CLIENT_ID = 'signpost-demo';

export interface DemoFhir {
  /** The link worker's Caseload page, open in its own tab. */
  caseload: Page;
  /** What the settings page said after "Sign in to the FHIR server". */
  signedIn: string;
}

/**
 * Points the demo at the in-memory FHIR server and makes this browser's user the demo link worker as well, so one
 * window shows the whole loop: refer in the panel (Send to FHIR endpoint), work it on the Caseload page, and watch
 * the Referrals view follow. The FHIR server wants OAuth 2 tokens from its own authorization server (`/oauth`),
 * so the demo also signs in, with PKCE, through `identity.launchWebAuthFlow`. Done through the settings page, as a
 * PCN would.
 */
export async function setUpDemoFhir(ext: ExtensionBrowser, server: DemoServer): Promise<DemoFhir> {
  // Registered as a PCN registers Signpost: a client id and Chrome's redirect address for this extension.
  const redirect = `https://${ext.extensionId}.chromiumapp.org/`;
  server.fhir.oauth = createOAuthState([{ clientId: DEMO_CLIENT_ID, redirectUris: [redirect] }]);
  const options = await ext.openExtensionPage('options.html');
  await setUpDemoPractice(options);
  const endpoint = options.getByRole('region', { name: 'FHIR endpoint' });
  await endpoint.getByLabel('FHIR endpoint address (optional)').fill(server.fhir.base);
  await endpoint.getByRole('button', { name: 'Save the FHIR endpoint' }).click();
  await endpoint.getByText(/^Saved\./).waitFor();
  const access = options.getByRole('region', { name: 'FHIR server access and caseload' });
  await access.getByLabel('I am a link worker: my NHSmail address (optional)').fill(DEMO_PRACTICE.linkWorkerEmail);
  await access.getByRole('button', { name: 'Save the caseload addresses' }).click();
  await access.getByText(/^Saved\./).waitFor();
  const signedIn = await signInDemo(options, server);
  await options.close();
  return { caseload: await ext.openExtensionPage('caseload.html'), signedIn };
}

async function signInDemo(options: Page, server: DemoServer): Promise<string> {
  const section = options.getByRole('region', { name: 'Sign in to the FHIR server (OAuth)' });
  const fields: [string, string][] = [
    ['Sign-in page address (OAuth authorization endpoint)', `${server.origin}/oauth/authorize`],
    ['Token address (OAuth token endpoint)', `${server.origin}/oauth/token`],
    ['Client id', DEMO_CLIENT_ID],
  ];
  for (const [label, value] of fields) {
    const form = section.locator('form').filter({ has: options.getByLabel(label, { exact: true }) });
    await form.getByLabel(label, { exact: true }).fill(value);
    await form.getByRole('button', { name: /^Save/ }).click();
    await form.getByText(/^Saved\./).waitFor();
  }
  // The click is the user gesture Chrome needs to grant the optional `identity` permission.
  await section.getByRole('button', { name: 'Sign in to the FHIR server' }).click();
  const said = section.getByText(/^Signed in\. Signpost/).or(section.getByRole('alert'));
  await said.first().waitFor({ timeout: 20_000 });
  return (await said.first().textContent()) ?? '';
}
