import { browser } from 'wxt/browser';

/** The path a test navigates a tab to, asking the background to show one of Signpost's own pages there instead. */
export const TEST_HOOK_PATH = '/__signpost-test/open';

/**
 * Only in the Firefox test build (`SIGNPOST_TEST_HOOKS=1`, built to its own folder, never shipped): WebDriver BiDi
 * refuses to navigate to `moz-extension://` pages, so a test opens `http://…/__signpost-test/open?page=options.html`
 * and this sends that same tab to the extension's page, where BiDi can then drive it like any other.
 */
export function setupTestHooks(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (!change.url) return;
    let url: URL;
    try {
      url = new URL(change.url);
    } catch {
      return;
    }
    if (url.pathname !== TEST_HOOK_PATH) return;
    const page = url.searchParams.get('page') ?? 'sidepanel.html';
    void browser.tabs.update(tabId, { url: browser.runtime.getURL(`/${page}` as '/sidepanel.html') });
  });
}
