import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from '../../scripts/lib/demo-server';
import { createOAuthState, type OAuthServerState } from '../../scripts/lib/fhir-oauth';
import { type Harness, startHarness } from './harness';
import { ReferralDesk } from './pages/referral-desk';
import { SettingsPage } from './pages/settings-page';

const CLIENT_ID = 'signpost-riverside';

/** The part of the extension API these checks read, inside the extension's own pages. */
interface ExtensionApi {
  storage: Record<'local' | 'session', { get(keys: null): Promise<Record<string, unknown>> }>;
  permissions: { contains(wanted: { permissions: string[] }): Promise<boolean> };
}

/** Everything the extension keeps, as text: every IndexedDB store and both storage areas, read from its own page. */
function dumpStorage(page: Page): Promise<{ indexedDb: string; local: Record<string, unknown>; session: string }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('signpost');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const stores: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      stores[name] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    const ext = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
    return {
      indexedDb: JSON.stringify(stores),
      local: await ext.storage.local.get(null),
      session: JSON.stringify(await ext.storage.session.get(null)),
    };
  });
}

/**
 * Signing in to the PCN's FHIR server with OAuth 2 (authorization code + PKCE) in real Chromium, against the demo
 * server's own authorization server: Chrome's optional `identity` permission, `identity.launchWebAuthFlow`, the token
 * exchange, then referrals sent with the issued token, which stays out of the log, the exports and IndexedDB.
 */
describe('OAuth 2 sign-in to the FHIR server, in Chromium', () => {
  let server: DemoServer;
  let h: Harness;
  let desk: ReferralDesk;
  let oauth: OAuthServerState;

  beforeAll(async () => {
    server = await startDemoServer();
    h = await startHarness({ server });
    // Registered as a PCN registers Signpost: its client id and Chrome's redirect address for this extension.
    oauth = createOAuthState([
      { clientId: CLIENT_ID, redirectUris: [`https://${h.ext.extensionId}.chromiumapp.org/`] },
    ]);
    server.fhir.oauth = oauth;
    desk = await ReferralDesk.open(h);
  });
  afterAll(async () => {
    await h?.close();
    await server?.close();
  });

  const tasks = () => server.fhir.store.all('Task');
  const openSettings = async () => new SettingsPage(await h.ext.openExtensionPage('options.html'));

  it('a referral waits on 401 until the user signs in, then goes with the issued token', async () => {
    await desk.referPatientOn('/record');
    expect(await desk.refer.deliver('Send to FHIR endpoint')).toMatch(
      /^Waiting to send: The FHIR server needs you to sign in \(401\)/,
    );
    expect(tasks()).toHaveLength(0);

    const settings = await openSettings();
    // The address the settings page tells the PCN to register is the one Chrome's sign-in window returns to.
    expect(await settings.page.getByTestId('oauth-redirect').textContent()).toBe(oauth.clients[0]?.redirectUris[0]);
    await settings.saveOAuth({
      authorizeUrl: `${server.origin}/oauth/authorize`,
      tokenUrl: `${server.origin}/oauth/token`,
      clientId: CLIENT_ID,
    });
    expect(await settings.signIn()).toBe('Signed in. Signpost uses this sign-in for the FHIR server.');
    expect(oauth.log).toEqual([{ grant: 'authorization_code', outcome: 'issued' }]);
    // Chrome granted the optional permission on the click (identity shows no warning, so no prompt).
    expect(
      await settings.page.evaluate(() =>
        (globalThis as unknown as { chrome: ExtensionApi }).chrome.permissions.contains({ permissions: ['identity'] }),
      ),
    ).toBe(true);
    await settings.page.close();

    await desk.log.open();
    await desk.log.section.page().getByRole('button', { name: 'Check now' }).click();
    await expect
      .poll(async () => (await desk.log.entry('999 007 9196').textContent()) ?? '', { timeout: 20_000 })
      .toContain('On the FHIR server');
    expect(tasks()).toHaveLength(1);
    const [token, issued] = [...oauth.accessTokens][0] ?? [];
    expect(issued?.used).toBeGreaterThan(0);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('keeps the tokens out of the referral log, its CSV, the gaps CSV, the settings file and IndexedDB', async () => {
    const secrets = [...oauth.accessTokens.keys(), ...oauth.refreshTokens.keys()];
    expect(secrets.length).toBe(2);
    const panel = desk.panel.page;
    await desk.log.open();
    const logCsv = (await desk.log.exportCsv()).text;
    expect(logCsv).toContain('999 007 9196');
    const download = panel.waitForEvent('download');
    await panel.getByRole('button', { name: 'Export gaps CSV' }).click();
    const gapsCsv = await readFile(await (await download).path(), 'utf8');
    // Downloads land where the newest CDP connection (the panel's) asks, so the settings page is opened through it.
    const page = await panel.context().newPage();
    await page.goto(`chrome-extension://${h.ext.extensionId}/options.html`);
    const settings = new SettingsPage(page);
    const settingsFile = await settings.exportSettings();
    expect(settingsFile).toContain(`${server.origin}/oauth/token`);
    await settings.page.close();
    const { indexedDb, local, session } = await dumpStorage(panel);
    expect(indexedDb).toContain('9990079196');
    const { fhirOAuthTokens, ...otherLocal } = local;
    // The one place the tokens are: storage.local's fhirOAuthTokens, which only the FHIR requests read.
    expect(JSON.stringify(fhirOAuthTokens)).toContain(secrets[0]);
    const seen = [
      logCsv,
      gapsCsv,
      settingsFile,
      indexedDb,
      session,
      JSON.stringify(otherLocal),
      (await panel.locator('body').textContent()) ?? '',
      JSON.stringify(server.fhir.requests),
      JSON.stringify(oauth.log),
    ].join('\n');
    for (const secret of secrets) expect(seen).not.toContain(secret);
  });

  it('signing out stops the token: the next referral waits on 401 again', async () => {
    const settings = await openSettings();
    await settings.signOut();
    await settings.page.close();
    await desk.refer.open();
    await desk.referPatientOn('/patients/banner.html');
    expect(await desk.refer.deliver('Send to FHIR endpoint')).toMatch(/^Waiting to send: .*\(401\)/);
    expect(tasks()).toHaveLength(1);
  });

  it('signs in through an approve page the user clicks in the sign-in window', async () => {
    oauth.approve = 'page';
    const settings = await openSettings();
    const approve = async () => {
      // The sign-in window is the browser's own, not a tab: reached afresh over CDP, like the side panel.
      const window = await h.ext.findPage((url) => url.startsWith(`${server.origin}/oauth/authorize`), 20_000);
      await window.getByRole('button', { name: 'Approve' }).click();
    };
    const message = await settings.signIn(approve);
    expect(message).toBe('Signed in. Signpost uses this sign-in for the FHIR server.');
    await settings.page.close();
    await desk.log.open();
    await desk.log.section.page().getByRole('button', { name: 'Check now' }).click();
    await expect.poll(() => tasks().length, { timeout: 20_000 }).toBe(2);
  });
});
