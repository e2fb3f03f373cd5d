import { browser } from 'wxt/browser';
import { siteProfiles } from '../config/storage-items';
import { type PageReading, sendMessage } from '../messaging';

/** The active tab's reading, or a plain-words problem when it cannot be read. */
export type ActivePageReading = { reading: PageReading; tabId: number } | { problem: string; tabId?: number };

/**
 * Asks the content script of the active tab to read its page. `waitForPatient` (a user's request) lets a page
 * still drawing its record finish; the match guard's checks do not wait.
 */
export async function readActivePage(waitForPatient = false): Promise<ActivePageReading> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  // Without the `tabs` permission the address is hidden for most pages: only a known non-web address is refused here.
  if (tab?.id === undefined || (tab.url !== undefined && !/^https?:/.test(tab.url))) {
    return { problem: 'the active tab is not a web page Signpost can read.' };
  }
  try {
    const profiles = await siteProfiles.getValue();
    const reading = await sendMessage('readPage', { profiles, waitForPatient }, tab.id);
    return { reading, tabId: tab.id };
  } catch {
    return { problem: 'reload the clinical system page and try again.', tabId: tab.id };
  }
}
