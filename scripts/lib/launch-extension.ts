/**
 * Starts Debian's Chromium with the built extension loaded in a fresh profile, and connects Playwright to it over
 * CDP, which (unlike a pipe-launched context) also reaches the real side panel.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { assertChromium, CHROMIUM_PATH, QUIET_FLAGS } from './chromium';

export const CHROME_BUILD = resolve('.output/chrome-mv3');

export interface ExtensionBrowser {
  browser: Browser;
  context: BrowserContext;
  extensionId: string;
  /** Opens `chrome-extension://<id>/<path>` in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** The user-data directory, kept between `restart()`s so IndexedDB survives as it would for a user. */
  profileDir: string;
  process: ChildProcess;
  /** The browser's DevTools address, to reach targets Playwright does not attach to (the service worker). */
  wsUrl: string;
  /**
   * The real side panel's page, once it is open. Playwright attaches only to targets that exist when it
   * connects, so this connects afresh over CDP until the panel is there.
   */
  sidePanel(timeoutMs?: number): Promise<Page>;
  /** Any page whose address passes `match`, found the same way: e.g. the browser's own OAuth sign-in window. */
  findPage(match: (url: string) => boolean, timeoutMs?: number, what?: string): Promise<Page>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  extensionPath?: string;
  /** Reuse a profile (to test what survives a browser restart); a fresh temporary one otherwise. */
  profileDir?: string;
  windowSize?: { width: number; height: number };
  /** Extra Chromium flags (the benchmark asks for precise heap figures). */
  args?: string[];
}

function waitForDevTools(child: ChildProcess): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start in time:\n${output}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/DevTools listening on (ws:\/\/\S+)/);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before it was ready:\n${output}`));
    });
  });
}

async function findExtensionId(context: BrowserContext): Promise<string> {
  const isOurs = (url: string) => url.startsWith('chrome-extension://') && url.endsWith('/background.js');
  const worker =
    context.serviceWorkers().find((w) => isOurs(w.url())) ??
    (await context.waitForEvent('serviceworker', { predicate: (w) => isOurs(w.url()), timeout: 20_000 }));
  return new URL(worker.url()).host;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  assertChromium();
  const extensionPath = options.extensionPath ?? CHROME_BUILD;
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'signpost-profile-')));
  const size = options.windowSize ?? { width: 1280, height: 800 };
  const args = [
    ...QUIET_FLAGS,
    `--user-data-dir=${profileDir}`,
    `--load-extension=${extensionPath}`,
    `--disable-extensions-except=${extensionPath}`,
    '--remote-debugging-port=0',
    `--window-size=${size.width},${size.height}`,
    // Root (as here and in CI) cannot use Chromium's sandbox.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ...(options.headless ? ['--headless=new'] : []),
    ...(options.args ?? []),
    'about:blank',
  ];
  // Debian's /usr/bin/chromium is a wrapper script: its own process group lets close() end the real browser too.
  const child = spawn(CHROMIUM_PATH, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  // Never leave a browser behind if this process ends without close().
  process.once('exit', () => killGroup(child, 'SIGKILL'));
  const wsUrl = await waitForDevTools(child);
  const browser = await chromium.connectOverCDP(wsUrl);
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium started without a browser context.');
  const extensionId = await findExtensionId(context);
  const probes: Browser[] = [];
  async function findPage(match: (url: string) => boolean, timeoutMs = 10_000, what = 'The page'): Promise<Page> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const probe = await chromium.connectOverCDP(wsUrl);
      const found = probe
        .contexts()
        .flatMap((c) => c.pages())
        .find((page) => match(page.url()));
      if (found) {
        probes.push(probe);
        return found;
      }
      await probe.close();
      await new Promise((done) => setTimeout(done, 200));
    }
    throw new Error(`${what} did not open.`);
  }

  return {
    browser,
    context,
    extensionId,
    profileDir,
    process: child,
    wsUrl,
    sidePanel(timeoutMs = 10_000) {
      return findPage((url) => url.includes(`${extensionId}/sidepanel.html`), timeoutMs, 'The side panel');
    },
    findPage,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close({ keepProfile = false } = {}) {
      for (const probe of probes) await probe.close().catch(() => {});
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        // A clean shutdown first, so the profile (and its IndexedDB) is flushed as when a user quits.
        const session = await browser.newBrowserCDPSession().catch(() => undefined);
        await session?.send('Browser.close').catch(() => {});
        await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
        killGroup(child, 'SIGKILL');
      }
      await browser.close().catch(() => {});
      if (!keepProfile && !options.profileDir) await rm(profileDir, { recursive: true, force: true });
    },
  };
}
