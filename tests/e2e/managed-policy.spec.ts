import { createHash } from 'node:crypto';
import { accessSync, constants, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD, type ExtensionBrowser, launchExtension } from '../../scripts/lib/launch-extension';

/**
 * Enterprise policy as an ICB would push it: Chromium on Linux reads machine policy from
 * /etc/chromium/policies/managed, and hands an extension its `3rdparty` section as `storage.managed`. Writing there
 * needs root (as in CI); elsewhere this file is skipped and says why.
 */
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/signpost-e2e.json`;

function canWritePolicy(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** An unpacked extension's id: the first 32 hex digits of the SHA-256 of its path, written with the letters a–p. */
function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

const writable = canWritePolicy();
if (!writable) console.warn(`managed-policy.spec: skipped, ${POLICY_DIR} is not writable (run as root, as CI does).`);

describe.runIf(writable)('settings pushed by enterprise policy (storage.managed) in real Chromium', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    const policy = {
      practice: {
        name: 'Policy Road Surgery',
        odsCode: 'A81001',
        pcnName: 'Policy PCN',
        phone: '',
        email: '',
        referrerName: '',
        referrerRole: '',
      },
      // Outside the schema's enum: Chromium itself drops it before Signpost sees it.
      refreshHours: 5,
      // A string, so it passes Chromium's schema check, but not a web address: Signpost ignores it and says so.
      feedUrl: 'ftp://example.org/services',
    };
    writeFileSync(
      POLICY_FILE,
      JSON.stringify({ '3rdparty': { extensions: { [unpackedExtensionId(CHROME_BUILD)]: policy } } }),
    );
    ext = await launchExtension({ headless: true });
  });
  afterAll(async () => {
    await ext?.close();
    rmSync(POLICY_FILE, { force: true });
  });

  it('is the extension the policy names', () => {
    expect(ext.extensionId).toBe(unpackedExtensionId(CHROME_BUILD));
  });

  it('shows managed settings locked, applies them, and ignores a wrong value in plain words', async () => {
    const page = await ext.openExtensionPage('options.html');
    const name = page.getByLabel('Practice name');
    await expect.poll(() => name.inputValue(), { timeout: 10_000 }).toBe('Policy Road Surgery');
    expect((await name.getAttribute('readonly')) !== null || (await name.isDisabled())).toBe(true);
    const section = page.getByRole('region', { name: 'Practice and PCN' });
    expect(await section.textContent()).toContain('Set by your organisation');
    const main = page.locator('main');
    await expect.poll(() => main.textContent()).toContain('Your organisation’s setting was ignored.');
    expect(await page.getByLabel('Directory feed address').inputValue()).toBe('');
    // The wrong refresh value is not applied: the schedule stays the user's own and can still be changed.
    const refresh = page.getByLabel('Check feeds for updates');
    expect(await refresh.isDisabled()).toBe(false);
    expect(await refresh.inputValue()).toBe('24');
    // Applied to this browser's settings, so the referral form and background follow it too.
    type Local = { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };
    const stored = await page.evaluate(() => (globalThis as unknown as Local).chrome.storage.local.get('practice'));
    expect(stored.practice).toMatchObject({ name: 'Policy Road Surgery', odsCode: 'A81001' });
  });
});
