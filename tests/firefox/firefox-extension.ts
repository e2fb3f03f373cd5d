/**
 * Debian's Firefox ESR with Signpost's Firefox test build installed, driven by puppeteer-core over WebDriver BiDi.
 * BiDi cannot navigate to `moz-extension://` pages, so pages are opened through the test build's hook
 * (utils/testing/setup-test-hooks.ts): a tab sent to `…/__signpost-test/open?page=…` is moved there by the add-on.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { TEST_HOOK_PATH } from '../../utils/testing/setup-test-hooks';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_TEST_BUILD = resolve('.output/firefox-mv2-test');
const ADDON_ID = 'signpost@signpost.local';
// A fixed internal id, so the add-on's origin (and with it its IndexedDB) is the same after a restart.
const ADDON_UUID = '5d6a7c1e-3f0b-4c9a-9e2d-6b1f0a8c4e72';

export interface FirefoxExtension {
  browser: Browser;
  profileDir: string;
  /** Opens one of Signpost's pages (`options.html`, `sidepanel.html`) in a new tab, or in `page` when given. */
  openExtensionPage(path: string, page?: Page): Promise<Page>;
  /** Closes Firefox and starts it again on the same profile, as a user's next day would. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

async function launch(profileDir: string): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profileDir,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // A temporary add-on is uninstalled when Firefox closes; a user's installed one keeps its data.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
    },
  });
  await browser.installExtension(FIREFOX_TEST_BUILD);
  return browser;
}

/** Waits until `tab` shows the add-on's `path`; each navigation replaces the page's realm, so it asks again. */
async function waitFor(tab: Page, path: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const there = await tab
      .evaluate((wanted) => location.protocol === 'moz-extension:' && location.pathname === `/${wanted}`, path)
      .catch(() => false);
    if (there) {
      await tab.waitForFunction(() => document.readyState === 'complete', { timeout: 20_000 });
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Firefox did not open ${path}: is this the test build (SIGNPOST_TEST_HOOKS=1)?`);
}

export async function launchFirefoxExtension(origin: string): Promise<FirefoxExtension> {
  const profileDir = await mkdtemp(join(tmpdir(), 'signpost-firefox-'));
  const ext: FirefoxExtension = {
    browser: await launch(profileDir),
    profileDir,
    async openExtensionPage(path, page) {
      const tab = page ?? (await ext.browser.newPage());
      const hook = `${origin}${TEST_HOOK_PATH}?page=${encodeURIComponent(path)}`;
      // Not page.goto: the add-on replaces the navigation before it loads, and goto would wait for that load.
      await tab.evaluate((url) => {
        location.href = url;
      }, hook);
      await waitFor(tab, path);
      return tab;
    },
    async restart() {
      await ext.browser.close();
      ext.browser = await launch(profileDir);
    },
    async close() {
      await ext.browser.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
  return ext;
}
